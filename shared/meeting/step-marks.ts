/**
 * Steps a manager marked in the panel (contract section 11): kept on this browser by Key until exported, laid over
 * the imported plan so every view (the steps, the Next line, the agenda) shows them at once. Pure, and free of the
 * CSV code, since the content script uses it; the export is the options page's (status-updates-csv.ts).
 */
import { isSigned } from '../status';
import type { Status } from '../types';
import { openSteps } from './plan-steps';
import type { ImportedPlans, PersonPlan, PlanStepView } from './types';

/** One step's change, as the updates file will have it: its Key, the Status the import had, the new one, the day. */
export interface StepMark {
  key: string;
  was: Status;
  status: Status;
  /** The local day it was marked. */
  changedOn: string;
}

/** The marks, by Key (`<email identity>#<step id>`, the way the plans import spells them). */
export type StepMarks = Record<string, StepMark>;

/** A step's Key: the plan's email (already its identity) and the step id (already lower-case); '' for a step with no id. */
export const stepKey = (plan: Pick<PersonPlan, 'email'>, step: Pick<PlanStepView, 'id'>) => (step.id ? `${plan.email}#${step.id}` : '');

/** Every imported step by Key. */
function stepsByKey(plans: ImportedPlans | null): Map<string, PlanStepView> {
  const steps = new Map<string, PlanStepView>();
  for (const plan of plans?.people ?? []) for (const step of plan.steps) if (step.id) steps.set(stepKey(plan, step), step);
  return steps;
}

/**
 * The marks the imported plans do not show yet: a mark whose step the import already has at the new Status is done
 * with (a later import reflects it). A mark whose step is not in the import is kept, for the export to report.
 */
export function liveMarks(marks: StepMarks, plans: ImportedPlans | null): StepMarks {
  const steps = stepsByKey(plans);
  return Object.fromEntries(Object.entries(marks).filter(([key, mark]) => steps.get(key)?.status !== mark.status));
}

/**
 * The mark for the step `key` set to `status` in the panel on `day`, or null when that is the Status it was imported
 * with (`was`): marking a step back removes its mark. "Was" is always the imported Status, however often it is marked.
 */
export function markFor(key: string, was: Status, status: Status, day: string): StepMark | null {
  return status === was ? null : { key, was, status, changedOn: day };
}

/** The plan as the panel shows it: each marked step at its new Status, the done count, signature and next step to match. */
export function withMarks(plan: PersonPlan, marks: StepMarks, today: string): PersonPlan {
  if (plan.steps.length === 0) return plan;
  let changed = false;
  const steps = plan.steps.map((step) => {
    const mark = marks[stepKey(plan, step)];
    if (!mark || mark.status === step.status) return step;
    changed = true;
    return { ...step, status: mark.status };
  });
  if (!changed) return plan;
  const marked: PersonPlan = { ...plan, steps };
  const done = steps.filter((s) => s.status === 'Done').length;
  const signed = isSigned(steps.map((s) => ({ key: stepKey(plan, s), status: s.status })));
  const next = openSteps(marked, today)[0];
  marked.summary = {
    ...plan.summary,
    done,
    signed,
    next: next ? { step: next.step, owner: next.owner, due: next.due } : null,
  };
  return marked;
}

/** The two marks the panel offers on a step; pressing the one a step has takes it back. */
export type MarkButton = 'In progress' | 'Done';

/**
 * A step's Status after its `button` is pressed: that Status, or, when the step has it already, back to the imported
 * Status (`was`); from an imported In progress, pressing In progress again means Not started, and from an imported
 * Done, pressing Done again means In progress.
 */
export function statusAfter(button: MarkButton, status: Status, was: Status): Status {
  if (status !== button) return button;
  if (was !== button) return was;
  return button === 'Done' ? 'In progress' : 'Not started';
}
