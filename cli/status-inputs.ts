import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readPlansTable, type PlansTable } from '../shared/plans-table';
import type { PersonReportTally } from '../shared/report-model';
import type { StatusRow } from '../shared/types';
import { UserError } from '../shared/user-error';
import { fatalIn } from './errors';
import { isGuarded, readGrid } from './io/read-grid';
import { type FileSummary, summarizeFile, summarizeTable, unreadFor, type Wanted } from './status-summary';
import { summarizeOnThreads, threadsFor } from './status-threads';
import { otherTable } from './status-view';
import { threadEntry } from './thread-entry';

// `trellis status PLANS…` (contract section 10): many teams' plans files and folders read one file at a time, so
// memory holds everyone's status rows but only one file's plan rows.

/** The kinds a folder is searched for; a file given by name may also be JSON, as with one file. */
const FOLDER_KINDS = new Set(['.csv', '.xlsx']);
const FILE_KINDS = ['csv', 'json', 'xlsx'] as const;

/** Whether a folder entry is passed over: hidden files and folders, and the `~$` lock files Excel leaves open. */
const passedOver = (name: string) => name.startsWith('.') || name.startsWith('~$');

/** Every .csv and .xlsx under `folder`, recursively, in sorted path order, each as `folder/relative/path`. */
export function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (passedOver(entry.name)) continue;
      const path = join(dir, entry.name);
      // A linked folder is not followed (it could lead back up); a linked file is read like any other.
      if (entry.isDirectory()) walk(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && FOLDER_KINDS.has(extname(entry.name).toLowerCase())) found.push(path);
    }
  };
  walk(folder);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The files the arguments name, in order: a file as given, a folder as the files under it. */
export function plansFilesOf(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => (isFolder(input) ? filesUnder(input) : [input]));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A path that does not exist is left to the reading, which says so in its own words.
    return false;
  }
}

/** The message for a roster or a plan status given where a plans table belongs, saying which file to give instead. */
export function notPlans(path: string, grid: readonly (readonly unknown[])[]): UserError | undefined {
  const kind = otherTable(grid);
  if (kind === 'roster') {
    return new UserError(
      `${path} is a roster (one row per person), not a plans table: make the plans first with trellis plan ${path} --out plans.csv, then give plans.csv here`,
    );
  }
  if (kind === 'status') {
    return new UserError(`${path} is already a plan status, not a plans table: give the plans table it was made from`);
  }
  return undefined;
}

/** One plans file's table, or a UserError saying why the file cannot be read as one; `unread` as readGrid's. */
export async function readPlansFile(path: string, unread?: (header: string) => boolean): Promise<PlansTable> {
  const grid = await readGrid(path, FILE_KINDS, 'Plans', { unread });
  const { table, fatal } = readPlansTable(grid, { guarded: isGuarded(path) });
  if (fatal) throw notPlans(path, grid) ?? fatalIn(path, fatal);
  return table;
}

/** How long a run goes before it shows its progress: a quick run stays quiet. */
export const PROGRESS_AFTER_MS = 1500;

/**
 * The progress line while file `index` (0-based) of `total` is read, `elapsedMs` into the run: `Reading 120 of 1,000
 * files…`, or undefined while the run is still quick.
 */
export function progressLine(index: number, total: number, elapsedMs: number): string | undefined {
  if (elapsedMs <= PROGRESS_AFTER_MS) return undefined;
  return `Reading ${(index + 1).toLocaleString('en')} of ${total.toLocaleString('en')} files…`;
}

