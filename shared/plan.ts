import { addDays } from './dates';
import { emailText } from './email';
import { ladderReach, nextRung } from './paths/ladder';
import { CLOSING, OPENING, PATHS } from './paths/templates';
import { nextTitleBelowSenior } from './paths/titles';
import type { LadderReach, Person, PlanRow, StepTemplate } from './types';

/**
 * The target role a plan aims at: the roster's, else one the path implies (the technical ladder's next rung; on the
 * mentor path the next title for someone not yet senior), else blank: the plan then asks to agree one, or, for a
 * mentor already senior, names the coaching scope instead of a title.
 */
export function targetRoleFor(person: Person): string {
  if (person.targetRole) return person.targetRole;
  if (person.path === 'technical') return nextRung(person.role);
  if (person.path === 'mentor') return nextTitleBelowSenior(person.role);
  return '';
}

/** Whether a step belongs in a plan with this target (or none) and, on the technical path, this reach. */
function fits(step: StepTemplate, targetRole: string, reach: LadderReach | undefined): boolean {
  if (targetRole ? step.onlyWithoutTarget : step.onlyWithTarget) return false;
  return !step.reaches || (reach !== undefined && step.reaches.includes(reach));
}

/**
 * The step templates of a person's plan in due order (the opening first on a tie): what comes first is done first.
 * A technical plan takes the steps for how far it reaches (into senior, lead, or staff and beyond).
 */
export function templatesFor(person: Person, targetRole: string): StepTemplate[] {
  const reach = person.path === 'technical' ? ladderReach(person.role, targetRole) : undefined;
  const own = PATHS[person.path].steps
    .filter((s) => fits(s, targetRole, reach))
    .map((s) => (targetRole && s.textWithTarget ? { ...s, text: s.textWithTarget } : s));
  return [...OPENING, ...own, ...CLOSING].sort((a, b) => a.dueOffsetDays - b.dueOffsetDays);
}

/** The `<email>#<step-id>` key of a plan row (contract section 2). */
export function planKey(email: string, stepId: string): string {
  return `${emailText(email).toLowerCase()}#${stepId}`;
}

/** What a step's placeholders need of a person; a focus or role not known reads as readable words. */
export type StepFacts = Pick<Person, 'name' | 'manager'> & Partial<Pick<Person, 'focus' | 'role'>>;

/** A step's text with the person's details in place of its placeholders, and readable words where one is blank. */
export function fillStep(text: string, person: StepFacts, targetRole: string): string {
  const values: Record<string, string> = {
    name: person.name,
    first: person.name.split(/\s+/)[0] ?? person.name,
    manager: person.manager || 'the manager',
    target: targetRole || 'the agreed next role',
    focus: person.focus || 'the chosen area',
    role: person.role || 'the current role',
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A memo of `today + offset` days: a team shares a dozen offsets, and date arithmetic per row was a fifth of the cost. */
function dueDates(today: string): (offset: number) => string {
  const memo = new Map<number, string>();
  return (offset) => {
    let due = memo.get(offset);
    if (due === undefined) {
      due = addDays(today, offset);
      memo.set(offset, due);
    }
    return due;
  };
}

/**
 * The Owner of a manager's step when the roster names no manager (no name, no email): the role is known, the person
 * is not, and the cell says so rather than read as someone called "Manager". The roster reading tells where to fill in.
 */
export const UNNAMED_MANAGER = 'Manager (not named)';

/** A person's written plan as plans-table rows, due dates counted from `today` (`YYYY-MM-DD`). */
export function planFor(person: Person, today: string, dueOn: (offset: number) => string = dueDates(today)): PlanRow[] {
  const targetRole = targetRoleFor(person);
  const managerName = person.manager || person.managerEmail || UNNAMED_MANAGER;
  return templatesFor(person, targetRole).map((step) => ({
    key: planKey(person.email, step.id),
    person: person.name,
    email: person.email,
    manager: person.manager,
    path: PATHS[person.path].label,
    targetRole,
    step: fillStep(step.text, person, targetRole),
    owner: step.owner === 'Employee' ? person.name : managerName,
    ownerRole: step.owner,
    ownerEmail: step.owner === 'Employee' ? person.email : person.managerEmail,
    due: dueOn(step.dueOffsetDays),
    status: 'Not started',
    notes: '',
  }));
}

/** Every person's plan, in roster order. */
export function planAll(people: readonly Person[], today: string): PlanRow[] {
  const dueOn = dueDates(today);
  return people.flatMap((p) => planFor(p, today, dueOn));
}

/**
 * Every person's plan, as planAll, or undefined as soon as the rows' text passes `maxChars`: a roster of very long
 * cells (each copied into a dozen rows) is stopped before its plans outgrow memory.
 */
export function planWithin(people: readonly Person[], today: string, maxChars: number): PlanRow[] | undefined {
  const dueOn = dueDates(today);
  const rows: PlanRow[] = [];
  let chars = 0;
  for (const person of people) {
    for (const row of planFor(person, today, dueOn)) {
      chars += row.key.length + row.person.length + row.email.length + row.manager.length + row.path.length;
      chars += row.targetRole.length + row.step.length + row.owner.length + row.ownerEmail.length + 40;
      if (chars > maxChars) return undefined;
      rows.push(row);
    }
  }
  return rows;
}
