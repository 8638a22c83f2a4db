import { resolve } from 'node:path';
import { plural } from '../../shared/plural';
import { formatFrom, OUTPUT_OPTIONS, outFrom, parse, todayFrom } from '../args';
import { UserError } from '../../shared/user-error';
import { EXIT } from '../errors';
import { formatOfOut } from '../formats';
import { lockOutput, lockPathOf } from '../io/output-lock';
import { emit, renderGrid, type Io } from '../output';
import { managerRollup } from '../../shared/manager-rollup';
import { managerOutput, type StatusOutput } from '../manager-view';
import { readStatusInputs } from '../status-inputs';
import { type SourcedRow, sourcedCells, statusHeaders, statusJson, statusTable } from '../status-view';

export const STATUS_HELP = `Usage: trellis status PLANS... [--by manager] [--out STATUS] [--today YYYY-MM-DD] [--format csv|json]

Rolls plans tables (.csv, .json or .xlsx) up into one row per person for HR: steps, done, overdue,
percent done, the next step with its owner and due date, and whether both have signed the plan.
In a terminal it prints a table to read and a summary line; piped or redirected, CSV.

PLANS are files and folders: a folder gives every .csv and .xlsx inside it and its subfolders, in
path order (hidden files and Excel's ~$ lock files are passed over); an .xlsx is read from its sheet
named Plans, else the first. With more than one file the status gains a last column, Source: the
file the person's rows came from. A person planned in two files is counted once, from the file read
first, and reported. A file that is not a plans table is reported and passed over.

  --by manager   one row per manager instead: people, plans signed, steps, done, percent done,
                 overdue steps split into the employees' and the managers' own, reviews overdue.
                 A person counts under the manager of their latest sign-off (else of their first
                 manager's step); people with no manager's step share a row with a blank Manager.
  --out STATUS   write the plan status to this file (replaced atomically) instead of stdout
  --today DATE   count overdue steps as of this day (default: today)
  --format F     csv or json (default: from the --out file's extension; without --out, a table in a
                 terminal and CSV otherwise). In JSON, Steps, Done, Overdue and Percent done are numbers.

Examples:
  trellis status plans.csv
  trellis status teams/ --out plan-status.csv
  trellis status teams/ --by manager

Exit status: 0 clean; 2 some rows have an unknown status or a due date that is not a date, a person
is planned in two files, or a file was passed over (the rest written); 1 nothing written.`;

/** `trellis status`: plans tables in, plan status (contract sections 3 and 10) out. */
export async function statusCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (positionals.length === 0) throw new UserError('needs a plans file or folder, like plans.csv (--help shows how)');
  const out = outFrom(values.out);
  const today = todayFrom(values.today);
  const formats = ['csv', 'json'] as const;
  const format = formatFrom(values.format, formats, formatOfOut(out, formats));
  const byManager = byFrom(values.by);
  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r${line}\x1b[K`) : undefined;
  const inputs = await readStatusInputs(positionals, today, {
    progress,
    refuse: out ? refuseOut(out) : undefined,
    wanted: { status: !byManager, tally: byManager },
    threads: process.env.TRELLIS_THREADS,
  });
  for (const line of inputs.problems) io.stderr(line);
  if (inputs.people === 0) throw new UserError(`${positionals.join(', ')}: no rows with an Email or Key, so there is nobody to report on`);
  const status: SourcedRow[] = inputs.rows.map((row) => ({ ...row.status, source: row.source }));
  const view = byManager ? managerOutput(managerRollup(inputs.tallies)) : personOutput(status, inputs.files > 1);
  const exit = inputs.someRejected ? EXIT.someRejected : EXIT.clean;
  // A person at a terminal reads a table; a pipe, a file or an asked-for format gets the data.
  if (io.terminalColumns !== undefined && !out && values.format === undefined) {
    io.stdout(view.table(Math.min(io.terminalColumns, 100)));
    return exit;
  }
  const release = out ? await lockOutput(out, { onWait: io.stderr }) : undefined;
  try {
    await emit(io, format === 'json' ? [view.json()] : renderGrid(view.grid(), 'csv'), out);
  } finally {
    release?.();
  }
  if (out) io.stderr(view.wrote(out));
  return exit;
}

const OPTIONS = { ...OUTPUT_OPTIONS, by: { type: 'string' } } as const;

/** Whether --by asks for the per-manager roll-up; the only roll-up it names is manager. */
function byFrom(value: string | boolean | undefined): boolean {
  if (value === undefined) return false;
  if (value === 'manager') return true;
  throw new UserError(`--by "${String(value)}": the only roll-up --by takes is manager (--by manager, one row per manager)`);
}

/** The plan status, one row a person (contract section 3), with Source when more than one file was read. */
function personOutput(status: readonly SourcedRow[], withSource: boolean): StatusOutput {
  return {
    table: (width) => statusTable(status, width, withSource),
    json: () => statusJson(status, withSource),
    grid: () => [statusHeaders(withSource), ...status.map((row) => sourcedCells(row, withSource))],
    wrote: (out) => `Wrote the plan status of ${plural(status.length, 'person', 'people')} to ${out}.`,
  };
}

/** A check that refuses an --out that is one of the plans files read: the status would replace it. */
function refuseOut(out: string): (path: string) => void {
  return (path) => {
    if (resolve(out) === resolve(path) || lockPathOf(out) === lockPathOf(path)) {
      throw new UserError(
        `--out ${out} is the plans table itself (${path}); the status would replace it: choose another file, such as plan-status.csv`,
      );
    }
  };
}
