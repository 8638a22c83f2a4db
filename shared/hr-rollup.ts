import { cellText } from './cells';
import { emailIdentity } from './email';
import { type ManagerStatusRow, managerRollup, type PersonTally, personTally } from './manager-rollup';
import { groupByPerson, readPlansTable } from './plans-table';
import { plural } from './plural';
import { statusOf } from './status';
import type { StatusRow } from './types';

// HR's roll-up of many team spreadsheets inside Google Sheets (contract section 10, last bullet). Apps Script stops a
// run after 6 minutes, so the roll-up is a job: a small cursor kept between runs, and one progress record per person
// or failed link, which the script appends to a hidden sheet (a thousand teams' people outgrow the 9 KB a property
// value may hold). Only a finished job's records become the HR status and HR managers tables. Pure.

export const LINK_HEADER = 'Team spreadsheet';

/** One link of the HR roll-up sheet: its 1-based row, the text typed, and the spreadsheet id it names. */
export interface TeamLink {
  row: number;
  text: string;
  id: string;
}

/** Why a listed link added no one, or added someone twice: hr-problems.ts says it in words, with what to do. */
export type RollupIssue =
  | { kind: 'not-a-link' }
  | { kind: 'duplicate'; firstRow: number }
  | { kind: 'no-access' }
  | { kind: 'no-plans-sheet' }
  | { kind: 'wrong-columns'; detail: string }
  | { kind: 'planned-twice'; person: string; email: string; first: string; firstRow: number };

/** One row of the problems table: the row of the HR roll-up sheet, the link typed there, the team spreadsheet's name. */
export interface RollupProblem {
  row: number;
  link: string;
  /** The team spreadsheet's name when it could be opened, else ''. */
  name: string;
  issue: RollupIssue;
}

export interface RollupLinks {
  links: TeamLink[];
  /** What a person should fix in the list (a duplicate, text that names no spreadsheet); the rest still rolls up. */
  problems: RollupProblem[];
  fatal?: string;
}

/** The id of a Google spreadsheet from its link (…/spreadsheets/d/ID/…) or the id alone; undefined when it is neither. */
export function spreadsheetIdOf(text: string): string | undefined {
  const trimmed = text.trim();
  const fromUrl = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/.exec(trimmed);
  if (fromUrl) return fromUrl[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(trimmed) ? trimmed : undefined;
}

/** The links under the `Team spreadsheet` header (found in the first non-blank row), blank rows skipped, each id once. */
export function readRollupLinks(cells: readonly (readonly unknown[])[]): RollupLinks {
  const headerIndex = cells.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  const column = headerIndex < 0 ? -1 : cells[headerIndex]!.findIndex((cell) => cellText(cell).toLowerCase() === LINK_HEADER.toLowerCase());
  if (column < 0)
    return {
      links: [],
      problems: [],
      fatal: `No "${LINK_HEADER}" column: use Trellis HR → Set up roll-up sheet, then list the team spreadsheets' links under it.`,
    };
  const links: TeamLink[] = [];
  const problems: RollupProblem[] = [];
  const firstRow = new Map<string, number>();
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const text = cellText(cells[i]![column]);
    if (text === '') continue;
    const id = spreadsheetIdOf(text);
    const row = i + 1;
    if (!id) problems.push({ row, link: text, name: '', issue: { kind: 'not-a-link' } });
    else if (firstRow.has(id)) problems.push({ row, link: text, name: '', issue: { kind: 'duplicate', firstRow: firstRow.get(id)! } });
    else {
      firstRow.set(id, row);
      links.push({ row, text, id });
    }
  }
  return { links, problems };
}

/** The cursor kept between runs (a Document Property): small whatever the number of teams. */
export interface RollupJob {
  /** The shape of the progress records: a job saved by a version writing other records starts again. */
  version: number;
  /** The day the job started: every team is counted on it, so a job over two days gives one answer. */
  today: string;
  /** The ids of the links, joined: a list edited between runs starts the job again. */
  fingerprint: string;
  total: number;
  next: number;
}

/** One progress record: a person counted from a team spreadsheet, or a link that could not be read and why. */
export type ProgressRecord =
  | { kind: 'person'; link: number; source: string; status: StatusRow; tally: PersonTally }
  | { kind: 'failure'; link: number; problem: RollupProblem };

/** The progress records' shape (RollupJob.version). */
const RECORD_VERSION = 2;

/** What reading one team spreadsheet gave: its name and its Plans sheet's cells (undefined: no such sheet), or why not. */
export type TeamOutcome = { name: string; plans: unknown[][] | undefined } | { failure: 'no-access' };

/**
 * A read, or `later`: Google refused it for now (its reads-a-minute limit), not for this spreadsheet's sake, so the run
 * stops there and the next run reads that link again.
 */
export type TeamRead = TeamOutcome | { later: true };

/**
 * A short fingerprint of the list (its ids in order): the ids themselves of a thousand links outgrow the 9 KB a
 * property value may hold. Two 32-bit FNV-1a hashes with different seeds: a changed list is never missed in practice.
 */
export function fingerprintOf(links: readonly TeamLink[]): string {
  const text = links.map((link) => link.id).join(',');
  const fnv = (seed: number) => {
    let hash = seed;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return hash.toString(16).padStart(8, '0');
  };
  return `${links.length}:${fnv(0x811c9dc5)}${fnv(0x050c5d1f)}`;
}

