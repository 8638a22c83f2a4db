// Plans sheets made before December 2026 keep the contract's column order, and a person may shuffle the columns of
// any Plans sheet by hand: every reader finds a column by its header, so a refresh adds rows in the sheet's own
// order, and the written plan and the status export read it as they read a new sheet (contract section 6).
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../shared/a1';
import { planAll } from '../../shared/plan';
import { plansTableToGrid } from '../../shared/plans-table';
import { readRoster } from '../../shared/roster';
import { PLAN_HEADERS } from '../../shared/types';
import { NEW_SHEET_HEADERS } from '../../sheets-addon/src/plans-grid';
import { type AddonRun, loadAddon } from './harness';
import { ANA, BOB, CARA, NOW, P, S, TODAY, dayIn, roster } from './team';

type Header = (typeof PLAN_HEADERS)[number];

/** A column of a sheet by its header, 0-based, read from the sheet's own header row. */
const at = (addon: AddonRun, header: Header) => addon.spreadsheet.sheet('Plans')!.values[0]!.indexOf(header);
const rowsOf = (addon: AddonRun, email: string) => addon.spreadsheet.sheet('Plans')!.values.filter((r) => r[at(addon, 'Email')] === email);

/** Ana and Bob's plans typed into a Plans sheet in the contract's order, as the add-on wrote them before December 2026. */
function oldOrderSheet(): unknown[][] {
  const grid = plansTableToGrid({ rows: planAll(readRoster(roster(ANA, BOB)).people, TODAY), extraHeaders: [] });
  const due = PLAN_HEADERS.indexOf('Due');
  return grid.map((row, i) => row.map((v, c) => ((i > 0 && c === due) || v === '' ? v : `'${v}`)));
}

/** Checks Cara's new rows: each value under its own header, Due a date, Status Not started with its dropdown. */
function expectCaraPlanned(addon: AddonRun): void {
  const plans = addon.spreadsheet.sheet('Plans')!;
  const cara = rowsOf(addon, 'cara@example.com');
  const expected = planAll(readRoster(roster(CARA)).people, TODAY);
  expect(cara.map((r) => r[at(addon, 'Key')])).toEqual(expected.map((r) => r.key));
  expect(cara.map((r) => r[at(addon, 'Step')])).toEqual(expected.map((r) => r.step));
  expect(cara.map((r) => r[at(addon, 'Owner email')])).toEqual(expected.map((r) => r.ownerEmail));
  expect(cara.map((r) => dayIn(r[at(addon, 'Due')], 'Etc/UTC'))).toEqual(expected.map((r) => r.due));
  expect(cara.every((r) => r[at(addon, 'Status')] === 'Not started')).toBe(true);
  const last = plans.lastRow;
  expect(plans.cell(`${columnLetter(at(addon, 'Status'))}${last}`).validation?.criteria).toBe('VALUE_IN_LIST');
  expect(plans.cell(`${columnLetter(at(addon, 'Due'))}${last}`).numberFormat).toBe('yyyy-mm-dd');
  const done = plans.conditionalRules.find((r) => /="Done"$/.test(String(r.values[0])))!;
  expect(done.values[0]).toBe(`=$${columnLetter(at(addon, 'Status'))}2="Done"`);
}

describe('a Plans sheet made before, in the contract order', () => {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB), Plans: oldOrderSheet() } });
  const before = addon.spreadsheet.sheet('Plans')!.values;
  addon.spreadsheet.sheet('Roster')!.write('A4', [CARA]);
  addon.call('generatePlans');

  it('keeps its order, and its rows as they were', () => {
    expect(addon.ui.alerts).toEqual([]);
    const after = addon.spreadsheet.sheet('Plans')!.values;
    expect(after[0]).toEqual([...PLAN_HEADERS]);
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it("gets the new person's rows in its own order", () => {
    expectCaraPlanned(addon);
  });

  it('gets none of the look of a new sheet: no column hidden', () => {
    expect([...addon.spreadsheet.sheet('Plans')!.hiddenColumns]).toEqual([]);
  });
});

describe('a Plans sheet whose columns were shuffled by hand', () => {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB) } });
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  // Every column moved: the order reversed, each column retyped as a person would cut and paste it.
  const shuffled = plans.values.map((row) => [...row].reverse());
  plans.write('A1', shuffled);
  plans.write(`${columnLetter(NEW_SHEET_HEADERS.length - 1 - P('Status'))}2`, [['Done']]);
  const before = plans.values;
  addon.spreadsheet.sheet('Roster')!.write('A4', [CARA]);
  addon.call('generatePlans');

  it('keeps the shuffled order and every row, and adds the new rows in that order', () => {
    expect(addon.ui.alerts).toEqual([]);
    const after = addon.spreadsheet.sheet('Plans')!.values;
    expect(after[0]).toEqual([...NEW_SHEET_HEADERS].reverse());
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[1]![at(addon, 'Status')]).toBe('Done');
    expectCaraPlanned(addon);
  });

  it('shows the written plan of the person whose row is selected', () => {
    addon.spreadsheet.setActiveRange('Plans', 'A2');
    addon.call('showWrittenPlan');
    expect(addon.ui.sidebars.at(-1)!.html).toContain('Ana Lopez');
  });

  it('exports the plan status from it, counting the Done step', () => {
    addon.call('exportPlanStatus');
    const status = addon.spreadsheet.sheet('Plan status')!.values;
    const ana = status.find((r) => r[S('Email')] === 'ana@example.com')!;
    expect(ana[S('Done')]).toBe(1);
    expect(status.slice(0, 4).map((r) => r[S('Email')])).toEqual(['Email', 'ana@example.com', 'bob@example.com', 'cara@example.com']);
  });
});
