import {
  MANAGER_STATUS_HEADERS,
  type ManagerStatusRow,
  managerRowCells,
  managerRowValues,
  NO_MANAGER,
  totalsOf,
} from '../shared/manager-rollup';
import { plural } from '../shared/plural';
import { fitText, textWidth } from './status-view';
import { terminalLine } from './terminal';

// How `trellis status --by manager` shows the per-manager roll-up (contract section 10) at a terminal, and as JSON.

/** The roll-up as JSON: one object per manager keyed by the contract's headers, counts as numbers. */
export function managerJson(rows: readonly ManagerStatusRow[]): string {
  const objects = rows.map((row) => {
    const values = managerRowValues(row);
    return Object.fromEntries(MANAGER_STATUS_HEADERS.map((header, i) => [header, values[i]]));
  });
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** The line under the table: `2 managers · 6 people · 2 signed · 45 overdue (30 employee, 15 manager) · 3 reviews overdue`. */
export function managerSummary(rows: readonly ManagerStatusRow[]): string {
  const t = totalsOf(rows);
  const overdue = t.overdueEmployee + t.overdueManager;
  return [
    plural(rows.length, 'manager', 'managers'),
    plural(t.people, 'person', 'people'),
    `${t.plansSigned} signed`,
    `${overdue} overdue (${t.overdueEmployee} employee, ${t.overdueManager} manager)`,
    `${t.reviewsOverdue} ${t.reviewsOverdue === 1 ? 'review' : 'reviews'} overdue`,
  ].join(' · ');
}

/** Who a row is about, as a person reads it: the name, else the email, else that nobody is named. */
const managerName = (row: ManagerStatusRow) => row.manager || row.managerEmail || NO_MANAGER;

/** The overdue counts read as one group under `Overdue: employee  manager  reviews`. */
const COLUMNS: readonly { header: string; cell: (row: ManagerStatusRow) => string }[] = [
  { header: 'People', cell: (r) => String(r.people) },
  { header: 'Signed', cell: (r) => String(r.plansSigned) },
  { header: 'Done', cell: (r) => `${r.done}/${r.steps} ${r.percentDone}%` },
  { header: 'Overdue: employee', cell: (r) => String(r.overdueEmployee) },
  { header: 'manager', cell: (r) => String(r.overdueManager) },
  { header: 'reviews', cell: (r) => String(r.reviewsOverdue) },
];
const GAP = '  ';
/** The fewest columns the manager's name keeps on a narrow terminal. */
const MIN_NAME = 10;

/**
 * The per-manager roll-up as an aligned table at most `width` columns wide (counts right-aligned, a typed name one
 * line with control characters shown as U+FFFD), the summary line under it. The name takes the room left.
 */
export function managerTable(rows: readonly ManagerStatusRow[], width = 100): string {
  const names = rows.map((row) => terminalLine(managerName(row)).trimEnd());
  const counts = rows.map((row) => COLUMNS.map((column) => column.cell(row)));
  const widths = COLUMNS.map((column, i) => Math.max(textWidth(column.header), ...counts.map((r) => textWidth(r[i]!))));
  const others = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  const natural = Math.max(textWidth('Manager'), ...names.map(textWidth));
  const nameWidth = Math.max(Math.min(natural, width - others), Math.min(natural, MIN_NAME));
  const line = (name: string, values: readonly string[]) =>
    [fitText(name, nameWidth), ...values.map((value, i) => fitText(value, widths[i]!, true))].join(GAP).trimEnd();
  const table = [
    line(
      'Manager',
      COLUMNS.map((c) => c.header),
    ),
    ...rows.map((_, i) => line(names[i]!, counts[i]!)),
  ];
  return `${table.join('\n')}\n\n${managerSummary(rows)}\n`;
}

/** What `trellis status` writes, whichever roll-up it is: a table to read, JSON, a CSV grid, the line said after --out. */
export interface StatusOutput {
  table(width: number): string;
  json(): string;
  grid(): string[][];
  wrote(out: string): string;
}

/** The per-manager roll-up as `trellis status --by manager` writes it; blank Manager cells stay blank in CSV and JSON. */
export function managerOutput(rows: readonly ManagerStatusRow[]): StatusOutput {
  const people = totalsOf(rows).people;
  return {
    table: (width) => managerTable(rows, width),
    json: () => managerJson(rows),
    grid: () => [[...MANAGER_STATUS_HEADERS], ...rows.map(managerRowCells)],
    wrote: (out) =>
      `Wrote the roll-up of ${plural(people, 'person', 'people')} under ${plural(rows.length, 'manager', 'managers')} to ${out}.`,
  };
}
