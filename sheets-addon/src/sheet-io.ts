/// <reference types="google-apps-script" />
import type { DayOf } from './values';

// The adapter between Apps Script and the pure modules. Each function reads or writes a whole range at once:
// a refresh makes the same number of calls for 10 people as for 10,000.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows and columns the sheet gains when it must grow: room to spare, so the next refresh need not grow it again. */
const spare = (needed: number) => Math.max(100, Math.ceil(needed / 10));

/** Makes the sheet at least this big (Sheets refuses to write outside it) and says how many rows it has. */
export function ensureSize(sheet: Sheet, rows: number, columns: number): number {
  let maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows < rows) {
    sheet.insertRowsAfter(maxRows, rows - maxRows + spare(rows));
    maxRows = rows + spare(rows);
  }
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return maxRows;
}

/** Writes a grid from A1 in one call; returns the sheet's row count. */
export function writeGrid(sheet: Sheet, values: unknown[][], width: number): number {
  const maxRows = ensureSize(sheet, values.length, width);
  if (values.length > 0) sheet.getRange(1, 1, values.length, width).setValues(values);
  return maxRows;
}

/** The sheet with this name, made when there is none. */
export function sheetNamed(ss: Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const sheet = ss.getSheetByName(name);
  return sheet ? { sheet, created: false } : { sheet: ss.insertSheet(name), created: true };
}

/** Header row look, as Sheets' own tables have it: bold on light grey. */
export function styleHeader(sheet: Sheet, row: number, width: number): void {
  sheet.getRange(row, 1, 1, width).setFontWeight('bold').setBackground('#f1f3f4');
}

/**
 * The calendar day a date cell shows, read in the spreadsheet's time zone. Remembered per instant: a plans table
 * holds a few dozen distinct due dates across 100,000 rows.
 */
export function dayIn(timeZone: string): DayOf {
  const memo = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let day = memo.get(time);
    if (day === undefined) {
      day = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      memo.set(time, day);
    }
    return day;
  };
}

/** Today where the spreadsheet is. */
export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}
