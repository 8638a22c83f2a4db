import { normalizeHeader } from '../shared/cells';
import { groupByPerson, personOf, type PlansTable } from '../shared/plans-table';
import { type PersonReportTally, personReportTally } from '../shared/report-model';
import { statusOf, tableStatusProblems } from '../shared/status';
import type { StatusRow } from '../shared/types';
import { UserError } from '../shared/user-error';

// What one plans file adds to a roll-up of many (contract section 10): small plain data, the same whether the file
// was read on this thread or another, so the files can be read on every core and merged in path order.

/** What a roll-up keeps of each person: their status row (trellis status), their tally (--by manager, report), or both. */
export interface Wanted {
  status: boolean;
  tally: boolean;
}

/** The contract columns a summary never looks at: a step's text is only shown as a status row's next step. */
const UNREAD = {
  status: ['Notes'],
  tally: ['Step', 'Notes', 'Target role'],
};

/** Which headers' cells a roll-up wanting `wanted` can leave unread (see readGrid). */
export function unreadFor(wanted: Wanted): (header: string) => boolean {
  const headers = new Set((wanted.status ? UNREAD.status : UNREAD.tally).map(normalizeHeader));
  return (header) => headers.has(normalizeHeader(header));
}

/** One person of one file: who they are (for a person planned twice) and what the roll-up keeps of them. */
export interface PersonSummary {
  /** personOf: the identity the people of many files are told apart by. */
  person: string;
  /** `Ana Lopez (ana@example.com)`, for the report of a person planned in two files. */
  who: string;
  status?: StatusRow;
  tally?: PersonReportTally;
}

/** One file's share: its people in first-seen order and its unreadable cells, or why it was passed over. */
export interface FileSummary {
  path: string;
  /** The reason the file is not a plans table (it is passed over); the other fields are then empty. */
  skipped?: string;
  /** `path:cell: message` for each Status or Due the roll-up cannot read. */
  problems: string[];
  people: PersonSummary[];
}

/**
 * A copy of `text` that does not hold on to the file it was cut from (a folder of a thousand team files held them
 * all, above 1 GB). Joined to a space, the text is copied flat, and the slice after the space refers to that copy.
 */
export const detach = (text: string) => ` ${text}`.slice(1);

/** `value` with each of its own text fields detached (see detach). */
export function detached<T extends object>(value: T): T {
  const copy = { ...value };
  for (const [key, field] of Object.entries(copy)) if (typeof field === 'string') (copy as Record<string, unknown>)[key] = detach(field);
  return copy;
}

/** A plans table's summary (see FileSummary) as of `today`; `copied` when it goes to another thread (copied on the way). */
export function summarizeTable(path: string, table: PlansTable, today: string, wanted: Wanted, { copied = false } = {}): FileSummary {
  const text = copied ? (value: string) => value : detach;
  const fields = copied ? <T extends object>(value: T) => value : detached;
  const problems = tableStatusProblems(table).map((p) => `${path}:${p.cell}: ${p.message}`);
  const people = groupByPerson(table.rows).map((rows): PersonSummary => {
    const first = rows[0]!;
    // Detached: a cell Papaparse cut is a slice of its file's text, and one kept would keep the whole text alive.
    return {
      person: text(personOf(first)),
      who: text(whoIs(first)),
      status: wanted.status ? fields(statusOf(rows, today)) : undefined,
      tally: wanted.tally ? fields(personReportTally(rows, today)) : undefined,
    };
  });
  return { path, problems, people };
}

/**
 * A file's summary, read with `read`; a file that cannot be read as a plans table is passed over with the reason.
 * `copied` (the default) when it goes to another thread (cli/status-worker.ts); false when it stays on this one.
 */
export async function summarizeFile(
  path: string,
  read: (path: string) => Promise<PlansTable>,
  today: string,
  wanted: Wanted,
  { copied = true } = {},
): Promise<FileSummary> {
  let table: PlansTable;
  try {
    table = await read(path);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { path, skipped: error.message, problems: [], people: [] };
  }
  return summarizeTable(path, table, today, wanted, { copied });
}

/** `Ana Lopez (ana@example.com)`: a person as a row names them, the email from the Key where the Email is blank. */
function whoIs(row: { person: string; email: string; key: string }): string {
  const email = row.email.trim() || row.key.split('#')[0] || '';
  const name = row.person.trim();
  return name && email ? `${name} (${email})` : name || email;
}
