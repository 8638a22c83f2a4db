/**
 * The overlay's state and actions: which event is open, what the overlay shows for it (recomputed from the
 * in-memory store), and the writes a click or a keystroke makes. No DOM; the content script and the components
 * call it, and every entry point catches its own errors so nothing is thrown into Calendar's page.
 */
import type { CalendarEvent } from '../../shared/meeting/types';
import type { MeetingEdit } from '../../shared/meeting/changes';
import { localDay } from '../../shared/dates';
import { agendaText } from '../../shared/meeting/agenda';
import type { Diagnostics, SaveProblem } from '../storage';
import type { OverlayStore } from './store';
import type { OneOnOneView, OverlayView } from './view';
import { buildView } from './view';
import type { PanelPlacement } from './placement';

/** How long after the last keystroke a note is written to storage. */
export const NOTE_SAVE_DELAY_MS = 600;

/** Everything the components may ask of the controller. */
export interface OverlayActions {
  setAsked(view: OneOnOneView, promptId: string, asked: boolean): void;
  setNote(view: OneOnOneView, note: string): void;
  /** Writes a note being typed now rather than after the delay. */
  flushNote(): void;
  /** Tries again to store every edit not stored yet (the panel's "Try again"). */
  retrySave(): void;
  /** "Treat as 1:1" (true) or "Not a 1:1" (false) for the event's series. */
  setOneOnOne(view: OverlayView, oneOnOne: boolean): void;
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

/** Creates the controller over a loaded store. */
export function createController(options: ControllerOptions): OverlayController {
  const { store, now = () => new Date(), onError = () => {} } = options;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const listeners = new Set<() => void>();
  let event: CalendarEvent | null = null;
  let state: OverlayState = { view: null, collapsed: false, placement: null, dark: null, saveProblem: store.problem() };
  let pendingNote: unknown = null;

  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R, fallback: R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        onError(error);
        return fallback;
      }
    };

  const notify = () => {
    for (const listener of [...listeners]) guard(listener, undefined)();
  };
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

  /** Remembers the person of a 1:1 being shown, once a day. */
  const recordPerson = (view: OverlayView | null) => {
    if (!view || view.kind !== 'one-on-one') return;
    const known = store.get().people[view.personKey];
    const day = today();
    if (known && known.lastSeen === day && known.name === view.person.name) return;
    store.setPerson(view.personKey, { name: view.person.name, email: view.person.email, lastSeen: day });
  };

  const flushNote = () => {
    if (pendingNote === null) return;
    clearTimer(pendingNote);
    pendingNote = null;
    void store.save();
  };

  const unsubscribe = store.subscribe(() => {
    state = { ...state, view: compute(), saveProblem: store.problem() };
    notify();
  });

  /** Only the edit is handed on, never the whole meeting: the store merges it onto what other tabs saved. */
  const edit = (view: OneOnOneView, change: MeetingEdit, persist: boolean) => {
    const meeting = { id: view.meetingId, person: view.personKey, day: view.day, at: now().toISOString() };
    store.editMeeting({ ...meeting, ...change }, persist);
  };

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show: guard((next: CalendarEvent | null, placement: PanelPlacement | null = null, dark: boolean | null = null) => {
      const previous = state.view;
      event = next;
      // Who "me" is by default, for the options page (one write when it changes, not one per event).
      const owner = next?.id?.ownerEmail;
      if (owner && owner !== store.get().calendarOwner) store.setCalendarOwner(owner);
      const view = compute();
      if (previous && previous.meetingId !== view?.meetingId) flushNote();
      state = { ...state, view, placement, dark };
      notify();
      if (view && view.kind === 'one-on-one' && previous?.meetingId !== view.meetingId) recordPerson(view);
    }, undefined),
    reportMissing: guard((where: Diagnostics['where'], missing: string[]) => {
      if (missing.length === 0) return;
      const known = store.get().diagnostics;
      if (known && known.where === where && known.missing.join('\n') === missing.join('\n')) return;
      store.setDiagnostics({ at: now().toISOString(), where, missing: [...missing] });
    }, undefined),
    setAsked: guard((view: OneOnOneView, promptId: string, asked: boolean) => {
      flushNote();
      edit(view, { promptId, asked }, true);
    }, undefined),
    setNote: guard((view: OneOnOneView, note: string) => {
      edit(view, { note }, false);
      if (pendingNote !== null) clearTimer(pendingNote);
      pendingNote = setTimer(
        guard(() => {
          pendingNote = null;
          void store.save();
        }, undefined),
        NOTE_SAVE_DELAY_MS,
      );
    }, undefined),
    flushNote: guard(flushNote, undefined),
    retrySave: guard(() => {
      flushNote();
      void store.save();
    }, undefined),
    setOneOnOne: guard((view: OverlayView, oneOnOne: boolean) => {
      if (!view.seriesId) return;
      // Saying what the automatic verdict already says removes the override rather than storing it.
      store.setOverride(view.seriesId, oneOnOne === view.autoOneOnOne ? null : oneOnOne ? 'one-on-one' : 'not-one-on-one');
      recordPerson(state.view);
    }, undefined),
    toggleCollapsed: guard(() => {
      state = { ...state, collapsed: !state.collapsed };
      notify();
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
      flushNote();
      unsubscribe();
      listeners.clear();
    }, undefined),
  };
}
