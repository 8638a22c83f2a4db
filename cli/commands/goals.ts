import { existsSync, statSync } from 'node:fs';
import { cellExact, isBlankRow } from '../../shared/cells';
import { GOALS_HEADERS, type GoalsResult, goalsNotOnRoster, goalsTemplateRows, newGoalsPeople, readGoals } from '../../shared/goals';
import { tsvLine } from '../../shared/goals-export';
import { plural } from '../../shared/plural';
import { readRoster } from '../../shared/roster';
import { UserError } from '../../shared/user-error';
import { oneFile, outFrom, parse } from '../args';
import { EXIT, fatalIn } from '../errors';
import { delimiterHint } from '../io/delimiter-hint';
import { lockOutput } from '../io/output-lock';
import { readGrid } from '../io/read-grid';
import { writeAtomic } from '../io/write-atomic';
import { emit, renderGrid, type Io } from '../output';

export const GOALS_HELP = `Usage: trellis goals ROSTER [--out GOALS]

Writes the career goals template (contract section 8): one row per person on the roster (.csv or .xlsx), Email
and Person filled, and a column for each answer of the career-goals conversation, to fill in during the 1:1.

  --out GOALS   write the template to this file (.csv or .xlsx) instead of stdout. A new .xlsx has one sheet,
                Career goals, with date columns shown as YYYY-MM-DD and wide answer columns.
                An existing .csv is refreshed: every row already there is kept exactly as it is, and only
                people new to the roster are added.
                An existing .xlsx is never rewritten (saving it again could lose what a spreadsheet put in it):
                its Career goals sheet (else its first) is checked, and the rows of people it lacks are printed
                to stdout, tab-separated, to paste under its last row.

Once answers are written in, trellis plan ROSTER --goals GOALS opens each written plan with them.

Exit status: 0 clean; 2 some rows of the roster or of GOALS have a problem (told with their cell), or an existing
.xlsx lacks people (their rows printed); 1 nothing written.`;

type Person = { name: string; email: string };

/** What writing the template came to: lines to tell once the file is in place, and how many things need fixing. */
interface Outcome {
  said: string[];
  problems: number;
  /** People on the roster the written file still has no row for (an existing workbook is never rewritten). */
  lacking?: number;
}

/** `trellis goals`: roster in, the career goals template out; refreshes an existing --out without touching a row. */
export async function goalsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string', short: 'o' } });
  const rosterPath = oneFile(positionals, 'roster', 'roster.csv');
  // The one output Trellis writes as a workbook: outFrom refuses every other Excel name.
  const out = typeof values.out === 'string' && isXlsx(values.out) ? values.out : outFrom(values.out);
  if (out && !isCsv(out) && !isXlsx(out))
    throw new UserError(`--out ${out}: the career goals template is a CSV or Excel file; give a name ending .csv or .xlsx`);

  const grid = await readGrid(rosterPath, ['csv', 'xlsx'], 'Roster');
  const roster = readRoster(grid);
  for (const p of roster.problems) io.stderr(`${rosterPath}:${p.cell}: ${p.message}`);
  if (roster.fatal) throw fatalIn(rosterPath, { ...roster.fatal, message: roster.fatal.message + delimiterHint(grid) });

  const release = out ? await lockOutput(out, { onWait: io.stderr }) : undefined;
  try {
    const outcome = await writeGoals(io, out, roster.people);
    for (const line of outcome.said) io.stderr(line);
    const problems = roster.problems.length + outcome.problems;
    if (problems > 0)
      io.stderr(`${plural(problems, 'problem', 'problems')}: those rows were left out or those cells ignored; fix them and run again.`);
    return problems > 0 || outcome.lacking ? EXIT.someRejected : EXIT.clean;
  } finally {
    release?.();
  }
}

const isCsv = (path: string) => path.toLowerCase().endsWith('.csv');
const isXlsx = (path: string) => path.toLowerCase().endsWith('.xlsx');

