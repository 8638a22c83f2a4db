/// <reference types="google-apps-script" />
// The add-on's global functions (contract section 6): wiring only. Each export becomes a top-level function in
// Code.js; the work is in the modules it calls, which take the Spreadsheet and Ui as parameters.
import { messageFor } from './errors';
import { setUpFramework } from './framework-setup';
import { generateOrRefresh } from './generate';
import { importGoals, type ImportResult } from './goals-import';
import { setUpGoals } from './goals-setup';
import { addMenu } from './menu';
import { page } from './pages';
import { selectCell, setUpRosterSheet } from './roster-setup';
import { exportStatus } from './status-export';
import { applyUpdatesToPlans, type UpdatesResult } from './status-updates';
import { openWrittenPlan } from './written';
import { CAREER_GOALS, LEVELS, PLANS, ROSTER, STEPS, TITLE } from './words';

/** Runs a menu item; any failure becomes a plain message in an alert instead of a stack trace. */
function run(action: string, work: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ui: GoogleAppsScript.Base.Ui) => void): void {
  const ui = SpreadsheetApp.getUi();
  try {
    work(SpreadsheetApp.getActiveSpreadsheet(), ui);
  } catch (error) {
    ui.alert(TITLE, messageFor(action, error), ui.ButtonSet.OK);
  }
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu(SpreadsheetApp.getUi());
}

/** A published add-on gets onInstall, not onOpen, on first use. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function setUpRoster(): void {
  run('setting up the roster', (ss) => setUpRosterSheet(ss));
}

export function setUpCareerFramework(): void {
  run('setting up the career framework', (ss) => setUpFramework(ss, LockService.getDocumentLock()));
}

export function generatePlans(): void {
  run('generating the plans', (ss, ui) => generateOrRefresh(ss, ui, LockService.getDocumentLock()));
}

export function setUpCareerGoals(): void {
  run('setting up the career goals sheet', (ss, ui) => setUpGoals(ss, ui, LockService.getDocumentLock()));
}

export function importCareerGoals(): void {
  run('opening the career goals dialog', (_ss, ui) =>
    ui.showModalDialog(page('goals-import').setWidth(560).setHeight(500), 'Paste or upload career goals'),
  );
}

/** google.script.run target of the paste-or-upload dialog: its answer, or what went wrong, goes back to the dialog. */
export function pasteCareerGoals(request: unknown): ImportResult {
  const given = (request ?? {}) as { text?: unknown; seen?: unknown; replace?: unknown };
  try {
    return importGoals(
      SpreadsheetApp.getActiveSpreadsheet(),
      {
        text: typeof given.text === 'string' ? given.text : '',
        seen: Array.isArray(given.seen) ? given.seen.map(String) : undefined,
        replace: typeof given.replace === 'boolean' ? given.replace : undefined,
      },
      LockService.getDocumentLock(),
    );
  } catch (error) {
    return { status: 'error', message: messageFor('adding the career goals', error) };
  }
}

export function importStatusUpdates(): void {
  run('opening the status updates dialog', (_ss, ui) =>
    ui.showModalDialog(page('status-updates').setWidth(560).setHeight(500), 'Apply status updates'),
  );
}

/** google.script.run target of the status updates dialog: what was applied and skipped, or what went wrong. */
export function pasteStatusUpdates(text: unknown): UpdatesResult {
  try {
    return applyUpdatesToPlans(SpreadsheetApp.getActiveSpreadsheet(), typeof text === 'string' ? text : '', LockService.getDocumentLock());
  } catch (error) {
    return { status: 'error', message: messageFor('applying the status updates', error) };
  }
}

export function showWrittenPlan(): void {
  run('opening the written plan', (ss, ui) => openWrittenPlan(ss, ui));
}

export function exportPlanStatus(): void {
  run('exporting the plan status', (ss, ui) => exportStatus(ss, ui, LockService.getDocumentLock()));
}

export function showHelp(): void {
  run('opening the help', (_ss, ui) => ui.showModalDialog(page('help').setWidth(480).setHeight(440), 'Trellis help'));
}

/** google.script.run target of the problems dialog: selects a roster cell. */
export function goToRosterCell(reference: unknown): void {
  run('going to that cell', (ss) => selectCell(ss, ROSTER, reference));
}

/** google.script.run target of the problems dialog: selects a Plans cell (a Due far from a Target date). */
export function goToPlansCell(reference: unknown): void {
  run('going to that cell', (ss) => selectCell(ss, PLANS, reference));
}

/** google.script.run target of the problems dialog: selects a cell of the career framework's Levels sheet. */
export function goToLevelsCell(reference: unknown): void {
  run('going to that cell', (ss) => selectCell(ss, LEVELS, reference));
}

/** google.script.run target of the problems dialog: selects a cell of the career framework's Steps sheet. */
export function goToStepsCell(reference: unknown): void {
  run('going to that cell', (ss) => selectCell(ss, STEPS, reference));
}

/** google.script.run target of the problems and career goals dialogs: selects a Career goals cell. */
export function goToGoalsCell(reference: unknown): void {
  run('going to that cell', (ss) => selectCell(ss, CAREER_GOALS, reference));
}
