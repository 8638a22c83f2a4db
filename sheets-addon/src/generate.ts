/// <reference types="google-apps-script" />
import { planAll } from '../../shared/plan';
import { readRoster, type RosterResult } from '../../shared/roster';
import type { PlanRow } from '../../shared/types';
import type { Framework } from '../../shared/framework/types';
import { UserError } from '../../shared/user-error';
import { goalsSheetProblems, goalsSummary, keepGoalsInStep, readGoalsSheet } from './goals-sheet';
import { targetDateProblems } from './goals-targets';
import { escapeHtml } from './html';
import { underLock } from './lock';
import { page } from './pages';
import { formatPlans } from './plans-format';
import { freshPlansGrid, NEW_SHEET_LAYOUT } from './plans-grid';
import { rowAfterInsertions, sheetInsertions } from './plans-places';
import { readPlansFacts } from './plans-read';
import { closeSteps, detailOf, insertNewRows, placeInSheet } from './plans-refresh';
import { noteProblems, type NotedSheet } from './cell-notes';
import { type FrameworkSheets, fatalFrameworkText, halfFrameworkText, newPathsOf, readFrameworkSheets } from './framework-sheets';
import { LEVELS_MARKS_PROPERTY, MARKS_PROPERTY, STEPS_MARKS_PROPERTY } from './problem-notes';
import { frameworkFatalPage, type MoreProblems, problemsPage, type ProblemsPage } from './problems-page';
import { outOfTimeText, pathChangeSummary, refreshSummary, unformattedText } from './refresh-report';
import { dayIn, sheetNamed, todayIn, writeGrid } from './sheet-io';
import { coreGrid, type DayOf } from './values';
import { plural } from '../../shared/plural';
import { LEVELS, NO_ROSTER, PLANS, ROSTER, STEPS, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * How long a run goes on adding rows: Apps Script stops a run at 6 minutes, so a refresh stops itself between two
 * places well before, with time left to format and say how far it got (reliability.md, "Long jobs").
 */
const TIME_BUDGET_MS = 4.5 * 60_000;

/**
 * Generate or refresh plans: Roster, Career goals and, when both are there, Levels and Steps (the career framework,
 * framework-sheets.ts) are read once each, their problems noted on their cells before anything else is written, then
 * new rows go into Plans where they belong (plans-refresh.ts), or a new Plans sheet is written whole, and Career goals
 * gets a row for each new person (goals-sheet.ts); last, one dialog lists the problems of every sheet and any Due far
 * from a Target date (goals-targets.ts). All under the document lock.
 */
export function generateOrRefresh(ss: Spreadsheet, ui: Ui, lock: GoogleAppsScript.Lock.Lock): void {
  const started = Date.now();
  underLock(lock, () => {
    ss.toast('Reading the roster…', TITLE, 30);
    const timeZone = ss.getSpreadsheetTimeZone();
    const dayOf = dayIn(timeZone);
    const today = todayIn(timeZone);

    const rosterSheet = ss.getSheetByName(ROSTER);
    if (!rosterSheet) throw new UserError(NO_ROSTER);
    // The framework first: a path it adds is one the roster's Path column accepts, and one that cannot be used stops
    // the run before anything but its own notes is written.
    const frameworkSheets = readFrameworkSheets(ss, dayOf);
    if (frameworkSheets.kind === 'half') throw new UserError(halfFrameworkText(frameworkSheets));
    const framework = frameworkSheets.kind === 'read' ? frameworkSheets.read : undefined;
    const frameworkNotes = frameworkSheets.kind === 'read' ? notedFramework(frameworkSheets) : [];
    if (framework?.fatal) {
      noteProblems(frameworkNotes);
      const why = fatalFrameworkText(framework.fatal);
      if (framework.problems.length === 0) throw new UserError(why);
      return showPage(ui, frameworkFatalPage(why, framework.problems), false);
    }
    const rosterValues = rosterSheet.getDataRange().getValues();
    const roster = readRoster(coreGrid(rosterValues, dayOf), newPathsOf(frameworkSheets));
    // Career goals is read only when someone is planned: with a fatal roster, nothing but the roster is touched.
    const goals = roster.fatal ? undefined : readGoalsSheet(ss, dayOf);
    const goalsProblems = goals ? goalsSheetProblems(goals, roster.people) : [];
    const rosterNotes = { sheet: rosterSheet, width: rosterValues[0]?.length ?? 1, property: MARKS_PROPERTY };
    noteProblems([{ ...rosterNotes, problems: [...roster.problems, ...roster.warnings] }, ...frameworkNotes]);
    const frameworkProblems = framework?.problems ?? [];
    if (roster.fatal || !goals) {
      if (roster.problems.length > 0) return showProblems(ui, roster, { framework: frameworkProblems }); // the dialog says why
      throw new UserError(
        `Trellis could not plan anyone from the Roster sheet: ${roster.fatal?.message}. The Plans sheet was not changed.`,
      );
    }

    const generated = planAll(roster.people, today, framework?.framework);
    const existing = ss.getSheetByName(PLANS);
    const outOfTime = () => Date.now() - started > TIME_BUDGET_MS;
    let summary = existing ? refresh(ss, ui, existing, { generated, today, dayOf, framework: framework?.framework }, outOfTime) : undefined;
    summary ??= writeNew(ss, existing, generated, roster.people.length);
    // After Plans, so a refresh short of time spends it on the plans first; new goals rows are a few calls.
    summary += goalsSummary(keepGoalsInStep(ss, goals, roster.people), goalsProblems.length);
    // One dialog for all there is to fix, once Plans is written: a Due far from a Target date is known only then.
    const dates = outOfTime() ? [] : targetDateProblems(ss, goals, dayOf);
    if (roster.problems.length + roster.warnings.length + goalsProblems.length + dates.length + frameworkProblems.length > 0)
      showProblems(ui, roster, { goals: goalsProblems, dates, framework: frameworkProblems });
    if (dates.length > 0) summary += ` ${plural(dates.length, 'Due date is', 'Due dates are')} far from a Target date; see the list.`;
    if (roster.problems.length > 0)
      summary += ` ${plural(roster.problems.length, 'roster problem', 'roster problems')} left rows out; see the notes in Roster.`;
    if (roster.warnings.length > 0)
      summary += ` ${plural(roster.warnings.length, 'manager', 'managers')} to name in Roster; see the notes there.`;
    if (frameworkProblems.length > 0)
      summary += ` ${plural(frameworkProblems.length, 'career framework problem', 'career framework problems')} left rows of ${LEVELS} or ${STEPS} out; see the list.`;
    if (roster.notice) summary += ` ${ROSTER} has ${roster.notice}`;
    ss.toast(summary, TITLE, 10);
  });
}

/** Levels and Steps as sheets whose problems get notes. */
function notedFramework({ read, levels, steps, widths }: Extract<FrameworkSheets, { kind: 'read' }>): NotedSheet[] {
  const of = (table: string) => read.problems.filter((p) => p.table === table);
  return [
    { sheet: levels, width: widths.levels, problems: of(LEVELS), property: LEVELS_MARKS_PROPERTY },
    { sheet: steps, width: widths.steps, problems: of(STEPS), property: STEPS_MARKS_PROPERTY },
  ];
}

/**
 * Closes the untouched steps of an earlier path and adds the new rows to a Plans sheet that has a table; undefined
 * when the sheet has nothing in it. Returns the summary.
 */
function refresh(
  ss: Spreadsheet,
  ui: Ui,
  sheet: Sheet,
  { generated, today, dayOf, framework }: { generated: readonly PlanRow[]; today: string; dayOf: DayOf; framework?: Framework },
  outOfTime: () => boolean,
): string | undefined {
  const read = readPlansFacts(sheet, dayOf);
  if (!read) return undefined;
  const placement = placeInSheet(sheet, read, generated, today, dayOf, framework);
  const places = sheetInsertions(placement.insertions, read.sheetRows, read.lastRow);
  if (placement.added > 0) ss.toast(`Adding ${plural(placement.added, 'new row', 'new rows')} to Plans…`, TITLE, 30);
  const closed = closeSteps(sheet, read.layout, placement.updates, read.sheetRows);
  const inserted = insertNewRows(sheet, read.layout, read.lastRow, places, outOfTime, closed);
  try {
    formatPlans(sheet, read.layout, inserted.maxRows, false);
  } catch (error) {
    throw new UserError(unformattedText(detailOf(error), inserted));
  }
  if (!inserted.complete) ui.alert(TITLE, outOfTimeText(inserted), ui.ButtonSet.OK);
  const rowOf = (index: number) => rowAfterInsertions(read.sheetRows[index]!, places, inserted.placesDone);
  return refreshSummary(read.facts.length, { ...placement, added: inserted.rowsDone }) + pathChangeSummary(placement.pathChanges, rowOf);
}

/** A new Plans sheet, or one with nothing in it: the header in the new sheets' order and every row, from A1. Returns the summary. */
function writeNew(ss: Spreadsheet, existing: Sheet | null, generated: PlanRow[], people: number): string {
  const grid = freshPlansGrid(generated);
  ss.toast(`Writing ${plural(generated.length, 'row', 'rows')} to Plans…`, TITLE, 30);
  const sheet = existing ?? sheetNamed(ss, PLANS).sheet;
  const maxRows = writeGrid(sheet, grid, NEW_SHEET_LAYOUT.width);
  formatPlans(sheet, NEW_SHEET_LAYOUT, maxRows, true);
  return `Planned ${plural(people, 'person', 'people')}: ${plural(generated.length, 'step', 'steps')} in the Plans sheet.`;
}

function showProblems(ui: Ui, roster: RosterResult, more: MoreProblems): void {
  const parts = problemsPage(roster.problems, roster.people.length, roster.fatal, { ...more, warnings: roster.warnings });
  const lists = [roster.problems, roster.warnings, more.goals ?? [], more.dates ?? [], more.framework ?? []];
  showPage(ui, parts, lists.filter((list) => list.length > 0).length > 1);
}

function showPage(ui: Ui, parts: ProblemsPage, tall: boolean): void {
  const html = page('problems', { title: escapeHtml(parts.title), heading: parts.heading, summary: parts.summary, problems: parts.items });
  ui.showModalDialog(html.setWidth(520).setHeight(tall ? 520 : 360), parts.title);
}
