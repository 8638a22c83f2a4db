import { resolve } from 'node:path';
import { readPlansTable } from '../../shared/plans-table';
import { plural } from '../../shared/plural';
import { rollUp, statusRowCells, tableStatusProblems } from '../../shared/status';
import { STATUS_HEADERS } from '../../shared/types';
import { formatFrom, OUTPUT_OPTIONS, oneFile, outFrom, parse, todayFrom } from '../args';
import { UserError } from '../../shared/user-error';
import { EXIT, fatalIn } from '../errors';
import { formatOfOut } from '../formats';
import { lockOutput, lockPathOf } from '../io/output-lock';
import { isGuarded, readGrid } from '../io/read-grid';
import { emit, renderGrid, type Io } from '../output';
import { otherTable, statusJson, statusTable } from '../status-view';

export const STATUS_HELP = `Usage: trellis status PLANS [--out STATUS] [--today YYYY-MM-DD] [--format csv|json]

Rolls a plans table (.csv, .json or .xlsx) up into one row per person for HR: steps, done, overdue,
percent done, the next step with its owner and due date, and whether both have signed the plan.
In a terminal it prints a table to read and a summary line; piped or redirected, CSV.

  --out STATUS   write the plan status to this file (replaced atomically) instead of stdout
  --today DATE   count overdue steps as of this day (default: today)
  --format F     csv or json (default: from the --out file's extension; without --out, a table in a
                 terminal and CSV otherwise). In JSON, Steps, Done, Overdue and Percent done are numbers.

Exit status: 0 clean; 2 some rows have an unknown status or a due date that is not a date; 1 nothing written.`;

/** `trellis status`: plans table in, plan status (contract section 3) out. */
export async function statusCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OUTPUT_OPTIONS);
  const plansPath = oneFile(positionals, 'plans', 'plans.csv');
  const out = outFrom(values.out);
  const today = todayFrom(values.today);
  const formats = ['csv', 'json'] as const;
  const format = formatFrom(values.format, formats, formatOfOut(out, formats));
  if (out && (resolve(out) === resolve(plansPath) || lockPathOf(out) === lockPathOf(plansPath))) {
    throw new UserError(
      `--out ${out} is the plans table itself; the status would replace it: choose another file, such as plan-status.csv`,
    );
  }

  const grid = await readGrid(plansPath, ['csv', 'json', 'xlsx'], 'Plans');
  const { table, fatal } = readPlansTable(grid, { guarded: isGuarded(plansPath) });
  if (fatal) throw notPlans(plansPath, grid) ?? fatalIn(plansPath, fatal);
  const problems = tableStatusProblems(table);
  for (const p of problems) io.stderr(`${plansPath}:${p.cell}: ${p.message}`);
  const status = rollUp(table.rows, today);
  if (status.length === 0) throw new UserError(`${plansPath}: no rows with an Email or Key, so there is nobody to report on`);
  // A person at a terminal reads a table; a pipe, a file or an asked-for format gets the data.
  if (io.terminalColumns !== undefined && !out && values.format === undefined) {
    io.stdout(statusTable(status, Math.min(io.terminalColumns, 100)));
    return problems.length > 0 ? EXIT.someRejected : EXIT.clean;
  }
  const release = out ? await lockOutput(out, { onWait: io.stderr }) : undefined;
  try {
    const chunks = format === 'json' ? [statusJson(status)] : renderGrid([[...STATUS_HEADERS], ...status.map(statusRowCells)], 'csv');
    await emit(io, chunks, out);
  } finally {
    release?.();
  }
  if (out) io.stderr(`Wrote the plan status of ${plural(status.length, 'person', 'people')} to ${out}.`);
  return problems.length > 0 ? EXIT.someRejected : EXIT.clean;
}

/** The message for a roster or a plan status given where a plans table belongs, saying which file to give instead. */
function notPlans(path: string, grid: readonly (readonly unknown[])[]): UserError | undefined {
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
