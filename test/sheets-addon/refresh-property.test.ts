// One refresh rule (issue 9): for random rosters and random edits to Plans, the add-on's insertions in the fakes give
// the same table as refreshPlans' splice, the CLI's way; a second refresh adds nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAll } from '../../shared/plan';
import { readPlansTable } from '../../shared/plans-table';
import { refreshPlans } from '../../shared/refresh';
import { readRoster } from '../../shared/roster';
import { loadAddon, type AddonRun } from './harness';
import { NOW, P, ROSTER_HEADER, TODAY } from './team';

const day = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 10) : v);
/** Plans as the core reads it (the sheet's zone is UTC, so a date cell's day is its UTC day). */
const plansTable = (addon: AddonRun) => readPlansTable(addon.spreadsheet.sheet('Plans')!.values.map((r) => r.map(day))).table.rows;

const personArb = fc.record({
  local: fc.constantFrom('ana', 'bea', 'cai', 'dev', 'eli'),
  path: fc.constantFrom('technical', 'expert', 'mentor', 'management', ''),
});
const rosterArb = fc
  .uniqueArray(personArb, { selector: (p) => p.local, maxLength: 4 })
  .map((people) => [
    ROSTER_HEADER,
    ...people.map((p) => [p.local, `${p.local}@example.com`, 'Developer', 'Sam Okafor', 'sam@example.com', p.path, '', 'data analytics']),
  ]);
const editArb = fc.record({ index: fc.nat(), kind: fc.constantFrom('delete', 'blank-key', 'hand-row', 'status') });

/** An edit made in the sheet as a person would: delete a row, clear a Key, type a row of their own, change a status. */
function edit(addon: AddonRun, e: { index: number; kind: string }): void {
  const plans = addon.spreadsheet.sheet('Plans')!;
  const rows = plans.lastRow - 1;
  if (rows < 1) return;
  const row = 2 + (e.index % rows);
  if (e.kind === 'delete') plans.deleteRows(row, 1);
  if (e.kind === 'blank-key') plans.write(`A${row}`, [['']]);
  if (e.kind === 'hand-row') {
    plans.insertRowsAfter(row, 1);
    plans.write(`C${row + 1}`, [[plans.values[row - 1]![P('Email')], '', '', '', 'My own step']]);
  }
  if (e.kind === 'status') plans.write(`L${row}`, [['Done']]);
}

describe('the add-on refreshes as the core does', () => {
  it('gives the same table as refreshPlans, and a second refresh adds nothing', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, fc.array(editArb, { maxLength: 6 }), (before, after, edits) => {
        if (before.length < 2 || after.length < 2) return;
        const addon = loadAddon({ now: NOW, sheets: { Roster: before } });
        addon.call('generatePlans');
        for (const e of edits) edit(addon, e);
        const existing = plansTable(addon);
        addon.spreadsheet.sheet('Roster')!.deleteRows(1, before.length);
        addon.spreadsheet.sheet('Roster')!.write('A1', after);
        addon.call('generatePlans');
        expect(addon.ui.alerts).toEqual([]);
        const expected = refreshPlans({ rows: existing, extraHeaders: [] }, planAll(readRoster(after).people, TODAY), TODAY).table.rows;
        expect(plansTable(addon)).toEqual(expected);
        addon.call('generatePlans');
        expect(plansTable(addon)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
