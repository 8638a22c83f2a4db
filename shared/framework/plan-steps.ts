import { CLOSING, OPENING, PATHS } from '../paths/templates';
import type { StepTemplate } from '../types';
import { builtInSteps, type PathRef, pathRefKey, pathRefOf } from './path-ref';
import { ALL_PATHS, type FrameworkStep } from './types';

/** A step of a plan as a framework makes it: a template, and whether it shows the target rung's Expectations. */
export interface PlanStep extends StepTemplate {
  /** The step that compares current work with the target (`map-target-gap`, or a step in its place). */
  showsExpectations?: boolean;
}

/** The step that compares current work with the target: it shows the target rung's Expectations. */
export const GAP_STEP = 'map-target-gap';
/** The steps every plan keeps (contract section 2), by id: a framework that drops one gets the default back. */
const FUNDAMENTALS: readonly string[] = ['goals-conversation', 'sign-off-employee', 'sign-off-manager', 'progress-review'];

/** A step as a list holds it: where it came from decides what `all` drops. */
type Entry = { step: PlanStep; builtIn: boolean };

/**
 * A team's row as a plan step, in the place of `replaced` when it has one. It keeps when the replaced step applies
 * (with or without a target, how far a technical plan reaches): a team changes what a step says, not when it is due
 * in a plan. Where its words are the built-in's own, the built-in's wording with a target is kept too.
 */
function fromRow(row: FrameworkStep, replaced: PlanStep | undefined): PlanStep {
  const { id: _id, text: _text, why: _why, evidence: _evidence, textWithTarget, ...when } = replaced ?? ({} as Partial<PlanStep>);
  return {
    ...when,
    id: row.id,
    text: row.text,
    owner: row.owner,
    dueOffsetDays: row.offsetDays,
    why: row.why,
    ...(row.doneWhen ? { evidence: row.doneWhen } : {}),
    ...(textWithTarget && replaced?.text === row.text ? { textWithTarget } : {}),
    ...(row.id === GAP_STEP || replaced?.showsExpectations ? { showsExpectations: true } : {}),
  };
}

/**
 * A list of steps changed by a path's rows: a Replaces or a same id takes a place, the rest are added, and `all`
 * drops the built-in steps no row took the place of. A row restating a built-in step keeps its place and when it
 * applies, so the defaults as written with `all` on a row are the path's rows in the table, in their order.
 */
function applyRows(entries: Entry[], rows: readonly FrameworkStep[]): Entry[] {
  let list = [...entries];
  for (const row of rows) {
    const replaces = row.replaces && row.replaces !== 'all' ? row.replaces : row.id;
    const at = list.findIndex((e) => e.step.id === replaces);
    const entry = { step: fromRow(row, list[at]?.step), builtIn: false };
    if (at < 0) {
      list = [...list.filter((e) => e.step.id !== row.id), entry];
      continue;
    }
    list = list.map((e, i) => (i === at ? entry : e)).filter((e, i) => i === at || e.step.id !== row.id);
  }
  return rows.some((r) => r.replaces === 'all') ? list.filter((e) => !e.builtIn) : list;
}

/** A path's steps in due order (the list's order on a tie), the fundamentals back from the defaults where dropped. */
function stepsOfPath(ref: PathRef, rows: readonly FrameworkStep[]): PlanStep[] {
  const isOwn = (r: FrameworkStep) => pathRefKey(pathRefOf(r.path)) === pathRefKey(ref);
  const everyPath = rows.filter((r) => pathRefOf(r.path).kind === 'all');
  const start = builtInSteps(ref).map((step) => ({
    step: step.id === GAP_STEP ? { ...step, showsExpectations: true } : step,
    builtIn: true,
  }));
  const list = applyRows(applyRows(start, everyPath), rows.filter(isOwn)).map((e) => e.step);
  for (const id of FUNDAMENTALS) {
    const fundamental = [...OPENING, ...CLOSING].find((s) => s.id === id);
    if (fundamental && !list.some((s) => s.id === id)) list.push(fundamental);
  }
  return list.sort((a, b) => a.dueOffsetDays - b.dueOffsetDays);
}

/** A framework's paths: each one's steps worked out once, and its name as the plans' Path column writes it. */
export interface FrameworkPaths {
  stepsOf(ref: PathRef): readonly PlanStep[];
  labelOf(ref: PathRef): string;
  /** The new paths the Steps table names, as it first writes them: the roster's Path column accepts them. */
  newPaths: readonly string[];
}

/** Compiles a framework's Steps table into each path's steps, worked out on first use. */
export function frameworkPaths(rows: readonly FrameworkStep[]): FrameworkPaths {
  const memo = new Map<string, PlanStep[]>();
  const names = new Map<string, string>();
  for (const row of rows) {
    const ref = pathRefOf(row.path);
    if (ref.kind === 'custom' && !names.has(pathRefKey(ref))) names.set(pathRefKey(ref), ref.name);
  }
  return {
    stepsOf(ref) {
      const key = pathRefKey(ref);
      const steps = memo.get(key) ?? stepsOfPath(ref, rows);
      memo.set(key, steps);
      return steps;
    },
    labelOf: (ref) =>
      ref.kind === 'built-in' ? PATHS[ref.id].label : ref.kind === 'all' ? ALL_PATHS : (names.get(pathRefKey(ref)) ?? ref.name),
    newPaths: [...names.values()],
  };
}

/**
 * A framework's step by the Path cell and step id of a plan row, for what a written plan says of it (its why, what
 * shows it done); undefined for a step the framework does not have on that path.
 */
export function frameworkStepOf(rows: readonly FrameworkStep[]): (path: string, id: string) => PlanStep | undefined {
  const paths = frameworkPaths(rows);
  return (path, id) => paths.stepsOf(pathRefOf(path)).find((s) => s.id === id);
}
