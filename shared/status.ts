import { isIsoDay } from './dates';
import { groupByPerson, stepIdOf } from './plans-table';
import { STATUSES, type PlanRow, type Status, type StatusRow } from './types';

/** The contract status a cell's text names (case and spaces forgiven), or undefined for anything else. */
export function parseStatus(text: string): Status | undefined {
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === '') return 'Not started';
  return STATUSES.find((s) => s.toLowerCase() === wanted);
}

const isClosed = (status: Status | undefined) => status === 'Done' || status === 'Skipped';

/** One person's roll-up from their rows in table order (contract section 3). */
export function statusOf(rows: readonly PlanRow[], today: string): StatusRow {
  const first = rows[0]!;
  let steps = 0;
  let done = 0;
  let overdue = 0;
  let next: PlanRow | undefined;
  let nextDue = '';
  const signedOff = new Set<string>();
  // One pass: each row's status and date are read once (this runs for every row of a 100,000-row table).
  for (const row of rows) {
    const status = parseStatus(row.status);
    if (status !== 'Skipped') steps++;
    if (status === 'Done') {
      done++;
      signedOff.add(stepIdOf(row));
    }
    if (isClosed(status)) continue;
    const due = row.due.trim();
    const dated = isIsoDay(due);
    if (dated && due < today) overdue++;
    // The earliest dated open row wins; ties keep table order; undated rows only when no row is dated.
    if (!next || (dated && (nextDue === '' || due < nextDue))) {
      next = row;
      nextDue = dated ? due : '';
    }
  }
  return {
    person: first.person,
    email: first.email,
    manager: first.manager,
    path: first.path,
    targetRole: first.targetRole,
    steps,
    done,
    overdue,
    percentDone: steps === 0 ? 0 : Math.round((100 * done) / steps),
    nextStep: next?.step ?? '',
    nextOwner: next?.owner ?? '',
    nextDue: next?.due.trim() ?? '',
    planSigned: signedOff.has('sign-off-employee') && signedOff.has('sign-off-manager') ? 'Yes' : 'No',
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
