/// <reference types="google-apps-script" />
import { plural } from '../../shared/plural';
import { readRoster } from '../../shared/roster';
import { UserError } from '../../shared/user-error';
import { goalsSheetProblems, keepGoalsInStep, readGoalsSheet } from './goals-sheet';
import { newPathsOf, readFrameworkSheets } from './framework-sheets';
import { escapeHtml } from './html';
import { underLock } from './lock';
import { page } from './pages';
import { problemsPage } from './problems-page';
import { dayIn } from './sheet-io';
import { coreGrid } from './values';
import { CAREER_GOALS, NO_ROSTER, ROSTER, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/**
 * Set up career goals sheet: Career goals made for everyone on the roster, or brought in step with it (a row at the
 * end for each new person, nothing else written), then opened; its problems listed in the problems dialog.
 */
export function setUpGoals(ss: Spreadsheet, ui: Ui, lock: GoogleAppsScript.Lock.Lock): void {
  underLock(lock, () => {
    const dayOf = dayIn(ss.getSpreadsheetTimeZone());
    const rosterSheet = ss.getSheetByName(ROSTER);
    if (!rosterSheet) throw new UserError(NO_ROSTER);
    // A new path the career framework adds is one the roster accepts: its people get a row like anyone.
    const newPaths = newPathsOf(readFrameworkSheets(ss, dayOf));
    const roster = readRoster(coreGrid(rosterSheet.getDataRange().getValues(), dayOf), newPaths);
    if (roster.fatal) {
      throw new UserError(
        `Trellis could not read anyone from the Roster sheet: ${roster.fatal.message}. ${CAREER_GOALS} was not changed. Fix the roster, then try again.`,
      );
    }
    const goals = readGoalsSheet(ss, dayOf);
    const problems = goalsSheetProblems(goals, roster.people);
    if (problems.length > 0) {
      const parts = problemsPage([], roster.people.length, undefined, { goals: problems });
      const html = page('problems', {
        title: escapeHtml(parts.title),
        heading: parts.heading,
        summary: parts.summary,
        problems: parts.items,
      });
      ui.showModalDialog(html.setWidth(520).setHeight(360), parts.title);
    }
    const step = keepGoalsInStep(ss, goals, roster.people);
    step.sheet?.activate();
    let said = step.created
      ? `${CAREER_GOALS} is ready, one row a person on the roster. Type what each person says in their own words, or paste the row the Trellis extension copies.`
      : step.added > 0
        ? `Added ${plural(step.added, 'person', 'people')} to ${CAREER_GOALS}; every row already there is as it was.`
        : `${CAREER_GOALS} already has a row for everyone on the roster, so nothing was changed.`;
    if (roster.problems.length > 0)
      said += ` ${plural(roster.problems.length, 'roster row has a problem', 'roster rows have a problem')}; choose Generate or refresh plans to see them.`;
    ss.toast(said, TITLE, 10);
  });
}
