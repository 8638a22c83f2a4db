/** The add-on's figures as tables (text for the terminal, markdown for docs/benchmarks.md) and the verdict on its goal. */
import type { Timing } from '../measure';
import { ADDON_GOAL_MS, ADDON_GOAL_SIZE, PER_CALL_MS, PER_CELL_MS, RUN_LIMIT_MS, WORST_GOAL_MS, estimate, insertCalls } from './cost';
import type { AddonFigures } from './refresh';

export interface AddonReport {
  /** The weekly case (a person joins): the goal is judged on it. */
  results: AddonFigures[];
  /** The worst case (a new step for every person, so rows move from near the top). */
  worst: AddonFigures[];
  /** Timed refreshes per size (after one warm-up refresh). */
  repeats: Record<number, number>;
}

type Table = { head: string[]; rows: string[][] };

const count = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const seconds = (msValue: number) => (msValue < 10_000 ? (msValue / 1_000).toFixed(2) : (msValue / 1_000).toFixed(1));
const timing = (t: Timing) => ms(t.median);

/** One scenario's rows, one column per size. */
function scenarioRows(r: AddonFigures[], repeats: Record<number, number>, prefix = ''): string[][] {
  const e = r.map(estimate);
  const rows = [
    ['plan rows in Plans', ...r.map((f) => count(f.planRows))],
    ['plan rows the refresh added', ...r.map((f) => count(f.added))],
    ['Spreadsheet service calls per refresh', ...r.map((f) => count(f.spreadsheetCalls))],
    ['all service calls (with Ui, Lock, Utilities…)', ...r.map((f) => count(f.allCalls))],
    ['cells read', ...r.map((f) => count(f.cellsRead))],
    ['cells written', ...r.map((f) => count(f.cellsWritten))],
    ['row insertions (calls)', ...r.map((f) => count(insertCalls(f)))],
    ['cells made by row insertion', ...r.map((f) => count(f.cellsInserted))],
    ['generatePlans in the vm, ms', ...r.map((f) => timing(f.wall))],
    ["  of which inside the fakes' Range methods, ms", ...r.map((f) => ms(f.fakeMs))],
    ["  the script's own JavaScript (the rest), ms", ...r.map((f) => ms(f.scriptMs))],
    ['shared core alone, same grids, ms', ...r.map((f) => timing(f.core))],
    [`estimate: calls × ${PER_CALL_MS} ms, s`, ...e.map((x) => seconds(x.callsMs))],
    [`estimate: cells × ${PER_CELL_MS} ms, s`, ...e.map((x) => seconds(x.cellsMs))],
    ['estimate: script JavaScript as measured, s', ...e.map((x) => seconds(x.scriptMs))],
    ['estimated Apps Script time, s', ...e.map((x) => seconds(x.totalMs))],
    ['timed refreshes (after a warm-up)', ...r.map((f) => String(repeats[f.size] ?? ''))],
  ];
  return rows.map(([label, ...figures]) => [`${prefix}${label}`, ...figures]);
}

/**
 * Both scenarios in one table, one column per size: the weekly case first, under the labels it has always had, then
 * the worst case, each label marked "worst:".
 */
export function addonTable(report: AddonReport): Table {
  const sizes = report.results.map((f) => `${count(f.size)} people`);
  return {
    head: ['one refresh ("Generate or refresh plans")', ...sizes],
    rows: [
      ['weekly case: a person joins (new rows below the table)', ...sizes.map(() => '')],
      ...scenarioRows(report.results, report.repeats),
      ['worst case: a new step for every person (new rows in a place per person)', ...sizes.map(() => '')],
      ...scenarioRows(report.worst, report.repeats, 'worst: '),
    ],
  };
}

const SERVICE = (m: string) => !/^(Ui|Lock|LockService|Utilities|Session|HtmlService|HtmlOutput|Logger|console)\./.test(m);

/**
 * Spreadsheet service calls of one weekly refresh by method (Ui, Lock and the rest left out): the same at every size.
 * Then the methods the worst case calls a different number of times, each marked "worst:".
 */
export function methodTable(report: AddonReport): Table {
  const methods = (r: AddonFigures[]) => [...new Set(r.flatMap((f) => Object.keys(f.byMethod)))].filter(SERVICE).sort();
  const row = (r: AddonFigures[], m: string) => r.map((f) => String(f.byMethod[m] ?? 0));
  const differs = methods([...report.results, ...report.worst]).filter(
    (m) => row(report.worst, m).join() !== row(report.results, m).join(),
  );
  return {
    head: ['Spreadsheet service calls by method', ...report.results.map((f) => `${count(f.size)} people`)],
    rows: [
      ...methods(report.results).map((m) => [m, ...row(report.results, m)]),
      ...differs.map((m) => [`worst: ${m}`, ...row(report.worst, m)]),
    ],
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
      `${met ? 'Met' : 'Missed'}: a weekly refresh (a person joins) of ${count(big.size)} people (${count(big.planRows)} plan rows) is estimated at ${seconds(e.totalMs)} s of Apps Script time, ${by}: ` +
      `${count(big.spreadsheetCalls)} calls (${seconds(e.callsMs)} s), ${count(big.cellsRead + big.cellsWritten + big.cellsInserted)} cells (${seconds(e.cellsMs)} s), ${seconds(e.scriptMs)} s of JavaScript. ` +
      `The cells dominate: the goal holds if a cell costs under ${(1_000 * e.breakEvenPerCellMs).toFixed(1)} µs instead of the model's ${1_000 * PER_CELL_MS} µs upper bound, ` +
      `and the JavaScript alone would reach 60 s only if Apps Script ran it ×${Math.floor(e.scriptHeadroom)} slower than Node does here.` +
      worstText(report.worst.find((f) => f.size === ADDON_GOAL_SIZE)),
  };
}

/** The worst case beside its goal (issue 9): rows inserted in a place per person, and what an insertion may cost. */
function worstText(worst: AddonFigures | undefined): string {
  if (!worst) return '';
  const e = estimate(worst);
  const inserts = insertCalls(worst);
  const met = e.totalMs < WORST_GOAL_MS;
  const room = inserts > 0 ? (WORST_GOAL_MS - e.totalMs) / inserts : NaN;
  return (
    ` The worst case, a new step for every person (${count(worst.added)} rows added, ${count(inserts)} row insertions, one ` +
    `write each), is estimated at ${seconds(e.totalMs)} s: ${count(worst.spreadsheetCalls)} calls (${seconds(e.callsMs)} s), ` +
    `${count(worst.cellsRead + worst.cellsWritten + worst.cellsInserted)} cells (${seconds(e.cellsMs)} s); ` +
    `${met ? 'under' : 'over'} its ${WORST_GOAL_MS / 1_000} s goal and ${e.totalMs < RUN_LIMIT_MS ? 'within' : 'beyond'} Apps Script's 6-minute limit.` +
    (met && inserts > 0
      ? ` It stays under ${WORST_GOAL_MS / 1_000} s as long as a row insertion costs less than ${ms(room)} ms more than the model charges it.`
      : '')
  );
}

export type { Table };
