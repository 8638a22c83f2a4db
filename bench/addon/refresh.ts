/**
 * One add-on refresh, measured: the built Code.js run by test/sheets-addon/harness.ts in node:vm against the fakes,
 * on the benchmark's roster (bench/roster.ts). The team first gets its plans (Generate, untimed), then each timed run
 * follows an edit written straight into the fake sheets (uncounted, untimed), as the scenario says:
 * - weekly: a person joins the roster and a status is changed by hand; the new rows go below the table;
 * - worst: every person's last row is taken out of Plans, so the refresh adds one step for every person, right after
 *   that person's rows: rows are inserted in as many places as there are people, and only the new rows are written.
 */
import { columnLetter } from '../../shared/a1';
import { planAll } from '../../shared/plan';
import { readPlansTable } from '../../shared/plans-table';
import { refreshPlans } from '../../shared/refresh';
import { readRoster } from '../../shared/roster';
import { coreGrid } from '../../sheets-addon/src/values';
import { loadAddon, type AddonRun } from '../../test/sheets-addon/harness';
import { dropEveryonesLastStep } from '../../test/sheets-addon/plans-edits';
import { keep, time, type Timing } from '../measure';
import { rosterGrid } from '../roster';
import { meter, resetMeter, startMetering } from './meter';

/** The day the plans are made, as the fake clock gives it (noon UTC, so it is that day in the sheet's zone). */
export const ADDON_NOW = new Date('2026-11-28T12:00:00Z');
const TIME_ZONE = 'Etc/UTC';

export type AddonScenario = 'weekly' | 'worst';

export interface AddonFigures {
  size: number;
  scenario: AddonScenario;
  /** Plan rows the timed refresh added. */
  added: number;
  /** Plan rows in Plans after the last timed refresh. */
  planRows: number;
  /** Spreadsheet service calls of one refresh (the fakes' counter), and by method. */
  spreadsheetCalls: number;
  byMethod: Record<string, number>;
  /** Every counted service call (Ui, Lock, Utilities… too). */
  allCalls: number;
  cellsRead: number;
  cellsWritten: number;
  /** Blank cells the row insertions made (rows inserted × the sheet's columns). */
  cellsInserted: number;
  /** The whole generatePlans in the vm, wall time. */
  wall: Timing;
  /** Median per run of the time inside the fakes' Range methods (the stand-in for Sheets' own work). */
  fakeMs: number;
  /** Median per run of wall minus fakeMs: the script's own JavaScript (adapter + core). */
  scriptMs: number;
  /** The shared core alone on the same grids, outside the vm: readRoster, planAll, readPlansTable, refreshPlans. */
  core: Timing;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10); // the sheet's zone is UTC

/** A new person for run `n`: a roster row of the generated team with a name and email no one else has. */
function joiner(row: string[], n: number): string[] {
  return [`New Joiner ${n}`, `new.joiner.${n}@example.com`, ...row.slice(2)];
}

/** Adds a person to Roster and marks one more step Done in Plans, as a team would between two refreshes. */
function editBetweenRuns(addon: AddonRun, roster: string[][], n: number): void {
  const rosterSheet = addon.spreadsheet.sheet('Roster')!;
  const next = roster.length + n; // 1-based row of the new person
  if (rosterSheet.maxRows < next) rosterSheet.insertRowsAfter(rosterSheet.maxRows, 100);
  rosterSheet.write(`A${next}`, [joiner(roster[1 + (n % (roster.length - 1))]!, n)]);
  const plans = addon.spreadsheet.sheet('Plans')!;
  const values = plans.values;
  const key = values[0]!.indexOf('Key');
  let row = 2 + n * 7;
  while (isReview(values[row - 1]?.[key])) row++;
  plans.write(`${letterOf(values, 'Status')}${row}`, [['Done']]);
}

/** The letter of a Plans column, found by its header: new sheets and older ones order their columns differently. */
const letterOf = (values: unknown[][], header: string) => columnLetter(values[0]!.indexOf(header));

// A review marked Done makes the next refresh add the following one (contract 9): the bench's edits leave reviews
// open, so every timed run makes the same calls and the figures compare with the earlier ones.
const isReview = (key: unknown) => String(key ?? '').includes('#progress-review');

/** Marks about a third of the steps Done and a tenth In progress, with notes on a tenth: a team some weeks in. */
function editStatuses(addon: AddonRun): void {
  const plans = addon.spreadsheet.sheet('Plans')!;
  const rows = plans.values.length - 1;
  const values = plans.values; // the fake's getter copies the whole grid: once, not per row
  const key = values[0]!.indexOf('Key');
  const status = Array.from({ length: rows }, (_, i) => [
    isReview(values[i + 1]?.[key]) ? 'Not started' : i % 3 === 0 ? 'Done' : i % 10 === 1 ? 'In progress' : 'Not started',
  ]);
  const notes = Array.from({ length: rows }, (_, i) => [i % 10 === 2 ? 'Talked it over in our 1:1, next step agreed' : '']);
  const [statusColumn, notesColumn] = [letterOf(values, 'Status'), letterOf(values, 'Notes')];
  plans.write(`${statusColumn}2:${statusColumn}${rows + 1}`, status);
  plans.write(`${notesColumn}2:${notesColumn}${rows + 1}`, notes);
}

