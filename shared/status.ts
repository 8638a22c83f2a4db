import { isIsoDay } from './dates';
import { STATUSES, type PlanRow, type Status, type StatusRow } from './types';

/** The contract status a cell's text names (case and spaces forgiven), or undefined for anything else. */
export function parseStatus(text: string): Status | undefined {
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === '') return 'Not started';
  return STATUSES.find((s) => s.toLowerCase() === wanted);
}

const isClosed = (status: Status | undefined) => status === 'Done' || status === 'Skipped';
const personOf = (row: PlanRow) => (row.email.trim() || row.key.split('#')[0] || '').trim().toLowerCase();
const stepIdOf = (row: PlanRow) => row.key.split('#')[1]?.trim().toLowerCase() ?? '';

/** One person's roll-up from their rows in table order (contract section 3). */
export function statusOf(rows: readonly PlanRow[], today: string): StatusRow {
  const first = rows[0]!;
  const counted = rows.filter((r) => parseStatus(r.status) !== 'Skipped');
  const done = rows.filter((r) => parseStatus(r.status) === 'Done').length;
  const open = rows.filter((r) => !isClosed(parseStatus(r.status)));
  const dated = (r: PlanRow) => isIsoDay(r.due.trim());
  const overdue = open.filter((r) => dated(r) && r.due.trim() < today).length;
  // A stable sort keeps table order among equal dues; undated rows sort after every dated one.
  const next = [...open].sort((a, b) => {
    if (dated(a) !== dated(b)) return dated(a) ? -1 : 1;
    return dated(a) ? a.due.trim().localeCompare(b.due.trim()) : 0;
  })[0];
  const signed = (id: string) => rows.some((r) => stepIdOf(r) === id && parseStatus(r.status) === 'Done');
  return {
    person: first.person,
    email: first.email,
    manager: first.manager,
    path: first.path,
    targetRole: first.targetRole,
    steps: counted.length,
    done,
    overdue,
    percentDone: counted.length === 0 ? 0 : Math.round((100 * done) / counted.length),
    nextStep: next?.step ?? '',
    nextOwner: next?.owner ?? '',
    nextDue: next?.due.trim() ?? '',
    planSigned: signed('sign-off-employee') && signed('sign-off-manager') ? 'Yes' : 'No',
  };
}

/** The plan status of everyone in a plans table, one row per person (by Email, case-insensitively) in first-seen order. */
export function rollUp(rows: readonly PlanRow[], today: string): StatusRow[] {
  const byPerson = new Map<string, PlanRow[]>();
  for (const row of rows) {
    const person = personOf(row);
    if (!person) continue;
    const list = byPerson.get(person) ?? [];
    list.push(row);
    byPerson.set(person, list);
  }
  return [...byPerson.values()].map((list) => statusOf(list, today));
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
