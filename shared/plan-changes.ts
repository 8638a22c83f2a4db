import { addDays } from './dates';
import { knownPathsOf } from './framework/known-paths';
import type { Framework } from './framework/types';
import {
  generatedId,
  type KnownPaths,
  latestPathRow,
  numbered,
  pathKeyOf,
  pathNameKey,
  pathOfCell,
  REVIEW_STEP,
  roundId,
  SHARED_IDS,
  SIGN_OFF_STEPS,
  signOffRound,
} from './plan-rounds';
import { groupByPerson, personOf, stepIdOf } from './plans-table';
import { PATHS } from './paths/templates';
import { dueDay, isClosed, parseStatus } from './status';
import type { PlanRow } from './types';

// Plans over time (contract section 9), decided from the rows alone: a person whose roster path differs from the
// path of their latest generated rows has the earlier path's untouched steps closed and a new sign-off round; a
// person whose progress reviews are all Done gets the next one. The result is data: the rows to add (the roster's
// plan with its numbered steps in their round) and the cells to change. Pure.

/** Days from one progress review to the next: a quarter. */
export const REVIEW_EVERY_DAYS = 91;

/** What the changes read of an existing row. Due and Notes may be left out: `unread` then says which rows need them. */
export type ChangeFacts = Pick<PlanRow, 'key' | 'email' | 'path' | 'status'> & Partial<Pick<PlanRow, 'due' | 'notes'>>;

/** The one change Trellis makes to an existing row: an untouched step of an earlier path closed, with a line saying why. */
export interface CellUpdate {
  /** Index of the row in the existing rows. */
  index: number;
  status: 'Skipped';
  notes: string;
}

/** A person whose path changed, for the report: every row is named by its index in the existing rows. */
export interface PathChange {
  email: string;
  person: string;
  /** The earlier path's label, and the new one's. */
  from: string;
  to: string;
  /** The new sign-off round. */
  round: number;
  /** Rows closed (Not started, now Skipped). */
  closed: number[];
  /** Rows of the earlier path left open as they are: In progress, Blocked, or a status Trellis cannot read. */
  stillOpen: number[];
  /** Steps of the new path already there and Skipped (closed by an earlier change): they stay Skipped. */
  skippedBefore: number[];
}

export interface PlanChanges {
  /** The roster's rows, each numbered step (sign-off, review) keyed for its round; a review not yet due left out. */
  generated: PlanRow[];
  updates: CellUpdate[];
  pathChanges: PathChange[];
  /** Rows whose Due or Notes the changes depend on but the facts left out: read them and decide again. */
  unread: { due: number[]; notes: number[] };
}

/** The line appended to a closed row's Notes; not appended twice (a run cut short between its writes comes back). */
export function closedNotes(notes: string, today: string, path: string): string {
  const line = `Closed on ${today}: path changed to ${path}`;
  if (notes === line || notes.endsWith(`\n${line}`)) return notes;
  if (notes === '') return line;
  return `${notes}${notes.endsWith('\n') ? '' : '\n'}${line}`;
}

/** Each person's generated rows (their indices), in table order. */
function generatedRowsByPerson(existing: readonly ChangeFacts[], known: KnownPaths | undefined): Map<string, number[]> {
  const byPerson = new Map<string, number[]>();
  existing.forEach((row, index) => {
    if (!generatedId(row, undefined, known)) return;
    const person = personOf(row);
    const list = byPerson.get(person);
    if (list) list.push(index);
    else byPerson.set(person, [index]);
  });
  return byPerson;
}

/**
 * The changes a refresh makes over time (contract section 9) for the roster's plans `generated` (planned today) and
 * the existing rows: see PlanChanges. Rows with no Key or a Key no template has are never read or changed. With the
 * `framework` the plans were made with, its new paths are paths and its steps are generated ones (contract 12).
 */
