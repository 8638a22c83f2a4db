/// <reference types="google-apps-script" />
import { emailIdentity } from '../../shared/email';
import { readGoals } from '../../shared/goals';
import { personOf, readPlansTable } from '../../shared/plans-table';
import { readRoster } from '../../shared/roster';
import { planDocument, type WrittenExtras, writtenPlan } from '../../shared/written-plan';
import { UserError } from '../../shared/user-error';
import { newPathsOf, readFrameworkSheets, stepOfIn } from './framework-sheets';
import { escapeHtml } from './html';
import { page } from './pages';
import { dayIn, todayIn } from './sheet-io';
import { coreGrid, type DayOf } from './values';
import { documentHtml } from './written-html';
import { emailOnRow, signOffHtml } from './written-page';
import { CAREER_GOALS, MENU_PATH, NO_PLANS, PLAN_STATUS, PLANS, ROSTER } from './words';

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
  const grid = name === PLANS ? [] : coreGrid(active.getDataRange().getValues(), dayOf);
  let email = name === PLANS ? '' : emailIdentity(emailOnRow(grid, row, { tableEndsAtBlankRow: name === PLAN_STATUS }));
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

  const plan = writtenPlan(own, todayIn(timeZone), extrasFor(ss, email, dayOf));
  const html = page('written-plan', {
    person: escapeHtml(plan.person || plan.email),
    'sign-off': signOffHtml(plan),
    plan: documentHtml(planDocument(plan)),
  });
  ui.showSidebar(html.setTitle('Written plan'));
}

/**
 * The person's current role from Roster, their answers from Career goals, and what the career framework in Levels
 * and Steps says of each step (its why and done-when), where those sheets have them. A goals sheet that cannot be
 * read leaves the plan a draft: Generate or refresh plans tells what is wrong with it.
 */
function extrasFor(ss: Spreadsheet, email: string, dayOf: DayOf): WrittenExtras {
  const grid = (name: string) => {
    const sheet = ss.getSheetByName(name);
    return sheet ? coreGrid(sheet.getDataRange().getValues(), dayOf) : undefined;
  };
  const framework = readFrameworkSheets(ss, dayOf);
  const rosterGrid = grid(ROSTER);
  const goalsGrid = grid(CAREER_GOALS);
  // A new path the framework adds is a path the roster accepts: its people have a role like anyone's.
  const people = rosterGrid ? readRoster(rosterGrid, newPathsOf(framework)).people : [];
  const role = people.find((p) => emailIdentity(p.email) === email)?.role;
  const goals = goalsGrid ? readGoals(goalsGrid).rows.find((row) => row.identity === email)?.goals : undefined;
  return { role, goals, stepOf: stepOfIn(framework) };
}
