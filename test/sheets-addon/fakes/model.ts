// The spreadsheet as data: what the add-on's tests read and write directly (uncounted), and what the counted
// Apps Script fakes (range.ts, sheet.ts, spreadsheet.ts) work on.
import { parseA1, toA1, type CellRange } from './a1';
import { DEFAULT_NUMBER_FORMAT, displayValue, isDate, typeIn } from './cells';
import { Grid } from './grid';
import type { FilterCriteriaRecord } from './rules';
import { shiftFormula, shiftRange } from './shift';

export const MAX_WORKBOOK_CELLS = 10_000_000;

/** A data-validation rule as stored on a cell (criteria is the SpreadsheetApp.DataValidationCriteria name). */
export interface ValidationRule {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** One point of a colour scale: its colour, its SpreadsheetApp.InterpolationType name, and its value ('' for MIN/MAX). */
export interface GradientPoint {
  color: string;
  type: string;
  value: string;
}

/**
 * A conditional-format rule, ranges in A1. A boolean rule has criteria = the SpreadsheetApp.BooleanCriteria name,
 * its values and a format; a colour scale has criteria 'GRADIENT', no values, and its points in `gradient`.
 */
export interface FormatRule {
  criteria: string;
  values: unknown[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean; strikethrough?: boolean; underline?: boolean };
  ranges: string[];
  gradient?: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint };
}

const hasValue = (v: unknown) => v !== '';

function passes(rule: ValidationRule, value: unknown): boolean {
  if (value === '' || rule.allowInvalid) return true;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = (rule.values[0] as unknown[]).map((v) => String(v).toLowerCase());
      return list.includes(String(value).toLowerCase());
    }
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

/** A cell's rich text, as far as the tests need it: its text and the link on it (an in-cell hyperlink). */
export interface RichText {
  text: string;
  url: string;
}

/** One sheet: values and formats as Sheets keeps them. */
export class FakeSheet {
  frozenRows = 0;
  frozenColumns = 0;
  /** A1 of the sheet's filter, or null. */
  filterRange: string | null = null;
  /** The filter's criteria by column (1-based, counted from column A). */
  filterCriteria: Record<number, FilterCriteriaRecord> = {};
  conditionalRules: FormatRule[] = [];
  /** Column (1-based) → width in pixels, or 'auto' after autoResizeColumns. */
  columnWidths: Record<number, number | 'auto'> = {};
  /** Columns (1-based) hidden with hideColumns. */
  hiddenColumns = new Set<number>();
  tabColor: string | null = null;
  /** Sheet.hideSheet(): the tab is hidden (its cells are read and written as before). */
  hidden = false;
  readonly cells = new Grid<unknown>('');
  readonly formulaGrid = new Grid<string>('');
  readonly noteGrid = new Grid<string>('');
  /** In-cell links; writing a value into a cell drops its rich text, as in Sheets. */
  readonly richTextGrid = new Grid<RichText | null>(null);
  readonly formatGrid = new Grid<string>(DEFAULT_NUMBER_FORMAT);
  readonly validationGrid = new Grid<ValidationRule | null>(null);
  readonly styleGrids = new Map<string, Grid<string>>();

  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** The last row with a value or formula (1-based; 0 when empty), as Sheet.getLastRow. */
  get lastRow(): number {
    return Math.max(this.cells.lastRow(hasValue), this.formulaGrid.lastRow(hasValue)) + 1;
  }
  get lastColumn(): number {
    return Math.max(this.cells.lastColumn(hasValue), this.formulaGrid.lastColumn(hasValue)) + 1;
  }

  private dataGrid<T>(grid: Grid<T>): T[][] {
    return this.read(grid, { row: 1, col: 1, numRows: this.lastRow, numCols: this.lastColumn });
  }
  /** The values as stored over the data range (Dates are this realm's; '' for empty). */
  get values(): unknown[][] {
    return this.dataGrid(this.cells);
  }
  get displayValues(): string[][] {
    const r = { row: 1, col: 1, numRows: this.lastRow, numCols: this.lastColumn };
    return this.display(r);
  }
  get formulas(): string[][] {
    return this.dataGrid(this.formulaGrid);
  }
  get notes(): string[][] {
    return this.dataGrid(this.noteGrid);
  }
  get numberFormats(): string[][] {
    return this.dataGrid(this.formatGrid);
  }
  get validations(): (ValidationRule | null)[][] {
    return this.dataGrid(this.validationGrid);
  }
  /** A text style over the data range: 'fontWeight', 'background', 'fontColor', 'wrap', 'horizontalAlignment'… */
  style(name: string): string[][] {
    return this.dataGrid(this.styleGrid(name));
  }
  get fontWeights(): string[][] {
    return this.style('fontWeight');
  }
  get backgrounds(): string[][] {
    return this.style('background');
  }

