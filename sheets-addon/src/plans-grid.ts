import { isBlankRow } from '../../shared/cells';
import { isIsoDay } from '../../shared/dates';
import { PLAN_COLUMNS, type PlansTable } from '../../shared/plans-table';
import { PLAN_HEADERS, type PlanRow } from '../../shared/types';
import { keptCell, textCell } from './values';

// What the Plans sheet becomes: pure grids in, one grid out, written with a single setValues.

type Field = (typeof PLAN_COLUMNS)[number]['field'];

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
  /** 0-based column of each contract field. */
  columns: Record<Field, number>;
  width: number;
}

/** A generated row's cell: Due as the ISO day (Sheets makes it a date), everything else as plain text. */
function newCell(field: Field, value: string): unknown {
  return field === 'due' && isIsoDay(value) ? value : textCell(value);
}

function newRowCells(row: PlanRow, columns: Record<Field, number>, width: number): unknown[] {
  const cells: unknown[] = new Array(width).fill('');
  for (const { field } of PLAN_COLUMNS) cells[columns[field]] = newCell(field, row[field]);
  return cells;
}

const CONTRACT_COLUMNS = Object.fromEntries(PLAN_COLUMNS.map((c, i) => [c.field, i])) as Record<Field, number>;

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
  const columns = existing.sourceColumns as Record<Field, number>;
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
