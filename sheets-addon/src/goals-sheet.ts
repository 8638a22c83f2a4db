/// <reference types="google-apps-script" />
import {
  GOALS_HEADERS,
  goalsNotOnRoster,
  goalsTemplateRows,
  newGoalsPeople,
  readGoals,
  type GoalsField,
  type GoalsResult,
} from '../../shared/goals';
import { plural } from '../../shared/plural';
import type { Problem } from '../../shared/types';
import { ensureSize, styleHeader, writeGrid } from './sheet-io';
import { coreGrid, textCell, type DayOf } from './values';
import { CAREER_GOALS } from './words';

// The Career goals sheet (contract section 8): one row a person, in their own words. Trellis makes it with a row for
// everyone on the roster, and later only adds rows at the end for people new to the roster: it never writes a cell
// that is already there, so every answer, date, colour and formula a person put in stays exactly as it was.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Columns = Partial<Record<GoalsField, number>>;

/** The Career goals sheet as read once: its cells as the core reads them, and the table, when it has one. */
export interface GoalsSheet {
  sheet: Sheet | null;
  cells: unknown[][];
  /** Undefined when there is no sheet, or nothing in it (it is then written as new). */
  read?: GoalsResult;
}

/** Where a new sheet has the columns Trellis writes or formats (GOALS_HEADERS' order). */
const CONTRACT_COLUMNS: Columns = { email: 0, person: 1, conversationDate: 2, targetDate: 12 };
const DATE_FORMAT = 'yyyy-mm-dd';
/** Reads the Career goals sheet in one call (nothing when there is none). */
export function readGoalsSheet(ss: Spreadsheet, dayOf: DayOf): GoalsSheet {
  const sheet = ss.getSheetByName(CAREER_GOALS);
  if (!sheet) return { sheet, cells: [] };
  const cells = coreGrid(sheet.getDataRange().getValues(), dayOf);
  const read = readGoals(cells);
  // A sheet with nothing typed in it has no header row: it is written as new, as an empty Plans sheet is.
  return { sheet, cells, read: read.headerRow === 0 ? undefined : read };
}

/** What is wrong in the sheet, each with its cell: the table's own problems, then rows for people off the roster. */
export function goalsSheetProblems(goals: GoalsSheet, people: readonly { email: string }[]): Problem[] {
  const { read } = goals;
  if (!read) return [];
  if (read.fatal) {
    return [{ cell: read.fatal.cell, message: `${read.fatal.message}, so the sheet was left as it is; put the Email header back` }];
  }
  const away = goalsNotOnRoster(read.rows, people).map((row) => ({
    cell: row.emailCell,
    message: `${row.goals.email} is not on the roster; the row is kept as it is, and used for no plan`,
  }));
  return [...read.problems, ...away];
}

/** What keeping the sheet in step did. */
export interface GoalsStep {
  /** The sheet, when there is one now. */
  sheet: Sheet | null;
  created: boolean;
  added: number;
}

/** Makes the sheet for everyone on the roster, or adds rows at its end for people who have none; writes nothing else. */
export function keepGoalsInStep(ss: Spreadsheet, goals: GoalsSheet, people: readonly { name: string; email: string }[]): GoalsStep {
  if (goals.read?.fatal) return { sheet: goals.sheet, created: false, added: 0 };
  if (!goals.sheet || !goals.read) {
    const sheet = goals.sheet ?? ss.insertSheet(CAREER_GOALS);
    const width = GOALS_HEADERS.length;
    const rows = goalsTemplateRows(people, CONTRACT_COLUMNS, width).map((row) => row.map(textCell));
    const maxRows = writeGrid(sheet, [[...GOALS_HEADERS], ...rows], width);
    styleHeader(sheet, 1, width);
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, width, 220);
    for (const column of [CONTRACT_COLUMNS.conversationDate!, CONTRACT_COLUMNS.targetDate!]) sheet.setColumnWidth(column + 1, 120);
    formatRows(sheet, CONTRACT_COLUMNS, 2, maxRows - 1, width);
    return { sheet, created: true, added: people.length };
  }
  const added = newGoalsPeople(goals.read.rows, people);
  const width = Math.max(1, ...goals.cells.map((row) => row.length));
  appendGoalsRows(
    goals,
    goalsTemplateRows(added, goals.read.columns, width).map((row) => row.map(textCell)),
  );
  return { sheet: goals.sheet, created: false, added: added.length };
}

/**
 * Writes rows below the last row with anything in it, in one call; returns the first one's row number. The rows below
 * the table have their formats already; rows the sheet grows by take those of the row above.
 */
export function appendGoalsRows(goals: GoalsSheet, rows: readonly unknown[][]): number {
  const first = goals.cells.length + 1;
  if (!goals.sheet || rows.length === 0) return first;
  const width = rows[0]!.length;
  ensureSize(goals.sheet, first + rows.length - 1, width);
  goals.sheet.getRange(first, 1, rows.length, width).setValues(rows as unknown[][]);
  return first;
}

/**
 * The look of a new sheet's rows, down to its last: dates as dates (the rule warns, never refuses: "next spring"
 * stays, and the refresh reports it with its cell), long answers wrapped and read from the top.
 */
function formatRows(sheet: Sheet, columns: Columns, first: number, count: number, width: number): void {
  if (count < 1) return;
  const rows = sheet.getRange(first, 1, count, width);
  rows.setWrap(true);
  rows.setVerticalAlignment('top');
  const rule = SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(true)
    .setHelpText('A date, for example 2026-09-30.')
    .build();
  for (const field of ['conversationDate', 'targetDate'] as const) {
    const column = columns[field];
    if (column === undefined) continue;
    const dates = sheet.getRange(first, column + 1, count, 1);
    dates.setNumberFormat(DATE_FORMAT);
    dates.setDataValidation(rule);
  }
}

/** What the refresh's toast says of Career goals: nothing when nothing changed there and nothing is wrong. */
export function goalsSummary(step: GoalsStep, problems: number): string {
  let said = '';
  if (step.created) said = ` ${CAREER_GOALS} is ready for the career conversations, one row a person.`;
  else if (step.added > 0) said = ` Added ${plural(step.added, 'person', 'people')} to ${CAREER_GOALS}.`;
  if (problems > 0) said += ` ${plural(problems, 'problem', 'problems')} in ${CAREER_GOALS}; see the list.`;
  return said;
}
