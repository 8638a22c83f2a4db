// Rosters and small readers shared by the add-on's tests (the fakes and harness are the platform's; this is ours).
import { PLAN_HEADERS, STATUS_HEADERS } from '../../shared/types';

export const NOW = new Date('2026-03-02T15:00:00Z');
export const TODAY = '2026-03-02';

export const ROSTER_HEADER = ['Name', 'Email', 'Role', 'Manager', 'Manager email', 'Path', 'Target role', 'Focus area'];

export const ANA = ['Ana Lopez', 'ana@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical', '', ''];
export const BOB = ['Bob Stone', 'bob@example.com', 'Network Engineer', 'Sam Okafor', 'sam@example.com', 'expert', '', 'network security'];
export const CARA = ['Cara Diaz', 'cara@example.com', 'Developer', 'Priya Nair', 'priya@example.com', 'mentor', '', ''];
export const DAN = ['Dan Ito', 'dan@example.com', 'Senior Developer', 'Priya Nair', 'priya@example.com', 'ic', '', ''];

/** A roster sheet's rows, header first. */
export const roster = (...people: string[][]): string[][] => [ROSTER_HEADER, ...people];

const PATHS = ['technical', 'expert', 'mentor', 'management', ''];

/** A team of n made-up people, for the batching tests. */
export function bigRoster(n: number): string[][] {
  const rows = [ROSTER_HEADER];
  for (let i = 1; i <= n; i++) {
    rows.push([`Person ${i}`, `p${i}@example.com`, 'Developer', 'Sam Okafor', 'sam@example.com', PATHS[i % PATHS.length]!, '', 'data analytics']);
  }
  return rows;
}

/** 0-based column of a Plans header. */
export const P = (header: (typeof PLAN_HEADERS)[number]) => PLAN_HEADERS.indexOf(header);
/** 0-based column of a Plan status header. */
export const S = (header: (typeof STATUS_HEADERS)[number]) => STATUS_HEADERS.indexOf(header);

/** The day a date cell shows in a time zone (what a person reads in the cell). */
export function dayIn(value: unknown, timeZone: string): string {
  if (Object.prototype.toString.call(value) !== '[object Date]') return `not a date: ${String(value)}`;
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(value as Date);
}

/** Rows of a grid whose column `col` equals `value` (case-insensitive for strings). */
export function rowsWhere(grid: unknown[][], col: number, value: string): unknown[][] {
  return grid.filter((row) => String(row[col] ?? '').toLowerCase() === value.toLowerCase());
}

/**
 * Teaches the fakes colour-scale rules (SpreadsheetApp.InterpolationType, setGradientMin/Maxpoint), which the Plan
 * status sheet's percent-done bar uses and test/sheets-addon/fakes does not have yet. A gradient is recorded as a
 * FormatRule with criteria 'GRADIENT' and values [minColor, minType, min, maxColor, maxType, max].
 */
export function withGradients(addon: { context: Record<string, unknown> }): void {
  const app = addon.context.SpreadsheetApp as { newConditionalFormatRule(): object };
  if (!('InterpolationType' in app)) {
    Object.defineProperty(app, 'InterpolationType', { value: Object.freeze({ NUMBER: 'NUMBER', PERCENT: 'PERCENT', MIN: 'MIN', MAX: 'MAX' }) });
  }
  type Builder = { rule: { criteria: string; values: unknown[] } };
  const proto = Object.getPrototypeOf(app.newConditionalFormatRule()) as Record<string, unknown>;
  if ('setGradientMinpointWithValue' in proto) return;
  const point = (at: 0 | 3) =>
    function (this: Builder, color: string, type: string, value: string) {
      const values = this.rule.criteria === 'GRADIENT' ? [...this.rule.values] : new Array<unknown>(6).fill(null);
      values.splice(at, 3, color, type, value);
      this.rule = { ...this.rule, criteria: 'GRADIENT', values };
      return this;
    };
  proto.setGradientMinpointWithValue = point(0);
  proto.setGradientMaxpointWithValue = point(3);
}
