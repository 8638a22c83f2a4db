/// <reference types="google-apps-script" />
import { personOf } from '../../shared/plans-table';
import { UserError } from '../../shared/user-error';
import { newRowsGrid, type PlansLayout } from './plans-grid';
import { peopleIn, type SheetInsertion } from './plans-places';
import { stoppedText, type InsertProgress } from './refresh-report';
import { ensureSize } from './sheet-io';

// New rows go in with the sheet's own row insertion, and only they are written: the rows already there are never
// read back or rewritten, so their formulas (Sheets moves their references), links, formats and cell notes stay as
// the user left them. Bottom first, so every row number still to be used holds; one insertion and one write per place,
// so a run cut short leaves whole people written and the rest untouched.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Inserted extends InsertProgress {
  /** The sheet's row count afterwards, for the formats. */
  maxRows: number;
  /** Whether every place got its rows; false when the run stopped for time. */
  complete: boolean;
  /** New rows written. */
  rowsDone: number;
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
): Inserted {
  const { columns, width } = layout;
  const progress: InsertProgress = { peopleDone: 0, peopleTotal: peopleIn(places).size };
  const done = new Set<string>();
  let maxRows = 0;
  let rowsDone = 0;
  try {
    const below = places[0]?.below ? places[0].rows.length : 0;
    maxRows = ensureSize(sheet, lastRow + below, width);
    for (const place of places) {
      if (outOfTime()) return { ...progress, maxRows, complete: false, rowsDone };
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
    }
  } catch (error) {
    throw new UserError(stoppedText(detailOf(error), progress));
  }
  return { ...progress, maxRows, complete: true, rowsDone };
}
