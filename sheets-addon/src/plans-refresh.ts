/// <reference types="google-apps-script" />
import { isBlankRow } from '../../shared/cells';
import { readPlansTable } from '../../shared/plans-table';
import type { RefreshResult } from '../../shared/refresh';
import type { PlanRow } from '../../shared/types';
import { UserError } from './errors';
import { movedRowsGrid, newRowsGrid, type PlanColumns, type PlansLayout } from './plans-grid';
import { placeNewRows } from './plans-place';
import { ensureSize } from './sheet-io';
import { coreGrid, type DayOf } from './values';
import { count, notPlansTable } from './words';

// A refresh of a large Plans sheet costs what it reads and writes, cell by cell, so it reads the header and the Key
// and Email columns, which say where new rows go, and touches nothing above the first row that has to move.
// Reads and writes are still whole ranges: the calls do not grow with the team.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface InPlaceRefresh {
  result: RefreshResult;
  /** Rows below the header with a Key or an Email. */
  kept: number;
  layout: PlansLayout;
  maxRows: number;
}

/** One column's cells from row 2 to lastRow, as the core reads them. */
function columnCells(sheet: Sheet, column: number, lastRow: number, dayOf: DayOf): unknown[] {
  return coreGrid(sheet.getRange(2, column + 1, lastRow - 1, 1).getValues(), dayOf).map((row) => row[0]);
}

/**
 * Refreshes a Plans sheet whose header is its first row. When every new row goes below the table (new people; new
 * steps of the last person), only those rows are written; otherwise the rows from the first one that moves down are
 * read (values, formulas, notes) and written back below the new rows, as the whole sheet used to be. No new rows:
 * nothing is written. Returns undefined when the sheet is empty or row 1 is blank: the caller then reads it whole.
 */
export function refreshInPlace(sheet: Sheet, generated: readonly PlanRow[], dayOf: DayOf, toast: (text: string) => void): InPlaceRefresh | undefined {
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (lastRow < 1) return undefined;
  const header = coreGrid(sheet.getRange(1, 1, 1, width).getValues(), dayOf);
  if (isBlankRow(header[0])) return undefined;
  const read = readPlansTable(header);
  if (read.fatal) throw new UserError(notPlansTable(read.fatal.message));
  const columns = read.table.sourceColumns as PlanColumns;
  const keys = lastRow > 1 ? columnCells(sheet, columns.key, lastRow, dayOf) : [];
  const emails = lastRow > 1 ? columnCells(sheet, columns.email, lastRow, dayOf) : [];
  const place = placeNewRows(keys, emails, 1, lastRow, generated);
  const layout: PlansLayout = { headerRow: 1, columns, width };
  const done = (maxRows: number): InPlaceRefresh => ({ result: place.result, kept: place.kept, layout, maxRows });

  if (place.result.added === 0) return done(ensureSize(sheet, lastRow, width));
  const from = place.firstMoved;
  if (from > lastRow) {
    const values = newRowsGrid(place.after.get(lastRow)!, columns, width);
    toast(`Writing ${count(values.length, 'new row', 'new rows')} to Plans…`);
    const maxRows = ensureSize(sheet, lastRow + values.length, width);
    sheet.getRange(lastRow + 1, 1, values.length, width).setValues(values);
    return done(maxRows);
  }
  const moving = sheet.getRange(from, 1, lastRow - from + 1, width);
  const grid = movedRowsGrid({ values: moving.getValues(), formulas: moving.getFormulas(), notes: moving.getNotes() }, from, place.after, columns, width);
  toast(`Writing ${count(grid.values.length, 'row', 'rows')} to Plans…`);
  const maxRows = ensureSize(sheet, from - 1 + grid.values.length, width);
  const target = sheet.getRange(from, 1, grid.values.length, width);
  target.setValues(grid.values);
  // Cell notes stay on their cell, not their row: the rows that moved down take theirs along.
  if (grid.notes) target.setNotes(grid.notes);
  return done(maxRows);
}
