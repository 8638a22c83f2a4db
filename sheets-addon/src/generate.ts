/// <reference types="google-apps-script" />
import { isBlankRow } from '../../shared/cells';
import { planAll } from '../../shared/plan';
import { readPlansTable } from '../../shared/plans-table';
import { refreshPlans, type RefreshResult } from '../../shared/refresh';
import { readRoster, type RosterResult } from '../../shared/roster';
import type { PlanRow } from '../../shared/types';
import { UserError } from './errors';
import { underLock } from './lock';
import { page } from './pages';
import { formatPlans } from './plans-format';
import { freshPlansGrid, refreshedPlansGrid, type PlansGrid } from './plans-grid';
import { refreshInPlace } from './plans-refresh';
import { notesWithProblems } from './problem-notes';
import { problemsPage } from './problems-page';
import { dayIn, readCells, sheetNamed, todayIn, writeGrid } from './sheet-io';
import { coreGrid, type DayOf } from './values';
import { count, NO_ROSTER, notPlansTable, PLANS, ROSTER, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Generate or refresh plans: Roster is read once, its problems are shown (a dialog, and a note on each cell) before
 * anything is written, then Plans is refreshed where it stands (plans-refresh.ts) or, when new or oddly laid out,
 * read and written whole; all under the document lock.
 */
export function generatePlans(ss: Spreadsheet, ui: Ui, lock: GoogleAppsScript.Lock.Lock): void {
  underLock(lock, () => {
    ss.toast('Reading the roster…', TITLE, 30);
    const timeZone = ss.getSpreadsheetTimeZone();
    const dayOf = dayIn(timeZone);
    const today = todayIn(timeZone);

    const rosterSheet = ss.getSheetByName(ROSTER);
    if (!rosterSheet) throw new UserError(NO_ROSTER);
    const rosterValues = rosterSheet.getDataRange().getValues();
    const roster = readRoster(coreGrid(rosterValues, dayOf));
    // Notes down to the sheet's last row: a row fixed by clearing it leaves our old note below the data.
    const notesRange = rosterSheet.getRange(1, 1, rosterSheet.getMaxRows(), Math.max(1, rosterValues[0]?.length ?? 1));
    const notes = notesRange.getNotes();
    if (roster.problems.length > 0) showProblems(ui, roster);
    const newNotes = notesWithProblems(notes, roster.problems);
    if (newNotes) notesRange.setNotes(newNotes);
    if (roster.fatal) {
      if (roster.problems.length > 0) return; // the dialog already says why
      throw new UserError(`Trellis could not plan anyone from the Roster sheet: ${roster.fatal.message}. The Plans sheet was not changed.`);
    }

    const generated = planAll(roster.people, today);
    const existing = ss.getSheetByName(PLANS);
    const toast = (text: string) => ss.toast(text, TITLE, 30);
    const inPlace = existing ? refreshInPlace(existing, generated, dayOf, toast) : undefined;
    let summary: string;
    if (existing && inPlace) {
      summary = refreshSummary(inPlace.kept, inPlace.result);
      formatPlans(existing, inPlace.layout, inPlace.maxRows, false);
    } else {
      summary = writeWhole(ss, existing, generated, roster.people.length, dayOf, toast);
    }
    if (roster.problems.length > 0) summary += ` ${count(roster.problems.length, 'roster problem', 'roster problems')} left rows out; see the notes in Roster.`;
    ss.toast(summary, TITLE, 10);
  });
}

function refreshSummary(kept: number, result: RefreshResult): string {
  let summary = `Refreshed the plans: kept ${count(kept, 'row', 'rows')}, added ${count(result.added, 'new step', 'new steps')}.`;
  if (result.left.length > 0) summary += ` ${count(result.left.length, 'person no longer on the roster keeps', 'people no longer on the roster keep')} their rows.`;
  if (result.duplicateKeys.length > 0) summary += ` ${count(result.duplicateKeys.length, 'key is', 'keys are')} on more than one row; those rows were kept.`;
  return summary;
}

/**
 * A new or empty Plans sheet, or one whose header is below row 1: read whole, and written whole from A1.
 * Returns the summary.
 */
function writeWhole(ss: Spreadsheet, existing: Sheet | null, generated: PlanRow[], people: number, dayOf: DayOf, toast: (text: string) => void): string {
  const cells = existing ? readCells(existing, { formulas: true, notes: true }) : undefined;
  // A Plans sheet with nothing in it is written as new, with the header look and column widths.
  const fresh = !cells || cells.values.every((row) => isBlankRow(row));
  let grid: PlansGrid;
  let summary: string;
  if (cells && !fresh) {
    const core = coreGrid(cells.values, dayOf);
    const read = readPlansTable(core);
    if (read.fatal) throw new UserError(notPlansTable(read.fatal.message));
    const result = refreshPlans(read.table, generated);
    grid = refreshedPlansGrid(cells, read.table, result.table.rows, core);
    summary = refreshSummary(read.table.rows.length, result);
  } else {
    grid = freshPlansGrid(generated);
    summary = `Planned ${count(people, 'person', 'people')}: ${count(generated.length, 'step', 'steps')} in the Plans sheet.`;
  }
  toast(`Writing ${count(grid.values.length - grid.headerRow, 'row', 'rows')} to Plans…`);
  const sheet = existing ?? sheetNamed(ss, PLANS).sheet;
  const maxRows = writeGrid(sheet, grid.values, grid.width);
  // Cell notes stay on their cell, not their row: when rows moved down, they are moved with them.
  if (grid.notes) sheet.getRange(1, 1, grid.notes.length, grid.width).setNotes(grid.notes);
  formatPlans(sheet, grid, maxRows, fresh);
  return summary;
}

function showProblems(ui: Ui, roster: RosterResult): void {
  const parts = problemsPage(roster.problems, roster.people.length, roster.fatal);
  const html = page('problems', { heading: parts.heading, summary: parts.summary, problems: parts.items });
  ui.showModalDialog(html.setWidth(520).setHeight(360), 'Problems in the roster');
}
