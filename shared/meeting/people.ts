import { conversationDue, lastConversation } from './nudge';
import { openSteps, planFor } from './plan-steps';
import type { ImportedPlans, MeetingRecord, PersonRecord } from './types';

export interface RecentPerson {
  key: string;
  name: string;
  email: string | null;
  lastSeen: string;
  lastConversation: string | null;
  conversationDue: boolean;
  daysSince: number | null;
  next: { step: string; owner: string; due: string | null; overdue: boolean } | null;
}

export interface RecentPeopleInput {
  people: Record<string, PersonRecord>;
  meetings: Record<string, MeetingRecord>;
  plans: ImportedPlans | null;
  today: string;
  nudgeDays: number;
  /** How many to list; 20 by default. */
  limit?: number;
}

/** The people met in 1:1s, most recently seen first, each with their last career conversation and what is next. */
export function recentPeople(input: RecentPeopleInput): RecentPerson[] {
  const { people, meetings, plans, today, nudgeDays, limit = 20 } = input;
  return Object.entries(people)
    .sort(([ka, a], [kb, b]) => b.lastSeen.localeCompare(a.lastSeen) || a.name.localeCompare(b.name) || ka.localeCompare(kb))
    .slice(0, Math.max(0, limit))
    .map(([key, person]) => {
      const last = lastConversation(meetings, key, today);
      const { due, daysSince } = conversationDue(last, today, nudgeDays);
      const plan = planFor(plans, { name: person.name, email: person.email });
      let next: RecentPerson['next'] = null;
      if (plan && plan.steps.length > 0) {
        const first = openSteps(plan, today)[0];
        if (first) next = { step: first.step, owner: first.owner, due: first.due, overdue: first.overdue };
      } else if (plan?.summary.next) {
        const { step, owner, due: when } = plan.summary.next;
        next = { step, owner, due: when, overdue: when !== null && when < today };
      }
      return { key, name: person.name, email: person.email, lastSeen: person.lastSeen, lastConversation: last, conversationDue: due, daysSince, next };
    });
}
