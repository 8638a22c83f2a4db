/** The add-on's figures as tables (text for the terminal, markdown for docs/benchmarks.md) and the verdict on its goal. */
import type { Timing } from '../measure';
import { ADDON_GOAL_MS, ADDON_GOAL_SIZE, PER_CALL_MS, PER_CELL_MS, estimate } from './cost';
import type { AddonFigures } from './refresh';

export interface AddonReport {
  results: AddonFigures[];
  /** Timed refreshes per size (after one warm-up refresh). */
  repeats: Record<number, number>;
}

type Table = { head: string[]; rows: string[][] };

const count = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const seconds = (msValue: number) => (msValue < 10_000 ? (msValue / 1_000).toFixed(2) : (msValue / 1_000).toFixed(1));
const timing = (t: Timing) => ms(t.median);

export function addonTable(report: AddonReport): Table {
  const r = report.results;
  const e = r.map(estimate);
  return {
    head: ['one refresh ("Generate or refresh plans")', ...r.map((f) => `${count(f.size)} people`)],
    rows: [
      ['plan rows in Plans', ...r.map((f) => count(f.planRows))],
      ['Spreadsheet service calls per refresh', ...r.map((f) => count(f.spreadsheetCalls))],
      ['all service calls (with Ui, Lock, Utilities…)', ...r.map((f) => count(f.allCalls))],
      ['cells read', ...r.map((f) => count(f.cellsRead))],
      ['cells written', ...r.map((f) => count(f.cellsWritten))],
      ['generatePlans in the vm, ms', ...r.map((f) => timing(f.wall))],
      ['  of which inside the fakes\' Range methods, ms', ...r.map((f) => ms(f.fakeMs))],
      ['  the script\'s own JavaScript (the rest), ms', ...r.map((f) => ms(f.scriptMs))],
      ['shared core alone, same grids, ms', ...r.map((f) => timing(f.core))],
      [`estimate: calls × ${PER_CALL_MS} ms, s`, ...e.map((x) => seconds(x.callsMs))],
      [`estimate: cells × ${PER_CELL_MS} ms, s`, ...e.map((x) => seconds(x.cellsMs))],
      ['estimate: script JavaScript as measured, s', ...e.map((x) => seconds(x.scriptMs))],
      ['estimated Apps Script time, s', ...e.map((x) => seconds(x.totalMs))],
      ['timed refreshes (after a warm-up)', ...r.map((f) => String(report.repeats[f.size] ?? ''))],
    ],
  };
}

/** Spreadsheet service calls of one refresh by method (Ui, Lock and the rest left out): the same at every size. */
export function methodTable(report: AddonReport): Table {
  const methods = [...new Set(report.results.flatMap((f) => Object.keys(f.byMethod)))]
    .filter((m) => !/^(Ui|Lock|LockService|Utilities|Session|HtmlService|HtmlOutput|Logger|console)\./.test(m))
    .sort();
  return {
    head: ['Spreadsheet service calls by method', ...report.results.map((f) => `${count(f.size)} people`)],
    rows: methods.map((m) => [m, ...report.results.map((f) => String(f.byMethod[m] ?? 0))]),
  };
}

export interface AddonVerdict {
  met: boolean | undefined;
  text: string;
}

export function addonVerdict(report: AddonReport): AddonVerdict {
  const big = report.results.find((f) => f.size === ADDON_GOAL_SIZE);
  if (!big) return { met: undefined, text: `No ${count(ADDON_GOAL_SIZE)}-person add-on run, so the add-on's goal was not checked.` };
  const e = estimate(big);
  const met = e.totalMs < ADDON_GOAL_MS;
  const by = met
    ? `${seconds(ADDON_GOAL_MS - e.totalMs)} s under the 60 s budget (${Math.round((100 * e.totalMs) / ADDON_GOAL_MS)}% of it)`
    : `${seconds(e.totalMs - ADDON_GOAL_MS)} s over the 60 s budget (×${(e.totalMs / ADDON_GOAL_MS).toFixed(1)})`;
  return {
    met,
    text:
      `${met ? 'Met' : 'Missed'}: a refresh of ${count(big.size)} people (${count(big.planRows)} plan rows) is estimated at ${seconds(e.totalMs)} s of Apps Script time, ${by}: ` +
      `${count(big.spreadsheetCalls)} calls (${seconds(e.callsMs)} s), ${count(big.cellsRead + big.cellsWritten)} cells (${seconds(e.cellsMs)} s), ${seconds(e.scriptMs)} s of JavaScript. ` +
      `The cells dominate: the goal holds if a cell costs under ${(1_000 * e.breakEvenPerCellMs).toFixed(1)} µs instead of the model's ${1_000 * PER_CELL_MS} µs upper bound, ` +
      `and the JavaScript alone would reach 60 s only if Apps Script ran it ×${Math.floor(e.scriptHeadroom)} slower than Node does here.`,
  };
}

export type { Table };
