// A refresh loses nothing (contract section 2): the user's edits, rows, columns, formulas and cell notes survive
// a changed roster, cell for cell and type for type.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, CARA, DAN, NOW, P, PL, bigRoster, dayIn, planRow, roster } from './team';

const TIME_ZONE = 'Pacific/Auckland';

/** A cell as a comparable value: Dates by their instant (and marked), everything else as it is. */
const cell = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? `Date(${(v as Date).getTime()})` : v);
const snapshot = (grid: unknown[][]) => grid.map((row) => row.map(cell));

describe('refresh after the team edited Plans and the roster changed', () => {
  let addon: AddonRun;
  let before: { values: unknown[][]; formulas: string[][]; notes: string[][] };
  let after: { values: unknown[][]; formulas: string[][]; notes: string[][] };
  let beforeKeys: Set<unknown>;
  const rowOf = (grid: unknown[][], key: string) => grid.findIndex((r) => r[P('Key')] === key);

  beforeAll(() => {
    addon = loadAddon({ now: NOW, timeZone: TIME_ZONE, sheets: { Roster: roster(ANA, BOB, CARA) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    const ana = rowOf(plans.values, 'ana@example.com#goals-conversation') + 1;
    const bob = rowOf(plans.values, 'bob@example.com#goals-conversation') + 1;
    const cara = rowOf(plans.values, 'cara@example.com#goals-conversation') + 1;
    // What people typed: statuses, notes that look like formulas and numbers, a new date, an extra column with a
    // number, a boolean, a date and a formula, a cell note, and a row of their own at the end.
    plans.write(`${PL('Status')}${ana}`, [['Done']]);
    plans.write(`${PL('Notes')}${ana}`, [['Talked about "stretch" work,\nfollow up in Q1']]);
    plans.write(`${PL('Notes')}${bob}`, [["'=not a formula"]]);
    plans.write(`${PL('Notes')}${bob + 1}`, [["'007"]]);
    plans.write(`${PL('Due')}${bob + 1}`, [['2026-05-01']]);
    plans.write('N1', [['Coach'], ['Priya']]);
    plans.write(`N${bob}`, [[3]]);
    plans.write(`N${bob + 1}`, [[true]]);
    plans.write(`N${cara}`, [['2026-04-01']]);
    plans.write(`N${cara + 1}`, [['=42']]);
    plans.noteGrid.set(cara - 1, P('Notes'), 'Cara asked to revisit this in May');
    const end = plans.values.length + 1;
    plans.write(`A${end}`, [
      planRow({
        Person: 'Ana Lopez',
        Email: 'ana@example.com',
        Manager: 'Sam Okafor',
        Path: 'Technical ladder',
        Step: 'Shadow the architecture review',
        Owner: 'Ana Lopez',
        'Owner role': 'Employee',
        'Owner email': 'ana@example.com',
        Due: '2026-04-15',
        Status: 'In progress',
        Notes: 'her idea',
      }),
    ]);
    before = { values: snapshot(plans.values), formulas: plans.formulas, notes: plans.notes };
    beforeKeys = new Set(plans.values.map((r) => r[P('Key')]));

    // Ana left, Bob moved to mentoring (new steps for him), Dan joined (listed first on the roster).
    addon.spreadsheet.sheet('Roster')!.write('A2', [DAN, [...BOB.slice(0, 5), 'mentor', '', ''], CARA]);
    addon.call('generatePlans');
    const refreshed = addon.spreadsheet.sheet('Plans')!;
    after = { values: snapshot(refreshed.values), formulas: refreshed.formulas, notes: refreshed.notes };
  });

  const isNew = (row: unknown[]) => row[P('Key')] !== '' && !beforeKeys.has(row[P('Key')]);

  it('shows no error', () => {
    expect(addon.ui.alerts).toEqual([]);
  });

  it("keeps every row that was there, cell for cell and type for type, in the same order, but Bob's untouched expert steps, closed", () => {
    // Bob moved from the expert path to mentoring (contract 9): each of his expert steps still Not started, and his
    // sign-off round, is Skipped with a line in Notes; his shared steps (goals, review) stay as they were.
    const line = `Closed on ${dayIn(NOW, TIME_ZONE)}: path changed to Mentor`;
    const closed = (row: unknown[]) => /^bob@example\.com#(?!goals-|progress-review)/.test(String(row[P('Key')]));
    const expected = before.values.map((row) => {
      if (!closed(row)) return row;
      const closedRow = [...row];
      closedRow[P('Status')] = 'Skipped';
      closedRow[P('Notes')] = row[P('Notes')] ? `${row[P('Notes')]}\n${line}` : line;
      return closedRow;
    });
    expect(before.values.filter(closed).length).toBeGreaterThan(5);
    expect(after.values.filter((row) => !isNew(row))).toEqual(expected);
  });

  it('keeps formulas and cell notes with their rows, even where rows moved down', () => {
    const kept = after.values.map((row, i) => ({ row, i })).filter(({ row }) => !isNew(row));
    expect(kept.map(({ i }) => after.formulas[i])).toEqual(before.formulas);
    expect(kept.map(({ i }) => after.notes[i])).toEqual(before.notes);
    expect(after.formulas.flat().filter((f) => f !== '')).toEqual(['=42']);
  });

  it("adds Bob's new steps right after his last row, and Dan's plan at the end", () => {
    const emails = after.values.map((r) => r[P('Email')]);
    const newRows = after.values.map((row, i) => ({ row, i })).filter(({ row }) => isNew(row));
    const bobNew = newRows.filter(({ row }) => row[P('Email')] === 'bob@example.com');
    expect(bobNew.length).toBeGreaterThan(0);
    const lastBobBefore = before.values.map((r) => r[P('Email')]).lastIndexOf('bob@example.com');
    expect(bobNew[0]!.i).toBe(lastBobBefore + 1);
    const danRows = emails.map((e, i) => (e === 'dan@example.com' ? i : -1)).filter((i) => i >= 0);
    expect(danRows.at(-1)).toBe(after.values.length - 1);
    expect(danRows[0]).toBe(after.values.length - danRows.length);
  });

  it('never duplicates a key', () => {
    const keys = after.values
      .slice(1)
      .map((r) => r[P('Key')])
      .filter((k) => k !== '');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('formats the new rows like the rest: dates, the Status dropdown', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    const last = plans.values.length;
    expect(plans.cell(`${PL('Due')}${last}`).numberFormat).toBe('yyyy-mm-dd');
    expect(Object.prototype.toString.call(plans.cell(`${PL('Due')}${last}`).value)).toBe('[object Date]');
    expect(plans.cell(`${PL('Status')}${last}`).validation?.criteria).toBe('VALUE_IN_LIST');
    expect(plans.conditionalRules).toHaveLength(2);
  });

  it('says who left the roster and that their rows were kept', () => {
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/kept .* rows, added .* new steps.*1 person no longer on the roster keeps their rows/);
  });

  it('a second refresh with nothing changed changes nothing', () => {
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    expect(snapshot(plans.values)).toEqual(after.values);
    expect(plans.formulas).toEqual(after.formulas);
    expect(plans.notes).toEqual(after.notes);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/added 0 new steps/);
  });
});

describe('a Plans sheet a person rearranged', () => {
  it('keeps their column order and adds new rows in it', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    // Swap Notes and Status (side by side) the way a person would: retype both columns.
    const rows = plans.values.map((r) => [r[P('Notes')], r[P('Status')]]);
    plans.write(`${PL('Status')}1`, rows);
    addon.spreadsheet.sheet('Roster')!.write('A3', [BOB]);
    addon.call('generatePlans');
    const after = addon.spreadsheet.sheet('Plans')!.values;
    expect(after[0]!.slice(P('Status'), P('Status') + 2)).toEqual(['Notes', 'Status']);
    const bob = after.filter((r) => r[P('Email')] === 'bob@example.com');
    expect(bob.length).toBeGreaterThan(0);
    for (const row of bob) expect(row[P('Status') + 1]).toBe('Not started');
    expect(addon.ui.alerts).toEqual([]);
  });
});

describe('a refresh that must grow the Plans sheet past its rows, with a filter the user set', () => {
  const STATUS = P('Status') + 1; // Filter columns count from column A, 1-based.
  const OWNER = P('Owner') + 1;
  let addon: AddonRun;
  let beforeRows: number;

  beforeAll(() => {
    addon = loadAddon({ now: NOW, sheets: { Roster: bigRoster(10) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    // The user hides Done steps and shows one owner's rows, from the filter's menus.
    plans.filterCriteria[STATUS] = { hiddenValues: ['Done', 'Skipped'], visibleValues: [], criteria: '', values: [] };
    plans.filterCriteria[OWNER] = { hiddenValues: [], visibleValues: [], criteria: 'TEXT_EQUAL_TO', values: ['Sam Okafor'] };
    plans.write(`${PL('Status')}2`, [['Done']]);
    beforeRows = plans.maxRows;
    // The team grows tenfold: more plan rows than the sheet has.
    addon.spreadsheet.sheet('Roster')!.write('A1', bigRoster(100));
    addon.call('generatePlans');
  });

  it('grew the sheet and wrote every row', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    expect(addon.ui.alerts).toEqual([]);
    expect(beforeRows).toBe(1000);
    expect(plans.values.length).toBeGreaterThan(beforeRows);
    expect(plans.maxRows).toBeGreaterThan(plans.values.length);
    expect(plans.values[1]![P('Status')]).toBe('Done');
  });

  it('remade the filter over the whole table, down to the last row of the grown sheet', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    expect(plans.filterRange).toBe(`A1:M${plans.maxRows}`);
  });

  it("kept the user's criteria on the same columns, and added none", () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    expect(plans.filterCriteria).toEqual({
      [STATUS]: { hiddenValues: ['Done', 'Skipped'], visibleValues: [], criteria: '', values: [] },
      [OWNER]: { hiddenValues: [], visibleValues: [], criteria: 'TEXT_EQUAL_TO', values: ['Sam Okafor'] },
    });
  });

  it('leaves a filter that already covers the sheet as it is on the next refresh', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    const range = plans.filterRange;
    addon.calls.reset();
    addon.call('generatePlans');
    expect(plans.filterRange).toBe(range);
    expect(Object.keys(plans.filterCriteria)).toEqual([String(OWNER), String(STATUS)]);
    expect(addon.calls.byMethod()['Range.createFilter']).toBeUndefined();
    expect(addon.calls.byMethod()['Filter.remove']).toBeUndefined();
  });
});
