/**
 * The toolbar popup's order, what needs attention first: a real lapse or an overdue plan step (the most days late
 * first), then a conversation or a step due within SOON_DAYS (the soonest first), then people with no career
 * conversation yet, then everyone else; each group by name.
 */
import { daysBetween } from '../dates';
import { nudgeKind } from './nudge';
import type { RecentPerson } from './people';

/** How many days ahead "due soon" looks. */
export const SOON_DAYS = 7;

export type Attention =
  /** A career conversation lapsed or a plan step overdue; `days` late, the larger of the two. */
  | { level: 'late'; days: number }
  /** A career conversation or a plan step due in `days` (0: today), the sooner of the two. */
  | { level: 'soon'; days: number }
  /** No career conversation recorded yet, and nothing late or due soon. */
  | { level: 'first' }
  | { level: 'calm' };

export type AttentivePerson = RecentPerson & { attention: Attention };

/** How much one person needs attention on `today`, with career conversations due every `nudgeDays`. */
export function attentionOf(person: RecentPerson, today: string, nudgeDays: number): Attention {
  const kind = nudgeKind({ due: person.conversationDue, daysSince: person.daysSince });
  // Days until each is due: negative once it is late.
  const talk = person.daysSince === null ? null : nudgeDays - person.daysSince;
  const step = person.next?.due ? daysBetween(today, person.next.due) : null;
  const late = [kind === 'lapsed' ? talk : null, person.next?.overdue ? step : null].filter((d): d is number => d !== null);
  if (late.length > 0) return { level: 'late', days: Math.max(...late.map((d) => 0 - d)) };
  const soon = [talk, step].filter((d): d is number => d !== null && d >= 0 && d <= SOON_DAYS);
  if (soon.length > 0) return { level: 'soon', days: Math.min(...soon) };
  return { level: kind === 'first' ? 'first' : 'calm' };
}

const RANK: Record<Attention['level'], number> = { late: 0, soon: 1, first: 2, calm: 3 };

/** Within a level: the most days late first, the soonest due first; 0 where days do not order. */
function byDays(a: Attention, b: Attention): number {
  if (a.level === 'late' && b.level === 'late') return b.days - a.days;
  if (a.level === 'soon' && b.level === 'soon') return a.days - b.days;
  return 0;
}

/** The people, each with what needs attention, in the popup's order. */
export function byAttention(people: readonly RecentPerson[], today: string, nudgeDays: number): AttentivePerson[] {
  return people
    .map((p) => ({ ...p, attention: attentionOf(p, today, nudgeDays) }))
    .sort(
      (a, b) =>
        RANK[a.attention.level] - RANK[b.attention.level] ||
        byDays(a.attention, b.attention) ||
        a.name.localeCompare(b.name) ||
        a.key.localeCompare(b.key),
    );
}
