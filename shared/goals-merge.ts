import { a1 } from './a1';
import { cellExact } from './cells';
import { GOALS_FIELDS, GOALS_HEADERS, type CareerGoals, type GoalsField, type GoalsResult, type GoalsRow } from './goals';
import { mergeGoals, type GoalsByPerson } from './goals-file';

// Incoming career goals (a paste, a CSV) merged into a goals table a person keeps in a sheet (contract section 8),
// by the same rule as the extension's import (goals-file.ts mergeGoals): a blank cell is filled, a person new to the
// table gets a row, and a cell that already holds other text is not changed here but comes back as a conflict, for
// the person to decide. What this adds is where each of those lands in the table's grid. Pure.

/** A cell to write: its 1-based row and 0-based column in the table's grid, and the text. */
export interface GoalsCellWrite {
  row: number;
  column: number;
  field: GoalsField;
  value: string;
}

/** A cell that holds other text than the incoming one. */
export interface GoalsTableConflict extends GoalsCellWrite {
  /** A1 of the cell. */
  cell: string;
  /** The column's header as the contract names it. */
  header: string;
  /** Whose row it is: the Person cell, or the email. */
  person: string;
  /** The cell's text now. */
  current: string;
}

export interface GoalsTableMerge {
  /** Blank cells the incoming rows fill. */
  fills: GoalsCellWrite[];
  conflicts: GoalsTableConflict[];
  /** People the table has no row for, in incoming order. */
  added: CareerGoals[];
  /** Headers of fields incoming rows give that the table has no column for (the person removed it): left out. */
  noColumn: string[];
}

/** The 1-based row of a row's Email cell (`C12` → 12). */
const rowOf = (row: GoalsRow) => Number(/\d+$/.exec(row.emailCell)![0]);
const headerOf = (field: GoalsField) => GOALS_HEADERS[GOALS_FIELDS.indexOf(field)]!;

/**
 * Merges incoming goals rows into a table: `cells` is its grid as the core reads it (date cells as `YYYY-MM-DD`) and
 * `table` that grid read by readGoals. Each row is compared as its cells hold it, so a date cell holding "next
 * spring" is not blank. The Email cell of a matched row is never written: it is the key.
 */
export function mergeGoalsIntoTable(
  cells: readonly (readonly unknown[])[],
  table: GoalsResult,
  incoming: readonly GoalsRow[],
): GoalsTableMerge {
  const stored: GoalsByPerson = {};
  for (const row of table.rows) {
    const text = (f: GoalsField) => (table.columns[f] === undefined ? '' : cellExact(cells[rowOf(row) - 1]?.[table.columns[f]]));
    stored[row.identity] = Object.fromEntries(GOALS_FIELDS.map((f) => [f, f === 'email' ? row.goals.email : text(f)])) as CareerGoals;
  }
  const merged = mergeGoals(stored, incoming, {});
  const merge: GoalsTableMerge = { fills: [], conflicts: [], added: merged.added.map((id) => merged.goals[id]!), noColumn: [] };
  const lacking = (field: GoalsField) => {
    if (!merge.noColumn.includes(headerOf(field))) merge.noColumn.push(headerOf(field));
  };
  for (const row of table.rows) {
    const [before, after] = [stored[row.identity]!, merged.goals[row.identity]!];
    for (const field of GOALS_FIELDS) {
      if (after[field] === before[field]) continue;
      const column = table.columns[field];
      if (column === undefined) lacking(field);
      else merge.fills.push({ row: rowOf(row), column, field, value: after[field] });
    }
  }
  const rows = new Map(table.rows.map((row) => [row.identity, row]));
  for (const c of merged.conflicts) {
    const column = table.columns[c.field];
    const row = rows.get(c.identity)!;
    if (column === undefined) continue; // only a field the table has can hold text
    const person = row.goals.person.trim() || row.goals.email;
    merge.conflicts.push({
      row: rowOf(row),
      column,
      field: c.field,
      value: c.theirs,
      cell: a1(column, rowOf(row)),
      header: c.header,
      person,
      current: c.mine,
    });
  }
  return merge;
}