/** Writes a new template, refreshes an existing CSV, or checks an existing workbook, as `out` calls for. */
async function writeGoals(io: Io, out: string | undefined, people: readonly Person[]): Promise<Outcome> {
  const table = [[...GOALS_HEADERS], ...goalsTemplateRows(people, { email: 0, person: 1 }, GOALS_HEADERS.length)];
  if (!out) {
    await emit(io, renderGrid(table, 'csv'), undefined);
    return { said: [], problems: 0 };
  }
  // An empty --out holds nothing anyone typed: it is written as new.
  if (existsSync(out) && statSync(out).size > 0) return isXlsx(out) ? checkWorkbook(io, out, people) : refreshCsv(io, out, people);
  if (isXlsx(out)) {
    // exceljs takes about 200 ms to load: only a workbook written pays for it.
    const { goalsWorkbook } = await import('../io/goals-xlsx');
    await writeAtomic(out, [await goalsWorkbook(table.slice(1))]);
  } else {
    await emit(io, renderGrid(table, 'csv'), out);
  }
  return { said: [`Wrote the career goals template for ${plural(people.length, 'person', 'people')} to ${out}.`], problems: 0 };
}

/** The existing goals file's cells and reading, its problems told; a table that cannot be read leaves it untouched. */
async function readExisting(io: Io, out: string, people: readonly Person[]): Promise<{ cells: unknown[][]; existing: GoalsResult }> {
  const cells = await readGrid(out, [isXlsx(out) ? 'xlsx' : 'csv'], 'Career goals');
  const existing = readGoals(cells);
  if (existing.fatal) throw new UserError(`${out}:${existing.fatal.cell}: ${existing.fatal.message}; it was left untouched`);
  for (const p of existing.problems) io.stderr(`${out}:${p.cell}: ${p.message}`);
  for (const row of goalsNotOnRoster(existing.rows, people)) {
    io.stderr(`${out}:${row.emailCell}: ${row.goals.email} is not on the roster; the row is kept, and used for no plan`);
  }
  return { cells, existing };
}

/** Rewrites a CSV goals file with every cell as it was typed, rows and columns of the user's own included, and new people. */
async function refreshCsv(io: Io, out: string, people: readonly Person[]): Promise<Outcome> {
  const { cells, existing } = await readExisting(io, out, people);
  // A reduce, not Math.max(...rows): spreading a file's rows as arguments overflows the stack past about 100,000.
  const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  const added = newGoalsPeople(existing.rows, people);
  const table = [
    ...cells.map((row) => Array.from({ length: width }, (_, i) => cellExact(row[i]))),
    ...goalsTemplateRows(added, existing.columns, width),
  ];
  await emit(io, renderGrid(table, 'csv'), out);
  const kept = cells.slice(existing.headerRow).filter((row) => !isBlankRow(row)).length;
  return {
    said: [`Refreshed ${out}: kept ${plural(kept, 'row', 'rows')}, added ${plural(added.length, 'person', 'people')}.`],
    problems: existing.problems.length,
  };
}

/** Checks a workbook without saving it again, and prints the rows of the people it lacks, in its columns, to paste. */
async function checkWorkbook(io: Io, out: string, people: readonly Person[]): Promise<Outcome> {
  const { existing } = await readExisting(io, out, people);
  const added = newGoalsPeople(existing.rows, people);
  const problems = existing.problems.length;
  if (added.length === 0) {
    return {
      said: [`${out} has a row for each of the ${plural(people.length, 'person', 'people')} on the roster; it was left as it was.`],
      problems,
    };
  }
  const width = Math.max(existing.columns.email ?? 0, existing.columns.person ?? 0) + 1;
  for (const row of goalsTemplateRows(added, existing.columns, width)) io.stdout(`${tsvLine(row)}\n`);
  const shown = added.slice(0, 3).map((p) => p.email);
  const who = added.length > shown.length ? `${shown.join(', ')} and ${added.length - shown.length} more` : shown.join(', ');
  const csv = out.replace(/\.xlsx$/i, '.csv');
  return {
    said: [
      `${out} lacks ${plural(added.length, 'person', 'people')} on the roster (${who}) and was left as it was: their rows went to stdout, tab-separated, to paste under its last row from column A; or save that sheet as CSV and run again with --out ${csv}.`,
    ],
    problems,
    lacking: added.length,
  };
}
