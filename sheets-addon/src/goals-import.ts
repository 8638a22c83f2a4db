/// <reference types="google-apps-script" />
import { a1 } from '../../shared/a1';
import type { CareerGoals, GoalsField, GoalsResult } from '../../shared/goals';
import { mergeGoalsIntoTable, type GoalsCellWrite, type GoalsTableMerge } from '../../shared/goals-merge';
import { readPastedGoals } from '../../shared/goals-paste';
import { readRoster } from '../../shared/roster';
import { emailIdentity } from '../../shared/email';
import { newPathsOf, readFrameworkSheets } from './framework-sheets';
import { cellBlocks } from './goals-blocks';
import { askText, conflictKey, conflictView, doneText, type ConflictView, type ImportProblem } from './goals-import-report';
import { appendGoalsRows, keepGoalsInStep, readGoalsSheet, type GoalsSheet } from './goals-sheet';
import { underLock } from './lock';
import { dayIn } from './sheet-io';
import { coreGrid, textCell, type DayOf } from './values';
import { CAREER_GOALS, ROSTER, TITLE } from './words';

// Paste or upload career goals: the text is read and merged on the server with the core's rules (goals-paste.ts,
// goals-merge.ts); blank cells are filled and new people added, and a cell holding other text is replaced only when
// the person said so for exactly that cell and text (the keys the dialog sends back).

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type ImportResult =
  | { status: 'error'; message: string }
  | { status: 'ask'; question: string; conflicts: ConflictView[] }
  | { status: 'done'; summary: string; problems: ImportProblem[] };

/** What the dialog asks for: the text, and after a question, the keys it showed and the answer. */
export interface ImportRequest {
  text: string;
  seen?: readonly string[];
  replace?: boolean;
}

const DATE_FIELDS: readonly GoalsField[] = ['conversationDate', 'targetDate'];

/** A value as written: an ISO day typed into the cell so Sheets makes it a date cell; any other text kept as text. */
const cellValue = (field: GoalsField, value: string) => (DATE_FIELDS.includes(field) ? value : textCell(value));

/** The people on the roster, or undefined when there is no roster to check against. */
function rosterPeople(ss: Spreadsheet, dayOf: DayOf): { email: string; name: string }[] | undefined {
  const sheet = ss.getSheetByName(ROSTER);
  // A new path the career framework adds is one the roster accepts: its people are on the roster like anyone.
  const roster = sheet
    ? readRoster(coreGrid(sheet.getDataRange().getValues(), dayOf), newPathsOf(readFrameworkSheets(ss, dayOf)))
    : undefined;
  return roster && !roster.fatal ? roster.people : undefined;
}

/** The Career goals sheet, made first (from the roster) when there is none; an error when it cannot be used. */
function goalsTable(ss: Spreadsheet, dayOf: DayOf, people: readonly { email: string; name: string }[]): GoalsSheet & { read: GoalsResult } {
  let goals = readGoalsSheet(ss, dayOf);
  if (!goals.read) {
    keepGoalsInStep(ss, goals, people);
    goals = readGoalsSheet(ss, dayOf);
  }
  if (!goals.sheet || !goals.read) throw new Error('the Career goals sheet could not be made');
  return goals as GoalsSheet & { read: GoalsResult };
}

/** New people's rows in the sheet's own columns. */
function newRows(added: readonly CareerGoals[], table: GoalsResult, width: number): unknown[][] {
  return added.map((goals) => {
    const row: unknown[] = new Array(width).fill('');
    for (const [field, column] of Object.entries(table.columns) as [GoalsField, number][]) row[column] = cellValue(field, goals[field]);
    return row;
  });
}

/** Paste or upload career goals, one round: an error, a question about the cells that differ, or what was done. */
export function importGoals(ss: Spreadsheet, request: ImportRequest, lock: GoogleAppsScript.Lock.Lock): ImportResult {
  const pasted = readPastedGoals(request.text);
  if (!pasted.ok) return { status: 'error', message: pasted.message };
  return underLock(lock, () => {
    const dayOf = dayIn(ss.getSpreadsheetTimeZone());
    const people = rosterPeople(ss, dayOf);
    const goals = goalsTable(ss, dayOf, people ?? []);
    if (goals.read.fatal) {
      return {
        status: 'error',
        message: `${CAREER_GOALS} has ${goals.read.fatal.message}, so nothing was added. Put the Email header back, then try again.`,
      };
    }
    const merge = mergeGoalsIntoTable(goals.cells, goals.read, pasted.read.rows);
    const seen = new Set(request.seen ?? []);
    if (merge.conflicts.length > 0 && (request.replace === undefined || merge.conflicts.some((c) => !seen.has(conflictKey(c))))) {
      return {
        status: 'ask',
        question: askText(merge.conflicts.length, merge.fills.length, merge.added.length),
        conflicts: merge.conflicts.map(conflictView),
      };
    }
    const writes: GoalsCellWrite[] = [...merge.fills, ...(request.replace ? merge.conflicts : [])];
    for (const block of cellBlocks(writes.map((w) => ({ row: w.row, column: w.column, value: cellValue(w.field, w.value) })))) {
      goals.sheet!.getRange(block.row, block.column + 1, block.values.length, block.values[0]!.length).setValues(block.values);
    }
    const width = Math.max(1, ...goals.cells.map((row) => row.length));
    const firstNew = appendGoalsRows(goals, newRows(merge.added, goals.read, width));
    goals.sheet!.activate();
    const summary = doneText({
      filled: merge.fills.length,
      people: new Set(merge.fills.map((f) => f.row)).size,
      added: merge.added.length,
      replaced: request.replace ? merge.conflicts.length : 0,
      kept: request.replace ? 0 : merge.conflicts.length,
    });
    ss.toast(summary, TITLE, 10);
    return { status: 'done', summary, problems: importProblems(pasted.problems, merge, goals, firstNew, people) };
  });
}

/** The pasted text's problems, columns the sheet lacks, and people added who are not on the roster. */
function importProblems(
  pastedProblems: readonly { cell: string; message: string }[],
  merge: GoalsTableMerge,
  goals: GoalsSheet & { read: GoalsResult },
  firstNew: number,
  people: readonly { email: string }[] | undefined,
): ImportProblem[] {
  const problems: ImportProblem[] = pastedProblems.map((p) => ({
    cell: p.cell,
    message: `${p.message} (in what you added)`,
    inSheet: false,
  }));
  for (const header of merge.noColumn) {
    problems.push({
      cell: '',
      message: `${CAREER_GOALS} has no ${header} column, so those answers were left out; add the column back to keep them.`,
      inSheet: false,
    });
  }
  if (!people) return problems;
  const onRoster = new Set(people.map((p) => emailIdentity(p.email)));
  const email = goals.read.columns.email ?? 0;
  merge.added.forEach((g, i) => {
    if (!onRoster.has(emailIdentity(g.email)))
      problems.push({
        cell: a1(email, firstNew + i),
        message: `${g.email} is not on the roster; the row was added, and is used for no plan until they are`,
        inSheet: true,
      });
  });
  return problems;
}