  styleGrid(name: string): Grid<string> {
    let grid = this.styleGrids.get(name);
    if (!grid) {
      const empty = name === 'fontWeight' ? 'normal' : name === 'background' ? '#ffffff' : '';
      this.styleGrids.set(name, (grid = new Grid<string>(empty)));
    }
    return grid;
  }

  /** Everything about one cell, also outside the data range. */
  cell(a1: string) {
    const { row, col } = this.range(a1);
    const [r, c] = [row - 1, col - 1];
    return {
      value: this.cells.get(r, c),
      display: this.display({ row, col, numRows: 1, numCols: 1 })[0]![0]!,
      formula: this.formulaGrid.get(r, c),
      note: this.noteGrid.get(r, c),
      numberFormat: this.formatGrid.get(r, c),
      validation: this.validationGrid.get(r, c),
      fontWeight: this.styleGrid('fontWeight').get(r, c),
      background: this.styleGrid('background').get(r, c),
    };
  }

  /** A1 within this sheet, checked against its size as Sheets checks it. */
  range(a1: string): CellRange {
    const r = parseA1(a1, this.maxRows, this.maxColumns);
    this.check(r);
    return r;
  }

  check(r: CellRange): void {
    if (r.row < 1) throw new Error('The starting row of the range is too small.');
    if (r.col < 1) throw new Error('The starting column of the range is too small.');
    if (r.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (r.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (r.row + r.numRows - 1 > this.maxRows || r.col + r.numCols - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  read<T>(grid: Grid<T>, r: CellRange): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < r.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < r.numCols; j++) row.push(grid.get(r.row - 1 + i, r.col - 1 + j));
      out.push(row);
    }
    return out;
  }

  display(r: CellRange): string[][] {
    const tz = this.book.timeZone;
    return this.read(this.cells, r).map((row, i) =>
      row.map((v, j) => displayValue(v, this.formatGrid.get(r.row - 1 + i, r.col - 1 + j), tz)),
    );
  }

  /** Writes values as if typed (strings parsed, `'` dropped, `=` a formula), refusing the whole block when one
   *  cell breaks a rejecting data validation, as Sheets does. */
  writeTyped(r: CellRange, rows: readonly (readonly unknown[])[]): void {
    if (!Array.isArray(rows) || rows.length !== r.numRows) {
      const n = Array.isArray(rows) ? rows.length : 0;
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. ` +
          `The data has ${n} but the range has ${r.numRows}.`,
      );
    }
    const typed = rows.map((row, i) => {
      if (!Array.isArray(row) || row.length !== r.numCols) {
        const n = Array.isArray(row) ? row.length : 0;
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. ` +
            `The data has ${n} but the range has ${r.numCols}.`,
        );
      }
      return row.map((v, j) => {
        const [gr, gc] = [r.row - 1 + i, r.col - 1 + j];
        const t = typeIn(v, this.book.timeZone, this.formatGrid.get(gr, gc));
        const rule = this.validationGrid.get(gr, gc);
        if (rule && !passes(rule, t.value)) {
          const cell = toA1({ row: gr + 1, col: gc + 1, numRows: 1, numCols: 1 });
          throw new Error(`The data you entered in cell ${cell} violates the data validation rules set on this cell.`);
        }
        return t;
      });
    });
    typed.forEach((row, i) =>
      row.forEach((t, j) => {
        const [gr, gc] = [r.row - 1 + i, r.col - 1 + j];
        this.cells.set(gr, gc, t.value);
        this.formulaGrid.set(gr, gc, t.formula);
        this.richTextGrid.set(gr, gc, null);
        if (t.autoFormat && this.formatGrid.get(gr, gc) === DEFAULT_NUMBER_FORMAT) this.formatGrid.set(gr, gc, t.autoFormat);
      }),
    );
  }

  /** A person typing a block of values at `a1` (its top-left cell): the test's way to edit the sheet, uncounted. */
  write(a1: string, rows: unknown[][]): void {
    const { row, col } = this.range(a1);
    const r = { row, col, numRows: rows.length, numCols: rows[0]?.length ?? 0 };
    this.check(r);
    this.writeTyped(r, rows);
  }

  /**
   * Inserts blank rows after `row` (0 = at the top), as Sheet.insertRowsAfter: the rows below move down with their
   * values, formulas, notes, rich text and formats; every formula in the book that points at a row below moves with
   * it; a filter or conditional-format range that the rows go inside grows. The new rows take the formats (number
   * format, validation, styles) of the row above them, or of the row below when inserted before it (`formatFrom`).
   */
  insertRowsAfter(row: number, count: number, formatFrom = row): void {
    if (!Number.isInteger(row) || row < 0 || row > this.maxRows || !Number.isInteger(count) || count < 1) {
      throw new Error(`Those rows are out of bounds: insertRowsAfter(${row}, ${count}).`);
    }
    this.book.checkGrowth(count * this.maxColumns);
    for (const g of this.grids()) g.insertRows(row, count);
    const source = formatFrom > row ? formatFrom + count : formatFrom;
    if (source >= 1) {
      for (const g of this.formatGrids()) {
        for (let c = 0; c < this.maxColumns; c++) for (let i = 0; i < count; i++) g.set(row + i, c, g.get(source - 1, c));
      }
    }
    this.moveReferences(row, count);
    this.maxRows += count;
  }

  /** Deletes rows, as Sheet.deleteRows: references below move up, ranges shrink, references into them are #REF!. */
  deleteRows(row: number, count: number): void {
    this.check({ row, col: 1, numRows: count, numCols: 1 });
    for (const g of this.grids()) g.deleteRows(row - 1, count);
    this.moveReferences(row - 1, -count);
    this.maxRows -= count;
  }

  /** Formulas in the whole book, this sheet's filter and conditional-format ranges, after rows moved (shift.ts). */
  private moveReferences(after: number, count: number): void {
    for (const sheet of this.book.sheets) {
      for (const [r, c, f] of [...sheet.formulaGrid.entries()]) {
        if (f) sheet.formulaGrid.set(r, c, shiftFormula(f, this.name, sheet === this, after, count));
      }
    }
    const shift = (a1: string) => shiftRange(a1, after, count, this.maxRows, this.maxColumns);
    if (this.filterRange) this.filterRange = shift(this.filterRange);
    if (!this.filterRange) this.filterCriteria = {};
    for (const rule of this.conditionalRules) rule.ranges = rule.ranges.map(shift).filter((r): r is string => r !== null);
  }

  insertColumnsAfter(col: number, count: number): void {
    if (col !== this.maxColumns) throw new Error('the fake inserts columns only at the right edge');
    this.book.checkGrowth(count * this.maxRows);
    this.maxColumns += count;
  }

  private grids(): Grid<unknown>[] {
    return [this.cells, this.formulaGrid, this.noteGrid, this.richTextGrid, ...this.formatGrids()];
  }
  private formatGrids(): Grid<unknown>[] {
    return [this.formatGrid, this.validationGrid, ...this.styleGrids.values()];
  }
}

