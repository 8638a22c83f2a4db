// What Sheets makes of a value a script writes (Range.setValue/setValues take strings as if typed, in en_US), and
// how a stored value is displayed. fakes.test.ts is the table of these rules.
import { formatSheetsDate, isDateFormat, zonedMidnight } from './zone';

/** What getNumberFormat answers for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** The format Sheets gives a cell when a script writes a Date object into an unformatted cell. */
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const MAX_CELL_CHARS = 50_000;

/** A cell as stored: value ('' when empty; numbers, booleans, strings, Dates), the formula text or '', and a format
 *  Sheets picks by itself (a typed date or percentage) when the cell has none. */
export interface Typed {
  value: unknown;
  formula: string;
  autoFormat?: string;
}

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const CURRENCY = /^-?\$(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A string as Sheets parses typed text: a number, a percentage, a date, a boolean, or the text itself. */
function parseTyped(text: string, timeZone: string): Typed {
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: '' };
  if (NUMBER.test(t)) return { value: Number(t), formula: '' };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')), formula: '', autoFormat: t.includes('.') ? '#,##0.00' : '#,##0' };
  if (CURRENCY.test(t)) return { value: Number(t.replace(/[$,]/g, '')), formula: '', autoFormat: '"$"#,##0.00' };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100, formula: '', autoFormat: t.includes('.') ? '0.00%' : '0%' };
  let m = ISO_DATE.exec(t);
  if (m && realDay(+m[1]!, +m[2]!, +m[3]!)) {
    return { value: new Date(zonedMidnight(+m[1]!, +m[2]!, +m[3]!, timeZone)), formula: '', autoFormat: 'yyyy-mm-dd' };
  }
  m = US_DATE.exec(t);
  if (m && realDay(+m[3]!, +m[1]!, +m[2]!)) {
    return { value: new Date(zonedMidnight(+m[3]!, +m[1]!, +m[2]!, timeZone)), formula: '', autoFormat: 'M/d/yyyy' };
  }
  return { value: text, formula: '' };
}

/** The value of a formula the fake can work out (a literal); any other formula reads back as `#NAME?`. */
export function evaluateFormula(formula: string): unknown {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  if (/^(true|false)$/i.test(body)) return body.toLowerCase() === 'true';
  const quoted = /^"((?:[^"]|"")*)"$/.exec(body);
  if (quoted) return quoted[1]!.replace(/""/g, '"');
  return '#NAME?';
}

/**
 * What a cell holds after a script writes `input` into it. `cellFormat` '@' (plain text) keeps strings as typed,
 * except that a leading `=` is still a formula and a leading `'` is still dropped.
 */
export function typeIn(input: unknown, timeZone: string, cellFormat: string): Typed {
  if (input === null || input === undefined || input === '') return { value: '', formula: '' };
  if (typeof input === 'boolean') return { value: input, formula: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error(`cannot write ${input} into a cell: Sheets has no such number`);
    return { value: input, formula: '' };
  }
  if (isDate(input)) {
    if (Number.isNaN(input.getTime())) throw new Error('cannot write an invalid Date into a cell');
    return { value: new Date(input.getTime()), formula: '', autoFormat: DATE_TIME_FORMAT };
  }
  if (typeof input !== 'string') {
    throw new Error(`cannot write ${Object.prototype.toString.call(input)} into a cell: write a string, number, boolean or Date`);
  }
  if (input.length > MAX_CELL_CHARS) {
    throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  if (input.startsWith('=')) return { value: evaluateFormula(input), formula: input };
  if (cellFormat === '@') return { value: input, formula: '' };
  return parseTyped(input, timeZone);
}

function formatNumber(n: number, format: string): string {
  const m = /^(#,##)?0(\.0+)?(%)?$/.exec(format.replace(/"\$"|\$/g, ''));
  if (!m) return String(n);
  const scaled = m[3] ? n * 100 : n;
  const decimals = m[2] ? m[2].length - 1 : 0;
  let text = scaled.toFixed(decimals);
  if (m[1]) text = text.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
  return `${format.includes('$') ? '$' : ''}${text}${m[3] ?? ''}`;
}

/** A stored value as getDisplayValues shows it under the cell's number format, dates in the spreadsheet's zone. */
export function displayValue(value: unknown, format: string, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return formatSheetsDate(value.getTime(), timeZone, isDateFormat(format) ? format : 'M/d/yyyy');
  if (typeof value === 'number') return format === '@' || format === DEFAULT_NUMBER_FORMAT ? String(value) : formatNumber(value, format);
  return String(value);
}
