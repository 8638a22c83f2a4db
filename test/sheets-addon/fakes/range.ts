/// <reference types="google-apps-script" />
// Range: reads and writes blocks of one FakeSheet. Values cross into the script's realm (Dates) on the way out.
import { toA1, type CellRange } from './a1';
import { isDate } from './cells';
import type { Env } from './env';
import type { FakeSheet } from './model';
import { gasDataValidation, gasFilter, type GasDataValidation } from './rules';
import { gasSheet } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type Methods =
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'setValues'
  | 'setValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'clearDataValidations'
  | 'getNote'
  | 'getNotes'
  | 'setNote'
  | 'setNotes'
  | 'clearNote'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setFontColor'
  | 'setFontStyle'
  | 'setFontSize'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getSheet'
  | 'getCell'
  | 'offset'
  | 'isBlank'
  | 'activate'
  | 'createFilter'
  | 'clear'
  | 'clearContent'
  | 'clearFormat';

const self = (r: GasRange) => r as unknown as Range;

/** Maps each cell of what should be a 2-D array, leaving a malformed one for setEach to report. */
function mapCells<T, U>(rows: T[][], f: (v: T) => U): U[][] {
  if (!Array.isArray(rows)) return rows;
  return rows.map((r) => (Array.isArray(r) ? r.map(f) : (r as unknown as U[])));
}

export class GasRange implements Pick<Range, Methods> {
  constructor(
    private env: Env,
    readonly sheet: FakeSheet,
    readonly area: CellRange,
  ) {}

  private toScript(v: unknown): unknown {
    return isDate(v) ? this.env.date(v.getTime()) : v;
  }
  private fill<T>(grid: { fill(r: number, c: number, nr: number, nc: number, v: T): void }, value: T): Range {
    const { row, col, numRows, numCols } = this.area;
    grid.fill(row - 1, col - 1, numRows, numCols, value);
    return self(this);
  }
  /** Writes a same-shaped block into a grid, with the message Sheets gives for a wrong shape. */
  private setEach<T>(grid: { set(r: number, c: number, v: T): void }, rows: readonly (readonly T[])[], what: string): Range {
    const { row, col, numRows, numCols } = this.area;
    if (!Array.isArray(rows) || rows.length !== numRows || rows.some((r) => !Array.isArray(r) || r.length !== numCols)) {
      throw new Error(`The ${what} data does not match the range: it must be ${numRows} rows of ${numCols}.`);
    }
    rows.forEach((r: readonly T[], i) => r.forEach((v: T, j) => grid.set(row - 1 + i, col - 1 + j, v)));
    return self(this);
  }
  private first<T>(grid: { get(r: number, c: number): T }): T {
    return grid.get(this.area.row - 1, this.area.col - 1);
  }

