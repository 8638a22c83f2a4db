/// <reference types="google-apps-script" />
import { columnLetter } from '../../shared/a1';
import { STATUSES } from '../../shared/types';
import type { PlansLayout } from './plans-grid';
import { styleHeader } from './sheet-io';

// The Plans sheet's formats, set on whole column ranges down to the sheet's last row, so rows a user adds by hand
// get the dropdown and the colours too. A fixed number of calls, whatever the number of rows.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Our two conditional-format formulas, for a Due and a Status column and the first data row. */
export function plansRuleFormulas(due: string, status: string, row: number): { overdue: string; done: string } {
  return {
    // ISNUMBER: a date cell is a number to Sheets; a blank or a typed "next week" is never overdue.
    overdue: `=AND(ISNUMBER($${due}${row}),$${due}${row}<TODAY(),$${status}${row}<>"Done",$${status}${row}<>"Skipped")`,
    done: `=$${status}${row}="Done"`,
  };
}

const OURS = [
  /^=AND\(ISNUMBER\(\$[A-Z]+\d+\),\$[A-Z]+\d+<TODAY\(\),\$[A-Z]+\d+<>"Done",\$[A-Z]+\d+<>"Skipped"\)$/,
  /^=\$[A-Z]+\d+="Done"$/,
];

/** Whether a conditional-format rule is one Trellis set (found by its formula), so a refresh replaces only those. */
function isOurs(rule: Rule): boolean {
  const formula = String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '');
  return OURS.some((pattern) => pattern.test(formula));
}

export function formatPlans(sheet: Sheet, grid: PlansLayout, maxRows: number, created: boolean): void {
  const first = grid.headerRow + 1;
  const rows = Math.max(1, maxRows - grid.headerRow);
  const due = grid.columns.due + 1;
  const status = grid.columns.status + 1;

  sheet.getRange(first, due, rows, 1).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(first, status, rows, 1).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...STATUSES], true)
      // A warning, not a refusal: Sheets refuses a whole setValues when one kept cell breaks a refusing rule, and a
      // refresh must never fail over a status someone typed before the dropdown was there.
      .setAllowInvalid(true)
      .setHelpText(`Choose one: ${STATUSES.join(', ')}.`)
      .build(),
  );

  const body = sheet.getRange(first, 1, rows, grid.width);
  const formulas = plansRuleFormulas(columnLetter(grid.columns.due), columnLetter(grid.columns.status), first);
  const overdue = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formulas.overdue)
    .setBackground('#fce8e6')
    .setFontColor('#a50e0e')
    .setRanges([body])
    .build();
  const done = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formulas.done)
    .setBackground('#e6f4ea')
    .setFontColor('#137333')
    .setRanges([body])
    .build();
  const theirs = sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
  sheet.setConditionalFormatRules([...theirs, overdue, done]);

  sheet.setFrozenRows(grid.headerRow);
  setFilter(sheet, grid.headerRow, maxRows, grid.width);
  if (created) lookOfNewSheet(sheet, grid, first, rows);
}

/** The width, in pixels, of the email columns of a new Plans sheet: enough to tell one person from another. */
const NARROW = 120;

/**
 * The look a new Plans sheet starts with; a sheet people have used keeps the widths, wraps and hidden columns they
 * chose. Step wraps (a step is a sentence or two); the emails are narrow, there to be matched on more than read; Key
 * is hidden: nobody needs to read it, and a Key edited by hand is a step Trellis no longer knows (the next refresh
 * adds it again), so out of sight is out of harm's way. Unhiding it is the usual column menu.
 */
function lookOfNewSheet(sheet: Sheet, grid: PlansLayout, first: number, rows: number): void {
  const { columns } = grid;
  styleHeader(sheet, grid.headerRow, grid.width);
  sheet.setColumnWidth(columns.step + 1, 360);
  sheet.setColumnWidth(columns.notes + 1, 240);
  sheet.getRange(first, columns.step + 1, rows, 1).setWrapStrategy(SpreadsheetApp.WrapStrategy.WRAP);
  for (const email of [columns.email, columns.ownerEmail]) sheet.setColumnWidth(email + 1, NARROW);
  sheet.hideColumns(columns.key + 1);
}

/**
 * A filter over the table down to the sheet's last row. One that already covers it is left alone; one that does
 * not (the sheet grew) is made again with the user's criteria on the same columns.
 */
function setFilter(sheet: Sheet, headerRow: number, maxRows: number, width: number): void {
  const wanted = `A${headerRow}:${columnLetter(width - 1)}${maxRows}`;
  const existing = sheet.getFilter();
  const criteria: { column: number; criteria: GoogleAppsScript.Spreadsheet.FilterCriteria }[] = [];
  if (existing) {
    if (existing.getRange().getA1Notation() === wanted) return;
    for (let column = 1; column <= width; column++) {
      const kept = existing.getColumnFilterCriteria(column);
      if (kept) criteria.push({ column, criteria: kept });
    }
    existing.remove();
  }
  const filter = sheet.getRange(wanted).createFilter();
  for (const c of criteria) filter.setColumnFilterCriteria(c.column, c.criteria);
}
