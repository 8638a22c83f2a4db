import { addDays } from './dates';
import { emailText } from './email';
import { defaultFramework } from './framework/defaults';
import { expectationsOf, impliedTarget, type Ladders, laddersOf } from './framework/ladder';
import { type PathRef, pathRefOf } from './framework/path-ref';
import { type FrameworkPaths, frameworkPaths, type PlanStep } from './framework/plan-steps';
import type { Framework } from './framework/types';
import { ladderReach } from './paths/ladder';
import type { LadderReach, Person, PlanRow } from './types';

/** A framework made ready to plan with: its ladders indexed, each path's steps worked out once. */
export interface Planner {
  ladders: Ladders;
  paths: FrameworkPaths;
}

/** Readies a framework (contract section 12) for planning. */
export function plannerOf(framework: Framework): Planner {
  return { ladders: laddersOf(framework.levels), paths: frameworkPaths(framework.steps) };
}

let builtIn: Planner | undefined;
/** The planner of a framework, or of the built-in one: every plan is made through a framework. */
function plannerFor(framework: Framework | undefined): Planner {
  if (framework) return plannerOf(framework);
  builtIn ??= plannerOf(defaultFramework());
  return builtIn;
}

/**
 * The target role a plan aims at: the roster's, else one the path implies (the next rung of the framework's ladder;
 * see impliedTarget), else blank: the plan then asks to agree one, or, for a mentor already senior, names the
 * coaching scope instead of a title.
 */
export function targetRoleFor(person: Person, framework?: Framework): string {
  return targetWith(person, pathRefOf(person.path), plannerFor(framework));
}

const targetWith = (person: Person, path: PathRef, planner: Planner) =>
  person.targetRole || impliedTarget(person.role, path, planner.ladders);

/** Whether a step belongs in a plan with this target (or none) and, on the technical path, this reach. */
function fits(step: PlanStep, targetRole: string, reach: LadderReach | undefined): boolean {
  if (targetRole ? step.onlyWithoutTarget : step.onlyWithTarget) return false;
  return !step.reaches || (reach !== undefined && step.reaches.includes(reach));
}

/**
 * The steps of a person's plan in due order (the opening first on a tie): what comes first is done first.
 * A technical plan takes the steps for how far it reaches (into senior, lead, or staff and beyond).
 */
function stepsFor(person: Person, path: PathRef, targetRole: string, planner: Planner): PlanStep[] {
  const technical = path.kind === 'built-in' && path.id === 'technical';
  const reach = technical ? ladderReach(person.role, targetRole) : undefined;
  return planner.paths
    .stepsOf(path)
    .filter((s) => fits(s, targetRole, reach))
    .map((s) => (targetRole && s.textWithTarget ? { ...s, text: s.textWithTarget } : s));
}

/** The steps of a person's plan aimed at `targetRole`, in due order, through a framework (the built-in by default). */
export function templatesFor(person: Person, targetRole: string, framework?: Framework): PlanStep[] {
  return stepsFor(person, pathRefOf(person.path), targetRole, plannerFor(framework));
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

/** A step's words for a person: its placeholders filled, and where it compares work with the target, what that rung expects. */
function stepText(step: PlanStep, person: Person, targetRole: string, ladders: Ladders): string {
  const text = fillStep(step.text, person, targetRole);
  const expects = step.showsExpectations && targetRole ? expectationsOf(targetRole, ladders) : '';
  return expects ? `${text}. What ${targetRole} expects: ${expects}` : text;
}

/** A person's plan through a readied framework, due dates from `dueOn`. */
function planWith(person: Person, planner: Planner, dueOn: (offset: number) => string): PlanRow[] {
  const path = pathRefOf(person.path);
  const targetRole = targetWith(person, path, planner);
  const managerName = person.manager || person.managerEmail || UNNAMED_MANAGER;
  const label = planner.paths.labelOf(path);
  return stepsFor(person, path, targetRole, planner).map((step) => ({
    key: planKey(person.email, step.id),
    person: person.name,
    email: person.email,
    manager: person.manager,
    path: label,
    targetRole,
    step: stepText(step, person, targetRole, planner.ladders),
    owner: step.owner === 'Employee' ? person.name : managerName,
    ownerRole: step.owner,
    ownerEmail: step.owner === 'Employee' ? person.email : person.managerEmail,
    due: dueOn(step.dueOffsetDays),
    status: 'Not started',
    notes: '',
  }));
}

/** A person's written plan as plans-table rows, due dates counted from `today` (`YYYY-MM-DD`); the built-in framework by default. */
export function planFor(person: Person, today: string, framework?: Framework): PlanRow[] {
  return planWith(person, plannerFor(framework), dueDates(today));
}

/** Every person's plan, in roster order. */
export function planAll(people: readonly Person[], today: string, framework?: Framework): PlanRow[] {
  const dueOn = dueDates(today);
  const planner = plannerFor(framework);
  return people.flatMap((p) => planWith(p, planner, dueOn));
}

/**
 * Every person's plan, as planAll, or undefined as soon as the rows' text passes `maxChars`: a roster of very long
 * cells (each copied into a dozen rows) is stopped before its plans outgrow memory.
 */
export function planWithin(people: readonly Person[], today: string, maxChars: number, framework?: Framework): PlanRow[] | undefined {
  const dueOn = dueDates(today);
  const planner = plannerFor(framework);
  const rows: PlanRow[] = [];
  let chars = 0;
  for (const person of people) {
    for (const row of planWith(person, planner, dueOn)) {
      chars += row.key.length + row.person.length + row.email.length + row.manager.length + row.path.length;
      chars += row.targetRole.length + row.step.length + row.owner.length + row.ownerEmail.length + 40;
      if (chars > maxChars) return undefined;
      rows.push(row);
    }
  }
  return rows;
}
