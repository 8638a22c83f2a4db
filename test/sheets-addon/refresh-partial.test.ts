// A refresh touches only what it must: new rows below the table are written alone; new rows between existing ones
// go in with the sheet's own row insertion and only they are written; a refresh that adds nothing writes nothing.
// (A path change also closes steps in place: refresh-over-time.test.ts.)
// Every range the add-on reads or writes is recorded from the fakes' Range methods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAddon, type AddonRun } from './harness';
import { type Access, recordAccess } from './record-access';
import { ANA, BOB, CARA, DAN, NOW, P, PL, planRow, roster } from './team';

const cell = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? `Date(${(v as Date).getTime()})` : v);
/** Rows `from`…`to` (1-based) of Plans: values, formulas and notes, comparable. */
function rows(addon: AddonRun, from: number, to: number) {
  const plans = addon.spreadsheet.sheet('Plans')!;
  const pick = <T>(grid: T[][]) => grid.slice(from - 1, to).map((row) => row.map(cell));
  return { values: pick(plans.values), formulas: pick(plans.formulas), notes: pick(plans.notes) };
}

/** What every refresh reads of a Plans sheet with its header in row 1: the header, Key, Email, Path and Status. */
const readsOf = (last: number) => [
  'getValues A1:N1',
  ...(['Key', 'Email', 'Path', 'Status'] as const).map((h) => `getValues ${PL(h)}2:${PL(h)}${last}`),
];

const lastRowOf = (addon: AddonRun, email: string) =>
  addon.spreadsheet
    .sheet('Plans')!
    .values.map((r) => r[P('Email')])
    .lastIndexOf(email) + 1;

/** Ana, Bob and Cara planned; then a status, a note typed in, a formula and cell notes on Bob's and Cara's rows. */
function editedTeam(): AddonRun {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB, CARA) } });
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  const bob = lastRowOf(addon, 'bob@example.com');
  const cara = lastRowOf(addon, 'cara@example.com');
  plans.write(`${PL('Status')}2`, [['Done']]);
  plans.write(`${PL('Notes')}${bob}`, [["'=not a formula"]]);
  plans.write('N1', [['Coach']]);
  plans.write(`N${cara}`, [['=42']]);
  plans.noteGrid.set(bob - 1, P('Status'), 'Bob asked to wait');
  plans.noteGrid.set(cara - 1, P('Due'), 'Cara moved this');
  return addon;
}

describe('a person joins: the new rows go below the table', () => {
  let addon: AddonRun;
  let last: number;
  let before: ReturnType<typeof rows>;
  let access: Access[];

  beforeAll(() => {
    addon = editedTeam();
    last = addon.spreadsheet.sheet('Plans')!.lastRow;
    before = rows(addon, 1, last);
    addon.spreadsheet.sheet('Roster')!.write('A5', [DAN]);
    addon.calls.reset();
    access = recordAccess('Plans', () => addon.call('generatePlans'));
  });

  it('reads the header and the Key, Email, Path and Status columns only, and no formula or note of Plans', () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(access.filter((a) => a.startsWith('get'))).toEqual(readsOf(last));
    expect(addon.calls.byMethod()['Range.getFormulas']).toBeUndefined();
  });

  it("writes Dan's rows alone, below the table, values only", () => {
    const danRows = addon.spreadsheet.sheet('Plans')!.lastRow - last;
    expect(danRows).toBeGreaterThan(5);
    expect(access.filter((a) => a.startsWith('set'))).toEqual([`setValues A${last + 1}:N${last + danRows}`]);
    expect(rows(addon, last + 1, last + danRows).values.every((r) => r[P('Email')] === 'dan@example.com')).toBe(true);
  });

  it('leaves every existing cell, formula and note as it was', () => {
    expect(rows(addon, 1, last)).toEqual(before);
  });

  it('formats the new rows like the rest', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    const end = plans.lastRow;
    expect(plans.cell(`${PL('Due')}${end}`).numberFormat).toBe('yyyy-mm-dd');
    expect(Object.prototype.toString.call(plans.cell(`${PL('Due')}${end}`).value)).toBe('[object Date]');
    expect(plans.cell(`${PL('Status')}${end}`).validation?.criteria).toBe('VALUE_IN_LIST');
    expect(plans.cell(`${PL('Status')}${end}`).value).toBe('Not started');
  });
});

