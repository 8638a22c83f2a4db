import { existsSync, statSync } from 'node:fs';
import { frameworkPaths, frameworkStepOf } from '../../shared/framework/plan-steps';
import { planWithin } from '../../shared/plan';
import { groupByPerson, personOf, readPlansTable, plansTableToGrid, type PlansTable } from '../../shared/plans-table';
import { refreshPlans } from '../../shared/refresh';
import { plural } from '../../shared/plural';
import { leftReasons } from '../../shared/refresh-left';
import { readRoster, type RosterResult } from '../../shared/roster';
import { targetDateGaps } from '../../shared/written-goals';
import { planToMarkdown, planToText, writtenPlan } from '../../shared/written-plan';
import { PLAN_HEADERS, type PlanRow } from '../../shared/types';
import { OUTPUT_OPTIONS, oneFile, parse, todayFrom } from '../args';
import { UserError } from '../../shared/user-error';
import { EXIT, fatalIn } from '../errors';
import { type Format, isDocument } from '../formats';
import { type FrameworkInput, readFrameworkInput } from '../framework-input';
import { delimiterHint } from '../io/delimiter-hint';
import { isGuarded, readGrid } from '../io/read-grid';
import { MAX_PEOPLE, tooLargeToWrite, tooManyPeople } from '../io/limits';
import { lockOutput } from '../io/output-lock';
import { MAX_BYTES } from '../io/read-file';
import { writeAtomic } from '../io/write-atomic';
import { emit, renderGrid, type Io } from '../output';
import { type PlanGoals, readPlanGoals, rolesOf, targetDateLines } from '../plan-goals';
import { planOutputs } from '../plan-outputs';
import { applyPlanUpdates, type PlanUpdates, readPlanUpdates, updatesProblemLines } from '../plan-updates';
import { pathChangeLines, refreshedLine, refreshWarnings } from '../refresh-report';
import { terminalText } from '../terminal';

export const PLAN_HELP = `Usage: trellis plan ROSTER [--goals GOALS] [--out PLANS] [--today YYYY-MM-DD] [--format csv|json|md|text] [--written FILE]
                    [--updates FILE] [--framework FOLDER|FILE.xlsx]

Turns a roster (.csv, or .xlsx: the sheet named Roster, else the first) into a written plan per person,
one row per step with its owner, due date and status.

  --out PLANS     write the plans table to this file instead of stdout. If it exists, it is refreshed:
                  every row already there is kept exactly as it is, and only new steps and people are added.
  --today DATE    count due dates from this day (default: today)
  --format F      csv (default), json, md (each person's written plan as a document) or text
                  (default: from the --out file's extension)
  --written FILE  also write each person's written plan as Markdown to FILE, from the final plans table
  --goals GOALS   the career goals table (.csv or .xlsx; trellis goals writes one): each written plan opens with
                  the person's goals in their own words, and is a draft until they are written down. Without
                  --goals, an .xlsx roster's sheet named Career goals is read, if it has one.
  --updates FILE  with --out: after the refresh, apply the status updates the Calendar extension exported (a CSV of
                  Key, Status was, Status, Changed on, Note). A step's Status changes only if it still is what the
                  extension saw; every other update is skipped and told with its cell, and the exit status is 2.
  --framework F   plan with your company's career framework (contract section 12): a folder holding levels.csv and
                  steps.csv, or an .xlsx file with sheets Levels and Steps (trellis framework --out writes the
                  defaults to edit). Targets come from its ladder and steps from its paths; a row with a problem
                  is told with its cell and left out.

Exit status: 0 all rows planned; 2 some rows of the roster, of GOALS or of the framework rejected (the rest used),
or a manager email to fill in (that person is planned); 1 nothing written.
Problems go to stderr, one a line, with the cell they are in: roster.csv:B7: duplicate email ...
A Target date more than 30 days from the plan's own date for the title or scope review is told with that Due
cell; neither date is changed.`;

/** `trellis plan`: roster in, plans table (or written plans) out; refreshes an existing --out without losing a row. */
export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...OUTPUT_OPTIONS,
    written: { type: 'string' },
    goals: { type: 'string' },
    updates: { type: 'string' },
    framework: { type: 'string' },
  });
  const rosterPath = oneFile(positionals, 'roster', 'roster.csv');
  const today = todayFrom(values.today);
  const { out, format, writtenPath } = planOutputs(values);

  // The framework first: a path it adds is one the roster's Path column accepts.
  const framework = typeof values.framework === 'string' ? await readFrameworkInput(values.framework, io.stderr) : undefined;
  const grid = await readGrid(rosterPath, ['csv', 'xlsx'], 'Roster');
  const roster = readRoster(grid, framework ? frameworkPaths(framework.framework.steps).newPaths : []);
  // Every row problem is told first, so a roster whose rows were all rejected says why.
  for (const p of roster.problems) io.stderr(`${rosterPath}:${p.cell}: ${p.message}`);
  if (roster.fatal) throw fatalIn(rosterPath, { ...roster.fatal, message: roster.fatal.message + delimiterHint(grid) });
  if (roster.people.length > MAX_PEOPLE) throw new UserError(tooManyPeople(rosterPath, roster.people.length));
  const goalsPath = typeof values.goals === 'string' ? values.goals : undefined;
  const goals = await readPlanGoals(goalsPath, rosterPath, roster.people);
  for (const line of goals?.problems ?? []) io.stderr(line);
  const updates = await readPlanUpdates(values.updates, out, format);
  for (const line of updates ? updatesProblemLines(updates) : []) io.stderr(line);

  // The lock is held from reading the existing --out to replacing it: a second run waits, then refreshes this one's file.
  const releases = [];
  try {
    if (out) releases.push(await lockOutput(out, { onWait: io.stderr }));
    if (writtenPath) releases.push(await lockOutput(writtenPath, { onWait: io.stderr }));
    return await planInto(io, { rosterPath, roster, goals, out, format, writtenPath, today, updates, framework });
  } finally {
    for (const release of releases) release();
  }
}

