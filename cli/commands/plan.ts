import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { planAll } from '../../shared/plan';
import { groupByPerson, readPlansTable, plansTableToGrid, type PlansTable } from '../../shared/plans-table';
import { refreshPlans } from '../../shared/refresh';
import { readRoster } from '../../shared/roster';
import { planToMarkdown, planToText, writtenPlan } from '../../shared/written-plan';
import type { PlanRow } from '../../shared/types';
import { formatFrom, outFrom, parse, todayFrom } from '../args';
import { EXIT, fatalIn, UserError } from '../errors';
import { readGrid } from '../io/read-grid';
import { writeAtomic } from '../io/write-atomic';
import { emit, renderGrid, type Io } from '../output';

export const PLAN_HELP = `Usage: trellis plan ROSTER [--out PLANS] [--today YYYY-MM-DD] [--format csv|json|md|text] [--written FILE]

Turns a roster (.csv, or .xlsx: the sheet named Roster, else the first) into a written plan per person,
one row per step with its owner, due date and status.

  --out PLANS     write the plans table to this file instead of stdout. If it exists, it is refreshed:
                  every row already there is kept exactly as it is, and only new steps and people are added.
  --today DATE    count due dates from this day (default: today)
  --format F      csv (default), json, md (each person's written plan as a document) or text
                  (default: from the --out file's extension)
  --written FILE  also write each person's written plan as Markdown to FILE, from the final plans table

Exit status: 0 all rows planned; 2 some rows rejected (the rest written); 1 nothing written.
Problems go to stderr, one a line, with the cell they are in: roster.csv:B7: duplicate email ...`;

type Format = 'csv' | 'json' | 'md' | 'text';

const FORMAT_BY_EXTENSION: Record<string, Format> = { '.json': 'json', '.md': 'md', '.txt': 'text' };

/** `trellis plan`: roster in, plans table (or written plans) out; refreshes an existing --out without losing a row. */
export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('plan', argv, {
    out: { type: 'string', short: 'o' },
    today: { type: 'string' },
    format: { type: 'string', short: 'f' },
    written: { type: 'string' },
  });
  if (values.help) {
    io.stdout(`${PLAN_HELP}\n`);
    return EXIT.clean;
  }
  const [rosterPath, ...extra] = positionals;
  if (!rosterPath) throw new UserError('trellis plan needs a roster file: trellis plan roster.csv (see trellis plan --help)');
  if (extra.length > 0) throw new UserError(`trellis plan takes one roster file; also got ${extra.join(' ')}`);
  const out = outFrom(values.out);
  const today = todayFrom(values.today);
  const format = formatFrom<Format>(values.format, ['csv', 'json', 'md', 'text'], (out && FORMAT_BY_EXTENSION[extname(out).toLowerCase()]) || 'csv');

  if (out && (format === 'md' || format === 'text') && existsSync(out) && ['.csv', '.json'].includes(extname(out).toLowerCase())) {
    // A plans table is refreshed, never replaced: a document written over it would lose every edit in it.
    throw new UserError(`${out} already exists and --format ${format} would replace it with a document; it was left untouched: use --written FILE, or an --out ending .md or .txt`);
  }

  const writtenPath = values.written as string | undefined;
  if (writtenPath !== undefined && !/\.(md|markdown|txt)$/i.test(writtenPath)) {
    // --written replaces its file with a document: a name ending .csv could be someone's plans table.
    throw new UserError(`--written ${writtenPath}: the written plans are Markdown; give a file name ending .md`);
  }

  const grid = await readGrid(rosterPath, ['csv', 'xlsx'], 'Roster');
  const roster = readRoster(grid);
  // Every row problem is told first, so a roster whose rows were all rejected says why.
  for (const p of roster.problems) io.stderr(`${rosterPath}:${p.cell}: ${p.message}`);
  if (roster.fatal) throw fatalIn(rosterPath, { ...roster.fatal, message: roster.fatal.message + delimiterHint(grid) });

  let table: PlansTable = { rows: planAll(roster.people, today), extraHeaders: [] };
  let refreshed = false;
  // An empty --out holds nothing anyone typed: it is written as new.
  if (out && (format === 'csv' || format === 'json') && existsSync(out) && statSync(out).size > 0) {
    const existing = readPlansTable(await readGrid(out, ['csv', 'json'], 'Plans'));
    if (existing.fatal) {
      throw new UserError(`${out}: ${existing.fatal.message}; it was left untouched: choose another --out or move that file`);
    }
    const result = refreshPlans(existing.table, table.rows);
    table = result.table;
    refreshed = true;
    const rejected = new Set(roster.rejectedEmails);
    for (const person of result.left) {
      const rows = `${person.rows} row${person.rows === 1 ? '' : 's'}`;
      io.stderr(
        rejected.has(person.email)
          ? `${out}: ${person.person || person.email} (${person.email}) has a rejected roster row; their ${rows} are kept as they are`
          : `${out}: ${person.person || person.email} (${person.email}) is no longer on the roster; their ${rows} are kept`,
      );
    }
    for (const key of result.duplicateKeys) io.stderr(`${out}: the key ${key} is on more than one row; both rows are kept`);
    io.stderr(`Refreshed ${out}: kept ${existing.table.rows.length} rows, added ${result.added}.`);
  }

  const text =
    format === 'md' || format === 'text' ? writtenPlans(table.rows, today, format) : renderGrid(plansTableToGrid(table), format);
  const written = writtenPath ? writtenPlans(table.rows, today, 'md') : undefined;
  emit(io, text, out);
  if (writtenPath && written !== undefined) writeAtomic(writtenPath, written);

  const rejected = roster.problems.length > 0;
  const people = roster.people.length;
  if (out && !refreshed) io.stderr(`Planned ${people} ${people === 1 ? 'person' : 'people'} (${table.rows.length} steps) into ${out}.`);
  if (writtenPath) io.stderr(`Wrote the written plans to ${writtenPath}.`);
  if (rejected) io.stderr(`${roster.problems.length} problem${roster.problems.length === 1 ? '' : 's'} in ${rosterPath}: those rows were left out; fix them and run again.`);
  return rejected ? EXIT.someRejected : EXIT.clean;
}

function writtenPlans(rows: readonly PlanRow[], today: string, format: 'md' | 'text'): string {
  const render = format === 'md' ? planToMarkdown : planToText;
  const separator = format === 'md' ? '\n---\n\n' : '\n\n';
  return groupByPerson(rows).map((person) => render(writtenPlan(person, today))).join(separator);
}

/** A hint for a roster saved with semicolons or tabs, which reads as one column whose header names every field. */
function delimiterHint(grid: readonly (readonly unknown[])[]): string {
  const header = grid.find((row) => row.some((cell) => String(cell ?? '').trim() !== ''));
  if (!header || header.length !== 1) return '';
  const text = String(header[0]);
  if (text.includes(';')) return '; the file seems to use semicolons between columns: save it as CSV with commas';
  if (text.includes('\t')) return '; the file seems to use tabs between columns: save it as CSV with commas';
  return '';
}
