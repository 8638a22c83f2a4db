/**
 * The core figures, on plain data (no files): each phase alone, the four as one pass (also in the child process
 * pinned to one CPU), and the CSV and table conversions the CLI adds around them; with the data they run on,
 * including the existing plans table a team would already have.
 */
import { parseCsv, toCsv } from '../shared/csv';
import { planAll } from '../shared/plan';
import { plansTableToGrid, readPlansTable, type PlansTable } from '../shared/plans-table';
import { refreshPlans } from '../shared/refresh';
import { readRoster } from '../shared/roster';
import { rollUp } from '../shared/status';
import type { Person, PlanRow } from '../shared/types';
import { groupByPerson } from '../shared/plans-table';
import { EARLIER, GOAL_SIZE, TODAY } from './config';
import { expect, keep, time, type Timing } from './measure';
import { prng, rosterGrid } from './roster';

/** Runs per core figure (after one warm-up run): fewer for the big roster. */
export const coreRepeats = (size: number) => (size <= 100 ? 31 : size <= 1_000 ? 15 : 7);
/** Runs per core figure with --quick: enough to prove the bench still runs, not to trust the figures. */
export const QUICK_REPEATS = 3;

// ---------------------------------------------------------------------------------------------------- data

const NOTES = [
  'Discussed in the 1:1, see the shared doc',
  'Waiting on budget approval; "Q1" at the earliest',
  'Booked for next sprint',
  'Done early\nsecond line of the note',
] as const;

/**
 * The plans table a team would already have: generated on an earlier day for every other person on today's roster
 * (about half), plus one former colleague per hundred who has left since; then edited by hand: statuses changed,
 * notes written, a user column "Comments" added, one step deleted for some people (refresh adds it back after that
 * person's last row) and a hand-written row with no Key for others. Returned as the CSV file the CLI reads.
 */
function existingPlansCsv(people: readonly Person[], seed: number): string {
  const random = prng(seed);
  const before: Person[] = [];
  people.forEach((person, i) => {
    if (i % 2 === 0) before.push(person);
    if (i % 100 === 1) before.push({ ...person, name: `${person.name} (former)`, email: `former.${i.toString(36)}@example.com` });
  });
  const rows: PlanRow[] = [];
  let current = '';
  let handRowFor = '';
  for (const generated of planAll(before, EARLIER)) {
    if (generated.email !== current) {
      if (handRowFor) rows.push(handRow(handRowFor, rows[rows.length - 1]!));
      current = generated.email;
      handRowFor = random() < 0.02 ? current : '';
    }
    // One person in twenty lost a step since (deleted by hand, or added to the templates later).
    if (generated.key.endsWith('#goals-reflection') && random() < 0.05) continue;
    const r = random();
    const status = r < 0.3 ? 'Done' : r < 0.4 ? 'In progress' : r < 0.43 ? 'Blocked' : r < 0.45 ? 'Skipped' : 'Not started';
    const notes = random() < 0.1 ? NOTES[Math.floor(random() * NOTES.length)]! : '';
    rows.push({ ...generated, status, notes, extra: [random() < 0.05 ? 'checked with HR' : ''] });
  }
  if (handRowFor) rows.push(handRow(handRowFor, rows[rows.length - 1]!));
  return toCsv(plansTableToGrid({ rows, extraHeaders: ['Comments'] }));
}

function handRow(email: string, last: PlanRow): PlanRow {
  return { ...last, key: '', email, step: 'Present the team retro findings', status: 'In progress', notes: 'added by hand', extra: [''] };
}

/** One roster size's data, made and checked before anything is timed. */
export interface Data {
  size: number;
  rosterCsv: string;
  rosterCells: string[][];
  people: Person[];
  generated: PlanRow[];
  existingCsv: string;
  existing: PlansTable;
  refreshed: PlansTable;
  added: number;
  left: number;
}

