/// <reference types="google-apps-script" />
import { a1 } from '../../shared/a1';
import { emailIdentity } from '../../shared/email';
import type { CareerGoals } from '../../shared/goals';
import { readPlansTable } from '../../shared/plans-table';
import type { Problem } from '../../shared/types';
import { targetDateGaps, targetDateMessage } from '../../shared/written-goals';
import type { GoalsSheet } from './goals-sheet';
import { coreGrid, type DayOf } from './values';
import { CAREER_GOALS, PLANS } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Contract section 8's Target date rule, after a refresh: each scope-or-title review step whose Due is more than 30
 * days from the person's Target date, told with that Due cell in Plans. Neither date is changed. Plans is read once,
 * and only when someone in Career goals has a Target date.
 */
export function targetDateProblems(ss: Spreadsheet, goals: GoalsSheet, dayOf: DayOf): Problem[] {
  const rows = goals.read && !goals.read.fatal ? goals.read.rows : [];
  const dated = new Map<string, CareerGoals>(rows.filter((row) => row.goals.targetDate).map((row) => [row.identity, row.goals]));
  const sheet = dated.size > 0 ? ss.getSheetByName(PLANS) : null;
  if (!sheet) return [];
  const read = readPlansTable(coreGrid(sheet.getDataRange().getValues(), dayOf));
  const due = read.table.sourceColumns?.due;
  if (read.fatal || due === undefined) return [];
  const sourceRows = read.table.sourceRows ?? [];
  return targetDateGaps(read.table.rows, (identity) => dated.get(emailIdentity(identity))).map((gap) => ({
    cell: a1(due, sourceRows[gap.index]!),
    message: targetDateMessage(gap, CAREER_GOALS),
  }));
}
