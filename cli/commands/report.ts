import { plural } from '../../shared/plural';
import { reportHtml } from '../../shared/report-html';
import { reportOf } from '../../shared/report-model';
import { UserError } from '../../shared/user-error';
import { parse, todayFrom } from '../args';
import { EXIT } from '../errors';
import { lockOutput } from '../io/output-lock';
import { emit, type Io } from '../output';
import { readStatusInputs } from '../status-inputs';

export const REPORT_HELP = `Usage: trellis report PLANS... --out REPORT.html [--today YYYY-MM-DD]

Writes one HTML page for HR from the plans tables of every team: files (.csv, .json or
.xlsx) and folders (every .csv and .xlsx inside, as trellis status reads them). The page has
the totals, the table of managers (the most overdue first), the path mix and the overdue
steps by owner, each with a bar chart. It loads nothing from anywhere (mail it or put it on
a share), reads without colour and prints on A4.

  --out REPORT   the .html file to write (replaced atomically)
  --today DATE   count overdue steps as of this day (default: today)

Example:
  trellis report teams/ --out report.html

Exit status: 0 clean; 2 some rows have an unknown status or a due date that is not a date, a person
is planned in two files, or a file was passed over (the page is still written); 1 nothing written.`;

const OPTIONS = { out: { type: 'string', short: 'o' }, today: { type: 'string' } } as const;

/** The --out file, which must be an .html page: a report written over a .csv would be lost to the next reader. */
function htmlOut(value: string | boolean | undefined): string {
  if (typeof value !== 'string' || value === '') throw new UserError('needs --out with the page to write, like --out report.html');
  if (!/\.html?$/i.test(value)) {
    throw new UserError(`--out ${value}: the report is a web page; give a file ending in .html, like --out report.html`);
  }
  return value;
}

/** `trellis report`: plans tables in (read, checked and counted once per person as by trellis status), the report page (contract 10) out. */
export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (positionals.length === 0) throw new UserError('needs a plans file or folder, like plans.csv (--help shows how)');
  const out = htmlOut(values.out);
  const today = todayFrom(values.today);

  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r${line}\x1b[K`) : undefined;
  const wanted = { status: false, tally: true };
  const inputs = await readStatusInputs(positionals, today, { progress, wanted, threads: process.env.TRELLIS_THREADS });
  for (const line of inputs.problems) io.stderr(line);
  const tallies = inputs.tallies;
  if (tallies.length === 0) throw new UserError(`${positionals.join(', ')}: no rows with an Email or Key, so there is nobody to report on`);
  const model = reportOf(tallies, today);

  const release = await lockOutput(out, { onWait: io.stderr });
  try {
    await emit(io, [reportHtml(model)], out);
  } finally {
    release();
  }
  io.stderr(`Wrote the report on ${plural(model.totals.people, 'person', 'people')} to ${out}.`);
  return inputs.someRejected ? EXIT.someRejected : EXIT.clean;
}
