/// <reference types="google-apps-script" />
// Spreadsheet and SpreadsheetApp: the active spreadsheet, its sheets and selection, toasts, builders, flush.
import type { Env } from './env';
import { type GasRange, gasRange } from './range';
import { newConditionalFormatRule, newDataValidation, newFilterCriteria } from './rules';
import { type GasSheet, gasSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Methods =
  | 'getSheetByName'
  | 'insertSheet'
  | 'getSheets'
  | 'getNumSheets'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'getActiveCell'
  | 'getCurrentCell'
  | 'setActiveRange'
  | 'getRange'
  | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'toast'
  | 'getName'
  | 'getId'
  | 'getUrl';

const modelOf = (sheet: Sheet) => (sheet as unknown as GasSheet).model;

export class GasSpreadsheet implements Pick<Spreadsheet, Methods> {
  constructor(private env: Env) {}
  private get book() {
    return this.env.book;
  }

  getSheetByName(name: string) {
    const model = this.book.sheet(name);
    return model ? gasSheet(this.env, model) : null;
  }
  /** insertSheet(), (index), (name), (name, index); the new sheet becomes the active one, as in Sheets. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): Sheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.book.sheets.length;
    const model = this.book.addSheet(name, [], at);
    this.book.activate(model);
    return gasSheet(this.env, model);
  }
  private freeName(): string {
    let n = this.book.sheets.length + 1;
    while (this.book.sheet(`Sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }
  getSheets() {
    return this.book.sheets.map((s) => gasSheet(this.env, s));
  }
  getNumSheets() {
    return this.book.sheets.length;
  }
  deleteSheet(sheet: Sheet) {
    this.book.removeSheet(modelOf(sheet));
  }
  getActiveSheet() {
    return gasSheet(this.env, this.book.activeSheet);
  }
  setActiveSheet(sheet: Sheet) {
    this.book.activate(modelOf(sheet));
    return sheet;
  }
  getActiveRange() {
    return gasRange(this.env, this.book.activeSheet, this.book.activeRange);
  }
  getActiveCell() {
    const { row, col } = this.book.activeRange;
    return gasRange(this.env, this.book.activeSheet, { row, col, numRows: 1, numCols: 1 });
  }
  getCurrentCell() {
    return this.getActiveCell();
  }
  setActiveRange(range: Range) {
    const r = range as unknown as GasRange;
    this.book.activate(r.sheet, r.area);
    return range;
  }
  /** `A1:B2` on the active sheet, or `'Sheet name'!A1:B2`. */
  getRange(a1Notation: string) {
    const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1Notation);
    const model = m ? this.book.sheet((m[1] ?? m[2]!).replace(/''/g, "'")) : this.book.activeSheet;
    if (!model) throw new Error(`Range not found: ${a1Notation}`);
    return gasRange(this.env, model, model.range(m ? m[3]! : a1Notation));
  }
  getSpreadsheetTimeZone() {
    return this.book.timeZone;
  }
  getSpreadsheetLocale() {
    return 'en_US';
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null) {
    this.env.ui.toasts.push({
      message: String(msg),
      ...(title === undefined ? {} : { title: String(title) }),
      ...(timeoutSeconds == null ? {} : { timeoutSeconds }),
    });
  }
  getName() {
    return this.book.name;
  }
  getId() {
    return 'fake-spreadsheet-id';
  }
  getUrl() {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit';
  }
}

/** The counted active Spreadsheet (one per environment). */
export function gasSpreadsheet(env: Env): Spreadsheet {
  return env.wrap(new GasSpreadsheet(env), 'Spreadsheet') as unknown as Spreadsheet;
}

/** Apps Script enums are objects whose values print as their names; the add-on only passes them back. */
function enumOf(...names: string[]) {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
}

export const SPREADSHEET_ENUMS = {
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  DataValidationCriteria: enumOf('VALUE_IN_LIST', 'DATE_IS_VALID_DATE', 'CHECKBOX', 'TEXT_IS_VALID_EMAIL', 'CUSTOM_FORMULA'),
  BooleanCriteria: enumOf('CUSTOM_FORMULA', 'TEXT_EQUAL_TO', 'TEXT_CONTAINS', 'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_BEFORE', 'DATE_AFTER'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  // The colour-scale point types, as @types/google-apps-script 2.0.13 lists them.
  InterpolationType: enumOf('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'),
  Dimension: enumOf('COLUMNS', 'ROWS'),
};

type AppMethods =
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getCurrentCell'
  | 'getUi'
  | 'flush'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'newFilterCriteria'
  | 'setActiveSheet'
  | 'setActiveRange'
  | 'openById'
  | 'openByUrl';

/** What Apps Script throws when openById/openByUrl names a spreadsheet the user may not open (or none). */
export const NO_ACCESS = 'Exception: You do not have permission to access the requested document.';

class GasSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods> {
  readonly BorderStyle = SPREADSHEET_ENUMS.BorderStyle as never;
  readonly DataValidationCriteria = SPREADSHEET_ENUMS.DataValidationCriteria as never;
  readonly BooleanCriteria = SPREADSHEET_ENUMS.BooleanCriteria as never;
  readonly WrapStrategy = SPREADSHEET_ENUMS.WrapStrategy as never;
  readonly InterpolationType = SPREADSHEET_ENUMS.InterpolationType as never;
  readonly Dimension = SPREADSHEET_ENUMS.Dimension as never;
  private spreadsheet: Spreadsheet;
  constructor(private env: Env) {
    this.spreadsheet = gasSpreadsheet(env);
  }
  getActive() {
    return this.spreadsheet;
  }
  getActiveSpreadsheet() {
    return this.spreadsheet;
  }
  getActiveSheet() {
    return gasSheet(this.env, this.env.book.activeSheet);
  }
  getActiveRange() {
    return gasRange(this.env, this.env.book.activeSheet, this.env.book.activeRange);
  }
  getCurrentCell() {
    const { row, col } = this.env.book.activeRange;
    return gasRange(this.env, this.env.book.activeSheet, { row, col, numRows: 1, numCols: 1 });
  }
  getUi() {
    return this.env.ui.gas;
  }
  flush() {
    this.env.flushes += 1;
  }
  newDataValidation() {
    return newDataValidation(this.env);
  }
  newConditionalFormatRule() {
    return newConditionalFormatRule(this.env);
  }
  newFilterCriteria() {
    return newFilterCriteria(this.env);
  }
  setActiveSheet(sheet: Sheet) {
    this.env.book.activate(modelOf(sheet));
    return sheet;
  }
  setActiveRange(range: Range) {
    const r = range as unknown as GasRange;
    this.env.book.activate(r.sheet, r.area);
    return range;
  }
  /** Another spreadsheet of env.spreadsheets, with its own sheets; the calls on it count as the active one's do. */
  openById(id: string) {
    const book = this.env.spreadsheets.get(String(id));
    if (!book) throw new Error(NO_ACCESS);
    return this.env.wrap(new GasSpreadsheet({ ...this.env, book }), 'Spreadsheet') as unknown as Spreadsheet;
  }
  openByUrl(url: string) {
    const id = /\/d\/([^/]+)/.exec(String(url));
    if (!id) throw new Error(`Exception: Invalid argument: url`);
    return this.openById(id[1]!);
  }
}

/** The counted SpreadsheetApp global. */
export function spreadsheetApp(env: Env): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return env.wrap(new GasSpreadsheetApp(env), 'SpreadsheetApp') as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
