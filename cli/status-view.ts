import { isBlankRow, normalizeHeader } from '../shared/cells';
import { plural } from '../shared/plural';
import { rosterColumns } from '../shared/roster-columns';
import { statusRowCells } from '../shared/status';
import { STATUS_HEADERS, type StatusRow } from '../shared/types';
import { terminalLine } from './terminal';

// How `trellis status` shows plan status (contract section 3) to a person at a terminal, and as JSON.

/** A person's plan status, with the file it came from when many files are read (contract section 10). */
export type SourcedRow = StatusRow & { source?: string };

/** The plan status headers, with `Source` last when the rows come from more than one file. */
export const statusHeaders = (withSource: boolean): string[] => (withSource ? [...STATUS_HEADERS, 'Source'] : [...STATUS_HEADERS]);

/** A status row's cells in column order, its Source last when `withSource`. */
export function sourcedCells(row: SourcedRow, withSource: boolean): string[] {
  const cells = statusRowCells(row);
  if (withSource) cells.push(row.source ?? '');
  return cells;
}

/** The columns whose values are counts: JSON gives them as numbers. */
const COUNTS = new Set<string>(['Steps', 'Done', 'Overdue', 'Percent done']);

/** The plan status as JSON: one object per person keyed by the contract's headers, counts as numbers. */
export function statusJson(rows: readonly SourcedRow[], withSource = false): string {
  const headers = statusHeaders(withSource);
  const objects = rows.map((row) => {
    const cells = sourcedCells(row, withSource);
    return Object.fromEntries(headers.map((header, i) => [header, COUNTS.has(header) ? Number(cells[i]) : cells[i]]));
  });
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** The line under the table: `6 people · 2 signed · 45 overdue` (overdue steps, everyone's together). */
export function statusSummary(rows: readonly StatusRow[]): string {
  const signed = rows.filter((row) => row.planSigned === 'Yes').length;
  const overdue = rows.reduce((sum, row) => sum + row.overdue, 0);
  return `${plural(rows.length, 'person', 'people')} · ${signed} signed · ${overdue} overdue`;
}

interface Column {
  header: string;
  cell: (row: SourcedRow) => string;
  /** The most it takes when the step needs the room; undefined for the column that gets what is left. */
  max?: number;
  right?: boolean;
  /** Gives up room first on a narrow terminal (names: the first and last name still show). */
  narrows?: boolean;
}

/** What a person scanning the team asks: who, how far, what is late, what is next and whose it is, signed or not. */
const BASE_COLUMNS: readonly Column[] = [
  { header: 'Person', cell: (r) => r.person, max: 20, narrows: true },
  { header: 'Done', cell: (r) => `${r.done}/${r.steps}`, max: 9, right: true },
  { header: 'Overdue', cell: (r) => String(r.overdue), max: 7, right: true },
  { header: 'Next step', cell: (r) => r.nextStep },
  { header: 'Owner', cell: (r) => r.nextOwner, max: 16, narrows: true },
  { header: 'Due', cell: (r) => r.nextDue, max: 10 },
  { header: 'Signed', cell: (r) => r.planSigned, max: 6 },
];
/** The file a person's rows came from, when there are several (cut at the end on a narrow terminal). */
const SOURCE: Column = { header: 'Source', cell: (r) => r.source ?? '', max: 24, narrows: true };
const GAP = '  ';

/** Columns a character takes in a terminal: 2 for East Asian wide ones and emoji, 0 for combining marks. */
function charWidth(char: string): number {
  if (/\p{M}/u.test(char)) return 0;
  return /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u.test(
    char,
  )
    ? 2
    : 1;
}

/** Columns a text takes in a terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** `text` in at most `width` columns: cut with `…` (after no space) when longer, then padded to exactly `width`. */
export function fitText(text: string, width: number, right = false): string {
  let fitted = text;
  if (textWidth(text) > width) {
    fitted = '';
    for (const char of text) {
      if (textWidth(fitted) + charWidth(char) > width - 1) break;
      fitted += char;
    }
    fitted = `${fitted.trimEnd()}…`;
  }
  const pad = ' '.repeat(Math.max(0, width - textWidth(fitted)));
  return right ? pad + fitted : fitted + pad;
}

/** The fewest columns the next step, and a column that narrows, are given on a narrow terminal. */
const MIN_STEP = 16;
const MIN_CAPPED = 8;

/**
 * The plan status as an aligned table at most `width` columns wide (a typed cell is one line, control characters
 * shown as U+FFFD), the summary line under it. The next step takes the room the other columns leave; on a narrow
 * terminal the person and owner columns give up room first.
 */
export function statusTable(rows: readonly SourcedRow[], width = 100, withSource = false): string {
  const columns = withSource ? [...BASE_COLUMNS, SOURCE] : BASE_COLUMNS;
  const cells = rows.map((row) => columns.map((column) => terminalLine(column.cell(row)).trimEnd()));
  const natural = columns.map((column, i) => Math.max(textWidth(column.header), ...cells.map((row) => textWidth(row[i]!))));
  const widths = columns.map((column, i) => Math.min(natural[i]!, column.max ?? Number.POSITIVE_INFINITY));
  const step = columns.findIndex((column) => column.max === undefined);
  const others = () => widths.reduce((sum, w, i) => (i === step ? sum : sum + w), 0) + GAP.length * (columns.length - 1);
  const narrowable = columns.flatMap((column, i) => (column.narrows ? [i] : []));
  while (others() + Math.min(MIN_STEP, natural[step]!) > width) {
    const widest = narrowable.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
    if (widths[widest]! <= MIN_CAPPED) break;
    widths[widest] = widths[widest]! - 1;
  }
  widths[step] = Math.max(textWidth(columns[step]!.header), Math.min(natural[step]!, width - others()));
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => fitText(value, widths[i]!, columns[i]!.right))
      .join(GAP)
      .trimEnd();
  return `${[line(columns.map((c) => c.header)), ...cells.map(line)].join('\n')}\n\n${statusSummary(rows)}\n`;
}

/**
 * What a grid that is not a plans table is instead, when it is one of Trellis's other tables: a roster (contract
 * section 1: a name and an email column, and neither a Key nor a Step column) or a plan status (section 3), so that
 * `trellis status` can say which file to give it.
 */
export function otherTable(grid: readonly (readonly unknown[])[]): 'roster' | 'status' | undefined {
  const header = grid.find((row) => !isBlankRow(row));
  if (!header) return undefined;
  const names = new Set(header.map(normalizeHeader));
  if (names.has('key') || names.has('step')) return undefined;
  if (['Steps', 'Plan signed'].every((h) => names.has(normalizeHeader(h)))) return 'status';
  const columns = rosterColumns(header);
  return columns.has('name') && columns.has('email') ? 'roster' : undefined;
}
