import { extname } from 'node:path';
import { a1 } from '../../shared/a1';
import { parseCsv } from '../../shared/csv';
import { headersOf, objectsToGrid } from '../../shared/json-grid';
import { UserError } from '../../shared/user-error';
import { checkShape, MAX_CELLS, MAX_COLUMNS, MAX_ROWS } from './limits';
import { parseCsvBytes } from './csv-bytes';
import { checkText, decodeText, readInput } from './read-file';

/**
 * Whether a file's text cells carry the contract's formula guard (section 4): CSV and workbooks do; JSON, written
 * by Trellis without it, does not, so a `'` a person typed at the start of a JSON value is theirs to keep.
 */
export function isGuarded(path: string): boolean {
  return extname(path).toLowerCase() !== '.json';
}

/**
 * A file's rows as cell values: CSV records, the rows of an .xlsx sheet, or a JSON array of objects under a header.
 * `unread` may name headers whose cells the caller never looks at: a CSV leaves them empty (see parseCsvBytes).
 */
export async function readGrid(
  path: string,
  accepted: readonly ('csv' | 'xlsx' | 'json')[],
  sheet: string,
  { unread }: { unread?: (header: string) => boolean } = {},
): Promise<unknown[][]> {
  const kind = extname(path).toLowerCase();
  // Text is parsed before anything is awaited, so it can be read into the buffer the next file reuses.
  const bytes = readInput(path, accepted, { reuse: kind !== '.xlsx' });
  if (kind === '.xlsx') {
    // exceljs takes about 200 ms to load: only commands that read a workbook pay for it.
    const { readXlsxGrid } = await import('./xlsx');
    const rows = await readXlsxGrid(path, bytes, sheet);
    checkShape(path, rows);
    return rows;
  }
  if (kind === '.csv') {
    checkText(path, bytes);
    // One row past the limit is enough to know it is too long: the rest is never parsed into memory.
    const rows = isBlank(bytes) ? undefined : parseCsvBytes(bytes, MAX_ROWS + 1, unread);
    if (rows) {
      checkShape(path, rows);
      return rows;
    }
  }
  const text = decodeText(path, bytes);
  if (text.trim() === '') throw new UserError(`${path} is empty: it needs a header row and at least one row under it`);
  const rows = kind === '.json' ? jsonGrid(path, text) : csvGrid(path, text);
  checkShape(path, rows);
  return rows;
}

/** The sheet called `sheet` of an .xlsx file, or undefined when it has none by that name (or is not a workbook). */
export async function readNamedSheet(path: string, sheet: string): Promise<unknown[][] | undefined> {
  if (extname(path).toLowerCase() !== '.xlsx') return undefined;
  const { readXlsxSheet } = await import('./xlsx');
  const rows = await readXlsxSheet(path, readInput(path, ['xlsx']), sheet);
  if (rows) checkShape(path, rows);
  return rows;
}

/**
 * Whether text may be all white space: only ASCII white space and a byte-order mark until the first other byte, and
 * that byte (if any) not ASCII. Such a file is left to the text reading, which trims it as JavaScript does.
 */
function isBlank(bytes: Buffer): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  return i === bytes.length || bytes[i]! >= 0x80;
}

function csvGrid(path: string, text: string): unknown[][] {
  // One row past the limit is enough to know it is too long: the rest is never parsed into memory.
  const { rows, errors } = parseCsv(text, MAX_ROWS + 1);
  const unclosed = errors.find((e) => /quote/i.test(e.message));
  if (unclosed) {
    throw new UserError(
      `${path}:${unclosed.row}: ${unclosed.message.toLowerCase()}; a quoted field is not closed, so the rows after it cannot be told apart`,
    );
  }
  return rows;
}

const describe = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value} (${String(value)})`;

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
  if (data.length > MAX_ROWS)
    throw new UserError(
      `${path} has more than ${MAX_ROWS.toLocaleString('en')} rows; split it by team or department and run once for each part`,
    );
  const items = data as Record<string, unknown>[];
  const headers = headersOf(items);
  if (headers.length > MAX_COLUMNS) {
    throw new UserError(
      `${path}: more than ${MAX_COLUMNS.toLocaleString('en')} different column names; Trellis reads tables up to that width (as Google Sheets does)`,
    );
  }
  if (headers.length * data.length > MAX_CELLS) {
    throw new UserError(
      `${path} has ${data.length.toLocaleString('en')} rows of ${headers.length.toLocaleString('en')} columns, more cells than Trellis reads (${MAX_CELLS.toLocaleString('en')}, as Google Sheets): split it and run once for each part`,
    );
  }
  for (const [index, item] of items.entries()) {
    for (const [c, header] of headers.entries()) {
      const value = item[header];
      // Trellis writes every value as text; a number or a list here was typed by hand and would be read as something else.
      if (value !== undefined && value !== null && typeof value !== 'string') {
        throw new UserError(
          `${path}:${a1(c, index + 2)}: "${header}" of row ${index + 1} is ${describe(value)}, not text: put the value in quotes, as trellis --format json writes it`,
        );
      }
    }
  }
  return objectsToGrid(items, headers);
}
