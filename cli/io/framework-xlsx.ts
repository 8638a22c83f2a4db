import ExcelJS from 'exceljs';
import { guardText } from '../../shared/guard';

// A career framework as a workbook (contract section 12): sheets Levels and Steps, headers bold and frozen, text
// columns wide and wrapped so an expectation or a step reads whole.

/** The workbook's bytes, one sheet per table, header first. Every cell is a guarded string cell, never a formula. */
export async function frameworkWorkbook(tables: { levels: string[][]; steps: string[][] }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['Levels', tables.levels],
    ['Steps', tables.steps],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const [i, header] of rows[0]!.entries()) {
      const column = sheet.getColumn(i + 1);
      const long = ['Expectations', 'Step', 'Why', 'Done when'].includes(header);
      column.width = long ? 60 : 22;
      if (long) column.alignment = { wrapText: true, vertical: 'top' };
    }
    sheet.addRow(rows[0]).font = { bold: true };
    for (const row of rows.slice(1)) sheet.addRow(row.map((cell) => (cell === '' ? null : guardText(cell))));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
