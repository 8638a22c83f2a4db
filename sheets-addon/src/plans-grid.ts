import { isIsoDay } from '../../shared/dates';
import { PLAN_COLUMNS } from '../../shared/plans-table';
import { PLAN_HEADERS, type PlanRow } from '../../shared/types';
import { textCell } from './values';

// The one grid builder: generated rows as cells, in a sheet's own column order. Existing rows are never rebuilt:
// a refresh inserts rows with the sheet's own row insertion and writes only these.

type Field = (typeof PLAN_COLUMNS)[number]['field'];
/** 0-based column of each contract field. */
export type PlanColumns = Record<Field, number>;

/** Where the table is in the sheet: what the formats need. */
export interface PlansLayout {
  /** 1-based row of the header. */
  headerRow: number;
  columns: PlanColumns;
  width: number;
}

/** A generated row's cell: Due as the ISO day (Sheets makes it a date), everything else as plain text. */
function newCell(field: Field, value: string): unknown {
  return field === 'due' && isIsoDay(value) ? value : textCell(value);
}

/** Generated rows in the sheet's own column order, columns the user added left blank. */
export function newRowsGrid(rows: readonly PlanRow[], columns: PlanColumns, width: number): unknown[][] {
  return rows.map((row) => {
    const cells: unknown[] = new Array(width).fill('');
    for (const { field } of PLAN_COLUMNS) cells[columns[field]] = newCell(field, row[field]);
    return cells;
  });
}

/** The contract's column order, for a new Plans sheet. */
export const CONTRACT_LAYOUT: PlansLayout = {
  headerRow: 1,
  columns: Object.fromEntries(PLAN_COLUMNS.map((c, i) => [c.field, i])) as PlanColumns,
  width: PLAN_HEADERS.length,
};

/** A new Plans sheet from A1: the contract's header, then every row. */
export function freshPlansGrid(rows: readonly PlanRow[]): unknown[][] {
  return [[...PLAN_HEADERS], ...newRowsGrid(rows, CONTRACT_LAYOUT.columns, CONTRACT_LAYOUT.width)];
}