export function planChanges(
  existing: readonly ChangeFacts[],
  generated: readonly PlanRow[],
  today: string,
  framework?: Framework,
): PlanChanges {
  const known = framework && knownPathsOf(framework);
  const byPerson = generatedRowsByPerson(existing, known);
  const out: PlanChanges = { generated: [], updates: [], pathChanges: [], unread: { due: [], notes: [] } };
  for (const plan of groupByPerson(generated)) {
    const indices = byPerson.get(personOf(plan[0]!));
    if (!indices) {
      out.generated.push(...plan);
      continue;
    }
    const rows = indices.map((i) => existing[i]!);
    const latest = latestPathRow(rows, undefined, known);
    const earlier = latest < 0 ? undefined : pathKeyOf(rows[latest]!.path, known);
    const changed = earlier !== undefined && earlier !== pathKeyOf(plan[0]!.path, known) && !roundSays(rows, plan[0]!.path);
    const round = signOffRound(rows) + (changed ? 1 : 0);
    const review = nextReview(existing, indices, today, out.unread.due);
    for (const row of plan) {
      const base = stepIdOf(row);
      if (SIGN_OFF_STEPS.includes(base)) out.generated.push(numberedRow(row, base, Math.max(round, 1)));
      else if (base !== REVIEW_STEP || review === 'none') out.generated.push(row);
      else if (review !== 'open') out.generated.push({ ...numberedRow(row, base, review.round), due: review.due });
    }
    if (changed) {
      const from = labelOf(rows[latest]!.path, known);
      out.pathChanges.push(closeEarlierPath(existing, indices, plan, { round, today, from }, out));
    }
  }
  return out;
}

/**
 * Whether the latest sign-off round already says this new Path: a path a career framework adds (contract section 12)
 * is no built-in path, so once a round has started on it, the change is made and a refresh does not start another.
 */
function roundSays(rows: readonly ChangeFacts[], path: string): boolean {
  if (pathOfCell(path)) return false;
  const round = signOffRound(rows);
  const same = (cell: string) => pathNameKey(cell) === pathNameKey(path);
  return rows.some((row) => {
    const step = numbered(stepIdOf(row));
    return step.round === round && SIGN_OFF_STEPS.includes(step.base) && same(row.path);
  });
}

/** A path's name as plans write it: a built-in path's label, a framework's new path as its Steps table names it. */
function labelOf(cell: string, known: KnownPaths | undefined): string {
  const id = pathOfCell(cell);
  if (id) return PATHS[id].label;
  return known?.newPaths.find((name) => pathNameKey(name) === pathNameKey(cell)) ?? cell.trim();
}

const numberedRow = (row: PlanRow, base: string, round: number): PlanRow =>
  round <= 1 ? row : { ...row, key: `${row.key.slice(0, row.key.length - base.length)}${roundId(base, round)}` };

/**
 * A person's next progress review: 'none' when they have no review row (the template's is added as any step),
 * 'open' while one is not Done, else the next round, due a quarter after the later of the last one's Due and today.
 */
function nextReview(existing: readonly ChangeFacts[], indices: readonly number[], today: string, unread: number[]) {
  let last = 0;
  let open = false;
  for (const index of indices) {
    const row = existing[index]!;
    const { base, round } = numbered(stepIdOf(row));
    if (base !== REVIEW_STEP) continue;
    last = Math.max(last, round);
    if (parseStatus(row.status) !== 'Done') open = true;
  }
  if (last === 0) return 'none';
  if (open) return 'open';
  let from = today;
  for (const index of indices) {
    const row = existing[index]!;
    const { base, round } = numbered(stepIdOf(row));
    if (base !== REVIEW_STEP || round !== last) continue;
    if (row.due === undefined) unread.push(index);
    const due = dueDay(row.due ?? '');
    if (due > from) from = due;
  }
  return { round: last + 1, due: addDays(from, REVIEW_EVERY_DAYS) };
}

/**
 * Closes the earlier path of a person whose path changed: their generated rows that are not steps of the new plan (an
 * earlier path's own steps, an earlier round's sign-off) are closed when Not started and reported when still open.
 */
function closeEarlierPath(
  existing: readonly ChangeFacts[],
  indices: readonly number[],
  plan: readonly PlanRow[],
  change: { round: number; today: string; from: string },
  out: PlanChanges,
): PathChange {
  const { email, person, path: to } = plan[0]!;
  const result: PathChange = { email, person, from: change.from, to, round: change.round, closed: [], stillOpen: [], skippedBefore: [] };
  const steps = new Set(plan.map(stepIdOf));
  for (const index of indices) {
    const row = existing[index]!;
    const { base, round } = numbered(stepIdOf(row));
    const status = parseStatus(row.status);
    const inNewPlan = steps.has(base) && !(SIGN_OFF_STEPS.includes(base) && round < change.round);
    if (inNewPlan) {
      if (status === 'Skipped' && !SHARED_IDS.has(base)) result.skippedBefore.push(index);
    } else if (status === 'Not started') {
      if (row.notes === undefined) out.unread.notes.push(index);
      out.updates.push({ index, status: 'Skipped', notes: closedNotes(row.notes ?? '', change.today, to) });
      result.closed.push(index);
    } else if (!isClosed(status)) result.stillOpen.push(index);
  }
  return result;
}
