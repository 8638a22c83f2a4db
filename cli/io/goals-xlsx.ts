import ExcelJS from 'exceljs';
import { GOALS_HEADERS } from '../../shared/goals';
import { guardText } from '../../shared/guard';

// A new Career goals workbook (contract section 8), laid out for typing the conversation's answers into it.

const SHEET = 'Career goals';
const DATE_COLUMNS = new Set<string>(['Conversation date', 'Target date']);
const WIDTHS: Record<string, number> = { Email: 30, Person: 24 };

/** Column looks: dates shown as ISO days whatever the locale, answers wide and wrapped so a paragraph fits. */
function styleColumn(column: ExcelJS.Column, header: string): void {
  if (DATE_COLUMNS.has(header)) {
    column.width = 14;
    column.numFmt = 'yyyy-mm-dd';
  } else if (WIDTHS[header]) {
    column.width = WIDTHS[header];
  } else {
    column.width = 40;
    column.alignment = { wrapText: true, vertical: 'top' };
  }
}

/**
 * The workbook's bytes: one sheet, the contract's header bold and frozen, then `rows`. Every cell is a string cell,
 * never a formula, and guarded as every string written into a sheet is (contract section 4), so a name that starts
 * with `=` stays text even when someone edits the cell or saves the sheet as CSV.
 */
export async function goalsWorkbook(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const [i, header] of GOALS_HEADERS.entries()) styleColumn(sheet.getColumn(i + 1), header);
  sheet.addRow([...GOALS_HEADERS]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === '' ? null : guardText(cell))));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
