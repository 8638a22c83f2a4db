/**
 * An in-memory copy of everything the overlay reads, loaded once and kept current by storage watches, so opening
 * a popup costs no storage read. Edits update the copy at once (the overlay re-renders from it) and are stored
 * after, each merged onto the latest stored value so another Calendar tab's edits are kept (synced-map.ts).
 */
import type { Diagnostics, SaveProblem, StoredValues } from '../storage';
import {
  ALL_ITEMS,
  ITEM_NAMES,
  calendarOwnerItem,
  diagnosticsItem,
  goalsItem,
  meetingsItem,
  overridesItem,
  peopleItem,
  readAll,
  seriesPeopleItem,
  saveProblemItem,
  stepMarksItem,
} from '../storage';
import type { Counterpart, Override, PersonRecord } from '../../shared/meeting/types';
import type { StepMark } from '../../shared/meeting/step-marks';
import type { CareerGoals } from '../../shared/goals-columns';
import { applyGoalsChange, sameGoalsTarget, type GoalsChange } from '../../shared/meeting/goals-change';
import { applyKeyChange, applyMeetingChange, sameKey, sameMeetingTarget, type MeetingChange } from '../../shared/meeting/changes';
import { describeSaveFailure } from '../save-problem';
import { createListeners } from './listeners';
import { defaultLock, type Lock } from './lock';
import { retrying } from './retry';
import { createSyncedMap, type SyncedMap, type SyncedMapOptions } from './synced-map';
import { createWrites } from './writes';

/** What the overlay knows, as plain data: every stored item's value. */
export type StoreState = StoredValues;

/** The cache and its writes. */
export interface OverlayStore {
  /** The current state; replaced (never mutated) on every change. */
  get(): StoreState;
  /** Why this tab's edits could not be stored, after trying again; null once they are. */
  problem(): SaveProblem | null;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Applies an edit of a meeting; stored at once, or by the next save when `persist` is false (a note being typed). */
  editMeeting(change: MeetingChange, persist?: boolean): void;
  /** Applies an edit of a person's career goals; stored by the next save (answers are typed, like the note). */
  editGoals(change: GoalsChange): void;
  /** Stores every edit not stored yet: a note being typed, an edit whose save failed. */
  save(): Promise<void>;
  /** Remembers a person met (null forgets them). */
  setPerson(key: string, person: PersonRecord | null): void;
  /** Sets or removes (null) the user's verdict for a series. */
  setOverride(seriesId: string, override: Override | null): void;
  /** Remembers whom a series is a 1:1 with (the answer to "With whom?"); null forgets it. */
  setSeriesPerson(seriesId: string, person: Counterpart | null): void;
  /** Marks a plan step (by Key) with a new Status, or takes its mark back (null). */
  setStepMark(key: string, mark: StepMark | null): void;
  setDiagnostics(diagnostics: Diagnostics | null): void;
  setCalendarOwner(owner: string): void;
  /** Resolves when every write started so far has finished. */
  idle(): Promise<void>;
  /** Stops watching storage. */
  close(): void;
}

