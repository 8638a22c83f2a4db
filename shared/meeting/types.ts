/** What the extension reads of a Calendar event and decides about it; plain data, no DOM. */

/** One entry of an event's guest list as Calendar shows it. */
export interface Guest {
  /** The address from data-email / data-hovercard-id, lower-cased; '' when the entry shows none. */
  email: string;
  /** The name as shown (may be the address itself). */
  name: string;
  /** For a group entry shown as "Team (12)", its size; absent for a person. */
  groupSize?: number;
}

/** An event as read from the details popup or the full event page. */
export interface CalendarEvent {
  source: 'popup' | 'page';
  /** The event id, decoded once where the page is read; null when the page carried none that decodes. */
  id: EventId | null;
  title: string;
  guests: Guest[];
}

/** What an event id says: base64url of "<eventId>[_<YYYYMMDDTHHMMSSZ>] <calendarId>". */
export interface EventId {
  /** The id of this one event or instance, as Calendar spells it (with the instance suffix). */
  instanceId: string;
  /** The id of the recurring series (the instance id without its suffix); equals instanceId for a single event. */
  seriesId: string;
  /** True when the id carries an instance suffix, i.e. the event is one of a recurring series. */
  recurring: boolean;
  /** The instance's start day (YYYY-MM-DD, UTC) for a recurring instance, else null. */
  instanceDay: string | null;
  /** The calendar id, with `@g` expanded to `@group.calendar.google.com`; '' when absent. */
  calendarId: string;
  /** The calendar's owner when the calendar id is a person's address (a primary calendar), else null. */
  ownerEmail: string | null;
}

/** A user's correction of the verdict for one recurring series (or single event). */
export type Override = 'one-on-one' | 'not-one-on-one';

/** The other person in a 1:1. */
export interface Counterpart {
  name: string;
  /** Lower-cased address; null when only a name in the title is known. */
  email: string | null;
}

/** Whether an event is a 1:1, with whom, and why (reasons are short phrases a diagnostics line can show). */
export interface Verdict {
  oneOnOne: boolean;
  other: Counterpart | null;
  /**
   * Everyone invited but me (rooms, groups and repeats left out), in Calendar's order, each named as the page shows
   * them: whom a user may say a meeting of several is a 1:1 with.
   */
  guests: Counterpart[];
  reasons: string[];
  /** True when a user's override decided the verdict. */
  overridden: boolean;
}

/** One step of an imported plan, as imported (views show its open steps through openSteps in plan-steps.ts). */
export interface PlanStepView {
  /** The step id from the row's Key (`goals-conversation`); '' for a row added by hand without a Key. */
  id: string;
  step: string;
  owner: string;
  ownerRole: string;
  /** ISO day, or null when the row has no valid due date. */
  due: string | null;
  /** One of STATUSES; an unreadable status reads as 'Not started'. */
  status: string;
}

/** A person's plan as imported from a plans CSV (with steps) or a plan status CSV (summary only). */
export interface PersonPlan {
  name: string;
  /** Lower-cased; the person's key. */
  email: string;
  manager: string;
  path: string;
  targetRole: string;
  /** Every step in table order; empty when imported from a plan status CSV. */
  steps: PlanStepView[];
  /** From the status CSV as exported; worked out from the steps once, at import, for a plans CSV. */
  summary: {
    steps: number;
    done: number;
    next: { step: string; owner: string; due: string | null } | null;
    signed: boolean;
  };
}

/** A plans or plan status CSV imported on the options page. */
export interface ImportedPlans {
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  kind: 'plans' | 'status';
  people: PersonPlan[];
}

/** What happened in one meeting: the prompts ticked as asked and the private note. */
export interface MeetingRecord {
  /** Key of the person met (see personKey in person-key.ts). */
  person: string;
  /** ISO day the meeting took place (the instance day of a recurring event, else the day it was first used). */
  day: string;
  /** Ids of the prompts ticked as asked, in the order they were ticked. */
  asked: string[];
  note: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

/** Someone the user has had a 1:1 with, as last seen in Calendar. */
export interface PersonRecord {
  name: string;
  email: string | null;
  /** ISO day of the last 1:1 opened with this person. */
  lastSeen: string;
}
