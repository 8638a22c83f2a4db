import { a1 } from './a1';
import { isIsoDay } from './dates';
import { latestPathRow, numbered, pathsNamedIn, SIGN_OFF_STEPS, signOffRound, stepIdsOf } from './plan-rounds';
import { groupByPerson, type PlansTable } from './plans-table';
import { STATUSES, type PlanRow, type Problem, type Status, type StatusRow } from './types';

/** Each status as written, and a blank cell (Not started). */
const EXACT_STATUS = new Map<string, Status>([['', 'Not started'], ...STATUSES.map((s): [string, Status] => [s, s])]);

/** The contract status a cell's text names (case and spaces forgiven), or undefined for anything else. */
export function parseStatus(text: string): Status | undefined {
  // Nearly every cell is a status as Trellis writes it: known at once, before any trimming or folding.
  const exact = EXACT_STATUS.get(text);
  if (exact) return exact;
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === '') return 'Not started';
  return STATUSES.find((s) => s.toLowerCase() === wanted);
}

/** Whether a step with this status is closed (Done or Skipped); an unreadable status is open. */
export const isClosed = (status: Status | undefined) => status === 'Done' || status === 'Skipped';

/** A Due as a calendar day: trimmed, and '' when blank or not a date, so such a step is undated everywhere (contract section 3). */
export function dueDay(due: string): string {
  const day = due.trim();
  return isIsoDay(day) ? day : '';
}

/** Whether an open step due on `day` ('' or null: undated) is overdue on `today`; a step due today is not. */
export function isPastDue(day: string | null, today: string): boolean {
  return Boolean(day) && day! < today;
}

/** A Status or Due the roll-up cannot read: the field and what it is counted as instead. */
export interface FieldProblem {
  field: 'status' | 'due';
  message: string;
}

const NO_PROBLEMS: readonly FieldProblem[] = Object.freeze([]);

/** What is wrong with a plans row's Status and Due, field by field; none when both read (a Due is trimmed first). */
export function statusProblems(row: Pick<PlanRow, 'status' | 'due'>): readonly FieldProblem[] {
  const statusReads = parseStatus(row.status) !== undefined;
  const due = row.due.trim();
  const dueReads = due === '' || isIsoDay(due);
  // Nearly every row reads: those get the one shared empty list (a roll-up checks a million rows).
  if (statusReads && dueReads) return NO_PROBLEMS;
  const problems: FieldProblem[] = [];
  if (!statusReads) {
    problems.push({ field: 'status', message: `unknown status "${row.status}" (use ${STATUSES.join(', ')}); counted as not done` });
  }
  if (!dueReads) {
    problems.push({ field: 'due', message: `due "${row.due}" is not a date (YYYY-MM-DD); counted as undated` });
  }
  return problems;
}

/** Every Status and Due of a plans table the roll-up cannot read, each with its cell (as every front end reports them). */
export function tableStatusProblems(table: PlansTable): Problem[] {
  const found: Problem[] = [];
  for (const [i, row] of table.rows.entries()) {
    for (const p of statusProblems(row)) {
      found.push({ cell: a1(table.sourceColumns?.[p.field] ?? 0, table.sourceRows?.[i] ?? 0), message: p.message });
    }
  }
  return found;
}

/** Whether a plan is signed: every sign-off row of the latest round Done, the employee's and the manager's (contract 9). */
export function isSigned(rows: readonly Pick<PlanRow, 'key' | 'status'>[], ids = stepIdsOf(rows)): boolean {
  const latest = signOffRound(rows, ids);
  const signed = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const { base, round } = numbered(ids[index]!);
    if (round !== latest || !SIGN_OFF_STEPS.includes(base)) continue;
    if (parseStatus(row.status) !== 'Done') return false;
    signed.add(base);
  }
  return signed.size === SIGN_OFF_STEPS.length;
}

/**
 * Which row carries a person's path now (latestPathRow), with no framework at hand: a path the rows name that Trellis
 * does not know is one a career framework added (pathsNamedIn), so a move to it shows. -1 when no row names a path.
 */
export function currentPathIndex(rows: readonly PlanRow[], ids = stepIdsOf(rows)): number {
  return latestPathRow(rows, ids, pathsNamedIn(rows, ids));
}

/** The row whose Path and Target role are a person's now: that of their latest generated rows, else their first row. */
export function currentRow(rows: readonly PlanRow[], ids = stepIdsOf(rows)): PlanRow {
  return rows[currentPathIndex(rows, ids)] ?? rows[0]!;
}

/**
 * One person's roll-up from their rows in table order (contract section 3), on their latest path and sign-off round
 * (section 9): Person, Email and Manager from their first row, Path and Target role from their latest generated rows.
 */
export function statusOf(rows: readonly PlanRow[], today: string): StatusRow {
  const first = rows[0]!;
  const ids = stepIdsOf(rows);
  const current = currentRow(rows, ids);
  let steps = 0;
  let done = 0;
  let overdue = 0;
  let next: PlanRow | undefined;
  let nextDue = '';
  // One pass: each row's status and date are read once (this runs for every row of a 100,000-row table).
  for (const row of rows) {
    const status = parseStatus(row.status);
    if (status !== 'Skipped') steps++;
    if (status === 'Done') done++;
    if (isClosed(status)) continue;
    const due = dueDay(row.due);
    if (isPastDue(due, today)) overdue++;
    // The earliest dated open row wins; ties keep table order; undated rows only when no row is dated.
    if (!next || (due && (nextDue === '' || due < nextDue))) {
      next = row;
      nextDue = due;
    }
  }
  return {
    person: first.person,
    email: first.email,
    manager: first.manager,
    path: current.path,
    targetRole: current.targetRole,
    steps,
    done,
    overdue,
    percentDone: steps === 0 ? 0 : Math.round((100 * done) / steps),
    nextStep: next?.step ?? '',
    nextOwner: next?.owner ?? '',
    nextDue,
    planSigned: isSigned(rows, ids) ? 'Yes' : 'No',
  };
}

/** The plan status of everyone in a plans table, one row per person (by Email, case-insensitively) in first-seen order. */
export function rollUp(rows: readonly PlanRow[], today: string): StatusRow[] {
  return groupByPerson(rows).map((list) => statusOf(list, today));
}

/** A status row as text cells in contract column order. */
export function statusRowCells(row: StatusRow): string[] {
  return [
    row.person,
    row.email,
    row.manager,
    row.path,
    row.targetRole,
    String(row.steps),
    String(row.done),
    String(row.overdue),
    String(row.percentDone),
    row.nextStep,
    row.nextOwner,
    row.nextDue,
    row.planSigned,
  ];
}
