/**
 * The overlay's state and actions: which event is open, what the overlay shows for it (recomputed from the
 * in-memory store), and the writes a click or a keystroke makes. No DOM; the content script and the components
 * call it, and every entry point catches its own errors so nothing is thrown into Calendar's page.
 */
import type { CalendarEvent, Counterpart } from '../../shared/meeting/types';
import type { MeetingEdit } from '../../shared/meeting/changes';
import { localDay } from '../../shared/dates';
import { agendaText } from '../../shared/meeting/agenda';
import type { TypedGoalsField } from '../../shared/goals-export';
import type { Diagnostics, SaveProblem } from '../storage';
import type { OverlayStore } from './store';
import type { OneOnOneView, OverlayView, PanelStep } from './view';
import { markFor, statusAfter, type MarkButton } from '../../shared/meeting/step-marks';
import { buildView } from './view';
import { createListeners } from './listeners';
import type { PanelPlacement } from './placement';

/** How long after the last keystroke a note (or a career-goals answer) is written to storage. */
export const NOTE_SAVE_DELAY_MS = 600;

/** Everything the components may ask of the controller. */
export interface OverlayActions {
  setAsked(view: OneOnOneView, promptId: string, asked: boolean): void;
  setNote(view: OneOnOneView, note: string): void;
  /** Sets one career-goals field of the 1:1's person as typed; saved after the delay, like the note. */
  setGoal(view: OneOnOneView, field: TypedGoalsField, value: string): void;
  /** Writes a note or an answer being typed now rather than after the delay. */
  flushNote(): void;
  /** Tries again to store every edit not stored yet (the panel's "Try again"). */
  retrySave(): void;
  /** "Treat as 1:1" (true), with the guest chosen under "With whom?", or "Not a 1:1" (false) for the event's series. */
  setOneOnOne(view: OverlayView, oneOnOne: boolean, person?: Counterpart): void;
  /** A plan step's In progress or Done pressed in the panel: marked, or its mark taken back (contract 11). */
  markStep(step: PanelStep, button: MarkButton): void;
  toggleCollapsed(): void;
  /** The agenda for the 1:1 as plain text, with the note as it is now. */
  agenda(view: OneOnOneView): string;
}

/** What the overlay renders. */
export interface OverlayState {
  view: OverlayView | null;
  collapsed: boolean;
  placement: PanelPlacement | null;
  dark: boolean | null;
  /** Why edits made here are not stored yet (they are kept in memory meanwhile); null when all are. */
  saveProblem: SaveProblem | null;
}

export interface OverlayController extends OverlayActions {
  state(): OverlayState;
  subscribe(listener: () => void): () => void;
  /** Shows the overlay for the event now open (null: none), placed and themed as the page says. */
  show(event: CalendarEvent | null, placement?: PanelPlacement | null, dark?: boolean | null): void;
  /** Keeps what the reader could not find, for the options page's diagnostics line. */
  reportMissing(where: Diagnostics['where'], missing: string[]): void;
  /** Flushes any pending note and stops listening to the store. */
  close(): void;
}

