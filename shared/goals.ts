import { a1 } from './a1';
import { cellExact, cellText, isBlankRow, normalizeHeader } from './cells';
import { isIsoDay } from './dates';
import { emailIdentity, emailText, isEmail } from './email';
import { GOALS_FIELDS, GOALS_HEADERS, type CareerGoals, type GoalsField } from './goals-columns';
import type { Problem } from './types';

// Contract section 8: what the career-goals conversation found, one row per person, in the person's own words.

export { GOALS_FIELDS, GOALS_HEADERS, type CareerGoals, type GoalsField } from './goals-columns';

/** Other header names each field answers to, beside its own (contract section 8). */
const SYNONYMS: Readonly<Partial<Record<GoalsField, readonly string[]>>> = {
  email: ['E-mail', 'Work email'],
  person: ['Name'],
  conversationDate: ['Date'],
  whatsNext: ['Next'],
  managerSupport: ['Support'],
  shortTerm: ['Short term goal'],
  longTerm: ['Long term goal'],
  notWanted: ['Does not want'],
};

/** Headers compare as the roster's do, an apostrophe ignored too ("Whats next" is "What's next"). */
const headerKey = (value: unknown) => normalizeHeader(value).replace(/['\u2019]/g, '');

const FIELD_BY_HEADER = new Map<string, GoalsField>(
  GOALS_FIELDS.flatMap((field, i) =>
    [GOALS_HEADERS[i]!, ...(SYNONYMS[field] ?? [])].map((name) => [headerKey(name), field] as [string, GoalsField]),
  ),
);

/** A goals row read from a table, with where it came from. */
export interface GoalsRow {
  goals: CareerGoals;
  /** emailIdentity of the Email: who the row is about. */
  identity: string;
  /** The A1 cell of the row's Email. */
  emailCell: string;
}

export interface GoalsResult {
  rows: GoalsRow[];
  /** Rows left out (no or a malformed email, a repeated email) and date cells ignored, each with its cell. */
  problems: Problem[];
  /** Set when the table cannot be read at all (no header row, no Email column). */
  fatal?: Problem;
  /** 0-based column of each field the header names. */
  columns: Partial<Record<GoalsField, number>>;
  /** 1-based row of the header. */
  headerRow: number;
}

const DATE_FIELDS: readonly GoalsField[] = ['conversationDate', 'targetDate'];

/** One goals row: the row (none when its email is missing, malformed or seen before) and its problems. */
function goalsRow(
  source: readonly unknown[],
  rowNumber: number,
  columns: Partial<Record<GoalsField, number>>,
  firstSeen: ReadonlyMap<string, string>,
): { row?: GoalsRow; problems: Problem[] } {
  const at = (field: GoalsField) => a1(columns[field] ?? 0, rowNumber);
  const email = emailText(cellText(source[columns.email ?? 0]));
  if (!email || !isEmail(email)) {
    return {
      problems: [
        { cell: at('email'), message: email ? `malformed email "${email}"; the row was left out` : 'missing email; the row was left out' },
      ],
    };
  }
  const identity = emailIdentity(email);
  const first = firstSeen.get(identity);
  if (first) return { problems: [{ cell: at('email'), message: `duplicate email "${email}" (first at ${first})` }] };
  const goals = Object.fromEntries(
    GOALS_FIELDS.map((f) => [f, columns[f] === undefined ? '' : cellExact(source[columns[f]])]),
  ) as CareerGoals;
  goals.email = email;
  const problems: Problem[] = [];
  for (const field of DATE_FIELDS) {
    const day = cellText(source[columns[field] ?? -1]);
    goals[field] = isIsoDay(day) ? day : '';
    if (day && !isIsoDay(day))
      problems.push({ cell: at(field), message: `"${day}" is not a date written YYYY-MM-DD; that field was ignored` });
  }
  return { row: { goals, identity, emailCell: at('email') }, problems };
}

/** Reads a Career goals table from a grid of cell values; only the Email column is required. */
export function readGoals(cells: readonly (readonly unknown[])[]): GoalsResult {
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  const none = { rows: [], problems: [], columns: {}, headerRow: 0 };
  if (headerIndex < 0) return { ...none, fatal: { cell: '', message: 'no header row: the career goals table is empty' } };
  const columns: Partial<Record<GoalsField, number>> = {};
  cells[headerIndex]!.forEach((value, index) => {
    const field = FIELD_BY_HEADER.get(headerKey(value));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  const headerRow = headerIndex + 1;
  if (columns.email === undefined) {
    return {
      ...none,
      headerRow,
      fatal: { cell: `A${headerRow}`, message: `no Email column (Email, E-mail, Work email) in the header row ${headerRow}` },
    };
  }
  const rows: GoalsRow[] = [];
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  for (const [offset, source] of cells.slice(headerIndex + 1).entries()) {
    if (isBlankRow(source)) continue;
    const read = goalsRow(source, headerRow + 1 + offset, columns, firstSeen);
    problems.push(...read.problems);
    if (!read.row) continue;
    firstSeen.set(read.row.identity, read.row.emailCell);
    rows.push(read.row);
  }
  return { rows, problems, columns, headerRow };
}

/** Whether anything was written down in the conversation: a row with only Email and Person is still a draft. */
export function hasGoals(goals: CareerGoals): boolean {
  return GOALS_FIELDS.some((f) => f !== 'email' && f !== 'person' && goals[f].trim() !== '');
}

/** The people a goals template adds: everyone on the roster with no goals row yet, in roster order. */
export function newGoalsPeople(
  existing: readonly GoalsRow[],
  people: readonly { name: string; email: string }[],
): { name: string; email: string }[] {
  const known = new Set(existing.map((row) => row.identity));
  return people.filter((p) => !known.has(emailIdentity(p.email)));
}

/** New goals rows for `people`, as cells under a header whose columns are `columns`, `width` wide. */
export function goalsTemplateRows(
  people: readonly { name: string; email: string }[],
  columns: Partial<Record<GoalsField, number>>,
  width: number,
): string[][] {
  return people.map((p) => {
    const row: string[] = new Array(width).fill('');
    row[columns.email ?? 0] = p.email;
    if (columns.person !== undefined) row[columns.person] = p.name;
    return row;
  });
}

/** Goals rows of people the roster does not list: kept in the table, but used for no plan. */
export function goalsNotOnRoster(rows: readonly GoalsRow[], people: readonly { email: string }[]): GoalsRow[] {
  const onRoster = new Set(people.map((p) => emailIdentity(p.email)));
  return rows.filter((row) => !onRoster.has(row.identity));
}
