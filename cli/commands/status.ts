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

export const STATUS_HELP = `Usage: trellis status PLANS [--out STATUS] [--today YYYY-MM-DD] [--format csv|json]

Rolls a plans table (.csv, .json or .xlsx) up into one row per person for HR: steps, done, overdue,
percent done, the next step with its owner and due date, and whether both have signed the plan.

  --out STATUS   write the plan status to this file (replaced atomically) instead of stdout
  --today DATE   count overdue steps as of this day (default: today)
  --format F     csv (default) or json (default: from the --out file's extension)

Exit status: 0 clean; 2 some rows have an unknown status or a due date that is not a date; 1 nothing written.`;

/** `trellis status`: plans table in, plan status (contract section 3) out. */
export async function statusCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('status', argv, OUTPUT_OPTIONS);
  const plansPath = oneFile('status', positionals, 'plans', 'plans.csv');
  const out = outFrom(values.out);
  const today = todayFrom(values.today);
  const formats = ['csv', 'json'] as const;
  const format = formatFrom(values.format, formats, formatOfOut(out, formats));
  if (out && (resolve(out) === resolve(plansPath) || lockPathOf(out) === lockPathOf(plansPath))) {
    throw new UserError(
      `--out ${out} is the plans table itself; the status would replace it: choose another file, such as plan-status.csv`,
    );
  }

  const { table, fatal } = readPlansTable(await readGrid(plansPath, ['csv', 'json', 'xlsx'], 'Plans'), { guarded: isGuarded(plansPath) });
  if (fatal) throw fatalIn(plansPath, fatal);
  const problems = tableStatusProblems(table);
  for (const p of problems) io.stderr(`${plansPath}:${p.cell}: ${p.message}`);
  const status = rollUp(table.rows, today);
  if (status.length === 0) throw new UserError(`${plansPath}: no rows with an Email or Key, so there is nobody to report on`);
  const release = out ? await lockOutput(out, { onWait: io.stderr }) : undefined;
  try {
    await emit(io, renderGrid([[...STATUS_HEADERS], ...status.map(statusRowCells)], format), out);
  } finally {
    release?.();
  }
  if (out) io.stderr(`Wrote the plan status of ${plural(status.length, 'person', 'people')} to ${out}.`);
  return problems.length > 0 ? EXIT.someRejected : EXIT.clean;
}
