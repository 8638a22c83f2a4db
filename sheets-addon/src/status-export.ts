/// <reference types="google-apps-script" />
import { columnLetter } from '../../shared/a1';
import { toCsv } from '../../shared/csv';
import { MANAGER_STATUS_HEADERS, managerStatus } from '../../shared/manager-rollup';
import { readPlansTable } from '../../shared/plans-table';
import { rollUp, statusRowCells, tableStatusProblems } from '../../shared/status';
import { STATUS_HEADERS } from '../../shared/types';
import { UserError } from '../../shared/user-error';
import { escapeHtml, scriptJson } from './html';
import { underLock } from './lock';
import { page } from './pages';
import { dayIn, sheetNamed, styleHeader, todayIn, writeGrid } from './sheet-io';
import { MANAGER_COLUMN, STATUS_COLUMN, statusSheetGrid } from './status-grid';
import { coreGrid } from './values';
import { plural } from '../../shared/plural';
import { NO_PLANS, PLAN_STATUS, PLANS, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

/**
 * Export plan status: Plans rolled up into the Plan status sheet (rewritten each time), one row a person with the
 * team's per-manager summary below (contract section 10), and the per-person table alone as a CSV (section 3).
 */
export function exportStatus(ss: Spreadsheet, ui: Ui, lock: GoogleAppsScript.Lock.Lock): void {
  underLock(lock, () => {
    const timeZone = ss.getSpreadsheetTimeZone();
    const today = todayIn(timeZone);
    const plansSheet = ss.getSheetByName(PLANS);
    if (!plansSheet) throw new UserError(NO_PLANS);
    const read = readPlansTable(coreGrid(plansSheet.getDataRange().getValues(), dayIn(timeZone)));
    if (read.fatal) throw new UserError(`The Plans sheet is not a Trellis plans table: ${read.fatal.message}.`);
    const rows = rollUp(read.table.rows, today);
    if (rows.length === 0) throw new UserError('The Plans sheet has no rows with an Email or a Key, so there is nobody to report on yet.');

    const managers = managerStatus(read.table.rows, today);

    const { sheet, created } = sheetNamed(ss, PLAN_STATUS);
    // Formats too: where the per-manager table starts moves with the number of people.
    if (!created) sheet.clear();
    writeGrid(sheet, statusSheetGrid(rows, managers), STATUS_HEADERS.length);
    formatStatus(sheet, rows.length, managers.length);

    const csv = toCsv([[...STATUS_HEADERS], ...rows.map(statusRowCells)]);
    const problems = tableStatusProblems(read.table);
    const html = page('status-csv', {
      summary: escapeHtml(
        `Wrote the plan status of ${plural(rows.length, 'person', 'people')}, and a summary of each of their ${plural(managers.length, 'manager', 'managers')} below it, to the ${PLAN_STATUS} sheet, as of ${today}.`,
      ),
      problems: problems.length === 0 ? '' : problemList(problems),
      csv: scriptJson(csv),
      filename: scriptJson(`plan-status-${today}.csv`),
    });
    ui.showModalDialog(html.setWidth(480).setHeight(problems.length > 0 ? 360 : 200), 'Plan status');
    ss.toast(`Plan status written for ${plural(rows.length, 'person', 'people')}.`, TITLE, 5);
  });
}

function problemList(problems: readonly { cell: string; message: string }[]): string {
  const items = problems.map((p) => `<li><span class="cell">${escapeHtml(p.cell)}</span> ${escapeHtml(p.message)}</li>`).join('\n');
  return `<p>${escapeHtml(`${plural(problems.length, 'cell', 'cells')} in Plans could not be read:`)}</p>\n<ul class="problems">${items}</ul>`;
}

/**
 * Header look, counts readable at a glance: percent done as a green bar of colour, overdue counts in red, in the
 * per-person table (from row 1) and the per-manager one (a blank row below it); the calls are the same for any team.
 */
function formatStatus(sheet: Sheet, people: number, managers: number): void {
  styleHeader(sheet, 1, STATUS_HEADERS.length);
  sheet.setFrozenRows(1);
  const managerHeader = people + 3;
  styleHeader(sheet, managerHeader, MANAGER_STATUS_HEADERS.length);
  const percent = sheet.getRange(2, STATUS_COLUMN.percent + 1, people, 1);
  const managerPercent = sheet.getRange(managerHeader + 1, MANAGER_COLUMN.percent + 1, managers, 1);
  percent.setNumberFormat('0"%"');
  managerPercent.setNumberFormat('0"%"');
  sheet.getRange(2, STATUS_COLUMN.nextDue + 1, people, 1).setNumberFormat('yyyy-mm-dd');
  const number = SpreadsheetApp.InterpolationType.NUMBER;
  const bar = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpointWithValue('#ffffff', number, '0')
    .setGradientMaxpointWithValue('#57bb8a', number, '100')
    .setRanges([percent, managerPercent])
    .build();
  const overdueColumn = columnLetter(STATUS_COLUMN.overdue);
  const overdue = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=$${overdueColumn}2>0`)
    .setFontColor('#c5221f')
    .setBold(true)
    .setRanges([sheet.getRange(2, STATUS_COLUMN.overdue + 1, people, 1)])
    .build();
  // Relative to each cell: every overdue count of a manager (employee steps, manager steps, reviews) on its own.
  const managerOverdue = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=${columnLetter(MANAGER_COLUMN.overdue)}${managerHeader + 1}>0`)
    .setFontColor('#c5221f')
    .setBold(true)
    .setRanges([sheet.getRange(managerHeader + 1, MANAGER_COLUMN.overdue + 1, managers, MANAGER_COLUMN.overdueCount)])
    .build();
  // This sheet is Trellis's own output, rewritten on every export: its rules are replaced, not merged.
  sheet.setConditionalFormatRules([bar, overdue, managerOverdue]);
}
