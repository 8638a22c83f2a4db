import { emailIdentity } from '../email';
import { preferredCategories } from '../prompts/select';
import type { PromptCategory } from '../types';
import type { Counterpart, ImportedPlans, PersonPlan, PlanStepView } from './types';

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** A person's imported plan: by address, else by name when exactly one person in the file has that name. */
export function planFor(plans: ImportedPlans | null, other: Counterpart): PersonPlan | null {
  if (!plans) return null;
  const email = other.email ? emailIdentity(other.email) : '';
  const byEmail = email ? plans.people.find((p) => emailIdentity(p.email) === email) : undefined;
  if (byEmail) return byEmail;
  if (!other.name.trim()) return null;
  const named = plans.people.filter((p) => sameName(p.name, other.name));
  return named.length === 1 ? named[0]! : null;
}

/** The steps still to do (not Done or Skipped), earliest due first, undated last, ties in table order; a step due today is not overdue. */
export function openSteps(plan: PersonPlan, today: string): (PlanStepView & { overdue: boolean })[] {
  return plan.steps
    .filter((s) => s.status !== 'Done' && s.status !== 'Skipped')
    .map((s) => ({ ...s, overdue: s.due !== null && s.due < today }))
    .sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due.localeCompare(b.due)));
}

/**
 * The prompt categories a person's plan needs now (see preferredCategories). A plan status import has no steps, so
 * its summary stands in: any step done means the goals conversation is, since it comes first in every plan.
 */
export function preferFor(plan: PersonPlan | null): PromptCategory[] {
  if (!plan) return preferredCategories(null);
  const { signed, done } = plan.summary;
  const goalsTalked = plan.steps.length > 0 ? plan.steps.some((s) => s.id === 'goals-conversation' && s.status === 'Done') : signed || done > 0;
  return preferredCategories({ path: plan.path, goalsTalked, signed });
}
