// Batching (issue 4, reliability.md): a refresh makes the same Spreadsheet service calls for 10, 1,000 and 10,000
// people: the sheets are read once and written once, never a call per row or per cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon } from './harness';
import { NOW, P, bigRoster } from './team';

interface Measure {
  people: number;
  rows: number;
  spreadsheet: number;
  byMethod: Record<string, number>;
}

/** Generate, edit a status and a note, add a person to the roster, then measure the refresh. */
function measure(people: number): Measure {
  const team = bigRoster(people);
  const addon = loadAddon({ now: NOW, sheets: { Roster: team } });
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  plans.write('L2', [['Done']]);
  plans.write('M3', [['Asked about the platform team']]);
  const rosterSheet = addon.spreadsheet.sheet('Roster')!;
  if (rosterSheet.maxRows <= team.length) rosterSheet.insertRowsAfter(rosterSheet.maxRows, 1);
  rosterSheet.write(`A${team.length + 1}`, [bigRoster(people + 1).at(-1)!]);
  addon.calls.reset();
  addon.call('generatePlans');
  expect(addon.ui.alerts).toEqual([]);
  const after = addon.spreadsheet.sheet('Plans')!.values;
  expect(after[1]![P('Status')]).toBe('Done');
  expect(after.at(-1)![P('Email')]).toBe(`p${people + 1}@example.com`);
  return { people, rows: after.length - 1, spreadsheet: addon.calls.spreadsheetService(), byMethod: addon.calls.byMethod() };
}

describe('a refresh batches its Spreadsheet calls', () => {
  const sizes = [10, 1_000, 10_000];
  const results = new Map<number, Measure>();

  beforeAll(() => {
    for (const n of sizes) results.set(n, measure(n));
    console.log(
      [...results.values()].map((m) => `refresh of ${m.people} people (${m.rows} plan rows): ${m.spreadsheet} Spreadsheet service calls`).join('\n'),
    );
  }, 240_000);

  it.each(sizes)('%i people: the same calls, method for method, as 10 people', (n) => {
    expect(results.get(n)!.byMethod).toEqual(results.get(10)!.byMethod);
    expect(results.get(n)!.spreadsheet).toBe(results.get(10)!.spreadsheet);
  });

  it('reads Roster and Plans once each and writes Plans with one setValues', () => {
    const calls = results.get(10_000)!.byMethod;
    expect(calls['Range.getValues']).toBe(2);
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Range.getFormulas']).toBe(1);
    expect(calls['Range.setValue']).toBeUndefined();
    expect(results.get(10_000)!.rows).toBeGreaterThan(60_000);
  });

  it('stays a small, fixed number of calls', () => {
    expect(results.get(10)!.spreadsheet).toBeLessThan(60);
  });
});
