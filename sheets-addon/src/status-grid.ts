import { a1 } from '../../shared/a1';
import { isIsoDay } from '../../shared/dates';
import type { PlansTable } from '../../shared/plans-table';
import { parseStatus } from '../../shared/status';
import { STATUS_HEADERS, STATUSES, type Problem, type StatusRow } from '../../shared/types';
import { textCell } from './values';

// Pure parts of Export plan status: the sheet's cells and the rows the roll-up could not read.

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
      isIsoDay(r.nextDue) ? r.nextDue : textCell(r.nextDue),
      r.planSigned,
    ]),
  ];
}

/** Plans rows whose Status or Due the roll-up cannot read, with their cells (as `trellis status` reports them). */
export function statusProblems(table: PlansTable): Problem[] {
  const problems: Problem[] = [];
  table.rows.forEach((row, i) => {
    const at = (field: 'status' | 'due') => a1(table.sourceColumns?.[field] ?? 0, table.sourceRows?.[i] ?? 0);
    if (!parseStatus(row.status)) {
      problems.push({ cell: at('status'), message: `unknown status "${row.status}" (use ${STATUSES.join(', ')}); counted as not done` });
    }
    if (row.due.trim() && !isIsoDay(row.due.trim())) {
      problems.push({ cell: at('due'), message: `due "${row.due}" is not a date; counted as undated` });
    }
  });
  return problems;
}

/** Column (0-based) of each Plan status field the sheet formats. */
export const STATUS_COLUMN = {
  overdue: STATUS_HEADERS.indexOf('Overdue'),
  percent: STATUS_HEADERS.indexOf('Percent done'),
  nextDue: STATUS_HEADERS.indexOf('Next due'),
};
