import { personOf } from '../../shared/plans-table';
import type { Insertion } from '../../shared/refresh';
import type { PlanRow } from '../../shared/types';

// refreshPlans' insertions in sheet rows, in the order a refresh applies them. Pure.

/** New rows that go right after one sheet row. */
export interface SheetInsertion {
  /** 1-based sheet row the rows go after. */
  after: number;
  rows: PlanRow[];
  /** Below the table's last row: written into the blank rows there, nothing to insert. */
  below: boolean;
}

/**
 * Each insertion at its sheet row (`sheetRows[i]` is the 1-based row of the existing row at index i; 'end' is the
 * table's last row), those that land on the same row made one, bottom first: inserting rows then never moves a row
 * still to be used.
 */
export function sheetInsertions(insertions: readonly Insertion[], sheetRows: readonly number[], lastRow: number): SheetInsertion[] {
  const byRow = new Map<number, PlanRow[]>();
  for (const { after, rows } of insertions) {
    const row = after === 'end' ? lastRow : sheetRows[after]!;
    byRow.set(row, [...(byRow.get(row) ?? []), ...rows]);
  }
  return [...byRow].sort(([a], [b]) => b - a).map(([after, rows]) => ({ after, rows, below: after >= lastRow }));
}

/** The people whose new rows these are. */
export function peopleIn(places: readonly SheetInsertion[]): Set<string> {
  return new Set(places.flatMap((p) => p.rows.map(personOf)));
}

/** Where an existing sheet row is once the first `done` places (bottom first) have their rows: moved down by each above it. */
export function rowAfterInsertions(row: number, places: readonly SheetInsertion[], done: number): number {
  let moved = row;
  for (const place of places.slice(0, done)) if (!place.below && place.after < row) moved += place.rows.length;
  return moved;
}
