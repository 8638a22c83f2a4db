/// <reference types="google-apps-script" />
import { isBlankRow } from '../../shared/cells';
import { planAll } from '../../shared/plan';
import { readPlansTable } from '../../shared/plans-table';
import { refreshPlans } from '../../shared/refresh';
import { readRoster, type RosterResult } from '../../shared/roster';
import { UserError } from './errors';
import { underLock } from './lock';
import { page } from './pages';
import { formatPlans } from './plans-format';
import { freshPlansGrid, refreshedPlansGrid, type PlansGrid } from './plans-grid';
import { notesWithProblems } from './problem-notes';
import { problemsPage } from './problems-page';
import { dayIn, readCells, sheetNamed, todayIn, writeGrid } from './sheet-io';
import { coreGrid } from './values';
import { count, NO_ROSTER, PLANS, ROSTER, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/**
 * Generate or refresh plans: Roster is read once, its problems are shown (a dialog, and a note on each cell) before
 * anything is written, and Plans is read once and written once, all under the document lock.
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
    const cells = existing ? readCells(existing, { formulas: true, notes: true }) : undefined;
    // A Plans sheet with nothing in it is written as new, with the header look and column widths.
    const fresh = !cells || cells.values.every((row) => isBlankRow(row));
    let grid: PlansGrid;
    let summary: string;
    if (cells && !fresh) {
      const core = coreGrid(cells.values, dayOf);
      const read = readPlansTable(core);
      if (read.fatal) {
        throw new UserError(
          `The Plans sheet is not a Trellis plans table (${read.fatal.message}), so it was left as it is. ` +
            'Rename that sheet, for example to "Plans (old)", then choose Generate or refresh plans again.',
        );
      }
      const result = refreshPlans(read.table, generated);
      grid = refreshedPlansGrid(cells, read.table, result.table.rows, core);
      summary = `Refreshed the plans: kept ${count(read.table.rows.length, 'row', 'rows')}, added ${count(result.added, 'new step', 'new steps')}.`;
      if (result.left.length > 0) summary += ` ${count(result.left.length, 'person no longer on the roster keeps', 'people no longer on the roster keep')} their rows.`;
      if (result.duplicateKeys.length > 0) summary += ` ${count(result.duplicateKeys.length, 'key is', 'keys are')} on more than one row; those rows were kept.`;
    } else {
      grid = freshPlansGrid(generated);
      summary = `Planned ${count(roster.people.length, 'person', 'people')}: ${count(generated.length, 'step', 'steps')} in the Plans sheet.`;
    }
    if (roster.problems.length > 0) summary += ` ${count(roster.problems.length, 'roster problem', 'roster problems')} left rows out; see the notes in Roster.`;

    ss.toast(`Writing ${count(grid.values.length - grid.headerRow, 'row', 'rows')} to Plans…`, TITLE, 30);
    const sheet = existing ?? sheetNamed(ss, PLANS).sheet;
    const maxRows = writeGrid(sheet, grid.values, grid.width);
    // Cell notes stay on their cell, not their row: when rows moved down, they are moved with them.
    if (grid.notes) sheet.getRange(1, 1, grid.notes.length, grid.width).setNotes(grid.notes);
    formatPlans(sheet, grid, maxRows, fresh);
    ss.toast(summary, TITLE, 10);
  });
}

function showProblems(ui: Ui, roster: RosterResult): void {
  const parts = problemsPage(roster.problems, roster.people.length, roster.fatal);
  const html = page('problems', { heading: parts.heading, summary: parts.summary, problems: parts.items });
  ui.showModalDialog(html.setWidth(520).setHeight(360), 'Problems in the roster');
}
