import { emailIdentity } from './email';
import { numbered, REVIEW_STEP, roundId, signOffRound, stepIdsOf } from './plan-rounds';
import { groupByPerson } from './plans-table';
import { dueDay, isClosed, isPastDue, isSigned, parseStatus } from './status';
import type { PlanRow } from './types';

// The per-manager roll-up of contract section 10: one row per manager over their people's plans, with overdue steps
// split by the rows' Owner role, so a manager's own commitments show beside their people's. Pure.

export const MANAGER_STATUS_HEADERS = [
  'Manager',
  'Manager email',
  'People',
  'Plans signed',
  'Steps',
  'Done',
  'Percent done',
  'Overdue employee steps',
  'Overdue manager steps',
  'Reviews overdue',
] as const;

/** The per-manager row of people none of whose rows is a manager's, where a person reads it (a CSV leaves it blank). */
export const NO_MANAGER = 'No manager named';

/** What one person adds to their manager's row (small: a roll-up of many files keeps one per person, not their rows). */
export interface PersonTally {
  /** The manager the person is counted under: '' and '' when none of their rows is the manager's. */
  manager: string;
  managerEmail: string;
  signed: boolean;
  steps: number;
  done: number;
  overdueEmployee: number;
  overdueManager: number;
  reviewsOverdue: number;
}

/** The counts a manager's row and the organisation's totals share. */
export interface ManagerCounts {
  people: number;
  plansSigned: number;
  steps: number;
  done: number;
  percentDone: number;
  overdueEmployee: number;
  overdueManager: number;
  reviewsOverdue: number;
}

export interface ManagerStatusRow extends ManagerCounts {
  /** '' and '' for the people none of whose rows is the manager's ("No manager named" where a person reads it). */
  manager: string;
  managerEmail: string;
}

/** Whether a row's step is the manager's: Owner role `Manager`; any other role (Employee, blank, typed) is the employee's. */
const isManagers = (row: Pick<PlanRow, 'ownerRole'>) => row.ownerRole.trim().toLowerCase() === 'manager';

/**
 * The row that names a person's manager: among the rows whose Owner role is Manager, the manager's sign-off of the
 * latest round (after a change of manager it is the one who signs now), else the first; undefined when there is none.
 */
export function managerRowOf(rows: readonly PlanRow[], ids = stepIdsOf(rows)): PlanRow | undefined {
  const latest = roundId('sign-off-manager', signOffRound(rows, ids));
  let first: PlanRow | undefined;
  for (const [index, row] of rows.entries()) {
    if (!isManagers(row)) continue;
    if (ids[index] === latest) return row;
    first ??= row;
  }
  return first;
}

/**
 * One person's share of the roll-up, counted as contract section 3 counts (Steps: not Skipped; Overdue: open and due
 * before `today`; signed on the latest sign-off round), each overdue row in exactly one role column.
 */
export function personTally(rows: readonly PlanRow[], today: string, ids = stepIdsOf(rows)): PersonTally {
  const managerRow = managerRowOf(rows, ids);
  const tally: PersonTally = {
    manager: (managerRow?.owner.trim() || managerRow?.manager.trim()) ?? '',
    managerEmail: managerRow?.ownerEmail.trim() ?? '',
    signed: isSigned(rows, ids),
    steps: 0,
    done: 0,
    overdueEmployee: 0,
    overdueManager: 0,
    reviewsOverdue: 0,
  };
  for (const [index, row] of rows.entries()) {
    const status = parseStatus(row.status);
    if (status !== 'Skipped') tally.steps++;
    if (status === 'Done') tally.done++;
    if (isClosed(status) || !isPastDue(dueDay(row.due), today)) continue;
    if (isManagers(row)) tally.overdueManager++;
    else tally.overdueEmployee++;
    if (numbered(ids[index]!).base === REVIEW_STEP) tally.reviewsOverdue++;
  }
  return tally;
}

/** Which row a tally goes to: the manager's email as it compares, else their name (spaces and case forgiven). */
function managerKey(tally: Pick<PersonTally, 'manager' | 'managerEmail'>): string {
  if (tally.managerEmail) return `@${emailIdentity(tally.managerEmail)}`;
  return `name:${tally.manager.replace(/\s+/g, ' ').toLowerCase()}`;
}

const percent = (done: number, steps: number) => (steps === 0 ? 0 : Math.round((100 * done) / steps));

/** One row per manager from the people's tallies (each person once), by Manager then Manager email; a row keeps the first-seen spelling. */
export function managerRollup(tallies: Iterable<PersonTally>): ManagerStatusRow[] {
  const rows = new Map<string, ManagerStatusRow>();
  for (const tally of tallies) {
    const key = managerKey(tally);
    let row = rows.get(key);
    if (!row) {
      row = { manager: tally.manager, managerEmail: tally.managerEmail, ...totalsOf([]) };
      rows.set(key, row);
    }
    row.people++;
    if (tally.signed) row.plansSigned++;
    row.steps += tally.steps;
    row.done += tally.done;
    row.overdueEmployee += tally.overdueEmployee;
    row.overdueManager += tally.overdueManager;
    row.reviewsOverdue += tally.reviewsOverdue;
  }
  const list = [...rows.values()];
  for (const row of list) row.percentDone = percent(row.done, row.steps);
  // One collator for the whole sort: localeCompare with options makes one for every comparison (seconds for 10,000 managers).
  const byText = new Intl.Collator('en', { sensitivity: 'base' }).compare;
  return list.sort((a, b) => byText(a.manager, b.manager) || byText(a.managerEmail, b.managerEmail));
}

/** The per-manager roll-up of a plans table's rows (people by Email, as section 3 groups them). */
export function managerStatus(rows: readonly PlanRow[], today: string): ManagerStatusRow[] {
  return managerRollup(groupByPerson(rows).map((person) => personTally(person, today)));
}

/** The organisation's totals over per-manager rows: every count summed, Percent done over all steps. */
export function totalsOf(rows: readonly ManagerCounts[]): ManagerCounts {
  const totals: ManagerCounts = {
    people: 0,
    plansSigned: 0,
    steps: 0,
    done: 0,
    percentDone: 0,
    overdueEmployee: 0,
    overdueManager: 0,
    reviewsOverdue: 0,
  };
  for (const row of rows) {
    totals.people += row.people;
    totals.plansSigned += row.plansSigned;
    totals.steps += row.steps;
    totals.done += row.done;
    totals.overdueEmployee += row.overdueEmployee;
    totals.overdueManager += row.overdueManager;
    totals.reviewsOverdue += row.reviewsOverdue;
  }
  totals.percentDone = percent(totals.done, totals.steps);
  return totals;
}

/** A manager's row in MANAGER_STATUS_HEADERS order: names as text, counts as numbers. */
export function managerRowValues(row: ManagerStatusRow): (string | number)[] {
  return [
    row.manager,
    row.managerEmail,
    row.people,
    row.plansSigned,
    row.steps,
    row.done,
    row.percentDone,
    row.overdueEmployee,
    row.overdueManager,
    row.reviewsOverdue,
  ];
}

/** A manager's row as text cells (CSV, a sheet): the row of people with no manager named keeps its two cells blank. */
export const managerRowCells = (row: ManagerStatusRow): string[] => managerRowValues(row).map(String);
