/// <reference types="google-apps-script" />
import type { CellUpdate } from '../../shared/plan-changes';
import { personOf } from '../../shared/plans-table';
import { placeNewRows, type Placement } from '../../shared/refresh';
import type { PlanRow } from '../../shared/types';
import type { Framework } from '../../shared/framework/types';
import { UserError } from '../../shared/user-error';
import { newRowsGrid, type PlansLayout } from './plans-grid';
import { peopleIn, type SheetInsertion } from './plans-places';
import { readDueAndNotes, type PlansFacts } from './plans-read';
import { closingStoppedText, stoppedText, type InsertProgress } from './refresh-report';
import { ensureSize } from './sheet-io';
import { textCell, type DayOf } from './values';

// New rows go in with the sheet's own row insertion, and only they are written: the rows already there are never
// read back or rewritten, so their formulas (Sheets moves their references), links, formats and cell notes stay as
// the user left them; the one exception is contract 9's, the Status and Notes cells of an earlier path's untouched
// steps (closeSteps), written first. Bottom first, so every row number still to be used holds; one insertion and one
// write per place, so a run cut short leaves whole people written and the rest untouched.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Inserted extends InsertProgress {
  /** The sheet's row count afterwards, for the formats. */
  maxRows: number;
  /** Whether every place got its rows; false when the run stopped for time. */
  complete: boolean;
  /** New rows written. */
  rowsDone: number;
  /** Places whose rows are in, counted bottom first. */
  placesDone: number;
}

/** The reason an error gives, without Apps Script's "Exception: " in front. */
export const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/^Exception:\s*/, '').trim();

/**
 * Inserts and writes each place's new rows, bottom first, until done or `outOfTime` says to stop. A failure part way
 * becomes a UserError saying exactly what was written.
 */
export function insertNewRows(
  sheet: Sheet,
  layout: PlansLayout,
  lastRow: number,
  places: readonly SheetInsertion[],
  outOfTime: () => boolean,
  closed = 0,
): Inserted {
  const { columns, width } = layout;
  const progress: InsertProgress = { peopleDone: 0, peopleTotal: peopleIn(places).size, closed };
  const done = new Set<string>();
  let maxRows = 0;
  let rowsDone = 0;
  let placesDone = 0;
  try {
    const below = places[0]?.below ? places[0].rows.length : 0;
    maxRows = ensureSize(sheet, lastRow + below, width);
    for (const place of places) {
      if (outOfTime()) return { ...progress, maxRows, complete: false, rowsDone, placesDone };
      const values = newRowsGrid(place.rows, columns, width);
      if (!place.below) {
        sheet.insertRowsAfter(place.after, values.length);
        maxRows += values.length;
        progress.blank = { after: place.after, rows: values.length };
      }
      sheet.getRange(place.after + 1, 1, values.length, width).setValues(values);
      progress.blank = undefined;
      rowsDone += values.length;
      for (const row of place.rows) done.add(personOf(row));
      progress.peopleDone = done.size;
      placesDone++;
    }
  } catch (error) {
    throw new UserError(stoppedText(detailOf(error), progress));
  }
  return { ...progress, maxRows, complete: true, rowsDone, placesDone };
}

/**
 * Where the roster's rows go and what changes (placeNewRows), from the facts read; when the changes depend on the Due
 * or Notes of some rows (a review due again, a step to close), those cells are read and the rows placed again.
 */
export function placeInSheet(
  sheet: Sheet,
  read: PlansFacts,
  generated: readonly PlanRow[],
  today: string,
  dayOf: DayOf,
  framework?: Framework,
): Placement {
  // With the team's framework, its new paths are paths and a move back from one is a path change (contract 9, 12).
  const placement = placeNewRows(read.facts, generated, today, framework);
  if (placement.unread.due.length === 0 && placement.unread.notes.length === 0) return placement;
  readDueAndNotes(sheet, read, placement.unread, dayOf);
  return placeNewRows(read.facts, generated, today, framework);
}

/**
 * Closes the untouched steps of an earlier path (placeNewRows' updates, contract section 9), before any new row goes
 * in so every row number holds: one write per run of rows next to each other, Status and Notes together where they
 * are side by side. Otherwise Notes go first: a run cut in between leaves the step Not started with its line, and
 * the next run closes it without adding the line again (closedNotes). Returns the rows closed.
 */
export function closeSteps(sheet: Sheet, layout: PlansLayout, updates: readonly CellUpdate[], sheetRows: readonly number[]): number {
  const { status, notes } = layout.columns;
  const rows = updates.map((u) => ({ row: sheetRows[u.index]!, update: u })).sort((a, b) => a.row - b.row);
  const runs: (typeof rows)[] = [];
  for (const entry of rows) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.row === entry.row - 1) run.push(entry);
    else runs.push([entry]);
  }
  let done = 0;
  try {
    for (const run of runs) {
      const write = (column: number, cells: (u: CellUpdate) => string[]) =>
        sheet.getRange(run[0]!.row, column + 1, run.length, cells(run[0]!.update).length).setValues(run.map((e) => cells(e.update)));
      if (notes === status + 1) write(status, (u) => [textCell(u.status), textCell(u.notes)]);
      else if (notes === status - 1) write(notes, (u) => [textCell(u.notes), textCell(u.status)]);
      else {
        write(notes, (u) => [textCell(u.notes)]);
        write(status, (u) => [textCell(u.status)]);
      }
      done += run.length;
    }
  } catch (error) {
    throw new UserError(closingStoppedText(detailOf(error), done, updates.length));
  }
  return done;
}
