/// <reference types="google-apps-script" />
// Sheet: ranges, size, frozen rows, filter, conditional formats, column widths of one FakeSheet.
import type { Env } from './env';
import type { FakeSheet } from './model';
import { GasConditionalFormatRule, gasFilter } from './rules';
import { GasRange, gasRange } from './range';
import { gasSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Methods =
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getSheetValues'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'getFilter'
  | 'setConditionalFormatRules'
  | 'getConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'deleteRows'
  | 'deleteRow'
  | 'appendRow'
  | 'insertColumnsAfter'
  | 'setColumnWidth'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'autoResizeColumns'
  | 'autoResizeColumn'
  | 'getName'
  | 'setName'
  | 'activate'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'setTabColor'
  | 'hideSheet'
  | 'isSheetHidden'
  | 'getActiveRange'
  | 'getActiveCell'
  | 'setActiveSelection';

const self = (s: GasSheet) => s as unknown as Sheet;

export class GasSheet implements Pick<Sheet, Methods> {
  constructor(
    private env: Env,
    readonly model: FakeSheet,
  ) {}

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof rowOrA1 === 'string') return gasRange(this.env, this.model, this.model.range(rowOrA1));
    const area = { row: rowOrA1, col: column ?? NaN, numRows, numCols: numColumns };
    if (![area.row, area.col, numRows, numColumns].every(Number.isInteger)) {
      const args = [rowOrA1, column, numRows, numColumns].join(',');
      throw new Error(`Cannot find method getRange(${args}): arguments must be whole numbers.`);
    }
    this.model.check(area);
    return gasRange(this.env, this.model, area);
  }
  getDataRange() {
    const { lastRow, lastColumn } = this.model;
    return gasRange(this.env, this.model, { row: 1, col: 1, numRows: Math.max(1, lastRow), numCols: Math.max(1, lastColumn) });
  }
  getLastRow() {
    return this.model.lastRow;
  }
  getLastColumn() {
    return this.model.lastColumn;
  }
  getMaxRows() {
    return this.model.maxRows;
  }
  getMaxColumns() {
    return this.model.maxColumns;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number) {
    return (this.getRange(startRow, startColumn, numRows, numColumns) as unknown as GasRange).getValues();
  }
  setFrozenRows(rows: number) {
    if (rows > this.model.maxRows) throw new Error('You can not freeze all the rows in the sheet.');
    this.model.frozenRows = rows;
  }
  getFrozenRows() {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number) {
    this.model.frozenColumns = columns;
  }
  getFrozenColumns() {
    return this.model.frozenColumns;
  }
  getFilter() {
    return this.model.filterRange ? gasFilter(this.env, this.model) : null;
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) {
    this.model.conditionalRules = rules.map((r) => (r as unknown as GasConditionalFormatRule).rule);
  }
  getConditionalFormatRules() {
    return this.model.conditionalRules.map((rule) => {
      const ranges = rule.ranges.map((a1) => gasRange(this.env, this.model, this.model.range(a1)));
      const gas = this.env.wrap(new GasConditionalFormatRule(this.env, rule, ranges), 'ConditionalFormatRule');
      return gas as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
    });
  }
  clearConditionalFormatRules() {
    this.model.conditionalRules = [];
  }
  private whole() {
    return new GasRange(this.env, this.model, { row: 1, col: 1, numRows: this.model.maxRows, numCols: this.model.maxColumns });
  }
  /**
   * The Sheet reference (developers.google.com/apps-script/reference/spreadsheet/sheet): clear() "Clears the sheet of
   * content and formatting information", clearFormats() clears "formatting ... (ex: bold, italics, conditional
   * formatting)", clearNotes() "Clears the sheet of all notes". So clear() and clearFormats() also drop the
   * conditional-format rules, and only clearNotes() drops notes. Formats here: styles, number formats and, as
   * Range.clear's formatOnly documents, data validation.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    this.whole().clear(options);
    if (!options?.contentsOnly || options.formatOnly) this.model.conditionalRules = [];
    return self(this);
  }
  clearContents() {
    this.whole().clearContent();
    return self(this);
  }
  clearFormats() {
    this.whole().clear({ formatOnly: true });
    this.model.conditionalRules = [];
    return self(this);
  }
  clearNotes() {
    this.whole().clearNote();
    return self(this);
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.model.insertRowsAfter(afterPosition, howMany);
    return self(this);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    if (beforePosition < 1) throw new Error(`Those rows are out of bounds: insertRowsBefore(${beforePosition}, ${howMany}).`);
    this.model.insertRowsAfter(beforePosition - 1, howMany, beforePosition);
    return self(this);
  }
  insertRowAfter(afterPosition: number) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number) {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1) {
    this.model.insertRowsAfter(rowIndex - 1, numRows);
  }
  deleteRows(rowPosition: number, howMany: number) {
    this.model.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number) {
    this.model.deleteRows(rowPosition, 1);
    return self(this);
  }
  appendRow(rowContents: unknown[]) {
    const row = this.model.lastRow + 1;
    if (row > this.model.maxRows) this.model.insertRowsAfter(this.model.maxRows, 1);
    const { maxColumns } = this.model;
    if (rowContents.length > maxColumns) this.model.insertColumnsAfter(maxColumns, rowContents.length - maxColumns);
    this.model.writeTyped({ row, col: 1, numRows: 1, numCols: rowContents.length }, [rowContents]);
    return self(this);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.model.insertColumnsAfter(afterPosition, howMany);
    return self(this);
  }
  setColumnWidth(columnPosition: number, width: number) {
    this.model.columnWidths[columnPosition] = width;
    return self(this);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = width;
    return self(this);
  }
  hideColumns(columnIndex: number, numColumns = 1) {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1) {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number) {
    return this.model.hiddenColumns.has(columnPosition);
  }
  getColumnWidth(columnPosition: number) {
    const w = this.model.columnWidths[columnPosition];
    return typeof w === 'number' ? w : 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number) {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = 'auto';
    return self(this);
  }
  autoResizeColumn(columnPosition: number) {
    return this.autoResizeColumns(columnPosition, 1);
  }
  getName() {
    return this.model.name;
  }
  setName(name: string) {
    const other = this.model.book.sheet(name);
    if (other && other !== this.model) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = name;
    return self(this);
  }
  activate() {
    this.model.book.activate(this.model);
    return self(this);
  }
  getSheetId() {
    return this.model.book.sheets.indexOf(this.model) + 1000;
  }
  getIndex() {
    return this.model.book.sheets.indexOf(this.model) + 1;
  }
  getParent() {
    return gasSpreadsheet(this.env);
  }
  setTabColor(color: string | null) {
    this.model.tabColor = color;
    return self(this);
  }
  hideSheet() {
    this.model.hidden = true;
    return self(this);
  }
  isSheetHidden() {
    return this.model.hidden;
  }
  getActiveRange() {
    const book = this.model.book;
    return book.activeSheet === this.model ? gasRange(this.env, this.model, book.activeRange) : null;
  }
  getActiveCell() {
    const book = this.model.book;
    const at = book.activeSheet === this.model ? book.activeRange : { row: 1, col: 1 };
    return gasRange(this.env, this.model, { row: at.row, col: at.col, numRows: 1, numCols: 1 });
  }
  setActiveSelection(range: Range | string) {
    const area = typeof range === 'string' ? this.model.range(range) : (range as unknown as GasRange).area;
    this.model.book.activate(this.model, area);
    return gasRange(this.env, this.model, area);
  }
}

const sheets = new WeakMap<FakeSheet, Sheet>();
/** The one counted Sheet object of a FakeSheet. */
export function gasSheet(env: Env, model: FakeSheet): Sheet {
  let sheet = sheets.get(model);
  if (!sheet) sheets.set(model, (sheet = env.wrap(new GasSheet(env, model), 'Sheet') as unknown as Sheet));
  return sheet;
}
