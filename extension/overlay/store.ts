/**
 * An in-memory copy of everything the overlay reads, loaded once and kept current by storage watches, so opening
 * a popup costs no storage read. Writes update the copy at once (the overlay re-renders from it) and persist after.
 */
import type { Diagnostics, StoredValues } from '../storage';
import {
  calendarOwnerItem,
  diagnosticsItem,
  meetingsItem,
  overridesItem,
  ownPromptsItem,
  peopleItem,
  plansItem,
  settingsItem,
} from '../storage';
import type { MeetingRecord, Override, PersonRecord } from '../../shared/meeting/types';

/** What the overlay knows, as plain data: every stored item's value. */
export type StoreState = StoredValues;

/** The cache and its writes. */
export interface OverlayStore {
  /** The current state; replaced (never mutated) on every change. */
  get(): StoreState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Replaces the meetings map; persisted at once, or later when `persist` is false (a note being typed). */
  setMeetings(meetings: Record<string, MeetingRecord>, persist?: boolean): void;
  /** Writes the meetings map as it is now (the pending note included). */
  persistMeetings(): Promise<void>;
  setPeople(people: Record<string, PersonRecord>): void;
  setOverrides(overrides: Record<string, Override>): void;
  setDiagnostics(diagnostics: Diagnostics | null): void;
  setCalendarOwner(owner: string): void;
  /** Resolves when every write started so far has finished. */
  idle(): Promise<void>;
  /** Stops watching storage. */
  close(): void;
}

/** Loads every item the overlay needs once and watches them. */
export async function loadStore(onError: (error: unknown) => void = () => {}): Promise<OverlayStore> {
  const [settings, ownPrompts, meetings, people, overrides, plans, diagnostics, calendarOwner] = await Promise.all([
    settingsItem.getValue(),
    ownPromptsItem.getValue(),
    meetingsItem.getValue(),
    peopleItem.getValue(),
    overridesItem.getValue(),
    plansItem.getValue(),
    diagnosticsItem.getValue(),
    calendarOwnerItem.getValue(),
  ]);
  let state: StoreState = { settings, ownPrompts, meetings, people, overrides, plans, diagnostics, calendarOwner };
  const listeners = new Set<() => void>();
  /** Meetings changed here and not yet written: a storage echo or another tab's write must not undo them. */
  let unsavedMeetings = false;
  let writes: Promise<void> = Promise.resolve();

  const update = (patch: Partial<StoreState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        onError(error);
      }
    }
  };
  const write = (run: () => Promise<unknown>) => {
    writes = writes.then(run).then(
      () => undefined,
      (error: unknown) => onError(error),
    );
    return writes;
  };

  const unwatch = [
    settingsItem.watch((v) => update({ settings: v })),
    ownPromptsItem.watch((v) => update({ ownPrompts: v })),
    meetingsItem.watch((v) => {
      // Our own pending changes win over whatever arrives, so typed text is never lost.
      update({ meetings: unsavedMeetings ? { ...v, ...state.meetings } : v });
    }),
    peopleItem.watch((v) => update({ people: v })),
    overridesItem.watch((v) => update({ overrides: v })),
    plansItem.watch((v) => update({ plans: v })),
    diagnosticsItem.watch((v) => update({ diagnostics: v })),
    calendarOwnerItem.watch((v) => update({ calendarOwner: v })),
  ];

  const persistMeetings = () => {
    const value = state.meetings;
    unsavedMeetings = false;
    return write(() => meetingsItem.setValue(value));
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setMeetings(meetings, persist = true) {
      unsavedMeetings = true;
      update({ meetings });
      if (persist) void persistMeetings();
    },
    persistMeetings,
    setPeople(people) {
      update({ people });
      void write(() => peopleItem.setValue(people));
    },
    setOverrides(overrides) {
      update({ overrides });
      void write(() => overridesItem.setValue(overrides));
    },
    setDiagnostics(diagnostics) {
      update({ diagnostics });
      void write(() => diagnosticsItem.setValue(diagnostics));
    },
    setCalendarOwner(owner) {
      update({ calendarOwner: owner });
      void write(() => calendarOwnerItem.setValue(owner));
    },
    idle: () => writes,
    close() {
      for (const stop of unwatch) stop();
      listeners.clear();
    },
  };
}
