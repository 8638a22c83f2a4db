import { existsSync, statSync } from 'node:fs';
import { cellExact, isBlankRow } from '../../shared/cells';
import { GOALS_HEADERS, goalsNotOnRoster, goalsTemplateRows, newGoalsPeople, readGoals } from '../../shared/goals';
import { plural } from '../../shared/plural';
import { readRoster } from '../../shared/roster';
import { UserError } from '../../shared/user-error';
import { oneFile, outFrom, parse } from '../args';
import { EXIT, fatalIn } from '../errors';
import { delimiterHint } from '../io/delimiter-hint';
import { lockOutput } from '../io/output-lock';
import { readGrid } from '../io/read-grid';
import { emit, renderGrid, type Io } from '../output';

export const GOALS_HELP = `Usage: trellis goals ROSTER [--out GOALS]

Writes the career goals template (contract section 8): one row per person on the roster (.csv or .xlsx), Email
and Person filled, and a column for each answer of the career-goals conversation, to fill in during the 1:1.

  --out GOALS   write the template to this CSV file instead of stdout. If it exists, it is refreshed: every row
                already there is kept exactly as it is, and only people new to the roster are added.

Once answers are written in, trellis plan ROSTER --goals GOALS opens each written plan with them.

Exit status: 0 clean; 2 some rows of the roster or of GOALS have a problem (told with their cell); 1 nothing written.`;

/** `trellis goals`: roster in, the career goals template out; refreshes an existing --out without touching a row. */
export async function goalsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('goals', argv, { out: { type: 'string', short: 'o' } });
  const rosterPath = oneFile('goals', positionals, 'roster', 'roster.csv');
  const out = outFrom(values.out);
  if (out && !out.toLowerCase().endsWith('.csv'))
    throw new UserError(`--out ${out}: the career goals template is a CSV file; give a name ending .csv`);

  const grid = await readGrid(rosterPath, ['csv', 'xlsx'], 'Roster');
  const roster = readRoster(grid);
  for (const p of roster.problems) io.stderr(`${rosterPath}:${p.cell}: ${p.message}`);
  if (roster.fatal) throw fatalIn(rosterPath, { ...roster.fatal, message: roster.fatal.message + delimiterHint(grid) });

  const release = out ? await lockOutput(out, { onWait: io.stderr }) : undefined;
  try {
    let table: string[][] = [[...GOALS_HEADERS], ...goalsTemplateRows(roster.people, { email: 0, person: 1 }, GOALS_HEADERS.length)];
    let said = out ? `Wrote the career goals template for ${plural(roster.people.length, 'person', 'people')} to ${out}.` : '';
    let problems = roster.problems.length;
    // An empty --out holds nothing anyone typed: it is written as new.
    if (out && existsSync(out) && statSync(out).size > 0) {
      const cells = await readGrid(out, ['csv'], 'Career goals');
      const existing = readGoals(cells);
      if (existing.fatal) throw new UserError(`${out}:${existing.fatal.cell}: ${existing.fatal.message}; it was left untouched`);
      for (const p of existing.problems) io.stderr(`${out}:${p.cell}: ${p.message}`);
      for (const row of goalsNotOnRoster(existing.rows, roster.people)) {
        io.stderr(`${out}:${row.emailCell}: ${row.goals.email} is not on the roster; the row is kept, and used for no plan`);
      }
      problems += existing.problems.length;
      const width = Math.max(...cells.map((row) => row.length));
      const added = newGoalsPeople(existing.rows, roster.people);
      // Every cell of the file comes back as it was typed, rows and columns of the user's own included.
      table = [
        ...cells.map((row) => Array.from({ length: width }, (_, i) => cellExact(row[i]))),
        ...goalsTemplateRows(added, existing.columns, width),
      ];
      const kept = cells.slice(existing.headerRow).filter((row) => !isBlankRow(row)).length;
      said = `Refreshed ${out}: kept ${plural(kept, 'row', 'rows')}, added ${plural(added.length, 'person', 'people')}.`;
    }
    await emit(io, renderGrid(table, 'csv'), out);
    if (said) io.stderr(said);
    if (problems > 0)
      io.stderr(`${plural(problems, 'problem', 'problems')}: those rows were left out or those cells ignored; fix them and run again.`);
    return problems > 0 ? EXIT.someRejected : EXIT.clean;
  } finally {
    release?.();
  }
}
