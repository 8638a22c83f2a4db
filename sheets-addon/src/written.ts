/// <reference types="google-apps-script" />
import { personOf, readPlansTable } from '../../shared/plans-table';
import { planToMarkdown, writtenPlan } from '../../shared/written-plan';
import { UserError } from '../../shared/user-error';
import { escapeHtml } from './html';
import { markdownToHtml } from './markdown-html';
import { page } from './pages';
import { dayIn, todayIn } from './sheet-io';
import { coreGrid } from './values';
import { emailOnRow, signOffHtml } from './written-page';
import { MENU_PATH, NO_PLANS, PLAN_STATUS, PLANS, ROSTER } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

const CHOOSE = `Choose someone first: click any cell in their row on the ${PLANS}, ${ROSTER} or ${PLAN_STATUS} sheet, then choose ${MENU_PATH} → Show written plan again.`;

/** Show written plan: the selected person's plan as a printable document in the sidebar. */
export function openWrittenPlan(ss: Spreadsheet, ui: Ui): void {
  const active = ss.getActiveSheet();
  // Sheets matches sheet names whatever their case, so this does too.
  const name = [PLANS, ROSTER, PLAN_STATUS].find((n) => n.toLowerCase() === active.getName().toLowerCase());
  const range = ss.getActiveRange();
  if (!range || !name) throw new UserError(CHOOSE);
  const row = range.getRow();

  const timeZone = ss.getSpreadsheetTimeZone();
  const dayOf = dayIn(timeZone);
  // Off Plans, the person is the Email on the selected row; with none there, there is nothing to look up.
  let email = name === PLANS ? '' : emailOnRow(coreGrid(active.getDataRange().getValues(), dayOf), row).toLowerCase();
  if (name !== PLANS && !email) throw new UserError(CHOOSE);

  const plansSheet = ss.getSheetByName(PLANS);
  if (!plansSheet) throw new UserError(NO_PLANS);
  const read = readPlansTable(coreGrid(plansSheet.getDataRange().getValues(), dayOf));
  if (read.fatal) throw new UserError(`The Plans sheet is not a Trellis plans table: ${read.fatal.message}.`);
  const { rows, sourceRows = [] } = read.table;
  if (name === PLANS) {
    const index = sourceRows.indexOf(row);
    email = index >= 0 ? personOf(rows[index]!) : '';
    if (!email) throw new UserError(CHOOSE);
  }
  const own = rows.filter((r) => personOf(r) === email);
  if (own.length === 0) {
    throw new UserError(`${email} has no plan in the Plans sheet yet. Choose ${MENU_PATH} → Generate or refresh plans, then try again.`);
  }

  const plan = writtenPlan(own, todayIn(timeZone));
  const html = page('written-plan', {
    person: escapeHtml(plan.person || plan.email),
    'sign-off': signOffHtml(plan),
    plan: markdownToHtml(planToMarkdown(plan)),
  });
  ui.showSidebar(html.setTitle('Written plan'));
}
