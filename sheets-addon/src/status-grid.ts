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

/** Column (0-based) of each Plan status field the sheet formats. */
export const STATUS_COLUMN = {
  overdue: STATUS_HEADERS.indexOf('Overdue'),
  percent: STATUS_HEADERS.indexOf('Percent done'),
  nextDue: STATUS_HEADERS.indexOf('Next due'),
};
