// Batching (issue 4, reliability.md): each range is read or written in one call, never a call per row or per cell.
// A weekly refresh (a person joins: new rows go below the table) makes the same Spreadsheet service calls for 10,
// 1,000 and 10,000 people. A new step for every person puts rows in as many places as there are people, and each
// place costs exactly three calls (insert the rows, the range, write it): the floor, since Sheets inserts one block
// of rows a call; everything else stays the same at every size.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon } from './harness';
import { dropEveryonesLastStep } from './plans-edits';
import { NOW, P, PL, bigRoster } from './team';

interface Measure {
  people: number;
  rows: number;
  spreadsheet: number;
  byMethod: Record<string, number>;
}

type Scenario = 'a person joins' | 'a new step for everyone';

/** Generate, edit a status and a note, change the roster or the plans as the scenario says, then measure the refresh. */
function measure(people: number, scenario: Scenario): Measure {
  const team = bigRoster(people);
  const addon = loadAddon({ now: NOW, sheets: { Roster: team } });
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  plans.write(`${PL('Status')}2`, [['Done']]);
  plans.write(`${PL('Notes')}3`, [['Asked about the platform team']]);
  const lastRow = plans.values.length;
  plans.noteGrid.set(lastRow - 2, P('Due'), 'Moved from March');
  if (scenario === 'a person joins') {
    const rosterSheet = addon.spreadsheet.sheet('Roster')!;
    if (rosterSheet.maxRows <= team.length) rosterSheet.insertRowsAfter(rosterSheet.maxRows, 1);
    rosterSheet.write(`A${team.length + 1}`, [bigRoster(people + 1).at(-1)!]);
  } else {
    dropEveryonesLastStep(plans);
  }
  const rowsBefore = plans.values.length;
  const keyWithNote = plans.values[plans.notes.findIndex((row) => row[P('Due')] === 'Moved from March')]![P('Key')];
  addon.calls.reset();
  addon.call('generatePlans');
  expect(addon.ui.alerts).toEqual([]);
  const after = addon.spreadsheet.sheet('Plans')!.values;
  expect(after[1]![P('Status')]).toBe('Done');
  expect(after[2]![P('Notes')]).toBe('Asked about the platform team');
  const noted = addon.spreadsheet.sheet('Plans')!.notes.findIndex((row) => row[P('Due')] === 'Moved from March');
  expect(after[noted]![P('Key')]).toBe(keyWithNote);
  if (scenario === 'a person joins') expect(after.at(-1)![P('Email')]).toBe(`p${people + 1}@example.com`);
  else expect(after.length - rowsBefore).toBe(people);
  return { people, rows: after.length - 1, spreadsheet: addon.calls.spreadsheetService(), byMethod: addon.calls.byMethod() };
}

/** Calls a place of new rows costs: insert the rows, get their range, write it. */
const PER_PLACE = ['Sheet.insertRowsAfter', 'Sheet.getRange', 'Range.setValues'];

describe.each<Scenario>(['a person joins', 'a new step for everyone'])('a refresh after %s batches its Spreadsheet calls', (scenario) => {
  const sizes = [10, 1_000, 10_000];
  const results = new Map<number, Measure>();
  const places = (n: number) => (scenario === 'a person joins' ? 0 : n - 10);

  beforeAll(() => {
    for (const n of sizes) results.set(n, measure(n, scenario));
    console.log(
      [...results.values()]
        .map((m) => `${scenario}: refresh of ${m.people} people (${m.rows} plan rows): ${m.spreadsheet} Spreadsheet service calls`)
        .join('\n'),
    );
  }, 240_000);

  it.each(sizes)('%i people: the same calls, method for method, as 10 people, but for three a place new rows go', (n) => {
    const grown = Object.fromEntries(
      Object.entries(results.get(10)!.byMethod).map(([m, c]) => [m, PER_PLACE.includes(m) ? c + places(n) : c]),
    );
    expect(results.get(n)!.byMethod).toEqual(grown);
    expect(results.get(n)!.spreadsheet).toBe(results.get(10)!.spreadsheet + 3 * places(n));
    expect(results.get(10_000)!.rows).toBeGreaterThan(60_000);
  });

  it('reads Roster once and Plans by whole columns, never a row that moves; writes only new rows', () => {
    const calls = results.get(10_000)!.byMethod;
    expect(calls['Range.setValue']).toBeUndefined();
    expect(calls['Range.getValue']).toBeUndefined();
    // Roster, Career goals, then Plans' header row and its Key, Email, Path and Status columns (who changed path,
    // whose review is due); no formulas or notes of Plans at all, and no notes of Roster either: it has no problems,
    // and no note of Trellis's to clear.
    expect(calls['Range.getValues']).toBe(7);
    expect(calls['Range.getFormulas']).toBeUndefined();
    expect(calls['Range.getNotes']).toBeUndefined();
    expect(calls['Range.setNotes']).toBeUndefined();
    if (scenario === 'a person joins') {
      // The new person's plan, and their row in Career goals.
      expect(calls['Range.setValues']).toBe(2);
      expect(calls['Sheet.insertRowsAfter']).toBeUndefined();
    } else {
      // Everyone's new step but the last person's is inserted; the last person's goes below the table.
      expect(calls['Sheet.insertRowsAfter']).toBe(10_000 - 1);
      expect(calls['Range.setValues']).toBe(10_000);
    }
  });

  it('stays a small, fixed number of calls besides the places', () => {
    expect(results.get(10)!.spreadsheet - 3 * (scenario === 'a person joins' ? 0 : 10)).toBeLessThan(70);
  });
});
