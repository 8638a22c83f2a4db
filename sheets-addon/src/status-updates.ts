/// <reference types="google-apps-script" />
import { a1 } from '../../shared/a1';
import { readPlansTable } from '../../shared/plans-table';
import { plural } from '../../shared/plural';
import { applyStatusUpdates } from '../../shared/status-updates';
import { readStatusUpdatesText } from '../../shared/status-updates-csv';
import { cellBlocks, type CellWrite } from './goals-blocks';
import { underLock } from './lock';
import { dayIn } from './sheet-io';
import { coreGrid, textCell } from './values';
import { NO_PLANS, PLANS, TITLE } from './words';

// Apply status updates (contract section 11): the CSV the extension exports, applied to the Plans sheet under the
// document lock. Columns are found by header, so a Plans sheet in any column order works; only the Status and Notes
// cells an update changes are written, and every other cell of the sheet is left as it is.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A line of the dialog's list: a cell in Plans (`inSheet`, with a Go to button) or in the pasted text. */
export interface UpdateLine {
  cell: string;
  message: string;
  inSheet: boolean;
}

export type UpdatesResult =
  | { status: 'error'; message: string }
  | { status: 'done'; summary: string; applied: UpdateLine[]; skipped: UpdateLine[] };

const AGAIN = 'Export the status updates again from the Trellis extension (Options, Plans), then paste or upload that file.';

/** Applies pasted or uploaded status updates to the Plans sheet: what was applied and what was skipped, each with its cell. */
export function applyUpdatesToPlans(ss: Spreadsheet, text: string, lock: GoogleAppsScript.Lock.Lock): UpdatesResult {
  const read = readStatusUpdatesText(text);
  if (read.fatal) {
    const where = read.fatal.cell ? ` (${read.fatal.cell})` : '';
    return { status: 'error', message: `Nothing was applied: ${read.fatal.message}${where}. ${AGAIN}` };
  }
  const problems: UpdateLine[] = read.problems.map((p) => ({ cell: p.cell, message: `${p.message} (in what you added)`, inSheet: false }));
  return underLock(lock, () => {
    const sheet = ss.getSheetByName(PLANS);
    if (!sheet) return { status: 'error', message: NO_PLANS };
    const plans = readPlansTable(coreGrid(sheet.getDataRange().getValues(), dayIn(ss.getSpreadsheetTimeZone())));
    if (plans.fatal) {
      return { status: 'error', message: `${PLANS} is not a Trellis plans table (${plans.fatal.message}), so nothing was applied.` };
    }
    const { rows, sourceRows = [], sourceColumns = {} } = plans.table;
    const statusColumn = sourceColumns.status!;
    const notesColumn = sourceColumns.notes!;
    const outcome = applyStatusUpdates(rows, read.updates);
    const writes: CellWrite[] = [];
    const applied: UpdateLine[] = [];
    for (const change of outcome.changes) {
      const row = sourceRows[change.index]!;
      if (change.status !== undefined) {
        writes.push({ row, column: statusColumn, value: textCell(change.status) });
        applied.push({ cell: a1(statusColumn, row), message: `${rows[change.index]!.key}: ${change.status}`, inSheet: true });
      }
      if (change.notes !== undefined) writes.push({ row, column: notesColumn, value: textCell(change.notes) });
    }
    for (const block of cellBlocks(writes)) {
      sheet.getRange(block.row, block.column + 1, block.values.length, block.values[0]!.length).setValues(block.values);
    }
    const skipped: UpdateLine[] = outcome.skipped.map((s) =>
      s.index === null
        ? {
            cell: s.update.keyCell,
            message: `${s.message.replace('no row has', `no row of ${PLANS} has`)} (in what you added)`,
            inSheet: false,
          }
        : { cell: a1(statusColumn, sourceRows[s.index]!), message: `${rows[s.index]!.key}: ${s.message}`, inSheet: true },
    );
    const summary = summaryOf(applied.length, outcome.already, skipped.length + problems.length);
    if (applied.length > 0) sheet.activate();
    ss.toast(summary, TITLE, 10);
    return { status: 'done', summary, applied, skipped: [...problems, ...skipped] };
  });
}

function summaryOf(applied: number, already: number, skipped: number): string {
  const parts = [applied > 0 ? `In ${PLANS}, Trellis set ${plural(applied, 'Status', 'Statuses')}.` : `No Status in ${PLANS} was changed.`];
  if (already > 0) parts.push(`${plural(already, 'step already had its', 'steps already had their')} new Status.`);
  if (skipped > 0) {
    parts.push(
      `${plural(skipped, 'update was', 'updates were')} skipped, each listed with its cell: the step changed since the plans were imported, or the row is wrong.`,
    );
  }
  return parts.join(' ');
}