  getValues() {
    return this.sheet.read(this.sheet.cells, this.area).map((row) => row.map((v) => this.toScript(v)));
  }
  getValue() {
    return this.toScript(this.first(this.sheet.cells));
  }
  getDisplayValues() {
    return this.sheet.display(this.area);
  }
  getDisplayValue() {
    return this.sheet.display({ ...this.area, numRows: 1, numCols: 1 })[0]![0]!;
  }
  setValues(values: unknown[][]) {
    this.sheet.writeTyped(this.area, values);
    return self(this);
  }
  setValue(value: unknown) {
    const { numRows, numCols } = this.area;
    this.sheet.writeTyped(
      this.area,
      Array.from({ length: numRows }, () => new Array<unknown>(numCols).fill(value)),
    );
    return self(this);
  }
  getFormulas() {
    return this.sheet.read(this.sheet.formulaGrid, this.area);
  }
  getFormula() {
    return this.first(this.sheet.formulaGrid);
  }
  setFormula(formula: string) {
    return this.setValue(formula.startsWith('=') ? formula : `=${formula}`);
  }
  setFormulas(formulas: string[][]) {
    return this.setValues(formulas.map((r) => r.map((f) => (f === '' || f.startsWith('=') ? f : `=${f}`))));
  }
  getNumberFormat() {
    return this.first(this.sheet.formatGrid);
  }
  getNumberFormats() {
    return this.sheet.read(this.sheet.formatGrid, this.area);
  }
  setNumberFormat(numberFormat: string) {
    return this.fill(this.sheet.formatGrid, numberFormat);
  }
  setNumberFormats(numberFormats: string[][]) {
    return this.setEach(this.sheet.formatGrid, numberFormats, 'number format');
  }
  getDataValidation() {
    const rule = this.first(this.sheet.validationGrid);
    return rule ? gasDataValidation(this.env, rule) : null;
  }
  getDataValidations() {
    const rules = this.sheet.read(this.sheet.validationGrid, this.area);
    return rules.map((row) => row.map((rule) => (rule ? gasDataValidation(this.env, rule) : null)));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
    return this.fill(this.sheet.validationGrid, rule ? (rule as unknown as GasDataValidation).rule : null);
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]) {
    const plain = mapCells(rules, (v) => (v ? (v as unknown as GasDataValidation).rule : null));
    return this.setEach(this.sheet.validationGrid, plain, 'data validation');
  }
  clearDataValidations() {
    return this.fill(this.sheet.validationGrid, null);
  }
  getNote() {
    return this.first(this.sheet.noteGrid);
  }
  getNotes() {
    return this.sheet.read(this.sheet.noteGrid, this.area);
  }
  setNote(note: string | null) {
    return this.fill(this.sheet.noteGrid, note == null ? '' : String(note));
  }
  setNotes(notes: (string | null)[][]) {
    return this.setEach(
      this.sheet.noteGrid,
      mapCells(notes, (n) => (n == null ? '' : String(n))),
      'note',
    );
  }
  clearNote() {
    return this.fill(this.sheet.noteGrid, '');
  }
  private style(name: string, value: string | null): Range {
    const grid = this.sheet.styleGrid(name);
    return this.fill(grid, value ?? grid.empty);
  }
  getFontWeight() {
    return this.first(this.sheet.styleGrid('fontWeight')) as FontWeight;
  }
  getFontWeights() {
    return this.sheet.read(this.sheet.styleGrid('fontWeight'), this.area) as FontWeight[][];
  }
  setFontWeight(fontWeight: string | null) {
    return this.style('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: (FontWeight | null)[][]) {
    const grid = this.sheet.styleGrid('fontWeight');
    return this.setEach(
      grid,
      mapCells(fontWeights, (w) => w ?? grid.empty),
      'font weight',
    );
  }
  getBackground() {
    return this.first(this.sheet.styleGrid('background'));
  }
  getBackgrounds() {
    return this.sheet.read(this.sheet.styleGrid('background'), this.area);
  }
  setBackground(color: string | null) {
    return this.style('background', color);
  }
  setBackgrounds(colors: string[][]) {
    return this.setEach(this.sheet.styleGrid('background'), colors, 'background');
  }
  setFontColor(color: string | null) {
    return this.style('fontColor', color);
  }
  setFontStyle(fontStyle: string | null) {
    return this.style('fontStyle', fontStyle);
  }
  setFontSize(size: number) {
    return this.style('fontSize', String(size));
  }
  setWrap(isWrapEnabled: boolean) {
    return this.style('wrap', String(isWrapEnabled));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy) {
    return this.style('wrapStrategy', String(strategy));
  }
  setHorizontalAlignment(alignment: string | null) {
    return this.style('horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null) {
    return this.style('verticalAlignment', alignment);
  }

  getA1Notation() {
    return toA1(this.area);
  }
  getRow() {
    return this.area.row;
  }
  getColumn() {
    return this.area.col;
  }
  getLastRow() {
    return this.area.row + this.area.numRows - 1;
  }
  getLastColumn() {
    return this.area.col + this.area.numCols - 1;
  }
  getNumRows() {
    return this.area.numRows;
  }
  getNumColumns() {
    return this.area.numCols;
  }
  getSheet() {
    return gasSheet(this.env, this.sheet);
  }
  getCell(row: number, column: number) {
    return this.offset(row - 1, column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows = this.area.numRows, numColumns = this.area.numCols) {
    const area = { row: this.area.row + rowOffset, col: this.area.col + columnOffset, numRows, numCols: numColumns };
    this.sheet.check(area);
    return gasRange(this.env, this.sheet, area);
  }
  isBlank() {
    return (
      this.sheet.read(this.sheet.cells, this.area).every((r) => r.every((v) => v === '')) &&
      this.sheet.read(this.sheet.formulaGrid, this.area).every((r) => r.every((f) => f === ''))
    );
  }
  activate() {
    this.sheet.book.activate(this.sheet, this.area);
    return self(this);
  }
  createFilter() {
    if (this.sheet.filterRange) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filterRange = toA1(this.area);
    return gasFilter(this.env, this.sheet);
  }
  /**
   * What the Range reference says (developers.google.com/apps-script/reference/spreadsheet/range, checked 2026-04):
   * clear() "Clears the range of contents and formats"; clear(options) clears "contents, format, data validation
   * rules, and/or comments" as the options say, and for formatOnly "clearing format also clears data validation
   * rules". So with no option set, contents, formats and data validation go, and notes ("comments") stay: the fake
   * used to clear notes too. (The page also says of clear(options) "By default all data is cleared"; the fake reads
   * that as clear()'s own sentence, contents and formats.)
   */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }) {
    const some = !!options && !!(options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    if (!some || options?.contentsOnly) this.clearContent();
    if (!some || options?.formatOnly) {
      this.clearFormat();
      this.fill(this.sheet.formatGrid, this.sheet.formatGrid.empty);
      this.clearDataValidations();
    }
    if (options?.commentsOnly) this.clearNote();
    if (options?.validationsOnly) this.clearDataValidations();
    return self(this);
  }
  clearContent() {
    this.fill(this.sheet.cells, '');
    return this.fill(this.sheet.formulaGrid, '');
  }
  /** The reference: clearFormat() "clears text formatting ... but does not reset any number formatting rules". */
  clearFormat() {
    for (const grid of this.sheet.styleGrids.values()) this.fill(grid, grid.empty);
    return self(this);
  }
}

/** A counted Range over an area already checked against the sheet's size. */
export function gasRange(env: Env, sheet: FakeSheet, area: CellRange): Range {
  return env.wrap(new GasRange(env, sheet, area), 'Range') as unknown as Range;
}
