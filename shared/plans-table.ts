import { a1 } from './a1';
import { cellExact, cellText, isBlankRow, normalizeHeader } from './cells';
import { emailIdentity } from './email';
import { PLAN_HEADERS, type PlanRow, type Problem } from './types';

type Column = Exclude<keyof PlanRow, 'extra'>;

/** The PlanRow field behind each contract header. */
const FIELD_OF: Readonly<Record<(typeof PLAN_HEADERS)[number], Column>> = {
  Key: 'key',
  Person: 'person',
  Email: 'email',
  Manager: 'manager',
  Path: 'path',
  'Target role': 'targetRole',
  Step: 'step',
  Owner: 'owner',
  'Owner role': 'ownerRole',
  'Owner email': 'ownerEmail',
  Due: 'due',
  Status: 'status',
  Notes: 'notes',
};

/** The contract's headers in contract order, each with its PlanRow field. */
export const PLAN_COLUMNS: readonly { header: (typeof PLAN_HEADERS)[number]; field: Column }[] = PLAN_HEADERS.map((header) => ({
  header,
  field: FIELD_OF[header],
}));

/** Whose row this is: the identity (see emailIdentity) of the Email, else of the Key's email part; '' for neither. */
export function personOf(row: Pick<PlanRow, 'email' | 'key'>): string {
  return emailIdentity(row.email.trim() || row.key.split('#')[0] || '');
}

/** A Key as it compares: its email part as emailIdentity, its step id lower-cased; '' for an empty Key. */
export function keyIdentity(key: string): string {
  // A Key in printable ASCII (nearly every one) compares lower-cased, which is what the general rule gives it.
  if (/^[\x21-\x7E]*$/.test(key)) return key.toLowerCase();
  const at = key.indexOf('#');
  if (at < 0) return key.trim().toLowerCase();
  return `${emailIdentity(key.slice(0, at))}#${key
    .slice(at + 1)
    .trim()
    .toLowerCase()}`;
}

/** The step id in a row's Key (`ana@example.com#goals-conversation` → `goals-conversation`), lower-cased. */
export function stepIdOf(row: Pick<PlanRow, 'key'>): string {
  // The text between the first and any second '#', found without splitting: this runs for every row of every file.
  const key = row.key;
  const hash = key.indexOf('#');
  if (hash < 0) return '';
  const next = key.indexOf('#', hash + 1);
  return key
    .slice(hash + 1, next < 0 ? key.length : next)
    .trim()
    .toLowerCase();
}

/** Every person's rows of a plans table, grouped by personOf in first-seen order; rows with no person are left out. */
export function groupByPerson(rows: readonly PlanRow[]): PlanRow[][] {
  const groups = new Map<string, PlanRow[]>();
  // A person's rows usually stand together: a row with the Email of the row before is that person's, found once.
  let lastEmail = '';
  let lastList: PlanRow[] | undefined;
  for (const row of rows) {
    if (lastList && row.email === lastEmail) {
      lastList.push(row);
      continue;
    }
    const person = personOf(row);
    lastList = undefined;
    if (!person) continue;
    const list = groups.get(person);
    if (list) list.push(row);
    else groups.set(person, [row]);
    // Only an Email that names the person on its own is followed; a blank one leaves each row to its Key.
    if (row.email.trim()) {
      lastEmail = row.email;
      lastList = list ?? groups.get(person);
    }
  }
  return [...groups.values()];
}

/** A plans table: its rows, and the headers of any columns a user added after the contract's. */
export interface PlansTable {
  rows: PlanRow[];
  extraHeaders: string[];
  /** 1-based source row of each row, for problem references (blank source rows are skipped). */
  sourceRows?: number[];
  /** 0-based source column of each contract field, for problem references. */
  sourceColumns?: Partial<Record<Column, number>>;
}

export interface PlansTableResult {
  table: PlansTable;
  fatal?: Problem;
}

/**
 * Reads a plans table from a grid of cell values; columns are found by header, so their order may differ. Text cells
 * lose the contract's formula guard unless `guarded` is false (JSON, which Trellis writes without it).
 */
export function readPlansTable(cells: readonly (readonly unknown[])[], { guarded = true }: { guarded?: boolean } = {}): PlansTableResult {
  const exact = guarded ? cellExact : (value: unknown) => (typeof value === 'string' ? value : cellExact(value));
  const empty: PlansTable = { rows: [], extraHeaders: [] };
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return { table: empty, fatal: { cell: '', message: 'no header row: the plans table is empty' } };
  const header = cells[headerIndex]!;
  const sourceColumns: Partial<Record<Column, number>> = {};
  const extra: { header: string; index: number }[] = [];
  // A column a user added is kept even without a header, as long as something is typed in it.
  const body = cells.slice(headerIndex + 1);
  const width = body.reduce((max, row) => Math.max(max, row.length), header.length);
  const used = (index: number) => cellText(header[index]) !== '' || body.some((row) => cellText(row[index]) !== '');
  for (let index = 0; index < width; index++) {
    const value = header[index];
    const known = PLAN_COLUMNS.find((c) => normalizeHeader(c.header) === normalizeHeader(value));
    if (known && sourceColumns[known.field] === undefined) sourceColumns[known.field] = index;
    else if (used(index)) extra.push({ header: cellExact(value), index });
  }
  const missing = PLAN_COLUMNS.filter((c) => sourceColumns[c.field] === undefined).map((c) => c.header);
  if (missing.length > 0) {
    return {
      table: empty,
      fatal: {
        cell: a1(0, headerIndex + 1),
        message: `not a Trellis plans table: no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} in the header row ${headerIndex + 1}`,
      },
    };
  }
  const rows: PlanRow[] = [];
  const sourceRows: number[] = [];
  const at = sourceColumns as Record<Column, number>;
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const source = cells[i]!;
    if (isBlankRow(source)) continue;
    // Written out whole, so every row is built alike at once (a hundred thousand rows a file, a thousand files).
    const row: PlanRow = {
      key: exact(source[at.key]),
      person: exact(source[at.person]),
      email: exact(source[at.email]),
      manager: exact(source[at.manager]),
      path: exact(source[at.path]),
      targetRole: exact(source[at.targetRole]),
      step: exact(source[at.step]),
      owner: exact(source[at.owner]),
      ownerRole: exact(source[at.ownerRole]),
      ownerEmail: exact(source[at.ownerEmail]),
      due: exact(source[at.due]),
      status: exact(source[at.status]),
      notes: exact(source[at.notes]),
    };
    if (extra.length > 0) row.extra = extra.map((e) => exact(source[e.index]));
    rows.push(row);
    sourceRows.push(i + 1);
  }
  return { table: { rows, extraHeaders: extra.map((e) => e.header), sourceRows, sourceColumns } };
}

/** A plans table as a grid of text, header first: contract columns in contract order, then the user's extra columns. */
export function plansTableToGrid(table: PlansTable): string[][] {
  const header = [...PLAN_HEADERS, ...table.extraHeaders];
  const body = table.rows.map((row) => [
    ...PLAN_COLUMNS.map(({ field }) => row[field]),
    ...table.extraHeaders.map((_, i) => row.extra?.[i] ?? ''),
  ]);
  return [header, ...body];
}
