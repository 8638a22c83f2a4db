import { a1 } from '../a1';
import { cellText, isBlankRow, normalizeHeader } from '../cells';
import type { Problem } from '../types';

/** One non-blank row of a framework table, read by field. */
export interface TableRow<F extends string> {
  /** The cell's text, trimmed; '' when the column is absent. */
  get(field: F): string;
  /** The A1 reference of the field's cell (column A when the column is absent). */
  cell(field: F): string;
}

export interface TableRead<F extends string> {
  rows: TableRow<F>[];
  /** A required column missing: nothing of the table can be read. */
  fatal?: Problem;
}

/**
 * The rows of a table whose header row is its first non-blank row, columns found by header as the roster's are
 * (normalizeHeader). A table with no row at all has no rows and no problem: the framework as a whole decides.
 */
export function readTable<F extends string>(
  cells: readonly (readonly unknown[])[],
  headers: Readonly<Record<F, string>>,
  required: readonly F[],
  table: string,
): TableRead<F> {
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return { rows: [] };
  const names = cells[headerIndex]!.map(normalizeHeader);
  const columns = new Map<F, number>();
  for (const field of Object.keys(headers) as F[]) {
    const index = names.indexOf(normalizeHeader(headers[field]));
    if (index >= 0) columns.set(field, index);
  }
  const missing = required.find((field) => !columns.has(field));
  if (missing) {
    return { rows: [], fatal: { cell: a1(0, headerIndex + 1), message: `no ${headers[missing]} column in the ${table} table` } };
  }
  const rows: TableRow<F>[] = [];
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (isBlankRow(row)) continue;
    const rowNumber = i + 1;
    rows.push({
      get: (field) => {
        const column = columns.get(field);
        return column === undefined ? '' : cellText(row[column]);
      },
      cell: (field) => a1(columns.get(field) ?? 0, rowNumber),
    });
  }
  return { rows };
}
