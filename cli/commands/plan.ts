import { existsSync, statSync } from 'node:fs';
import { planWithin } from '../../shared/plan';
import { groupByPerson, readPlansTable, plansTableToGrid, type PlansTable } from '../../shared/plans-table';
import { refreshPlans } from '../../shared/refresh';
import { plural } from '../../shared/plural';
import { leftReasons } from '../../shared/refresh-left';
import { readRoster, type RosterResult } from '../../shared/roster';
import { planToMarkdown, planToText, writtenPlan } from '../../shared/written-plan';
import type { PlanRow } from '../../shared/types';
import { OUTPUT_OPTIONS, oneFile, parse, todayFrom } from '../args';
import { UserError } from '../../shared/user-error';
import { EXIT, fatalIn } from '../errors';
import { type Format, isDocument } from '../formats';
import { delimiterHint } from '../io/delimiter-hint';
import { isGuarded, readGrid } from '../io/read-grid';
import { MAX_PEOPLE, tooLargeToWrite, tooManyPeople } from '../io/limits';
import { lockOutput } from '../io/output-lock';
import { MAX_BYTES } from '../io/read-file';
import { writeAtomic } from '../io/write-atomic';
import { emit, renderGrid, type Io } from '../output';
import { planOutputs } from '../plan-outputs';
import { refreshedLine, refreshWarnings } from '../refresh-report';
import { terminalText } from '../terminal';

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

/** `trellis plan`: roster in, plans table (or written plans) out; refreshes an existing --out without losing a row. */
export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('plan', argv, { ...OUTPUT_OPTIONS, written: { type: 'string' } });
  const rosterPath = oneFile('plan', positionals, 'roster', 'roster.csv');
  const today = todayFrom(values.today);
  const { out, format, writtenPath } = planOutputs(values);

  const grid = await readGrid(rosterPath, ['csv', 'xlsx'], 'Roster');
  const roster = readRoster(grid);
  // Every row problem is told first, so a roster whose rows were all rejected says why.
  for (const p of roster.problems) io.stderr(`${rosterPath}:${p.cell}: ${p.message}`);
  if (roster.fatal) throw fatalIn(rosterPath, { ...roster.fatal, message: roster.fatal.message + delimiterHint(grid) });
  if (roster.people.length > MAX_PEOPLE) throw new UserError(tooManyPeople(rosterPath, roster.people.length));

  // The lock is held from reading the existing --out to replacing it: a second run waits, then refreshes this one's file.
  const releases = [];
  try {
    if (out) releases.push(await lockOutput(out, { onWait: io.stderr }));
    if (writtenPath) releases.push(await lockOutput(writtenPath, { onWait: io.stderr }));
    return await planInto(io, { rosterPath, roster, out, format, writtenPath, today });
  } finally {
    for (const release of releases) release();
  }
}

interface PlanJob {
  rosterPath: string;
  roster: RosterResult;
  out: string | undefined;
  format: Format;
  writtenPath: string | undefined;
  today: string;
}

/** Plans (or refreshes) and writes; every message about the result comes after the file is in place. */
async function planInto(io: Io, { rosterPath, roster, out, format, writtenPath, today }: PlanJob): Promise<number> {
  const planned = planWithin(roster.people, today, MAX_BYTES);
  if (!planned) throw new UserError(tooLargeToWrite(out));
  let table: PlansTable = { rows: planned, extraHeaders: [] };
  const after: string[] = [];
  // An empty --out holds nothing anyone typed: it is written as new.
  if (out && !isDocument(format) && existsSync(out) && statSync(out).size > 0) {
    const existing = readPlansTable(await readGrid(out, ['csv', 'json'], 'Plans'), { guarded: isGuarded(out) });
    if (existing.fatal) {
      throw new UserError(`${out}: ${existing.fatal.message}; it was left untouched: choose another --out or move that file`);
    }
    const result = refreshPlans(existing.table, table.rows);
    table = result.table;
    const facts = { ...result, kept: existing.table.rows.length, left: leftReasons(result.left, roster.rejectedEmails) };
    for (const line of refreshWarnings(out, facts)) io.stderr(line);
    after.push(refreshedLine(out, facts));
  } else if (out) {
    after.push(`Planned ${plural(roster.people.length, 'person', 'people')} (${plural(table.rows.length, 'step', 'steps')}) into ${out}.`);
  }

  const chunks = isDocument(format) ? [terminalText(writtenPlans(table.rows, today, format))] : renderGrid(plansTableToGrid(table), format);
  // A plans table is written only if every Trellis command can read it back.
  await emit(io, chunks, out, isDocument(format) ? {} : { maxBytes: MAX_BYTES, tooLarge: (bytes) => tooLargeToWrite(out, bytes) });
  if (writtenPath) {
    await writeAtomic(writtenPath, [terminalText(writtenPlans(table.rows, today, 'md'))]);
    after.push(`Wrote the written plans to ${writtenPath}.`);
  }
  for (const line of after) io.stderr(line);
  const problems = roster.problems.length;
  if (problems > 0)
    io.stderr(`${plural(problems, 'problem', 'problems')} in ${rosterPath}: those rows were left out; fix them and run again.`);
  return problems > 0 ? EXIT.someRejected : EXIT.clean;
}

function writtenPlans(rows: readonly PlanRow[], today: string, format: 'md' | 'text'): string {
  const render = format === 'md' ? planToMarkdown : planToText;
  const separator = format === 'md' ? '\n---\n\n' : '\n\n';
  return groupByPerson(rows)
    .map((person) => render(writtenPlan(person, today)))
    .join(separator);
}
