/// <reference types="google-apps-script" />
import { cellExact, cellText, isBlankRow } from '../../shared/cells';
import { readPlansTable } from '../../shared/plans-table';
import type { RowFacts } from '../../shared/refresh';
import { UserError } from '../../shared/user-error';
import type { PlanColumns, PlansLayout } from './plans-grid';
import { coreGrid, type DayOf } from './values';
import { notPlansTable } from './words';

// What a refresh reads of a Plans sheet: where the table is, and the Key, Email, Path and Status of each row (the Step
// too, only when a row has an Email and no Key, since only then can a blanked Key be matched back by its step). That
// is all that says where new rows go, whose path changed and whose review is due, so a refresh reads a few columns
// whatever the width of the table; the Due and Notes of the few rows a change reads come after (readDueAndNotes).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PlansFacts {
  layout: PlansLayout;
  /** The sheet's last row with anything in it. */
  lastRow: number;
  /** Rows below the header with a Key or an Email. */
  facts: RowFacts[];
  /** 1-based sheet row of each fact. */
  sheetRows: number[];
}

/** One column's cells from `first` to lastRow, as the core reads them. */
function columnCells(sheet: Sheet, column: number, first: number, lastRow: number, dayOf: DayOf): unknown[] {
  return coreGrid(sheet.getRange(first, column + 1, lastRow - first + 1, 1).getValues(), dayOf).map((row) => row[0]);
}

/** The table as readPlansTable reads it, or the reason the sheet is not a plans table, said to the user. */
function tableOf(cells: readonly (readonly unknown[])[]) {
  const read = readPlansTable(cells);
  if (read.fatal) throw new UserError(notPlansTable(read.fatal.message));
  return read.table;
}

/**
 * Reads a Plans sheet's table for a refresh, or undefined when the sheet has nothing in it. A header in row 1 costs
 * one row and two or three columns; a header further down (rare) costs one read of the whole sheet's values.
 */
export function readPlansFacts(sheet: Sheet, dayOf: DayOf): PlansFacts | undefined {
  const lastRow = sheet.getLastRow();
  if (lastRow < 1) return undefined;
  const width = sheet.getLastColumn();
  const header = coreGrid(sheet.getRange(1, 1, 1, width).getValues(), dayOf);
  if (isBlankRow(header[0])) return readWhole(sheet, dayOf);

  const layout = { headerRow: 1, columns: tableOf(header).sourceColumns as PlanColumns, width };
  if (lastRow < 2) return { layout, lastRow, facts: [], sheetRows: [] };
  const { key, email, step, path, status } = layout.columns;
  const keys = columnCells(sheet, key, 2, lastRow, dayOf);
  const emails = columnCells(sheet, email, 2, lastRow, dayOf);
  const paths = columnCells(sheet, path, 2, lastRow, dayOf);
  const statuses = columnCells(sheet, status, 2, lastRow, dayOf);
  const keyless = keys.some((k, i) => cellText(k) === '' && cellText(emails[i]) !== '');
  const steps = keyless ? columnCells(sheet, step, 2, lastRow, dayOf) : [];
  const facts: RowFacts[] = [];
  const sheetRows: number[] = [];
  keys.forEach((k, i) => {
    if (cellText(k) === '' && cellText(emails[i]) === '') return;
    facts.push({
      key: cellExact(k),
      email: cellExact(emails[i]),
      step: cellExact(steps[i]),
      path: cellExact(paths[i]),
      status: cellExact(statuses[i]),
    });
    sheetRows.push(i + 2);
  });
  return { layout, lastRow, facts, sheetRows };
}

function readWhole(sheet: Sheet, dayOf: DayOf): PlansFacts | undefined {
  const cells = coreGrid(sheet.getDataRange().getValues(), dayOf);
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return undefined;
  const width = cells.reduce((max, row) => Math.max(max, row.length), 0);
  const table = tableOf(cells);
  const layout = { headerRow: headerIndex + 1, columns: table.sourceColumns as PlanColumns, width };
  return { layout, lastRow: cells.length, facts: table.rows, sheetRows: table.sourceRows! };
}

/**
 * Reads the Due and Notes of the rows a refresh's changes depend on (placeNewRows' `unread`) into their facts. Rows
 * next to each other are read as one range; when they are scattered, one range from the first to the last is
 * cheaper than a read per row (a call costs as much as some 70 cells: docs/benchmarks.md, "The cost model").
 */
export function readDueAndNotes(sheet: Sheet, read: PlansFacts, unread: { due: number[]; notes: number[] }, dayOf: DayOf): void {
  const fill = (indices: readonly number[], column: number, field: 'due' | 'notes') => {
    const rows = [...new Set(indices)].map((i) => read.sheetRows[i]!);
    const cells = cellsAt(sheet, column, rows, dayOf);
    for (const index of indices) read.facts[index]![field] = cellExact(cells.get(read.sheetRows[index]!));
  };
  if (unread.due.length > 0) fill(unread.due, read.layout.columns.due, 'due');
  if (unread.notes.length > 0) fill(unread.notes, read.layout.columns.notes, 'notes');
}

/** The cells of one column at these sheet rows, by row: each run of rows one read, or the whole span when that is cheaper. */
function cellsAt(sheet: Sheet, column: number, rows: readonly number[], dayOf: DayOf): Map<number, unknown> {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const run = runs.at(-1);
    if (run && run[1] === row - 1) run[1] = row;
    else runs.push([row, row]);
  }
  const span = sorted.at(-1)! - sorted[0]! + 1;
  const reads = span <= runs.length * 140 ? [[sorted[0]!, sorted.at(-1)!] as [number, number]] : runs;
  const cells = new Map<number, unknown>();
  for (const [first, last] of reads) {
    columnCells(sheet, column, first, last, dayOf).forEach((value, i) => {
      cells.set(first + i, value);
    });
  }
  return cells;
}
