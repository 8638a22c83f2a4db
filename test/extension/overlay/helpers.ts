/** Shared fixtures for the overlay's tests: events as the reader returns them, and a loaded store. */
import type { CalendarEvent, Guest, ImportedPlans, PersonPlan } from '../../../shared/meeting/types';
import { decodeEventId } from '../../../shared/meeting/event-id';
import { DEFAULT_SETTINGS, type Settings } from '../../../extension/storage';
import type { StoreState } from '../../../extension/overlay/store';

/** Calendar's data-eventid for "<eventPart> <calendarId>". */
export const rawId = (eventPart: string, calendar = 'maria.lopez@example.com') =>
  Buffer.from(`${eventPart} ${calendar}`, 'utf8').toString('base64url');

/** The event id the reader decodes from that data-eventid. */
export const eventId = (eventPart: string, calendar?: string) => decodeEventId(rawId(eventPart, calendar));

export const ME: Guest = { name: 'Maria Lopez', email: 'maria.lopez@example.com' };
export const DEV: Guest = { name: 'Dev Patel', email: 'dev.patel@example.com' };
export const SAM: Guest = { name: 'Sam Chen', email: 'sam.chen@example.com' };
export const KIM: Guest = { name: 'Kim Park', email: 'kim.park@example.com' };

export const DEV_SERIES = '4q1kd9s0mv8rj1l1';
export const DEV_INSTANCE = `${DEV_SERIES}_20261201T150000Z`;

/** A weekly 1:1 with Dev (recurring instance on 2026-12-01). */
export const devOneOnOne: CalendarEvent = {
  source: 'popup',
  id: eventId(DEV_INSTANCE),
  title: 'Maria / Dev 1:1',
  guests: [ME, DEV],
};

/** A biweekly "Catch-up" with Sam: two people, so a 1:1 by its guests. */
export const samCatchUp: CalendarEvent = {
  source: 'popup',
  id: eventId('7hv3m2p9q0r1s2t3_20261203T090000Z'),
  title: 'Catch-up',
  guests: [ME, SAM],
};

/** A team meeting: five people. */
export const sprintPlanning: CalendarEvent = {
  source: 'popup',
  id: eventId('0c8s2jq6f1kb3a9g'),
  title: 'Sprint planning',
  guests: [ME, DEV, SAM, KIM, { name: 'Ola Nowak', email: 'ola.nowak@example.com' }],
};

/** A hostile title from whoever sent the invitation. */
export const hostile: CalendarEvent = {
  source: 'popup',
  id: eventId('1z2y3x4w5v6u7t8s'),
  title: '<img src=x onerror=alert(1)> / Kim 1:1',
  guests: [ME, { name: '<b>Kim</b> Park', email: 'kim.park@example.com' }],
};

export const devPlan: PersonPlan = {
  name: 'Dev Patel',
  email: 'dev.patel@example.com',
  manager: 'Maria Lopez',
  path: 'Technical ladder',
  targetRole: 'Staff engineer',
  steps: [
    { id: 'goals-conversation', step: 'Talk about goals', owner: 'Maria Lopez', ownerRole: 'Manager', due: '2026-10-01', status: 'Done' },
    { id: 'choose-path', step: 'Choose a path', owner: 'Dev Patel', ownerRole: 'Employee', due: '2026-11-15', status: 'In progress' },
    { id: 'write-plan', step: 'Write the plan down', owner: 'Dev Patel', ownerRole: 'Employee', due: '2027-01-10', status: 'Not started' },
  ],
  summary: { steps: 3, done: 1, next: { step: 'Choose a path', owner: 'Dev Patel', due: '2026-11-15' }, signed: false },
};

export const plans: ImportedPlans = { fileName: 'plans.csv', importedAt: '2026-11-20T10:00:00Z', kind: 'plans', people: [devPlan] };

/** A store state with defaults, and the given changes. */
export function state(patch: Partial<StoreState> = {}, settings: Partial<Settings> = {}): StoreState {
  return {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    ownPrompts: [],
    meetings: {},
    people: {},
    goals: {},
    overrides: {},
    seriesPeople: {},
    plans: null,
    stepMarks: {},
    diagnostics: null,
    calendarOwner: null,
    ...patch,
  };
}

/** Today in the tests: the day of Dev's instance. */
export const TODAY = '2026-12-01';
export const NOW = new Date(2026, 11, 1, 14, 55);
