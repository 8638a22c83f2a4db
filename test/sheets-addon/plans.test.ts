// Generate or refresh plans, first run: the Plans sheet's contents and formats, roster problems, the lock.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { planAll } from '../../shared/plan';
import { readRoster } from '../../shared/roster';
import { STATUSES } from '../../shared/types';
import { NEW_SHEET_HEADERS } from '../../sheets-addon/src/plans-grid';
import { loadAddon } from './harness';
import { ANA, BOB, CARA, NOW, P, TODAY, dayIn, roster, rowsWhere } from './team';

describe('Generate or refresh plans into a new Plans sheet', () => {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB, CARA) } });
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  const expected = planAll(readRoster(roster(ANA, BOB, CARA)).people, TODAY);

  it('writes the header in the order people read and one row a step, as the command line plans them', () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(plans.values[0]).toEqual([...NEW_SHEET_HEADERS]);
    expect(plans.values[0]!.slice(0, 6)).toEqual(['Person', 'Step', 'Owner', 'Due', 'Status', 'Notes']);
    expect(plans.values).toHaveLength(expected.length + 1);
    expect(plans.values.slice(1).map((r) => r[P('Key')])).toEqual(expected.map((r) => r.key));
    expect(plans.values.slice(1).map((r) => r[P('Owner email')])).toEqual(expected.map((r) => r.ownerEmail));
    expect(rowsWhere(plans.values, P('Status'), 'Not started')).toHaveLength(expected.length);
  });

  it('writes Due as real dates showing the planned day, formatted yyyy-mm-dd', () => {
    const body = plans.values.slice(1);
    expect(body.map((r) => dayIn(r[P('Due')], 'Etc/UTC'))).toEqual(expected.map((r) => r.due));
    expect(plans.displayValues.slice(1).map((r) => r[P('Due')])).toEqual(expected.map((r) => r.due));
    expect(expected.every((r) => r.due >= addDays(TODAY, 0))).toBe(true);
    expect(plans.numberFormats.slice(1).every((r) => r[P('Due')] === 'yyyy-mm-dd')).toBe(true);
  });

  it('gives Status a dropdown of the five statuses on every row, also rows added later', () => {
    const rule = plans.cell('E2').validation!;
    expect(rule.criteria).toBe('VALUE_IN_LIST');
    expect(rule.values[0]).toEqual([...STATUSES]);
    expect(plans.cell('E999').validation).toEqual(rule);
    expect(plans.cell('D2').validation).toBeNull();
  });

  it.each([
    ['overdue', /TODAY\(\)/, '#fce8e6'],
    ['done', /^=\$E2="Done"$/, '#e6f4ea'],
  ])('colours %s rows with a conditional-format rule over the table', (_, formula, background) => {
    const rule = plans.conditionalRules.find((r) => formula.test(String(r.values[0])))!;
    expect(rule.criteria).toBe('CUSTOM_FORMULA');
    expect(rule.format.background).toBe(background);
    expect(rule.ranges).toEqual(['A2:M1000']);
  });

  it('overdue means a date before today and not Done or Skipped', () => {
    const overdue = plans.conditionalRules.find((r) => /TODAY/.test(String(r.values[0])))!;
    expect(overdue.values[0]).toBe('=AND(ISNUMBER($D2),$D2<TODAY(),$E2<>"Done",$E2<>"Skipped")');
  });

  it('freezes the header and puts a filter over the table', () => {
    expect(plans.frozenRows).toBe(1);
    expect(plans.filterRange).toBe('A1:M1000');
  });

  it('wraps Step, keeps the two email columns narrow and hides Key, which nobody needs to read or edit', () => {
    const model = addon.spreadsheet.sheet('Plans')!;
    const col = (header: (typeof NEW_SHEET_HEADERS)[number]) => NEW_SHEET_HEADERS.indexOf(header) + 1;
    expect(model.styleGrid('wrapStrategy').get(1, col('Step') - 1)).toBe('WRAP');
    expect(model.styleGrid('wrapStrategy').get(998, col('Step') - 1)).toBe('WRAP');
    expect([model.columnWidths[col('Email')], model.columnWidths[col('Owner email')]]).toEqual([120, 120]);
    expect(model.columnWidths[col('Step')]).toBeGreaterThan(300);
    expect([...model.hiddenColumns]).toEqual([col('Key')]);
  });

  it('holds the document lock for the whole run, flushing before letting go', () => {
    expect(addon.lock.waits).toBe(1);
    expect(addon.lock.releases).toBe(1);
  });

  it('says what it did in a toast', () => {
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/Planned 3 people/);
  });
});

