/// <reference types="google-apps-script" />
import {
  LINK_HEADER,
  parseJob,
  type ProgressRecord,
  type RollupLinks,
  type RollupProblem,
  readRollupLinks,
  recordCell,
  recordOf,
  rollupTables,
  runJob,
  startJob,
  jobFits,
  type TeamLink,
  type TeamRead,
} from '../../shared/hr-rollup';
import { PROBLEM_HEADERS, problemTable } from '../../shared/hr-problems';
import { page } from '../../sheets-addon/src/pages';
import { writeGrid, todayIn, sheetNamed, styleHeader } from '../../sheets-addon/src/sheet-io';
import { managerGrid, statusGrid } from '../../sheets-addon/src/status-grid';
import { textCell } from '../../sheets-addon/src/values';
import { type ApiSpreadsheet, PLANS_RANGE, type Refusal, refusalOf, TEAM_FIELDS, teamSheet, TITLE_FIELDS } from './team-sheet';
import { JOB_PROPERTY, LINKS_SHEET, MANAGERS_SHEET, PROBLEMS_SHEET, PROGRESS_SHEET, RUN_BUDGET_MS, STATUS_SHEET } from './names';

// HR's roll-up, bound to the HR spreadsheet (contract section 10): wiring only, the logic is shared/hr-rollup.ts.
// A run reads team spreadsheets for at most RUN_BUDGET_MS of Apps Script's 6 minutes, appends what it read to the
// progress sheet, then saves the cursor; only the run that reads the last link replaces HR status and HR managers.

const TRIGGER_FUNCTION = 'continueRollup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu('Trellis HR')
    .addItem('Set up roll-up sheet', 'setUpRollup')
    .addItem('Roll up', 'rollUp')
    .addItem('Turn on the continue-trigger', 'turnOnTrigger')
    .addItem('Turn it off', 'turnOffTrigger')
    .addSeparator()
    .addItem('Help', 'showHelp')
    .addToUi();
}

export function setUpRollup(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet, created } = sheetNamed(ss, LINKS_SHEET);
  const ui = SpreadsheetApp.getUi();
  if (!created && sheet.getLastRow() > 0) {
    ui.alert(
      `The ${LINKS_SHEET} sheet is already there: list the team spreadsheets' links under "${LINK_HEADER}", then use Trellis HR → Roll up.`,
    );
    return;
  }
  writeGrid(sheet, [[LINK_HEADER]], 1);
  styleHeader(sheet, 1, 1);
  sheet.setFrozenRows(1);
  ui.alert(`Made the ${LINKS_SHEET} sheet: paste one team spreadsheet's link a row under "${LINK_HEADER}", then use Trellis HR → Roll up.`);
}

/** The project cannot read team spreadsheets at all (the Sheets service off, a scope refused): says what to fix. */
class SetupRefused extends Error {}

const NO_SERVICE =
  'Trellis HR could not read the team spreadsheets: the Google Sheets advanced service is not turned on in this Apps Script project. ' +
  "No team spreadsheet was read. Whoever set up Trellis HR should paste hr-rollup/appsscript.json over the project's manifest " +
  '(it turns the service on), or add it under Services → Google Sheets API; hr-rollup/README.md (Scopes) says more.';

const refused = (message: string) =>
  `Trellis HR could not read the team spreadsheets: Google refused with "${message}". No team spreadsheet was read. ` +
  "Whoever set up Trellis HR should compare the project's appsscript.json with hr-rollup/README.md (Scopes).";

/** Google's per-user limit is 60 reads a minute: one read started every 1.1 s stays under it. */
const READ_SPACING_MS = 1100;
let lastRead = 0;

/** One call of the Sheets API, started no sooner than READ_SPACING_MS after the last; its error sorted, or its answer. */
function sheetsGet(id: string, options: object): ApiSpreadsheet | Refusal {
  if (typeof Sheets === 'undefined' || !Sheets.Spreadsheets) throw new SetupRefused(NO_SERVICE);
  const wait = lastRead + READ_SPACING_MS - Date.now();
  if (wait > 0) Utilities.sleep(wait);
  lastRead = Date.now();
  try {
    return Sheets.Spreadsheets.get(id, options) as ApiSpreadsheet;
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    const refusal = refusalOf(message);
    // A run out of time must end here, not mark the link unreadable: the next run reads it again.
    if (refusal === 'out-of-time') throw error;
    // A refusal of the project itself would fail every link alike: stop and say so, rather than list each one as
    // "no access" for HR to chase with the teams.
    if (refusal === 'setup') throw new SetupRefused(refused(message));
    return refusal;
  }
}

