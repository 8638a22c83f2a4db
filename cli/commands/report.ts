import { readPlansTable } from '../../shared/plans-table';
import { plural } from '../../shared/plural';
import { reportHtml } from '../../shared/report-html';
import { reportModel } from '../../shared/report-model';
import { tableStatusProblems } from '../../shared/status';
import { UserError } from '../../shared/user-error';
import { oneFile, parse, todayFrom } from '../args';
import { EXIT, fatalIn } from '../errors';
import { lockOutput } from '../io/output-lock';
import { isGuarded, readGrid } from '../io/read-grid';
import { emit, type Io } from '../output';

export const REPORT_HELP = `Usage: trellis report PLANS --out REPORT.html [--today YYYY-MM-DD]

Writes one HTML page for HR from a plans table (.csv, .json or .xlsx): the totals, the table of managers
(the most overdue first), the path mix and the overdue steps by owner, each with a bar chart. The page
loads nothing from anywhere (it can be mailed or put on a share), reads without colour and prints on A4.

  --out REPORT   the .html file to write (replaced atomically)
  --today DATE   count overdue steps as of this day (default: today)

Exit status: 0 clean; 2 some rows have an unknown status or a due date that is not a date; 1 nothing written.`;

const OPTIONS = { out: { type: 'string', short: 'o' }, today: { type: 'string' } } as const;

/** The --out file, which must be an .html page: a report written over a .csv would be lost to the next reader. */
function htmlOut(value: string | boolean | undefined): string {
  if (typeof value !== 'string' || value === '') throw new UserError('needs --out with the page to write, like --out report.html');
  if (!/\.html?$/i.test(value)) {
    throw new UserError(`--out ${value}: the report is a web page; give a file ending in .html, like --out report.html`);
  }
  return value;
}

/** `trellis report`: a plans table in, the organisation's report page (contract section 10) out. */
export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const plansPath = oneFile(positionals, 'plans', 'plans.csv');
  const out = htmlOut(values.out);
  const today = todayFrom(values.today);

  const grid = await readGrid(plansPath, ['csv', 'json', 'xlsx'], 'Plans');
  const { table, fatal } = readPlansTable(grid, { guarded: isGuarded(plansPath) });
  if (fatal) throw fatalIn(plansPath, fatal);
  const problems = tableStatusProblems(table);
  for (const p of problems) io.stderr(`${plansPath}:${p.cell}: ${p.message}`);
  const model = reportModel(table.rows, today);
  if (model.totals.people === 0) throw new UserError(`${plansPath}: no rows with an Email or Key, so there is nobody to report on`);

  const release = await lockOutput(out, { onWait: io.stderr });
  try {
    await emit(io, [reportHtml(model)], out);
  } finally {
    release();
  }
  io.stderr(`Wrote the report on ${plural(model.totals.people, 'person', 'people')} to ${out}.`);
  return problems.length > 0 ? EXIT.someRejected : EXIT.clean;
}