export function startJob(links: readonly TeamLink[], today: string): RollupJob {
  return { version: RECORD_VERSION, today, fingerprint: fingerprintOf(links), total: links.length, next: 0 };
}

/** Whether a saved job still fits the list (same links in the same order); else a new job starts. */
export const jobFits = (job: RollupJob | undefined, links: readonly TeamLink[]): job is RollupJob =>
  job !== undefined && job.fingerprint === fingerprintOf(links) && job.total === links.length;

/** A saved job read back; undefined for anything that is not one (a person may have edited the property). */
export function parseJob(text: string | null | undefined): RollupJob | undefined {
  try {
    const job = JSON.parse(text ?? '') as RollupJob;
    const ok =
      job.version === RECORD_VERSION &&
      typeof job.today === 'string' &&
      typeof job.fingerprint === 'string' &&
      Number.isInteger(job.total) &&
      Number.isInteger(job.next);
    return ok ? job : undefined;
  } catch {
    return undefined;
  }
}

/** The records of one team spreadsheet: one per person on its Plans sheet, or one failure saying why. */
export function teamRecords(link: TeamLink, index: number, read: TeamOutcome, today: string): ProgressRecord[] {
  const failure = (name: string, issue: RollupIssue): ProgressRecord[] => [
    { kind: 'failure', link: index, problem: { row: link.row, link: link.text, name, issue } },
  ];
  if ('failure' in read) return failure('', { kind: 'no-access' });
  if (!read.plans) return failure(read.name, { kind: 'no-plans-sheet' });
  const { table, fatal } = readPlansTable(read.plans);
  if (fatal) return failure(read.name, { kind: 'wrong-columns', detail: fatal.message });
  return groupByPerson(table.rows).map((rows) => ({
    kind: 'person',
    link: index,
    source: read.name,
    status: statusOf(rows, today),
    tally: personTally(rows, today),
  }));
}

export interface RunResult {
  job: RollupJob;
  records: ProgressRecord[];
  done: boolean;
  message: string;
}

/**
 * Reads team spreadsheets from the job's cursor until all are read or `now()` passes `deadline` (checked before each
 * one, so a run ends within one spreadsheet's read of it). The caller saves `records` before `job`.
 */
export function runJob(
  job: RollupJob,
  links: readonly TeamLink[],
  read: (link: TeamLink) => TeamRead,
  now: () => number,
  deadline: number,
): RunResult {
  const records: ProgressRecord[] = [];
  let next = job.next;
  let later = false;
  while (next < links.length && now() < deadline) {
    const got = read(links[next]!);
    if ('later' in got) {
      later = true;
      break;
    }
    records.push(...teamRecords(links[next]!, next, got, job.today));
    next++;
  }
  const done = next >= links.length;
  const so = `Rolled up ${next.toLocaleString('en-US')} of ${plural(links.length, 'team spreadsheet', 'team spreadsheets')}`;
  const message = done
    ? `Rolled up ${plural(links.length, 'team spreadsheet', 'team spreadsheets')}.`
    : later
      ? `${so}: Google allows only so many reads a minute. Run Roll up again in a minute (or turn on the 10-minute trigger) to continue.`
      : `${so}; run Roll up again (or turn on the 10-minute trigger) to continue.`;
  return { job: { ...job, next }, records, done, message };
}

/** A record as the one cell of its progress row (JSON starts with "{": Sheets keeps it as text). */
export const recordCell = (record: ProgressRecord) => JSON.stringify(record);

export const recordOf = (cell: unknown) => JSON.parse(cellText(cell)) as ProgressRecord;

export interface RollupTables {
  /** The HR status table's rows (contract section 3), each with its Source: the name of the team spreadsheet. */
  people: { status: StatusRow; source: string }[];
  /** The HR managers table's rows (contract section 10). */
  managers: ManagerStatusRow[];
  /** Failed links and people planned in two spreadsheets, by link. */
  problems: RollupProblem[];
}

/**
 * The finished roll-up: each person once (by Email, from the first link that plans them), failures by link order.
 * `links` are the job's (its fingerprint matched them), so a record's link index finds its row and text.
 */
export function rollupTables(records: readonly ProgressRecord[], links: readonly TeamLink[]): RollupTables {
  const ordered = [...records].sort((a, b) => a.link - b.link);
  const first = new Map<string, Extract<ProgressRecord, { kind: 'person' }>>();
  const people: Extract<ProgressRecord, { kind: 'person' }>[] = [];
  const problems: RollupProblem[] = [];
  for (const record of ordered) {
    if (record.kind === 'failure') {
      problems.push(record.problem);
      continue;
    }
    const who = emailIdentity(record.status.email) || record.status.person;
    const seen = first.get(who);
    if (seen === undefined) {
      first.set(who, record);
      people.push(record);
    } else {
      const { person, email } = record.status;
      const issue: RollupIssue = { kind: 'planned-twice', person, email, first: seen.source, firstRow: links[seen.link]?.row ?? 0 };
      const link = links[record.link];
      problems.push({ row: link?.row ?? 0, link: link?.text ?? '', name: record.source, issue });
    }
  }
  return {
    people: people.map(({ status, source }) => ({ status, source })),
    managers: managerRollup(people.map((p) => p.tally)),
    problems,
  };
}
