import { isIsoDay } from '../../shared/dates';
import { PLAN_COLUMNS } from '../../shared/plans-table';
import type { PLAN_HEADERS, PlanRow } from '../../shared/types';
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

/**
 * A new Plans sheet's columns (contract section 6, December 2026): first what people read (who, what, whose, by when,
 * how far, their notes), then what places the step, then the identities Trellis matches rows by. Sheets made before
 * keep their own order: every reader finds a column by its header (plans-read.ts, shared/plans-table.ts).
 */
export const NEW_SHEET_HEADERS: readonly (typeof PLAN_HEADERS)[number][] = [
  'Person',
  'Step',
  'Owner',
  'Due',
  'Status',
  'Notes',
  'Path',
  'Target role',
  'Owner role',
  'Manager',
  'Key',
  'Email',
  'Owner email',
];

/** Where the table is in a new Plans sheet: its header in row 1, the columns in NEW_SHEET_HEADERS' order. */
export const NEW_SHEET_LAYOUT: PlansLayout = {
  headerRow: 1,
  columns: Object.fromEntries(PLAN_COLUMNS.map((c) => [c.field, NEW_SHEET_HEADERS.indexOf(c.header)])) as PlanColumns,
  width: NEW_SHEET_HEADERS.length,
};

/** A new Plans sheet from A1: the header in NEW_SHEET_HEADERS' order, then every row. */
export function freshPlansGrid(rows: readonly PlanRow[]): unknown[][] {
  return [[...NEW_SHEET_HEADERS], ...newRowsGrid(rows, NEW_SHEET_LAYOUT.columns, NEW_SHEET_LAYOUT.width)];
}
