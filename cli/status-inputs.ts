import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { groupByPerson, personOf, readPlansTable, type PlansTable } from '../shared/plans-table';
import { statusOf, tableStatusProblems } from '../shared/status';
import type { PlanRow, StatusRow } from '../shared/types';
import { UserError } from '../shared/user-error';
import { fatalIn } from './errors';
import { isGuarded, readGrid } from './io/read-grid';
import { otherTable } from './status-view';

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

/** One plans file's table, or a UserError saying why the file cannot be read as one. */
export async function readPlansFile(path: string): Promise<PlansTable> {
  const grid = await readGrid(path, FILE_KINDS, 'Plans');
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
  /** Shows a progress line in place (on a terminal only); '' clears it when the reading is done. */
  progress?: (line: string) => void;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

export interface StatusInputsOptions extends EachFileOptions {
  /** Throws a UserError for a file that must not be read (the --out file), before any file is read. */
  refuse?: (path: string) => void;
  /** Also given each person's rows as they are counted (once, from the file read first): the per-manager roll-up. */
  onPerson?: (rows: readonly PlanRow[], source: string) => void;
}

/**
 * Reads `paths` one at a time and hands each plans table to `onFile` (its rows are dropped once it returns). A file
 * that cannot be read as a plans table is reported through `onSkip` with the reason and passed over. The
 * per-manager roll-up (`--by manager`) reads its files through this too, so both read the same way.
 */
export async function forEachPlansFile(
  paths: readonly string[],
  onFile: (path: string, table: PlansTable) => void,
  onSkip: (path: string, reason: string) => void,
  { progress, now = Date.now }: EachFileOptions = {},
): Promise<void> {
  const start = now();
  let shown = false;
  for (const [index, path] of paths.entries()) {
    const line = progress ? progressLine(index, paths.length, now() - start) : undefined;
    if (line) {
      progress!(line);
      shown = true;
    }
    let table: PlansTable;
    try {
      table = await readPlansFile(path);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      onSkip(path, error.message);
      continue;
    }
    onFile(path, table);
  }
  if (shown) progress!('');
}

/** A person's plan status and the file their rows came from. */
export interface SourcedStatus {
  status: StatusRow;
  source: string;
}

export interface StatusInputs {
  rows: SourcedStatus[];
  /** How many files were found to read (skipped ones included): more than one adds the Source column. */
  files: number;
  /** One line each for stderr: cells the roll-up cannot read, people planned twice, files passed over. */
  problems: string[];
  /** Whether any file was passed over, any cell could not be read or anyone was planned twice (exit 2). */
  someRejected: boolean;
}

/**
 * The plan status of everyone in many plans files: a person planned in two files is counted once, from the file read
 * first, and reported with both. Rolled up file by file, so memory grows with people, not with plan rows.
 */
export async function readStatusInputs(
  inputs: readonly string[],
  today: string,
  { refuse, onPerson, ...options }: StatusInputsOptions = {},
): Promise<StatusInputs> {
  const paths = plansFilesOf(inputs);
  if (paths.length === 0) {
    throw new UserError(
      `no .csv or .xlsx file in ${inputs.join(', ')}: give the plans files, or a folder that holds them (hidden files and ~$ lock files are passed over)`,
    );
  }
  if (refuse) for (const path of paths) refuse(path);
  const rows: SourcedStatus[] = [];
  const problems: string[] = [];
  let someRejected = false;
  const sourceOf = new Map<string, string>();
  const onFile = (path: string, table: PlansTable) => {
    for (const p of tableStatusProblems(table)) {
      someRejected = true;
      problems.push(`${path}:${p.cell}: ${p.message}`);
    }
    for (const list of groupByPerson(table.rows)) {
      const person = personOf(list[0]!);
      const first = sourceOf.get(person);
      if (first !== undefined) {
        // The same file twice (given twice) is one reading, not a second plan.
        if (first === path) continue;
        someRejected = true;
        problems.push(`${path}: ${whoIs(list[0]!)} is also planned in ${first}; counted once, from ${first}`);
        continue;
      }
      sourceOf.set(detach(person), path);
      rows.push({ status: detached(statusOf(list, today)), source: path });
      onPerson?.(list, path);
    }
  };
  const onSkip = (path: string, reason: string) => {
    someRejected = true;
    problems.push(`${reason.startsWith(path) ? reason : `${path}: ${reason}`}; passed over, the other files are read`);
  };
  if (paths.length === 1) {
    // One file reads exactly as it always has: a file that is not a plans table stops the run.
    onFile(paths[0]!, await readPlansFile(paths[0]!));
  } else {
    await forEachPlansFile(paths, onFile, onSkip, options);
  }
  return { rows, files: paths.length, problems, someRejected };
}

/**
 * A copy of `text` that does not hold on to the file it was cut from. A cell Papaparse cuts from a file's text is a
 * slice of it, and keeping one cell keeps the whole text alive: a folder of a thousand team files held them all
 * (above 1 GB). Joined to a space, the text is copied flat, and the slice after the space refers to that copy.
 */
export const detach = (text: string) => ` ${text}`.slice(1);

/** `value` with each of its own text fields detached (see detach): what is kept per person after its file is read. */
export function detached<T extends object>(value: T): T {
  const copy = { ...value };
  for (const [key, field] of Object.entries(copy)) if (typeof field === 'string') (copy as Record<string, unknown>)[key] = detach(field);
  return copy;
}

/** `Ana Lopez (ana@example.com)`: a person as a row names them, the email from the Key where the Email is blank. */
function whoIs(row: { person: string; email: string; key: string }): string {
  const email = row.email.trim() || row.key.split('#')[0] || '';
  const name = row.person.trim();
  return name && email ? `${name} (${email})` : name || email;
}
