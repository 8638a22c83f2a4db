import { isBlankRow } from '../../shared/cells';
import { isIsoDay } from '../../shared/dates';
import { PLAN_COLUMNS, type PlansTable } from '../../shared/plans-table';
import { PLAN_HEADERS, type PlanRow } from '../../shared/types';
import { keptCell, textCell } from './values';

// What the Plans sheet becomes: pure grids in, one grid out, written with a single setValues.

type Field = (typeof PLAN_COLUMNS)[number]['field'];
/** 0-based column of each contract field. */
export type PlanColumns = Record<Field, number>;

/** A sheet's cells as read once: values, formulas (A1, '' where none) and cell notes, all the same shape. */
export interface SheetCells {
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
}

export interface PlansGrid {
  /** The whole sheet from A1. */
  values: unknown[][];
  /** Cell notes in their new places, when rows with notes moved; otherwise left as they are. */
  notes?: string[][];
  /** 1-based row of the header. */
  headerRow: number;
  columns: PlanColumns;
  width: number;
}

/** Where the table is in the sheet: what the formats need. */
export type PlansLayout = Pick<PlansGrid, 'headerRow' | 'columns' | 'width'>;

/** A generated row's cell: Due as the ISO day (Sheets makes it a date), everything else as plain text. */
function newCell(field: Field, value: string): unknown {
  return field === 'due' && isIsoDay(value) ? value : textCell(value);
}

function newRowCells(row: PlanRow, columns: PlanColumns, width: number): unknown[] {
  const cells: unknown[] = new Array(width).fill('');
  for (const { field } of PLAN_COLUMNS) cells[columns[field]] = newCell(field, row[field]);
  return cells;
}

const CONTRACT_COLUMNS = Object.fromEntries(PLAN_COLUMNS.map((c, i) => [c.field, i])) as PlanColumns;

/** A new Plans sheet: the contract's header, then every row. */
export function freshPlansGrid(rows: readonly PlanRow[]): PlansGrid {
  const width = PLAN_HEADERS.length;
  return {
    values: [[...PLAN_HEADERS], ...rows.map((row) => newRowCells(row, CONTRACT_COLUMNS, width))],
    headerRow: 1,
    columns: CONTRACT_COLUMNS,
    width,
  };
}

/**
 * An existing Plans sheet with refreshPlans' result laid into it. Every existing cell is written back as it was
 * (blank rows, rows above the header, columns in the user's order, formulas); new rows go where refreshPlans put
 * them, which is known because refreshPlans keeps the existing row objects themselves.
 */
export function refreshedPlansGrid(sheet: SheetCells, existing: PlansTable, refreshed: readonly PlanRow[], core: readonly (readonly unknown[])[]): PlansGrid {
  const headerIndex = core.findIndex((row) => !isBlankRow(row));
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const columns = existing.sourceColumns as PlanColumns;
  const gridRowOf = new Map<PlanRow, number>();
  existing.rows.forEach((row, i) => gridRowOf.set(row, existing.sourceRows![i]! - 1));

  const after = new Map<number, PlanRow[]>();
  const last = sheet.values.length - 1;
  let anchor = -1;
  for (const row of refreshed) {
    const own = gridRowOf.get(row);
    if (own !== undefined) {
      anchor = own;
      continue;
    }
    // Before any kept row only when the table had no rows: then new rows follow whatever the sheet holds.
    const at = anchor < 0 ? last : anchor;
    const list = after.get(at) ?? [];
    list.push(row);
    after.set(at, list);
  }

  const values: unknown[][] = [];
  const notes: string[][] = [];
  let moved = false;
  let inserted = false;
  sheet.values.forEach((row, r) => {
    const kept: unknown[] = [];
    for (let c = 0; c < width; c++) kept.push(keptCell(row[c], sheet.formulas[r]?.[c] ?? ''));
    values.push(kept);
    const rowNotes = Array.from({ length: width }, (_, c) => sheet.notes[r]?.[c] ?? '');
    notes.push(rowNotes);
    if (inserted && rowNotes.some((n) => n !== '')) moved = true;
    for (const added of after.get(r) ?? []) {
      values.push(newRowCells(added, columns, width));
      notes.push(new Array(width).fill(''));
      inserted = true;
    }
  });
  return { values, notes: moved ? notes : undefined, headerRow: headerIndex + 1, columns, width };
}

/** Generated rows alone, in the sheet's own column order: what goes below the table when nothing has to move. */
export function newRowsGrid(rows: readonly PlanRow[], columns: PlanColumns, width: number): unknown[][] {
  return rows.map((row) => newRowCells(row, columns, width));
}

/**
 * The part of the sheet a refresh rewrites when new rows go between existing ones: from the first row that moves
 * down (`from`, 1-based; `cells` holds that row and every row below it), each kept row written back as it was, with
 * the new rows after the rows they follow (`after`, by 1-based sheet row). Notes are returned when a kept row has
 * one, since every kept row here moves.
 */
export function movedRowsGrid(cells: SheetCells, from: number, after: ReadonlyMap<number, readonly PlanRow[]>, columns: PlanColumns, width: number): { values: unknown[][]; notes?: string[][] } {
  const values: unknown[][] = [];
  const notes: string[][] = [];
  let hasNotes = false;
  const addNew = (sheetRow: number) => {
    for (const added of after.get(sheetRow) ?? []) {
      values.push(newRowCells(added, columns, width));
      notes.push(new Array(width).fill(''));
    }
  };
  addNew(from - 1);
  cells.values.forEach((row, i) => {
    const kept: unknown[] = [];
    for (let c = 0; c < width; c++) kept.push(keptCell(row[c], cells.formulas[i]?.[c] ?? ''));
    values.push(kept);
    const rowNotes = Array.from({ length: width }, (_, c) => cells.notes[i]?.[c] ?? '');
    if (!hasNotes && rowNotes.some((n) => n !== '')) hasNotes = true;
    notes.push(rowNotes);
    addNew(from + i);
  });
  return { values, notes: hasNotes ? notes : undefined };
}
