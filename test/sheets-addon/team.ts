// Rosters and small readers shared by the add-on's tests (the fakes and harness are the platform's; this is ours).
import { columnLetter } from '../../shared/a1';
import { PLAN_HEADERS, STATUS_HEADERS } from '../../shared/types';
import { NEW_SHEET_HEADERS } from '../../sheets-addon/src/plans-grid';

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
    rows.push([
      `Person ${i}`,
      `p${i}@example.com`,
      'Developer',
      'Sam Okafor',
      'sam@example.com',
      PATHS[i % PATHS.length]!,
      '',
      'data analytics',
    ]);
  }
  return rows;
}

/** 0-based column of a Plans header, in a Plans sheet the add-on made (its new sheets' order, not the CSV files'). */
export const P = (header: (typeof PLAN_HEADERS)[number]) => NEW_SHEET_HEADERS.indexOf(header);
/** The column letter of a Plans header, in a Plans sheet the add-on made. */
export const PL = (header: (typeof PLAN_HEADERS)[number]) => columnLetter(P(header));
/** A row typed into a Plans sheet the add-on made: these cells under their headers, the rest blank. */
export function planRow(cells: Partial<Record<(typeof PLAN_HEADERS)[number], string>>): string[] {
  const row: string[] = new Array(NEW_SHEET_HEADERS.length).fill('');
  for (const [header, value] of Object.entries(cells)) row[P(header as (typeof PLAN_HEADERS)[number])] = value;
  return row;
}

/** 0-based column of a Plans header in the contract's order: CSV files, and Plans sheets made before December 2026. */
export const C = (header: (typeof PLAN_HEADERS)[number]) => PLAN_HEADERS.indexOf(header);
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