/** The whole spreadsheet: its sheets, its time zone, what is selected. */
export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  activeSheet!: FakeSheet;
  activeRange: CellRange = { row: 1, col: 1, numRows: 1, numCols: 1 };
  name = 'Team roster';

  constructor(
    readonly timeZone = 'Etc/UTC',
    initial: Record<string, unknown[][]> = { Sheet1: [] },
  ) {
    for (const [name, rows] of Object.entries(initial)) this.addSheet(name, rows);
    if (this.sheets.length === 0) this.addSheet('Sheet1');
    this.activeSheet = this.sheets[0]!;
  }

  /** Sheets finds sheet names case-insensitively (and refuses two names that differ only in case). */
  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Adds a sheet (1000 × 26 like a new one, or larger to hold `rows`, typed in as a person would). */
  addSheet(name: string, rows: unknown[][] = [], index = this.sheets.length): FakeSheet {
    if (this.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const sheet = new FakeSheet(this, name, Math.max(1000, rows.length), Math.max(26, width));
    this.checkGrowth(sheet.maxRows * sheet.maxColumns);
    this.sheets.splice(index, 0, sheet);
    const square = rows.map((r) => [...r, ...new Array<unknown>(width - r.length).fill('')]);
    if (rows.length > 0 && width > 0) sheet.writeTyped({ row: 1, col: 1, numRows: rows.length, numCols: width }, square);
    return sheet;
  }

  removeSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activate(this.sheets[0]!);
  }

  activate(sheet: FakeSheet, range: CellRange = { row: 1, col: 1, numRows: 1, numCols: 1 }): void {
    this.activeSheet = sheet;
    this.activeRange = range;
  }

  /** Selects a range, as the user clicking on "the selected person" before a menu item. */
  setActiveRange(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    this.activate(sheet, sheet.range(a1));
  }

  checkGrowth(cells: number): void {
    const used = this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
    if (used + cells > MAX_WORKBOOK_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_WORKBOOK_CELLS} cells.`);
    }
  }
}