/** Makes the roster of `size` people and the existing table, and checks the core handles them as expected. */
export function prepare(size: number): Data {
  const rosterCells = rosterGrid(size);
  const rosterCsv = toCsv(rosterCells);
  const roster = readRoster(parseCsv(rosterCsv).rows);
  expect(`people planned from the ${size}-row roster`, roster.people.length, size);
  expect(`rejected rows of the ${size}-row roster`, roster.problems.length, 0);
  const generated = planAll(roster.people, TODAY);
  const existingCsv = existingPlansCsv(roster.people, size);
  const existing = readPlansTable(parseCsv(existingCsv).rows);
  if (existing.fatal) throw new Error(`benchmark data check failed: ${existing.fatal.message}`);
  const result = refreshPlans(existing.table, generated, TODAY);
  expect('duplicate keys after refresh', result.duplicateKeys.length, 0);
  return {
    size,
    rosterCsv,
    rosterCells,
    people: roster.people,
    generated,
    existingCsv,
    existing: existing.table,
    refreshed: result.table,
    added: result.added,
    left: result.left.length,
  };
}

// ---------------------------------------------------------------------------------------------------- the runs

/** The label of each core figure, as the tables print it. */
export const CORE_ROWS = {
  readRoster: 'readRoster (roster grid → people)',
  planAll: 'planAll (people → plan rows)',
  refreshPlans: 'refreshPlans (existing table + plan rows)',
  rollUp: 'rollUp (refreshed table → status rows)',
  pass: 'core: plan + refresh + roll-up, one pass',
  parseRoster: 'parseCsv (roster file text)',
  readExisting: 'parseCsv + readPlansTable (existing plans file)',
  toGrid: 'plansTableToGrid (refreshed table)',
  toCsv: 'toCsv (refreshed table grid → file text)',
  groupByPerson: 'groupByPerson (refreshed table; --written, --format md)',
} as const;
/** One core figure. */
export type CoreRow = keyof typeof CORE_ROWS;
/** The figures the goal is about. */
export const GOAL_ROWS: CoreRow[] = ['readRoster', 'planAll', 'refreshPlans', 'rollUp', 'pass'];
/** The figures the CLI adds around the core, outside the goal. */
export const CONVERSION_ROWS: CoreRow[] = ['parseRoster', 'readExisting', 'toGrid', 'toCsv', 'groupByPerson'];

/** The core as a front end runs it: roster grid → people → plan rows → refreshed table → status rows. */
function corePass(data: Data): () => unknown {
  const { rosterCells, existing } = data;
  return () => {
    const roster = readRoster(rosterCells);
    const plan = planAll(roster.people, TODAY);
    const result = refreshPlans(existing, plan, TODAY);
    const status = rollUp(result.table.rows, TODAY);
    expect('people in the roll-up', status.length, data.size + data.left);
    return status;
  };
}

/** Times every core figure on `data`, `repeats` runs each. */
export function benchCore(data: Data, repeats: number): Record<CoreRow, Timing> {
  const { rosterCells, people, generated, existing, refreshed } = data;
  const pass = corePass(data);
  const grid = plansTableToGrid(refreshed);
  return {
    readRoster: time(repeats, () => readRoster(rosterCells)),
    planAll: time(repeats, () => planAll(people, TODAY)),
    refreshPlans: time(repeats, () => refreshPlans(existing, generated, TODAY)),
    rollUp: time(repeats, () => rollUp(refreshed.rows, TODAY)),
    pass: time(repeats, pass),
    parseRoster: time(repeats, () => parseCsv(data.rosterCsv)),
    readExisting: time(repeats, () => readPlansTable(parseCsv(data.existingCsv).rows)),
    toGrid: time(repeats, () => plansTableToGrid(refreshed)),
    toCsv: time(repeats, () => toCsv(grid)),
    groupByPerson: time(repeats, () => groupByPerson(refreshed.rows)),
  };
}

/** The child side of benchOneCore: the one-pass timing for each size, as JSON on stdout. */
export function oneCorePass(sizes: readonly number[], quick: boolean): void {
  const timings: Record<number, Timing> = {};
  if (!quick) {
    // This fresh process has cold code: warm it up as far as the main process is by the time it times the one pass.
    const warmUp = corePass(prepare(1_000));
    for (let i = 0; i < 5; i++) keep(warmUp());
  }
  // The goal's figure gets more runs than the others: it is the one figure this benchmark is judged on.
  const repeats = (size: number) => (quick ? QUICK_REPEATS : size === GOAL_SIZE ? 11 : coreRepeats(size));
  for (const size of sizes) timings[size] = time(repeats(size), corePass(prepare(size)));
  process.stdout.write(`${JSON.stringify(timings)}\n`);
}
