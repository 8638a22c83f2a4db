import { MANAGER_STATUS_HEADERS, type ManagerStatusRow, NO_MANAGER } from '../../shared/manager-rollup';
import { STATUS_HEADERS, type StatusRow } from '../../shared/types';
import { textCell } from './values';

// Pure parts of Export plan status: the sheet's cells.

/** The Plan status sheet: header, then one row a person; counts as numbers, Next due as a date, text as text. */
export function statusGrid(rows: readonly StatusRow[]): unknown[][] {
  return [
    [...STATUS_HEADERS],
    ...rows.map((r) => [
      textCell(r.person),
      textCell(r.email),
      textCell(r.manager),
      textCell(r.path),
      textCell(r.targetRole),
      r.steps,
      r.done,
      r.overdue,
      r.percentDone,
      textCell(r.nextStep),
      textCell(r.nextOwner),
      r.nextDue, // a calendar day or blank (see dueDay), so Sheets reads it as a date
      r.planSigned,
    ]),
  ];
}

/** The team's per-manager table (contract section 10): header, then one row a manager; counts as numbers. */
export function managerGrid(rows: readonly ManagerStatusRow[]): unknown[][] {
  return [
    [...MANAGER_STATUS_HEADERS],
    ...rows.map((r) => [
      r.manager || r.managerEmail ? textCell(r.manager) : NO_MANAGER,
      textCell(r.managerEmail),
      r.people,
      r.plansSigned,
      r.steps,
      r.done,
      r.percentDone,
      r.overdueEmployee,
      r.overdueManager,
      r.reviewsOverdue,
    ]),
  ];
}

/**
 * The whole Plan status sheet, written in one call: the per-person table, a blank row, then the per-manager table,
 * each row as wide as the per-person table. The per-person table stays first and whole, as section 3 has it.
 */
export function statusSheetGrid(people: readonly StatusRow[], managers: readonly ManagerStatusRow[]): unknown[][] {
  const pad = (row: readonly unknown[]) => [...row, ...new Array<string>(STATUS_HEADERS.length - row.length).fill('')];
  return [...statusGrid(people), pad([]), ...managerGrid(managers).map(pad)];
}

/** Column (0-based) of each Plan status field the sheet formats. */
export const STATUS_COLUMN = {
  overdue: STATUS_HEADERS.indexOf('Overdue'),
  percent: STATUS_HEADERS.indexOf('Percent done'),
  nextDue: STATUS_HEADERS.indexOf('Next due'),
};

/** Column (0-based) of each per-manager field the sheet formats: Percent done, then the three overdue counts. */
export const MANAGER_COLUMN = {
  percent: MANAGER_STATUS_HEADERS.indexOf('Percent done'),
  overdue: MANAGER_STATUS_HEADERS.indexOf('Overdue employee steps'),
  overdueCount: MANAGER_STATUS_HEADERS.length - MANAGER_STATUS_HEADERS.indexOf('Overdue employee steps'),
};
