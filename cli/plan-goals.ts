import { a1 } from '../shared/a1';
import { emailIdentity } from '../shared/email';
import { type CareerGoals, type GoalsRow, goalsNotOnRoster, readGoals } from '../shared/goals';
import { type TargetDateGap, targetDateMessage } from '../shared/written-goals';
import { UserError } from '../shared/user-error';
import { readGrid, readNamedSheet } from './io/read-grid';

// The career goals `trellis plan` writes each person's plan around (contract section 8): from --goals GOALS, or from
// the roster workbook's sheet named Career goals. Every problem is told with its cell, prefixed by where it is.

const SHEET = 'Career goals';

/** The row number of an A1 cell. */
const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? 0);

/** The goals read for a plan: each roster person's by emailIdentity, and the problems met, as lines to print. */
export interface PlanGoals {
  /** The file (and sheet) the goals came from, as problems name it. */
  source: string;
  goalsOf: (identity: string) => CareerGoals | undefined;
  /** Where a person's Target date is, for a message when there is no plans file to point at. */
  targetCellOf: (identity: string) => string;
  problems: string[];
}

/**
 * The goals from `goalsPath`, else from an .xlsx roster's Career goals sheet, else none. A table that cannot be read
 * (no header, no Email column) is a UserError: nothing is written.
 */
export async function readPlanGoals(
  goalsPath: string | undefined,
  rosterPath: string,
  people: readonly { email: string }[],
): Promise<PlanGoals | undefined> {
  const cells = goalsPath ? await readGrid(goalsPath, ['csv', 'xlsx'], SHEET) : await readNamedSheet(rosterPath, SHEET);
  if (!cells) return undefined;
  const source = goalsPath ?? rosterPath;
  const where = (cell: string) => (goalsPath ? `${goalsPath}:${cell}` : `${rosterPath}:'${SHEET}'!${cell}`);
  const read = readGoals(cells);
  if (read.fatal) throw new UserError(`${where(read.fatal.cell)}: ${read.fatal.message}; nothing was written`);
  const away = new Set(goalsNotOnRoster(read.rows, people));
  const told = [
    ...read.problems,
    ...[...away].map((row) => ({ cell: row.emailCell, message: `${row.goals.email} is not on the roster; the row was ignored` })),
  ];
  // In the order of the rows, as a person reads the table.
  const problems = told.sort((a, b) => rowOf(a.cell) - rowOf(b.cell)).map((p) => `${where(p.cell)}: ${p.message}`);
  const byIdentity = new Map<string, GoalsRow>(read.rows.filter((row) => !away.has(row)).map((row) => [row.identity, row]));
  return {
    source,
    goalsOf: (identity) => byIdentity.get(identity)?.goals,
    targetCellOf: (identity) => {
      const row = byIdentity.get(identity);
      return row ? where(a1(read.columns.targetDate ?? 0, rowOf(row.emailCell))) : where('');
    },
    problems,
  };
}

/** The lines telling each Target date far from the plan's review Due: at the Due cell of `plansFile`, else the goals cell. */
export function targetDateLines(
  gaps: readonly TargetDateGap[],
  goals: PlanGoals,
  plansFile: string | undefined,
  dueColumn: number,
): string[] {
  return gaps.map((gap) => {
    const at = plansFile ? `${plansFile}:${a1(dueColumn, gap.index + 2)}` : goals.targetCellOf(gap.identity);
    return `${at}: ${targetDateMessage(gap, goals.source)}`;
  });
}

/** Each person's current role on the roster, by emailIdentity. */
export function rolesOf(people: readonly { email: string; role: string }[]): Map<string, string> {
  return new Map(people.map((p) => [emailIdentity(p.email), p.role]));
}
