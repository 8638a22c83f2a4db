// Cell values as Sheets hands them over and takes them back. Pure: no Apps Script here.

/** A Date from any realm (Apps Script's, or a test's fakes): `instanceof` fails across realms. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Turns a Date into the calendar day `YYYY-MM-DD` it shows in the spreadsheet's time zone. */
export type DayOf = (date: Date) => string;

/**
 * A grid as the core reads it: date cells become the day they show in the sheet. The core would read a Date in UTC,
 * and a due date at midnight in Sydney is the day before in UTC.
 */
export function coreGrid(values: readonly (readonly unknown[])[], dayOf: DayOf): unknown[][] {
  return values.map((row) => row.map((value) => (isDate(value) ? (Number.isNaN(value.getTime()) ? '' : dayOf(value)) : value)));
}

/**
 * Text as it must be written to stay exactly that text. Sheets turns a typed `=…` into a formula, `+1 555` into a
 * number and `2026-03-01` into a date; a leading apostrophe makes any string plain text and is not kept
 * (contract section 4 asks this for the formula triggers; doing it for every string also keeps "007" as typed).
 */
export function textCell(text: string): string {
  return text === '' ? '' : `'${text}`;
}
