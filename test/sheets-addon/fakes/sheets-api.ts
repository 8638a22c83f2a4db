// The Advanced Sheets service (global `Sheets`, there only when the manifest enables it): Spreadsheets.get over the
// other spreadsheets of env.spreadsheets, answering as the Sheets API v4 does: only the fields asked for, a date as
// its serial number with a DATE number format, empty cells as {} and none after a row's last value, and its refusals
// in Apps Script's words.
import { DEFAULT_NUMBER_FORMAT, displayValue, isDate } from './cells';
import type { Env } from './env';
import type { FakeSheet, FakeSpreadsheet } from './model';
import { isDateFormat, zoneOffset } from './zone';

const refusal = (why: string) => new Error(`GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: ${why}`);
/** What the API answers for a spreadsheet the user may not open (a 403); an id nobody has is a 404 in Google. */
export const NO_PERMISSION = refusal('The caller does not have permission').message;

/** A field mask as a tree: `a.b(c,d.e),f` is { a: { b: { c: {}, d: { e: {} } } }, f: {} }. */
type Mask = { [field: string]: Mask };

function parseMask(text: string): Mask {
  const root: Mask = {};
  let at = 0;
  const list = (into: Mask): void => {
    for (;;) {
      let node = into;
      for (;;) {
        const name = /^[A-Za-z]+/.exec(text.slice(at))?.[0];
        if (!name) throw refusal(`Invalid field selection ${text}`);
        at += name.length;
        node[name] ??= {};
        node = node[name]!;
        if (text[at] !== '.') break;
        at += 1;
      }
      if (text[at] === '(') {
        at += 1;
        list(node);
        if (text[at] !== ')') throw refusal(`Invalid field selection ${text}`);
        at += 1;
      }
      if (text[at] !== ',') return;
      at += 1;
    }
  };
  list(root);
  if (at !== text.length) throw refusal(`Invalid field selection ${text}`);
  return root;
}

/** Keeps what the mask names; an object left empty is dropped, as the API leaves out what has no value. */
function pick(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((item) => pick(item, mask) ?? {});
  if (value === null || typeof value !== 'object' || Object.keys(mask).length === 0) return value;
  const kept = Object.entries(mask)
    .map(([field, sub]) => [field, pick((value as Record<string, unknown>)[field], sub)] as const)
    .filter(([, v]) => v !== undefined && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

const DAY_MS = 86_400_000;
/** Days from 1899-12-30, Sheets' day 0, to 1970-01-01. */
const UNIX_DAY = 25_569;

function numberFormat(format: string): { type: string; pattern: string } | undefined {
  if (format === DEFAULT_NUMBER_FORMAT) return undefined;
  if (format === '@') return { type: 'TEXT', pattern: format };
  if (isDateFormat(format)) return { type: /[hs]/i.test(format) ? 'DATE_TIME' : 'DATE', pattern: format };
  return { type: /%/.test(format) ? 'PERCENT' : 'NUMBER', pattern: format };
}

/** One cell as CellData: its value (a date as the serial of its wall-clock time), as shown, and its format. */
function cellData(sheet: FakeSheet, r: number, c: number): object {
  const value = sheet.cells.get(r, c);
  const format = sheet.formatGrid.get(r, c);
  const timeZone = sheet.book.timeZone;
  if (value === '' || value === null || value === undefined) return {};
  const formattedValue = displayValue(value, format, timeZone);
  const formula = sheet.formulaGrid.get(r, c);
  const effectiveValue = isDate(value)
    ? { numberValue: (value.getTime() + zoneOffset(value.getTime(), timeZone)) / DAY_MS + UNIX_DAY }
    : formula && typeof value === 'string' && value.startsWith('#')
      ? { errorValue: { type: 'NAME', message: `Unknown function in ${formula}` } }
      : typeof value === 'number'
        ? { numberValue: value }
        : typeof value === 'boolean'
          ? { boolValue: value }
          : { stringValue: String(value) };
  const type = isDate(value) ? numberFormat(isDateFormat(format) ? format : 'M/d/yyyy') : numberFormat(format);
  return { effectiveValue, formattedValue, ...(type ? { effectiveFormat: { numberFormat: type } } : {}) };
}

/** A whole sheet's GridData: rows up to its last, each row's cells up to its last value. */
function gridData(sheet: FakeSheet): object {
  const rowData = Array.from({ length: sheet.lastRow }, (_, r) => {
    const values = Array.from({ length: sheet.lastColumn }, (_, c) => cellData(sheet, r, c));
    while (values.length > 0 && Object.keys(values.at(-1)!).length === 0) values.pop();
    return values.length > 0 ? { values } : {};
  });
  return { rowData };
}

/** `'Plans'`, `'It''s'` or `Plans`: the sheet a whole-sheet range names (the fake knows no cell ranges or named ranges). */
function sheetOfRange(book: FakeSpreadsheet, range: string): FakeSheet {
  const quoted = /^'((?:[^']|'')+)'$/.exec(range);
  const sheet = book.sheet(quoted ? quoted[1]!.replace(/''/g, "'") : range);
  if (!sheet) throw refusal(`Unable to parse range: ${range}`);
  return sheet;
}

class FakeSpreadsheets {
  constructor(private env: Env) {}

  /** spreadsheets.get(id, { ranges, fields, includeGridData }): grid data only for the ranges, as the API gives it. */
  get(id: string, options: { ranges?: string[]; fields?: string; includeGridData?: boolean } = {}) {
    const book = this.env.spreadsheets.get(String(id));
    if (!book) throw new Error(NO_PERMISSION);
    const ranges = options.ranges ?? [];
    const sheets = (ranges.length > 0 ? ranges.map((range) => sheetOfRange(book, range)) : book.sheets).map((sheet) => ({
      properties: { title: sheet.name, index: book.sheets.indexOf(sheet) },
      ...(ranges.length > 0 && (options.fields || options.includeGridData) ? { data: [gridData(sheet)] } : {}),
    }));
    const whole = { spreadsheetId: id, properties: { title: book.name, timeZone: book.timeZone }, sheets };
    return options.fields ? (pick(whole, parseMask(options.fields)) ?? {}) : whole;
  }
}

/** The counted `Sheets` global of an Apps Script project that enables the service (userSymbol Sheets). */
export function sheetsService(env: Env) {
  return { Spreadsheets: env.wrap(new FakeSpreadsheets(env), 'SheetsApi') };
}