export interface StoreOptions {
  onError?: (error: unknown) => void;
  /** Read-modify-writes one at a time across tabs (lock.ts). */
  lock?: Lock;
  /** The wait between tries of a failed write; the content script passes one on ctx.setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

/** This tab's save problem: the last failure of a map whose last save failed; `onChange` hears when its reason changes. */
function saveProblems(now: () => Date, onChange: (problem: SaveProblem | null) => void) {
  /** The last failure of each map's saves, by item key; a map's next successful save removes it. */
  const failures = new Map<string, SaveProblem>();
  let problem: SaveProblem | null = null;
  return {
    current: () => problem,
    saved(key: string, failure: { error: unknown } | null) {
      const before = problem;
      if (failure) failures.set(key, describeSaveFailure(failure.error, now()));
      else failures.delete(key);
      problem = [...failures.values()].pop() ?? null;
      if (problem?.reason !== before?.reason) onChange(problem);
    },
  };
}

/** How this tab holds a map two tabs may both edit: the lock across tabs, how a save is tried again, where it is reported. */
interface Holding {
  lock: Lock;
  retry: <T>(run: () => Promise<T>) => Promise<T>;
  saved: (key: string, failure: { error: unknown } | null) => void;
}

/** The maps two tabs may both edit, each held by this tab (synced-map.ts); `update` hears each one's new value. */
function holdMaps(state: StoreState, holding: Holding, update: (patch: Partial<StoreState>) => void) {
  const { lock, retry, saved } = holding;
  const hold = <V, C>(
    item: SyncedMapOptions<V, C>['item'],
    initial: Record<string, V>,
    edits: Pick<SyncedMapOptions<V, C>, 'apply' | 'replaces'>,
    onValue: (value: Record<string, V>) => void,
  ) => createSyncedMap({ item, initial, ...edits, lock, retry, onValue, onSaved: (failure) => saved(item.key, failure) });
  return {
    meetings: hold(meetingsItem, state.meetings, { apply: applyMeetingChange, replaces: sameMeetingTarget }, (v) =>
      update({ meetings: v }),
    ),
    people: hold(peopleItem, state.people, { apply: applyKeyChange<PersonRecord>, replaces: sameKey<PersonRecord> }, (v) =>
      update({ people: v }),
    ),
    overrides: hold(overridesItem, state.overrides, { apply: applyKeyChange<Override>, replaces: sameKey<Override> }, (v) =>
      update({ overrides: v }),
    ),
    seriesPeople: hold(seriesPeopleItem, state.seriesPeople, { apply: applyKeyChange<Counterpart>, replaces: sameKey<Counterpart> }, (v) =>
      update({ seriesPeople: v }),
    ),
    goals: hold<CareerGoals, GoalsChange>(goalsItem, state.goals, { apply: applyGoalsChange, replaces: sameGoalsTarget }, (v) =>
      update({ goals: v }),
    ),
    stepMarks: hold(stepMarksItem, state.stepMarks, { apply: applyKeyChange<StepMark>, replaces: sameKey<StepMark> }, (v) =>
      update({ stepMarks: v }),
    ),
  };
}

/** Loads every item the overlay needs once and watches them. */
export async function loadStore(options: StoreOptions = {}): Promise<OverlayStore> {
  const { onError = () => {}, lock = defaultLock(), now = () => new Date() } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let state: StoreState = await readAll();
  const listeners = createListeners(onError);
  const { track, write, idle } = createWrites(onError);
  const update = (patch: Partial<StoreState>) => {
    state = { ...state, ...patch };
    listeners.notify();
  };
  const problems = saveProblems(now, (shown) => {
    listeners.notify();
    // Best effort: if this write fails too, the panel still says what went wrong.
    write(() => saveProblemItem.setValue(shown));
  });

  const retry = <T>(run: () => Promise<T>) => retrying(run, sleep);
  const edited = holdMaps(state, { lock, retry, saved: problems.saved }, update);
  const { meetings: meetingsMap, people: peopleMap, overrides: overridesMap, goals: goalsMap, stepMarks: marksMap } = edited;
  const seriesPeopleMap = edited.seriesPeople;
  const held: Partial<Record<keyof StoreState, Pick<SyncedMap<unknown, unknown>, 'save' | 'close'>>> = edited;
  const maps = Object.values(held);
  const save = () => {
    const all = Promise.all(maps.map((map) => map.save())).then(() => undefined);
    track(all);
    return all;
  };

  // Every item not held in a map is only read here, or written whole (diagnostics, calendar owner): a watch keeps it current.
  const watched = ITEM_NAMES.filter((name) => !held[name]);
  const unwatch = [
    ...maps.map((map) => map.close),
    ...watched.map((name) => ALL_ITEMS[name].watch((v: unknown) => update({ [name]: v } as Partial<StoreState>))),
  ];

  return {
    get: () => state,
    problem: problems.current,
    subscribe: listeners.subscribe,
    editMeeting(change, persist = true) {
      meetingsMap.edit(change);
      if (persist) void save();
    },
    editGoals: (change) => goalsMap.edit(change),
    save,
    setPerson(key, person) {
      peopleMap.edit({ key, value: person });
      void save();
    },
    setOverride(seriesId, override) {
      overridesMap.edit({ key: seriesId, value: override });
      void save();
    },
    setSeriesPerson(seriesId, person) {
      // Forgetting what was never remembered writes nothing.
      if (!person && !state.seriesPeople[seriesId]) return;
      seriesPeopleMap.edit({ key: seriesId, value: person });
      void save();
    },
    setStepMark(key, mark) {
      marksMap.edit({ key, value: mark });
      void save();
    },
    setDiagnostics(diagnostics) {
      update({ diagnostics });
      write(() => diagnosticsItem.setValue(diagnostics));
    },
    setCalendarOwner(owner) {
      update({ calendarOwner: owner });
      write(() => calendarOwnerItem.setValue(owner));
    },
    idle,
    close() {
      for (const stop of unwatch) stop();
      listeners.clear();
    },
  };
}