describe('due dates are calendar days in the spreadsheet time zone', () => {
  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'Etc/UTC'])('in %s', (timeZone) => {
    // 23:30 UTC on 1 March is already 2 March in Auckland: "today" is the spreadsheet's day.
    const now = new Date('2026-03-01T23:30:00Z');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
    const addon = loadAddon({ now, timeZone, sheets: { Roster: roster(ANA) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    const expected = planAll(readRoster(roster(ANA)).people, today);
    expect(plans.values.slice(1).map((r) => dayIn(r[P('Due')], timeZone))).toEqual(expected.map((r) => r.due));
  });
});

describe('problems in the roster', () => {
  const BAD = [
    ['', 'nobody@example.com', 'Developer', '', '', 'technical', '', ''], // A3: missing name
    ['Eve Hart', 'eve-at-example', 'Developer', '', '', 'technical', '', ''], // B4: malformed email
    ['Ana Again', 'ANA@example.com', 'Developer', '', '', 'technical', '', ''], // B5: duplicate
    ['Fay Lund', 'fay@example.com', 'Developer', '', '', 'astronaut', '', ''], // F6: unknown path
  ];

  it('lists every problem with its cell in one dialog, notes each cell, and still plans the valid rows', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, ...BAD, BOB) } });
    addon.spreadsheet.sheet('Roster')!.noteGrid.set(6, 0, 'Bob joins in April');
    addon.call('generatePlans');
    expect(addon.ui.dialogs).toHaveLength(1);
    const { html } = addon.ui.dialogs[0]!;
    for (const cell of ['A3', 'B4', 'B5', 'F6']) expect(html).toContain(`>${cell}</button>`);
    expect(html).toContain('duplicate email');
    expect(html).toContain('unknown path');
    const notes = addon.spreadsheet.sheet('Roster')!.notes;
    expect(notes[2]![0]).toMatch(/^Trellis: missing name/);
    expect(notes[3]![1]).toMatch(/^Trellis: malformed email/);
    expect(notes[4]![1]).toMatch(/^Trellis: duplicate email/);
    expect(notes[5]![5]).toMatch(/^Trellis: unknown path/);
    expect(notes[6]![0]).toBe('Bob joins in April');
    const plans = addon.spreadsheet.sheet('Plans')!;
    const people = new Set(plans.values.slice(1).map((r) => r[P('Email')]));
    expect(people).toEqual(new Set(['ana@example.com', 'bob@example.com']));
    expect(addon.ui.alerts).toEqual([]);
  });

  it('sets the notes in one call, and clears its own notes once the rows are fixed', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, ...BAD) } });
    addon.calls.reset();
    addon.call('generatePlans');
    expect(addon.calls.byMethod()['Range.setNotes']).toBe(1);
    expect(addon.calls.byMethod()['Range.setNote']).toBeUndefined();
    addon.spreadsheet.sheet('Roster')!.write(
      'A2',
      roster(ANA, BOB, CARA)
        .slice(1)
        .concat([
          ['', '', '', '', '', '', '', ''],
          ['', '', '', '', '', '', '', ''],
        ]),
    );
    addon.call('generatePlans');
    expect(
      addon.spreadsheet
        .sheet('Roster')!
        .notes.flat()
        .filter((n) => n !== ''),
    ).toEqual([]);
  });

  it.each([
    ['no Roster sheet', { Sheet1: [['hello']] }, /no Roster sheet yet.*Set up roster/s],
    [
      'no Email column',
      {
        Roster: [
          ['Name', 'Role'],
          ['Ana', 'Developer'],
        ],
      },
      /could not plan anyone.*Email column/s,
    ],
    ['an empty Roster', { Roster: [] }, /could not plan anyone.*empty/s],
  ])('with %s, says what to do and writes no Plans sheet', (_, sheets, message) => {
    const addon = loadAddon({ now: NOW, sheets: sheets as Record<string, unknown[][]> });
    addon.call('generatePlans');
    expect(addon.ui.alerts).toHaveLength(1);
    expect(addon.ui.alerts[0]!.prompt).toMatch(message);
    expect(addon.spreadsheet.sheet('Plans')).toBeNull();
    expect(addon.lock.releases).toBe(addon.lock.waits);
  });

  it('with every row rejected, shows the list, says nothing was planned and leaves Plans alone', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(...BAD.slice(1, 2)) } });
    addon.call('generatePlans');
    expect(addon.ui.dialogs[0]!.html).toContain('Nothing was planned');
    expect(addon.spreadsheet.sheet('Plans')).toBeNull();
  });
});

describe('a Plans sheet that is not a plans table', () => {
  it('is left untouched, with a message saying how to go on', () => {
    const mine = [
      ['Budget', 'Amount'],
      ['Travel', 1200],
    ];
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA), Plans: mine } });
    addon.call('generatePlans');
    expect(addon.ui.alerts[0]!.prompt).toMatch(/not a Trellis plans table.*Rename/s);
    expect(addon.spreadsheet.sheet('Plans')!.values).toEqual(mine);
  });
});