interface PlanJob {
  rosterPath: string;
  roster: RosterResult;
  goals: PlanGoals | undefined;
  out: string | undefined;
  format: Format;
  writtenPath: string | undefined;
  today: string;
  updates: PlanUpdates | undefined;
  framework: FrameworkInput | undefined;
}

/** Plans (or refreshes) and writes; every message about the result comes after the file is in place. */
async function planInto(io: Io, job: PlanJob): Promise<number> {
  const { rosterPath, roster, goals, out, format, writtenPath, today } = job;
  const planned = planWithin(roster.people, today, MAX_BYTES, job.framework?.framework);
  if (!planned) throw new UserError(tooLargeToWrite(out));
  let table: PlansTable = { rows: planned, extraHeaders: [] };
  const after: string[] = [];
  // An empty --out holds nothing anyone typed: it is written as new.
  if (out && !isDocument(format) && existsSync(out) && statSync(out).size > 0) {
    const existing = readPlansTable(await readGrid(out, ['csv', 'json'], 'Plans'), { guarded: isGuarded(out) });
    if (existing.fatal) {
      throw new UserError(`${out}: ${existing.fatal.message}; it was left untouched: choose another --out or move that file`);
    }
    const result = refreshPlans(existing.table, table.rows, today, job.framework?.framework);
    table = result.table;
    const facts = { ...result, kept: existing.table.rows.length, left: leftReasons(result.left, roster.rejectedEmails) };
    for (const line of refreshWarnings(out, facts)) io.stderr(line);
    after.push(
      ...pathChangeLines(out, result.pathChanges, existing.table),
      refreshedLine(out, { ...facts, closed: result.updates.length }),
    );
  } else if (out) {
    after.push(`Planned ${plural(roster.people.length, 'person', 'people')} (${plural(table.rows.length, 'step', 'steps')}) into ${out}.`);
  }
  let notApplied = 0;
  if (job.updates && out) {
    const applied = applyPlanUpdates(table, job.updates, out);
    table = applied.table;
    after.push(...applied.lines);
    notApplied = applied.notApplied;
  }

  const documents = (as: 'md' | 'text') => terminalText(writtenPlans(table.rows, job, as));
  const chunks = isDocument(format) ? [documents(format)] : renderGrid(plansTableToGrid(table), format);
  // A plans table is written only if every Trellis command can read it back.
  await emit(io, chunks, out, isDocument(format) ? {} : { maxBytes: MAX_BYTES, tooLarge: (bytes) => tooLargeToWrite(out, bytes) });
  if (writtenPath) {
    await writeAtomic(writtenPath, [documents('md')]);
    after.push(`Wrote the written plans to ${writtenPath}.`);
  }
  for (const line of after) io.stderr(line);
  if (goals) {
    // A cell is named in a CSV plans file; in JSON or a document there is none, so the goals' Target date cell is.
    const plansFile = out && format === 'csv' ? out : undefined;
    const gaps = targetDateGaps(table.rows, goals.goalsOf);
    for (const line of targetDateLines(gaps, goals, plansFile, PLAN_HEADERS.indexOf('Due'))) io.stderr(line);
  }
  // A row planned with a cell to fill in is told once it is planned: a fatal run says only why it stopped.
  for (const w of roster.warnings) io.stderr(`${rosterPath}:${w.cell}: ${w.message}`);
  if (roster.notice) io.stderr(`${rosterPath} has ${roster.notice}`);
  const problems = roster.problems.length;
  if (problems > 0)
    io.stderr(`${plural(problems, 'problem', 'problems')} in ${rosterPath}: those rows were left out; fix them and run again.`);
  const warnings = roster.warnings.length;
  if (warnings > 0)
    io.stderr(
      `${plural(warnings, 'cell', 'cells')} in ${rosterPath} to fill in: those people are planned, but their manager's steps have no named owner or no owner email; fill them in and run again.`,
    );
  const goalsProblems = goals?.problems.length ?? 0;
  if (goalsProblems > 0) {
    io.stderr(
      `${plural(goalsProblems, 'problem', 'problems')} in ${goals!.source}: those rows or dates were ignored; fix them and run again.`,
    );
  }
  const frameworkProblems = job.framework?.problems.length ?? 0;
  if (frameworkProblems > 0) {
    io.stderr(`${plural(frameworkProblems, 'problem', 'problems')} in the framework: those rows were left out; fix them and run again.`);
  }
  return problems + warnings + goalsProblems + notApplied + frameworkProblems > 0 ? EXIT.someRejected : EXIT.clean;
}

/** Every person's written plan, with their current role from the roster and their goals. */
function writtenPlans(rows: readonly PlanRow[], { roster, goals, today, framework }: PlanJob, format: 'md' | 'text'): string {
  const render = format === 'md' ? planToMarkdown : planToText;
  const separator = format === 'md' ? '\n---\n\n' : '\n\n';
  const roles = rolesOf(roster.people);
  const stepOf = framework && frameworkStepOf(framework.framework.steps);
  return groupByPerson(rows)
    .map((person) => {
      const identity = personOf(person[0]!);
      return render(writtenPlan(person, today, { role: roles.get(identity), goals: goals?.goalsOf(identity), stepOf }));
    })
    .join(separator);
}
