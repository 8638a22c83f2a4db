/**
 * An edit of one person's career goals, as data (like the meeting edits in changes.ts): a Calendar tab applies its
 * own edits onto the latest stored goals, so answers another tab saved in between are kept.
 */
import type { CareerGoals } from '../goals-columns';
import { blankGoals, type TypedGoalsField } from '../goals-export';

/** One field of one person's goals set to what is typed now. */
export interface GoalsChange {
  /** The person's email identity: their key in the stored goals. */
  key: string;
  /** The address and name as the meeting shows them, for a person with no goals stored yet. */
  email: string;
  person: string;
  field: TypedGoalsField;
  value: string;
  /** The local day of the edit: the conversation date becomes the latest day an answer changed. */
  day: string;
}

/** The goals with one edit applied: the one field, the conversation date moved on, a missing name filled. */
export function applyGoalsChange(goals: Record<string, CareerGoals>, change: GoalsChange): Record<string, CareerGoals> {
  const before = goals[change.key] ?? blankGoals(change.email, change.person);
  // ISO days: the later one is the greater string, so re-applying an older edit never moves the date back.
  const conversationDate = [before.conversationDate, change.day].sort().at(-1)!;
  const edited: CareerGoals = { ...before, [change.field]: change.value, conversationDate, person: before.person || change.person };
  return { ...goals, [change.key]: edited };
}

/** Whether two edits change the same field of the same person, so the later replaces the earlier. */
export function sameGoalsTarget(a: GoalsChange, b: GoalsChange): boolean {
  return a.key === b.key && a.field === b.field;
}