export interface ControllerOptions {
  store: OverlayStore;
  now?: () => Date;
  /** Timer seams: the content script passes ctx.setTimeout so timers stop with the extension. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  onError?: (error: unknown) => void;
}

type Guard = <A extends unknown[], R>(fn: (...args: A) => R, fallback: R) => (...args: A) => R;

/** Wraps an entry point so what it throws goes to `onError` and it returns `fallback` instead. */
function guarded(onError: (error: unknown) => void): Guard {
  return (fn, fallback) =>
    (...args) => {
      try {
        return fn(...args);
      } catch (error) {
        onError(error);
        return fallback;
      }
    };
}

/** Remembers the person of a 1:1 being shown, once a day. */
function recordPerson(store: OverlayStore, view: OverlayView | null, day: string): void {
  if (view?.kind !== 'one-on-one') return;
  const known = store.get().people[view.personKey];
  if (known && known.lastSeen === day && known.name === view.person.name) return;
  store.setPerson(view.personKey, { name: view.person.name, email: view.person.email, lastSeen: day });
}

/** A note being typed is saved NOTE_SAVE_DELAY_MS after the last keystroke, or at once when flushed. */
function noteSaver(store: OverlayStore, options: ControllerOptions, guard: Guard) {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let pending: unknown = null;
  const save = () => {
    pending = null;
    void store.save();
  };
  return {
    schedule() {
      if (pending !== null) clearTimer(pending);
      pending = setTimer(guard(save, undefined), NOTE_SAVE_DELAY_MS);
    },
    flush() {
      if (pending === null) return;
      clearTimer(pending);
      save();
    },
  };
}

/** The writes a click or a keystroke on the panel makes; `shown` is the view on screen now. */
function editActions(store: OverlayStore, options: ControllerOptions, guard: Guard, shown: () => OverlayView | null) {
  const { now = () => new Date() } = options;
  const note = noteSaver(store, options, guard);
  /** Only the edit is handed on, never the whole meeting: the store merges it onto what other tabs saved. */
  const edit = (view: OneOnOneView, change: MeetingEdit, persist: boolean) => {
    const meeting = { id: view.meetingId, person: view.personKey, day: view.day, at: now().toISOString() };
    store.editMeeting({ ...meeting, ...change }, persist);
  };
  return {
    setAsked(view: OneOnOneView, promptId: string, asked: boolean) {
      note.flush();
      edit(view, { promptId, asked }, true);
    },
    setNote(view: OneOnOneView, text: string) {
      edit(view, { note: text }, false);
      note.schedule();
    },
    setGoal(view: OneOnOneView, field: TypedGoalsField, value: string) {
      if (!view.goals) return;
      const { personKey: key, person } = view;
      store.editGoals({ key, email: view.goals.email, person: person.name, field, value, day: localDay(now()) });
      note.schedule();
    },
    flushNote: note.flush,
    retrySave() {
      note.flush();
      void store.save();
    },
    setOneOnOne(view: OverlayView, oneOnOne: boolean, person?: Counterpart) {
      if (!view.seriesId) return;
      // Before the verdict, so the view it brings already names the person; "Not a 1:1" forgets them.
      store.setSeriesPerson(view.seriesId, (oneOnOne && person) || null);
      // Saying what the automatic verdict already says removes the override rather than storing it.
      store.setOverride(view.seriesId, oneOnOne === view.autoOneOnOne ? null : oneOnOne ? 'one-on-one' : 'not-one-on-one');
      recordPerson(store, shown(), localDay(now()));
    },
    markStep(step: PanelStep, button: MarkButton) {
      if (!step.key) return;
      store.setStepMark(step.key, markFor(step.key, step.was, statusAfter(button, step.status, step.was), localDay(now())));
    },
    reportMissing(where: Diagnostics['where'], missing: string[]) {
      if (missing.length === 0) return;
      const known = store.get().diagnostics;
      if (known && known.where === where && known.missing.join('\n') === missing.join('\n')) return;
      store.setDiagnostics({ at: now().toISOString(), where, missing: [...missing] });
    },
  };
}

/** Creates the controller over a loaded store. */
export function createController(options: ControllerOptions): OverlayController {
  const { store, now = () => new Date(), onError = () => {} } = options;
  const guard = guarded(onError);
  const listeners = createListeners(onError);
  let event: CalendarEvent | null = null;
  let state: OverlayState = { view: null, collapsed: false, placement: null, dark: null, saveProblem: store.problem() };
  const today = () => localDay(now());
  const compute = (): OverlayView | null => {
    if (!event) return null;
    try {
      return buildView(event, store.get(), today());
    } catch (error) {
      onError(error);
      return null;
    }
  };
  const edits = editActions(store, options, guard, () => state.view);

  const unsubscribe = store.subscribe(() => {
    state = { ...state, view: compute(), saveProblem: store.problem() };
    listeners.notify();
  });

  return {
    state: () => state,
    subscribe: listeners.subscribe,
    show: guard((next: CalendarEvent | null, placement: PanelPlacement | null = null, dark: boolean | null = null) => {
      const previous = state.view;
      event = next;
      // Who "me" is by default, for the options page (one write when it changes, not one per event).
      const owner = next?.id?.ownerEmail;
      if (owner && owner !== store.get().calendarOwner) store.setCalendarOwner(owner);
      const view = compute();
      if (previous && previous.meetingId !== view?.meetingId) edits.flushNote();
      state = { ...state, view, placement, dark };
      listeners.notify();
      if (view && view.kind === 'one-on-one' && previous?.meetingId !== view.meetingId) recordPerson(store, view, today());
    }, undefined),
    reportMissing: guard(edits.reportMissing, undefined),
    setAsked: guard(edits.setAsked, undefined),
    setNote: guard(edits.setNote, undefined),
    setGoal: guard(edits.setGoal, undefined),
    flushNote: guard(edits.flushNote, undefined),
    retrySave: guard(edits.retrySave, undefined),
    setOneOnOne: guard(edits.setOneOnOne, undefined),
    markStep: guard(edits.markStep, undefined),
    toggleCollapsed: guard(() => {
      state = { ...state, collapsed: !state.collapsed };
      listeners.notify();
    }, undefined),
    agenda: guard(
      (view: OneOnOneView) =>
        agendaText({
          name: view.person.name,
          prompts: view.prompts,
          plan: view.plan?.plan ?? null,
          today: view.today,
        }),
      '',
    ),
    close: guard(() => {
      edits.flushNote();
      unsubscribe();
      listeners.clear();
    }, undefined),
  };
}
