import ExcelJS from 'exceljs';
import { UserError } from '../../shared/user-error';
import { MAX_INFLATED_BYTES } from './limits';
import { megabytes } from './read-file';
import { inflatedWithin } from './zip-budget';

/** The value a person sees in an Excel cell: a hyperlink's text, rich text joined, a formula's last result. */
export function displayedValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return displayedValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value)
    return displayedValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}

/** The rows of one sheet of an .xlsx workbook: the sheet called `preferred` (any case), else the first. */
export async function readXlsxGrid(path: string, bytes: Buffer, preferred: string): Promise<unknown[][]> {
  const inflated = await inflatedWithin(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok && inflated.reason === 'too-large') {
    throw new UserError(
      `${path} unpacks to more than ${megabytes(MAX_INFLATED_BYTES)}, more than Trellis reads from a workbook: save the sheet as CSV (File > Download > CSV) and give Trellis that file`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    if (!inflated.ok) throw new Error('damaged');
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`${path} could not be read as an Excel workbook (.xlsx): open it in a spreadsheet and save it again as .xlsx`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === preferred.toLowerCase()) ?? workbook.worksheets[0];
  if (!sheet) throw new UserError(`${path} has no sheets`);
  const grid: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(displayedValue(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}