/** What one team spreadsheet gives: its title and Plans sheet in one read, or why not (contract 10). */
function readTeam(link: TeamLink): TeamRead {
  const team = sheetsGet(link.id, { ranges: [PLANS_RANGE], fields: TEAM_FIELDS });
  if (typeof team === 'object') return teamSheet(team);
  if (team === 'later') return { later: true };
  if (team === 'no-access') return { failure: 'no-access' };
  // No Plans sheet: the spreadsheet opened, so its title is read for HR to know which one it is.
  const title = sheetsGet(link.id, { fields: TITLE_FIELDS });
  if (title === 'later') return { later: true };
  return { name: typeof title === 'object' ? (title.properties?.title ?? '') : '', plans: undefined };
}

interface Saved {
  job: ReturnType<typeof startJob>;
  /** Progress rows written by the runs that saved this job (a run cut before saving leaves rows past them). */
  rows: number;
}

function savedJob(properties: GoogleAppsScript.Properties.Properties): Saved | undefined {
  const text = properties.getProperty(JOB_PROPERTY);
  const job = parseJob(text);
  const rows = job ? (JSON.parse(text!) as { rows?: unknown }).rows : undefined;
  return job && typeof rows === 'number' && Number.isInteger(rows) ? { job, rows } : undefined;
}

/**
 * Replaces a result sheet's table in one write, blanks over whatever the last table held past it: a run that stops
 * at any point leaves either the last complete table or the new one, never part of each.
 */
function replaceSheet(ss: Spreadsheet, name: string, grid: unknown[][], width: number): GoogleAppsScript.Spreadsheet.Sheet {
  const { sheet } = sheetNamed(ss, name);
  const rows = Math.max(grid.length, sheet.getLastRow());
  const columns = Math.max(width, sheet.getLastColumn());
  const padded = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => grid[r]?.[c] ?? ''));
  writeGrid(sheet, padded, columns);
  styleHeader(sheet, 1, width);
  sheet.setFrozenRows(1);
  return sheet;
}

/** Widths (px) of the problems table's columns: links and the two sentences wrap in theirs, so every row reads whole. */
const PROBLEM_WIDTHS = [50, 260, 160, 340, 380];

/** The problems table: one row a link, sorted as the HR roll-up sheet lists them; text wraps, rows read top-down. */
function writeProblems(ss: Spreadsheet, problems: readonly RollupProblem[]): void {
  const body = problemTable(problems).map(([row, ...text]) => [row, ...text.map((t) => textCell(String(t)))]);
  const sheet = replaceSheet(ss, PROBLEMS_SHEET, [[...PROBLEM_HEADERS], ...body], PROBLEM_HEADERS.length);
  for (const [i, width] of PROBLEM_WIDTHS.entries()) sheet.setColumnWidth(i + 1, width);
  sheet
    .getRange(1, 1, body.length + 1, PROBLEM_HEADERS.length)
    .setWrap(true)
    .setVerticalAlignment('top');
}

/** Writes the finished roll-up from the progress rows; says how many problems it listed. */
function finish(ss: Spreadsheet, progress: GoogleAppsScript.Spreadsheet.Sheet, rows: number, links: RollupLinks): number {
  const cells = rows > 0 ? progress.getRange(1, 1, rows, 1).getValues() : [];
  const records: ProgressRecord[] = cells.map((row) => recordOf(row[0]));
  const tables = rollupTables(records, links.links);
  // The team add-on's Plan status cells (counts as numbers, Next due a date, typed text as text), with Source last.
  const [header, ...body] = statusGrid(tables.people.map((p) => p.status));
  const status = [[...header!, 'Source'], ...body.map((row: unknown[], i: number) => [...row, textCell(tables.people[i]!.source)])];
  const managers = managerGrid(tables.managers);
  replaceSheet(ss, STATUS_SHEET, status, status[0]!.length);
  replaceSheet(ss, MANAGERS_SHEET, managers, managers[0]!.length);
  const problems = [...links.problems, ...tables.problems];
  writeProblems(ss, problems);
  return problems.length;
}