export interface EachFileOptions {
  /** Headers whose cells are never looked at (see readGrid). */
  unread?: (header: string) => boolean;
  /** Shows a progress line in place (on a terminal only); '' clears it when the reading is done. */
  progress?: (line: string) => void;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

/**
 * Reads `paths` one at a time and hands each plans table to `onFile` (its rows are dropped once it returns). A file
 * that cannot be read as a plans table is reported through `onSkip` with the reason and passed over.
 */
export async function forEachPlansFile(
  paths: readonly string[],
  onFile: (path: string, table: PlansTable) => void,
  onSkip: (path: string, reason: string) => void,
  options: EachFileOptions = {},
): Promise<void> {
  const shown = progressIn(paths.length, options);
  const { unread } = options;
  for (const [index, path] of paths.entries()) {
    shown.at(index);
    let table: PlansTable;
    try {
      table = await readPlansFile(path, unread);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      onSkip(path, error.message);
      continue;
    }
    onFile(path, table);
  }
  shown.end();
}

/** A person's plan status and the file their rows came from. */
export interface SourcedStatus {
  status: StatusRow;
  source: string;
}

export interface StatusInputsOptions extends EachFileOptions {
  /** Throws a UserError for a file that must not be read (the --out file), before any file is read. */
  refuse?: (path: string) => void;
  /** What is kept of each person: status rows (trellis status), tallies (--by manager, report). */
  wanted?: Wanted;
  /** TRELLIS_THREADS, as the environment gives it (see threadsFor). */
  threads?: string;
}

export interface StatusInputs {
  /** Each person's status, once each, when status rows were wanted. */
  rows: SourcedStatus[];
  /** Each person's tally, once each, when tallies were wanted. */
  tallies: PersonReportTally[];
  /** How many people were counted. */
  people: number;
  /** How many files were found to read (skipped ones included): more than one adds the Source column. */
  files: number;
  /** One line each for stderr: cells the roll-up cannot read, people planned twice, files passed over. */
  problems: string[];
  /** Whether any file was passed over, any cell could not be read or anyone was planned twice (exit 2). */
  someRejected: boolean;
}

/**
 * The plan status of everyone in many plans files: a person planned in two files is counted once, from the file read
 * first, and reported with both. Files are read one at a time on each thread, so memory grows with people, not with
 * plan rows; with many files, on every core (cli/status-threads.ts), merged in path order all the same.
 */
export async function readStatusInputs(
  inputs: readonly string[],
  today: string,
  { refuse, wanted = { status: true, tally: false }, threads: setting, ...options }: StatusInputsOptions = {},
): Promise<StatusInputs> {
  const paths = plansFilesOf(inputs);
  if (paths.length === 0) {
    throw new UserError(
      `no .csv or .xlsx file in ${inputs.join(', ')}: give the plans files, or a folder that holds them (hidden files and ~$ lock files are passed over)`,
    );
  }
  if (refuse) for (const path of paths) refuse(path);
  const merge = merger(paths.length);
  const unread = unreadFor(wanted);
  if (paths.length === 1) {
    // One file reads exactly as it always has: a file that is not a plans table stops the run.
    merge.add(summarizeTable(paths[0]!, await readPlansFile(paths[0]!, unread), today, wanted));
    return merge.result;
  }
  const entry = threadEntry();
  const threads = entry ? threadsFor(paths.length, setting) : 1;
  if (threads > 1) {
    const shown = progressIn(paths.length, options);
    await summarizeOnThreads(paths, {
      entry: entry!,
      threads,
      job: { today, wanted },
      readHere: (path) => summarizeFile(path, (file) => readPlansFile(file, unread), today, wanted, { copied: false }),
      onSummary: merge.add,
      onRead: (read) => shown.at(read - 1),
    });
    shown.end();
    return merge.result;
  }
  await forEachPlansFile(
    paths,
    (path, table) => merge.add(summarizeTable(path, table, today, wanted)),
    (path, reason) => merge.add({ path, skipped: reason, problems: [], people: [] }),
    { ...options, unread },
  );
  return merge.result;
}

/** The progress line of a run on threads, shown as files are read (see progressLine). */
function progressIn(total: number, { progress, now = Date.now }: EachFileOptions) {
  const start = now();
  let shown = false;
  return {
    at(index: number) {
      const line = progress ? progressLine(index, total, now() - start) : undefined;
      if (!line) return;
      progress!(line);
      shown = true;
    },
    end: () => shown && progress!(''),
  };
}

/** The roll-up of files' summaries, added in path order: each person once, from the file read first. */
function merger(files: number): { add: (summary: FileSummary) => void; result: StatusInputs } {
  const result: StatusInputs = { rows: [], tallies: [], people: 0, files, problems: [], someRejected: false };
  const sourceOf = new Map<string, string>();
  const add = ({ path, skipped, problems, people }: FileSummary) => {
    if (skipped !== undefined) {
      result.problems.push(`${skipped.startsWith(path) ? skipped : `${path}: ${skipped}`}; passed over, the other files are read`);
      result.someRejected = true;
      return;
    }
    result.problems.push(...problems);
    if (problems.length > 0) result.someRejected = true;
    for (const { person, who, status, tally } of people) {
      const first = sourceOf.get(person);
      if (first !== undefined) {
        // The same file twice (given twice) is one reading, not a second plan.
        if (first === path) continue;
        result.someRejected = true;
        result.problems.push(`${path}: ${who} is also planned in ${first}; counted once, from ${first}`);
        continue;
      }
      sourceOf.set(person, path);
      result.people++;
      if (status) result.rows.push({ status, source: path });
      if (tally) result.tallies.push(tally);
    }
  };
  return { add, result };
}
