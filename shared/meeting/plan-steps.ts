import { emailIdentity } from '../email';
import { preferredCategories } from '../prompts/select';
import type { PromptCategory } from '../types';
import { isClosed, isPastDue, parseStatus } from '../status';
import type { Counterpart, ImportedPlans, PersonPlan } from './types';

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** A person's imported plan: by address, else by name when exactly one person in the file has that name. */
export function importedPlanFor(plans: ImportedPlans | null, other: Counterpart): PersonPlan | null {
  if (!plans) return null;
  const email = other.email ? emailIdentity(other.email) : '';
  const byEmail = email ? plans.people.find((p) => emailIdentity(p.email) === email) : undefined;
  if (byEmail) return byEmail;
  if (!other.name.trim()) return null;
  const named = plans.people.filter((p) => sameName(p.name, other.name));
  return named.length === 1 ? named[0]! : null;
}

/** An open step as every view shows it: what, who (the owner, else their role), by when, and whether that day has passed. */
export interface OpenStep {
  /** The step id ('' for a row added by hand, or a plan status import's next step). */
  id: string;
  step: string;
  owner: string;
  due: string | null;
  overdue: boolean;
}

/**
 * A plan's open steps (not Done or Skipped), next first: earliest due, undated last, ties in table order; each says
 * whether it is overdue on `today` (a step due today is not). A plan status import has only its next step.
 */
export function openSteps(plan: PersonPlan, today: string): OpenStep[] {
  const view = (s: { id?: string; step: string; owner: string; ownerRole?: string; due: string | null }): OpenStep => ({
    id: s.id ?? '',
    step: s.step,
    owner: s.owner || s.ownerRole || '',
    due: s.due,
    overdue: isPastDue(s.due, today),
  });
  if (plan.steps.length === 0) return plan.summary.next ? [view(plan.summary.next)] : [];
  return plan.steps
    .filter((s) => !isClosed(parseStatus(s.status)))
    .sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due.localeCompare(b.due)))
    .map(view);
}

/**
 * The prompt categories a person's plan needs now (see preferredCategories). A plan status import has no steps, so
 * its summary stands in: any step done means the goals conversation is, since it comes first in every plan.
 */
export function preferFor(plan: PersonPlan | null): PromptCategory[] {
  if (!plan) return preferredCategories(null);
  const { signed, done } = plan.summary;
  const goalsTalked =
    plan.steps.length > 0 ? plan.steps.some((s) => s.id === 'goals-conversation' && s.status === 'Done') : signed || done > 0;
  return preferredCategories({ path: plan.path, goalsTalked, signed });
}
