import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** Writes an .xlsx workbook into `dir` the way a spreadsheet saves one: sheets in order, rows from the first. */
export async function workbook(dir: string, name: string, sheets: [string, ExcelJS.CellValue[][]][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of sheets) {
    const ws = wb.addWorksheet(sheetName);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(join(dir, name));
  return name;
}
