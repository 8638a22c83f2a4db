import { daysBetween, longDay } from './dates';
import type { CareerGoals, GoalsField } from './goals';
import { personOf, stepIdOf } from './plans-table';
import { dueDay, parseStatus } from './status';
import type { PlanRow } from './types';
import type { Item } from './written-doc';

// Contract section 8 in the written plan: what the career-goals conversation found, and where its Target date and the
// plan's own date for the scope-or-title review disagree.

/** The goals a written plan shows, in its order (what the plan is written around first), each labelled in our words. */
const GOAL_LABELS: readonly [Exclude<GoalsField, 'email' | 'person' | 'conversationDate' | 'targetDate'>, string][] = [
  ['shortTerm', 'In the next 6 to 12 months'],
  ['longTerm', 'In 1 to 3 years'],
  ['notWanted', 'Does not want'],
  ['jobFeels', 'How the job feels now'],
  ['progressing', 'Whether the career is progressing as wanted'],
  ['whatsNext', 'What comes next'],
  ['steps', 'The steps to get there'],
  ['howLong', 'How long that should take'],
  ['managerSupport', 'Support wanted from the manager'],
];

/**
 * The steps where the manager and the person review the scope reached, put forward a title, or decide after a trial:
 * one a plan (the mentor path has one of its two, by whether the person is already senior). The undecided path has none.
 */
export const SCOPE_REVIEW_STEPS: ReadonlySet<string> = new Set([
  'propose-title-change',
  'record-recognition',
  'propose-senior-title',
  'recognise-coaching-scope',
  'decide-after-trial',
]);

/** Days apart past which a Target date and the plan's review date are told as disagreeing (contract section 8). */
export const TARGET_DATE_SLACK_DAYS = 30;

/** A person whose Target date and the Due of their scope-or-title review step differ by more than 30 days. */
export interface TargetDateGap {
  /** 0-based index of the review step's row in the rows given. */
  index: number;
  /** personOf the row: who it is about. */
  identity: string;
  step: string;
  due: string;
  targetDate: string;
  /** Days from the Target date to the Due (positive when the Due is later). */
  days: number;
}

/** Each person's scope-or-title review row (the last one not Skipped: the latest path's) against their Target date. */
export function targetDateGaps(rows: readonly PlanRow[], goalsOf: (identity: string) => CareerGoals | undefined): TargetDateGap[] {
  const reviewAt = new Map<string, number>();
  rows.forEach((row, index) => {
    if (SCOPE_REVIEW_STEPS.has(stepIdOf(row)) && parseStatus(row.status) !== 'Skipped' && dueDay(row.due)) {
      reviewAt.set(personOf(row), index);
    }
  });
  const gaps: TargetDateGap[] = [];
  for (const [identity, index] of reviewAt) {
    const targetDate = goalsOf(identity)?.targetDate ?? '';
    if (!targetDate) continue;
    const row = rows[index]!;
    const days = daysBetween(targetDate, dueDay(row.due));
    if (Math.abs(days) > TARGET_DATE_SLACK_DAYS) gaps.push({ index, identity, step: row.step, due: dueDay(row.due), targetDate, days });
  }
  return gaps.sort((a, b) => a.index - b.index);
}

/** What a refresh or `trellis plan` says about a gap, after the cell it names (the Due, or the Target date). */
export function targetDateMessage(gap: TargetDateGap, goalsName: string): string {
  const apart = gap.days > 0 ? `${gap.days} days after` : `${-gap.days} days before`;
  return (
    `"${gap.step}" is due ${gap.due}, ${apart} the Target date ${gap.targetDate} in ${goalsName}; ` +
    'neither date was changed: agree one and write it in both'
  );
}

/** The goals section's items: every filled answer as typed, then the Target date (and the plan's date, if far off). */
export function goalItems(goals: CareerGoals, manager: string, gap: TargetDateGap | undefined): Item[] {
  const items: Item[] = GOAL_LABELS.filter(([field]) => goals[field].trim() !== '').map(([field, label]) => ({
    label: field === 'managerSupport' && manager.trim() ? `Support wanted from ${manager}` : label,
    text: goals[field],
    details: [],
  }));
  if (goals.targetDate) {
    const planDate = gap && {
      label: 'In this plan',
      value: `"${gap.step}" is due ${longDay(gap.due)}, more than ${TARGET_DATE_SLACK_DAYS} days off: agree which date holds`,
    };
    items.push({ label: 'Target date', text: longDay(goals.targetDate), details: planDate ? [planDate] : [] });
  }
  return items;
}

/** The sentence under the goals heading: when the conversation was held. */
export function conversationLine(goals: CareerGoals): string {
  return goals.conversationDate
    ? `As said in the career-goals conversation on ${longDay(goals.conversationDate)}.`
    : 'As said in the career-goals conversation.';
}
