// Dates here are calendar days written `YYYY-MM-DD`; arithmetic is done in UTC so no time zone shifts a day.
const MS_PER_DAY = 86_400_000;

/** Whether the text is a real calendar day in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isIsoDay(text: string): boolean {
  // Read digit by digit, with nothing built: this runs for every Due of every plans file read.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  // Date.UTC reads years 0 to 99 as 1900 to 1999, so such a day never matched itself and is still refused.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number the `count` ASCII digits at `from` spell, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day `days` after an ISO day (negative for before). */
export function addDays(isoDay: string, days: number): string {
  if (!isIsoDay(isoDay)) throw new Error(`not a date: ${isoDay}`);
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** The calendar day a Date falls on where the reader is (local fields), as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A readable form of an ISO day for documents: `2026-12-05` → `5 Dec 2026`. */
export function longDay(isoDay: string): string {
  if (!isIsoDay(isoDay)) return isoDay;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}
