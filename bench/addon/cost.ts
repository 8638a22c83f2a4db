/**
 * The cost model that turns the fakes' counts into an estimate of Apps Script run time, and the goal it is judged by.
 *
 * Google's Apps Script best practices ("Use batch operations") set the background of each cell of a 100 × 100 grid:
 * one call per cell takes 70 s, one setBackgrounds call for all 10,000 cells takes 1 s. Read as
 * time = calls × perCall + cells × perCell, with the same 10,000 cells carried both ways:
 * - perCell ≤ 1 s / 10,000 = 0.1 ms: the whole batched second is charged to the cells (an upper bound: it also holds
 *   the one call and the script's own loop);
 * - perCall ≈ (70 s − 1 s) / 10,000 ≈ 7 ms: what the per-cell version adds, one call per cell (its getRange/offset
 *   calls and once-a-row flush are folded in, so this is on the high side too).
 * Every Spreadsheet service call is charged perCall, whatever it does; a cell read costs the same as a cell written;
 * range-wide setters (one number format or dropdown for a whole column) carry one value, so they count as calls only.
 *
 * A row insertion (insertRowsAfter/insertRowsBefore) has no published figure. It is charged as one call plus the blank
 * cells it makes (rows × the sheet's columns) at perCell, as if Sheets wrote them, and nothing for the rows it moves
 * down: Sheets moves rows as a block and adjusts references formula by formula, not cell by cell (a person inserting a
 * row near the top of a 100,000-row sheet sees it at once, where rewriting those rows through the API takes minutes).
 * How much more an insertion could cost before the worst case misses its goal is given with the figures.
 */
import type { AddonFigures } from './refresh';

export const PER_CALL_MS = 7;
export const PER_CELL_MS = 0.1;

/** Goal (issue 4): a 10,000-person team refreshes in under 60 s of estimated Apps Script time. */
export const ADDON_GOAL_MS = 60_000;
export const ADDON_GOAL_SIZE = 10_000;
/** Goal (issue 9): a new step for every one of 10,000 people in under 300 s, inside the 6-minute limit. */
export const WORST_GOAL_MS = 300_000;
/** Apps Script stops a run at 6 minutes. */
export const RUN_LIMIT_MS = 360_000;

export interface Estimate {
  callsMs: number;
  cellsMs: number;
  /** The script's own JavaScript as measured here (vm wall time minus the time inside the fakes), not scaled. */
  scriptMs: number;
  totalMs: number;
  /** The per-cell cost at which the total would be exactly the goal, ms (NaN below the goal's size). */
  breakEvenPerCellMs: number;
  /** How many times slower than here the script's JavaScript could run before it alone used the whole goal. */
  scriptHeadroom: number;
}

/** Row insertions of one refresh. */
export const insertCalls = (f: AddonFigures) => (f.byMethod['Sheet.insertRowsAfter'] ?? 0) + (f.byMethod['Sheet.insertRowsBefore'] ?? 0);

export function estimate(f: AddonFigures): Estimate {
  const cells = f.cellsRead + f.cellsWritten + f.cellsInserted;
  const callsMs = f.spreadsheetCalls * PER_CALL_MS;
  const cellsMs = cells * PER_CELL_MS;
  return {
    callsMs,
    cellsMs,
    scriptMs: f.scriptMs,
    totalMs: callsMs + cellsMs + f.scriptMs,
    breakEvenPerCellMs: (ADDON_GOAL_MS - callsMs - f.scriptMs) / cells,
    scriptHeadroom: ADDON_GOAL_MS / f.scriptMs,
  };
}