describe('Bob gets new steps (two of his were deleted): rows are inserted after his, and only the new rows are written', () => {
  let addon: AddonRun;
  let bob: number;
  let last: number;
  let before: ReturnType<typeof rows>;
  let access: Access[];
  let added: number;

  beforeAll(() => {
    addon = editedTeam();
    const plans = addon.spreadsheet.sheet('Plans')!;
    plans.deleteRows(plans.values.findIndex((r) => r[P('Email')] === 'bob@example.com') + 3, 2);
    bob = lastRowOf(addon, 'bob@example.com');
    last = plans.lastRow;
    before = rows(addon, 1, last);
    addon.calls.reset();
    access = recordAccess('Plans', () => addon.call('generatePlans'));
    added = addon.spreadsheet.sheet('Plans')!.lastRow - last;
  });

  it('reads the header and the Key, Email, Path and Status columns only: no row that moves is read', () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(added).toBe(2);
    expect(access.filter((a) => a.startsWith('get'))).toEqual(readsOf(last));
  });

  it("inserts rows after Bob's last one in one call and writes only his new steps", () => {
    expect(addon.calls.byMethod()['Sheet.insertRowsAfter']).toBe(1);
    expect(access.filter((a) => a.startsWith('set'))).toEqual([`setValues A${bob + 1}:N${bob + added}`]);
    const after = rows(addon, 1, last + added);
    expect(after.values.slice(bob, bob + added).every((r) => r[P('Email')] === 'bob@example.com')).toBe(true);
  });

  it('leaves the rows above untouched and the rest moved down whole by Sheets: values, formulas, notes', () => {
    const after = rows(addon, 1, last + added);
    const drop = <T>(grid: T[]) => [...grid.slice(0, bob), ...grid.slice(bob + added)];
    expect({ values: drop(after.values), formulas: drop(after.formulas), notes: drop(after.notes) }).toEqual(before);
    const cara = lastRowOf(addon, 'cara@example.com');
    expect(addon.spreadsheet.sheet('Plans')!.cell(`N${cara}`)).toMatchObject({ formula: '=42', value: 42 });
    expect(addon.spreadsheet.sheet('Plans')!.cell(`${PL('Due')}${cara}`).note).toBe('Cara moved this');
    expect(addon.spreadsheet.sheet('Plans')!.cell(`${PL('Status')}${bob}`).note).toBe('Bob asked to wait');
  });
});

describe('nothing new on the roster', () => {
  let addon: AddonRun;
  let before: ReturnType<typeof rows>;
  let access: Access[];

  beforeAll(() => {
    addon = editedTeam();
    before = rows(addon, 1, addon.spreadsheet.sheet('Plans')!.lastRow);
    access = recordAccess('Plans', () => addon.call('generatePlans'));
  });

  it('writes no cell, and reads only the header and the Key, Email, Path and Status columns', () => {
    expect(access.filter((a) => a.startsWith('set'))).toEqual([]);
    expect(access).toEqual(readsOf(addon.spreadsheet.sheet('Plans')!.lastRow));
    expect(rows(addon, 1, addon.spreadsheet.sheet('Plans')!.lastRow)).toEqual(before);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/added 0 new steps/);
  });
});

describe('what the Key and Email columns decide', () => {
  let addon: AddonRun;

  beforeAll(() => {
    addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB) } });
    addon.call('generatePlans');
  });
  afterAll(() => expect(addon.ui.alerts).toEqual([]));

  it("a row typed by hand with only an Email counts as that person's: their new steps follow it", () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    const end = plans.lastRow + 1;
    plans.write(`A${end}`, [planRow({ Email: 'ana@example.com', Step: 'Her own step' })]);
    addon.spreadsheet.sheet('Roster')!.write('A2', [[...ANA.slice(0, 5), 'expert', '', 'databases']]);
    addon.call('generatePlans');
    const after = addon.spreadsheet.sheet('Plans')!.values;
    expect(after[end - 1]![P('Step')]).toBe('Her own step');
    expect(after[end]![P('Email')]).toBe('ana@example.com');
    expect(after[end]![P('Key')]).toMatch(/^ana@example\.com#/);
  });

  it('duplicate keys and people who left are reported as before', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    plans.write(`A${plans.lastRow + 1}`, [
      planRow({ Key: String(plans.values[1]![P('Key')]), Person: 'Ana Lopez', Email: 'ana@example.com' }),
    ]);
    addon.spreadsheet.sheet('Roster')!.write('A3', [['', '', '', '', '', '', '', '']]);
    addon.call('generatePlans');
    expect(addon.ui.toasts.at(-1)?.message).toMatch(
      /added 0 new steps\. 1 person no longer on the roster keeps their rows\. 1 key is on more than one row/,
    );
  });
});

describe('a Plans sheet whose header is not the first row', () => {
  it('is read once to find the table, and gets only the new rows: the rows above the header stay', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    const grid = plans.values;
    plans.insertRowsAfter(0, 2);
    addon.spreadsheet.sheet('Roster')!.write('A3', [BOB]);
    const access = recordAccess('Plans', () => addon.call('generatePlans'));
    expect(addon.ui.alerts).toEqual([]);
    expect(access.filter((a) => a.startsWith('get'))).toEqual(['getValues A1:M1', `getValues A1:M${grid.length + 2}`]);
    const bob = addon.spreadsheet.sheet('Plans')!.lastRow - grid.length - 2;
    expect(access.filter((a) => a.startsWith('set'))).toEqual([`setValues A${grid.length + 3}:M${grid.length + 2 + bob}`]);
    const after = addon.spreadsheet.sheet('Plans')!.values;
    expect(
      after
        .slice(0, 2)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(after.slice(2, 2 + grid.length).map((r) => r.map(cell))).toEqual(grid.map((r) => r.map(cell)));
    expect(after.at(-1)![P('Email')]).toBe('bob@example.com');
  });
});