/**
 * The bench roster with every manager named, with an email: the generated roster leaves a few blank, as real ones
 * do, and each such person is a problem note the add-on writes or clears, which would make the runs' calls differ
 * with whichever rows the weekly edits copy. The batching, not the warnings, is what this bench measures.
 */
function everyManagerNamed(grid: string[][]): string[][] {
  const [header, ...rows] = grid;
  const [name, email] = [header!.indexOf('Manager'), header!.indexOf('Manager email')];
  const first = rows.find((row) => row[name] && row[email])!;
  const named = (row: string[]) => row.map((cell, i) => (i === name ? first[name]! : i === email ? first[email]! : cell));
  return [header!, ...rows.map((row) => (row[name] && row[email] ? row : named(row)))];
}

export function benchRefresh(size: number, repeats: number, scenario: AddonScenario): AddonFigures {
  const roster = everyManagerNamed(rosterGrid(size));
  const addon = loadAddon({ timeZone: TIME_ZONE, now: ADDON_NOW, sheets: { Roster: roster } });
  addon.call('generatePlans');
  if (addon.ui.alerts.length) throw new Error(`generatePlans alerted: ${addon.ui.alerts[0]!.prompt}`);
  editStatuses(addon);
  // Room below the table for every joiner's rows, as a sheet in use has; else the run that fills the grid also grows
  // it (and re-makes the filter), and the runs no longer make the same calls.
  const plansSheet = addon.spreadsheet.sheet('Plans')!;
  plansSheet.insertRowsAfter(plansSheet.maxRows, 40 * (repeats + 1));

  const stop = startMetering();
  let n = 0;
  let rowsBefore = 0;
  const before = () => {
    if (scenario === 'weekly') editBetweenRuns(addon, roster, ++n);
    else dropEveryonesLastStep(plansSheet);
    rowsBefore = plansSheet.lastRow;
  };
  const runs: {
    ms: number;
    fakeMs: number;
    cellsRead: number;
    cellsWritten: number;
    cellsInserted: number;
    spreadsheet: number;
    all: number;
    byMethod: Record<string, number>;
  }[] = [];
  let wall: Timing;
  try {
    wall = time(
      repeats,
      () => {
        resetMeter();
        addon.calls.reset();
        const start = process.hrtime.bigint();
        addon.call('generatePlans');
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        runs.push({
          ms,
          fakeMs: Math.min(meter.fakeMs, ms),
          cellsRead: meter.cellsRead,
          cellsWritten: meter.cellsWritten,
          cellsInserted: meter.cellsInserted,
          spreadsheet: addon.calls.spreadsheetService(),
          all: addon.calls.total(),
          byMethod: addon.calls.byMethod(),
        });
        return ms;
      },
      before,
    );
  } finally {
    stop();
  }
  if (addon.ui.alerts.length) throw new Error(`a refresh alerted: ${addon.ui.alerts[0]!.prompt}`);
  const timed = runs.slice(1); // the first is time()'s warm-up
  const last = timed.at(-1)!;

  const plans = addon.spreadsheet.sheet('Plans')!.values;
  const rosterCells = coreGrid(addon.spreadsheet.sheet('Roster')!.values, dayOf);
  const plansCells = coreGrid(plans, dayOf);
  const today = dayOf(ADDON_NOW);
  const core = time(repeats, () => {
    const generated = planAll(readRoster(rosterCells).people, today);
    const read = readPlansTable(plansCells);
    if (read.fatal) throw new Error(read.fatal.message);
    return refreshPlans(read.table, generated, today);
  });
  keep(plans);

  // Batching: every run makes the same calls, whatever was edited in between.
  if (timed.some((r) => r.spreadsheet !== last.spreadsheet)) throw new Error(`refreshes of ${size} people made different numbers of calls`);
  return {
    size,
    scenario,
    added: plansSheet.lastRow - rowsBefore,
    planRows: plans.length - 1,
    spreadsheetCalls: last.spreadsheet,
    byMethod: last.byMethod,
    allCalls: last.all,
    cellsRead: last.cellsRead,
    cellsWritten: last.cellsWritten,
    cellsInserted: last.cellsInserted,
    wall,
    fakeMs: median(timed.map((r) => r.fakeMs)),
    scriptMs: median(timed.map((r) => r.ms - r.fakeMs)),
    core,
  };
}