/** One run of the roll-up; the message to show, or undefined when there was nothing to continue (trigger). */
function runOnce(onlyContinue: boolean): string | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return 'A roll-up is running already: wait for it to end, then run Roll up again.';
  try {
    const start = Date.now();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const properties = PropertiesService.getDocumentProperties();
    const saved = savedJob(properties);
    if (onlyContinue && !saved) return undefined;
    const linksSheet = ss.getSheetByName(LINKS_SHEET);
    const read = readRollupLinks(linksSheet ? linksSheet.getDataRange().getValues() : []);
    if (read.fatal) return read.fatal;
    if (read.links.length === 0) return `No team spreadsheets are listed under "${LINK_HEADER}" on the ${LINKS_SHEET} sheet.`;
    const { sheet: progress, created } = sheetNamed(ss, PROGRESS_SHEET);
    // Working data nobody needs to read: out of the way, still there to look at (right-click a tab → Show).
    if (created) progress.hideSheet();
    const fits = saved && jobFits(saved.job, read.links);
    const job = fits ? saved.job : startJob(read.links, todayIn(ss.getSpreadsheetTimeZone()));
    const rows = fits ? saved.rows : 0;
    if (!fits) progress.clearContents();
    const result = runJob(job, read.links, readTeam, () => Date.now(), start + RUN_BUDGET_MS);
    // Written at the saved row count, so rows a cut-short run left past it are overwritten, never counted twice.
    if (result.records.length > 0) {
      writeAt(
        progress,
        rows,
        result.records.map((r) => [recordCell(r)]),
      );
    }
    const written = rows + result.records.length;
    if (!result.done) {
      properties.setProperty(JOB_PROPERTY, JSON.stringify({ ...result.job, rows: written }));
      SpreadsheetApp.flush();
      return result.message;
    }
    const failed = finish(ss, progress, written, read);
    // The job goes before its progress rows: a run stopped between the two must not finish on an empty progress sheet.
    properties.deleteProperty(JOB_PROPERTY);
    progress.clearContents();
    deleteTriggers();
    SpreadsheetApp.flush();
    return failed === 0
      ? result.message
      : `${result.message} ${failed === 1 ? 'One problem is' : `${failed} problems are`} listed on the ${PROBLEMS_SHEET} sheet, each with what to do.`;
  } finally {
    lock.releaseLock();
  }
}

function writeAt(sheet: GoogleAppsScript.Spreadsheet.Sheet, after: number, values: string[][]): void {
  const maxRows = sheet.getMaxRows();
  const needed = after + values.length;
  if (maxRows < needed) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(after + 1, 1, values.length, 1).setValues(values);
}

/** One run, or what stopped it when the project could not read team spreadsheets at all. */
function runOrSay(onlyContinue: boolean): string | undefined {
  try {
    return runOnce(onlyContinue);
  } catch (error) {
    if (error instanceof SetupRefused) return error.message;
    throw error;
  }
}

export function rollUp(): void {
  const message = runOrSay(false);
  if (message) SpreadsheetApp.getUi().alert(message);
}

/** The time-driven trigger's function: continues an unfinished roll-up, and turns the trigger off once it is done. */
export function continueRollup(): void {
  const message = runOrSay(true);
  if (message) console.info(message);
}

function deleteTriggers(): number {
  const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === TRIGGER_FUNCTION);
  for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
  return mine.length;
}

export function turnOnTrigger(): void {
  const ui = SpreadsheetApp.getUi();
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === TRIGGER_FUNCTION)) {
    ui.alert('The continue-trigger is on already: an unfinished roll-up goes on every 10 minutes.');
    return;
  }
  ScriptApp.newTrigger(TRIGGER_FUNCTION).timeBased().everyMinutes(10).create();
  ui.alert(
    'Turned on: every 10 minutes, an unfinished roll-up goes on where it stopped; the trigger turns itself off when the roll-up is done.',
  );
}

export function turnOffTrigger(): void {
  const removed = deleteTriggers();
  SpreadsheetApp.getUi().alert(
    removed > 0 ? 'Turned off: a roll-up goes on only when you use Roll up.' : 'The continue-trigger was not on.',
  );
}

/** Help as a dialog (hr-help.html, built into Code.js with the team add-on's shared head): how to run a roll-up. */
export function showHelp(): void {
  SpreadsheetApp.getUi().showModalDialog(page('hr-help').setWidth(560).setHeight(560), 'Trellis HR help');
}
