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

/** An .xlsx workbook, loaded within the unpacking budget, or a UserError that says what to do instead. */
async function loadWorkbook(path: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
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
  return workbook;
}

/** A sheet's rows as the values a person sees. */
function sheetGrid(sheet: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(displayedValue(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

const named = (workbook: ExcelJS.Workbook, name: string) =>
  workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === name.toLowerCase());

/** The rows of one sheet of an .xlsx workbook: the sheet called `preferred` (any case), else the first. */
export async function readXlsxGrid(path: string, bytes: Buffer, preferred: string): Promise<unknown[][]> {
  const workbook = await loadWorkbook(path, bytes);
  const sheet = named(workbook, preferred) ?? workbook.worksheets[0];
  if (!sheet) throw new UserError(`${path} has no sheets`);
  return sheetGrid(sheet);
}

/** The rows of the sheet called `name` (any case), or undefined when the workbook has none by that name. */
export async function readXlsxSheet(path: string, bytes: Buffer, name: string): Promise<unknown[][] | undefined> {
  const sheet = named(await loadWorkbook(path, bytes), name);
  return sheet && sheetGrid(sheet);
}
