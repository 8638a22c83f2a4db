import { extname } from 'node:path';
import { parseCsv } from '../../shared/csv';
import { UserError } from '../errors';
import { decodeText, readInput } from './read-file';

/** A file's rows as cell values: CSV records, the rows of an .xlsx sheet, or a JSON array of objects under a header. */
export async function readGrid(path: string, accepted: readonly ('csv' | 'xlsx' | 'json')[], sheet: string): Promise<unknown[][]> {
  const bytes = readInput(path, accepted);
  const kind = extname(path).toLowerCase();
  if (kind === '.xlsx') {
    // exceljs takes about 200 ms to load: only commands that read a workbook pay for it.
    const { readXlsxGrid } = await import('./xlsx');
    return readXlsxGrid(path, bytes, sheet);
  }
  const text = decodeText(path, bytes);
  if (text.trim() === '') throw new UserError(`${path} is empty: it needs a header row and at least one row under it`);
  if (kind === '.json') return jsonGrid(path, text);
  const { rows, errors } = parseCsv(text);
  const unclosed = errors.find((e) => /quote/i.test(e.message));
  if (unclosed) {
    throw new UserError(`${path}:${unclosed.row}: ${unclosed.message.toLowerCase()}; a quoted field is not closed, so the rows after it cannot be told apart`);
  }
  return rows;
}

function jsonGrid(path: string, text: string): unknown[][] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not valid JSON: write it with --format json, or use a .csv file`);
  }
  if (!Array.isArray(data) || !data.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
    throw new UserError(`${path} should hold a JSON array of rows (objects keyed by column header)`);
  }
  const headers: string[] = [];
  for (const item of data as Record<string, unknown>[]) {
    for (const key of Object.keys(item)) if (!headers.includes(key)) headers.push(key);
  }
  return [headers, ...(data as Record<string, unknown>[]).map((item) => headers.map((h) => item[h] ?? ''))];
}
