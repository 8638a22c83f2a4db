/// <reference types="google-apps-script" />
import { columnLetter } from '../../shared/a1';
import { toCsv } from '../../shared/csv';
import { readPlansTable } from '../../shared/plans-table';
import { rollUp, statusRowCells, tableStatusProblems } from '../../shared/status';
import { STATUS_HEADERS } from '../../shared/types';
import { UserError } from '../../shared/user-error';
import { escapeHtml, scriptJson } from './html';
import { underLock } from './lock';
import { page } from './pages';
import { dayIn, sheetNamed, styleHeader, todayIn, writeGrid } from './sheet-io';
import { STATUS_COLUMN, statusGrid } from './status-grid';
import { coreGrid } from './values';
import { plural } from '../../shared/plural';
import { NO_PLANS, PLAN_STATUS, PLANS, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

/** Export plan status: Plans rolled up into the Plan status sheet (rewritten each time), and the same table as a CSV. */
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

    const { sheet, created } = sheetNamed(ss, PLAN_STATUS);
    if (!created) sheet.clearContents();
    const grid = statusGrid(rows);
    const maxRows = writeGrid(sheet, grid, STATUS_HEADERS.length);
    formatStatus(sheet, maxRows);

    const csv = toCsv([[...STATUS_HEADERS], ...rows.map(statusRowCells)]);
    const problems = tableStatusProblems(read.table);
    const html = page('status-csv', {
      summary: escapeHtml(
        `Wrote the plan status of ${plural(rows.length, 'person', 'people')} to the ${PLAN_STATUS} sheet, as of ${today}.`,
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

/** Header look, counts readable at a glance: percent done as a green bar of colour, overdue counts in red. */
function formatStatus(sheet: Sheet, maxRows: number): void {
  const width = STATUS_HEADERS.length;
  const rows = Math.max(1, maxRows - 1);
  styleHeader(sheet, 1, width);
  sheet.setFrozenRows(1);
  const percent = sheet.getRange(2, STATUS_COLUMN.percent + 1, rows, 1);
  percent.setNumberFormat('0"%"');
  sheet.getRange(2, STATUS_COLUMN.nextDue + 1, rows, 1).setNumberFormat('yyyy-mm-dd');
  const number = SpreadsheetApp.InterpolationType.NUMBER;
  const bar = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpointWithValue('#ffffff', number, '0')
    .setGradientMaxpointWithValue('#57bb8a', number, '100')
    .setRanges([percent])
    .build();
  const overdueColumn = columnLetter(STATUS_COLUMN.overdue);
  const overdue = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=$${overdueColumn}2>0`)
    .setFontColor('#c5221f')
    .setBold(true)
    .setRanges([sheet.getRange(2, STATUS_COLUMN.overdue + 1, rows, 1)])
    .build();
  // This sheet is Trellis's own output, rewritten on every export: its rules are replaced, not merged.
  sheet.setConditionalFormatRules([bar, overdue]);
}
