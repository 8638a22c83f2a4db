import { conversationDue, lastConversation } from './nudge';
import { importedPlanFor, openSteps, type OpenStep } from './plan-steps';
import { withMarks, type StepMarks } from './step-marks';
import type { ImportedPlans, MeetingRecord, PersonRecord } from './types';

export interface RecentPerson {
  key: string;
  name: string;
  email: string | null;
  lastSeen: string;
  lastConversation: string | null;
  conversationDue: boolean;
  daysSince: number | null;
  /** The plan's next step; null with no plan or nothing left to do. */
  next: OpenStep | null;
}

export interface RecentPeopleInput {
  people: Record<string, PersonRecord>;
  meetings: Record<string, MeetingRecord>;
  plans: ImportedPlans | null;
  today: string;
  nudgeDays: number;
  /** Steps marked in the panel, laid over the import as the panel shows them (contract 11). */
  marks?: StepMarks;
  /** How many to list; 20 by default. */
  limit?: number;
}

/** The people met in 1:1s, most recently seen first, each with their last career conversation and what is next. */
export function recentPeople(input: RecentPeopleInput): RecentPerson[] {
  const { people, meetings, plans, today, nudgeDays, marks = {}, limit = 20 } = input;
  return Object.entries(people)
    .sort(([ka, a], [kb, b]) => b.lastSeen.localeCompare(a.lastSeen) || a.name.localeCompare(b.name) || ka.localeCompare(kb))
    .slice(0, Math.max(0, limit))
    .map(([key, person]) => {
      const last = lastConversation(meetings, key, today);
      const { due, daysSince } = conversationDue(last, today, nudgeDays);
      const imported = importedPlanFor(plans, { name: person.name, email: person.email });
      const plan = imported && withMarks(imported, marks, today);
      const next = (plan && openSteps(plan, today)[0]) ?? null;
      return {
        key,
        name: person.name,
        email: person.email,
        lastSeen: person.lastSeen,
        lastConversation: last,
        conversationDue: due,
        daysSince,
        next,
      };
    });
}
