// Every failure is a plain message in an alert, never a stack trace, and the lock is always let go.
import { describe, expect, it } from 'vitest';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, NOW, P, PL, roster } from './team';

type Setup = (addon: AddonRun) => void;

/** Someone else's refresh holds the document lock past our wait: the fakes' waitLock times out as Apps Script's does. */
const busyLock: Setup = (addon) => {
  addon.lock.busy = true;
};

/**
 * A rule of the user's that refuses text (a checkbox), on the cell below the table where the next person's name goes:
 * Sheets refuses the whole write of the new rows.
 */
const refusingRule: Setup = (addon) => {
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  plans.validationGrid.set(plans.lastRow, P('Person'), { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' });
  addon.spreadsheet.sheet('Roster')!.write('A3', [BOB]);
};

describe.each<[string, string, Record<string, unknown[][]>, Setup | undefined, RegExp]>([
  ['generatePlans', 'no Roster sheet', {}, undefined, /^There is no Roster sheet yet\. Choose Extensions → Trellis → Set up roster/],
  [
    'generatePlans',
    'someone else refreshing',
    { Roster: roster(ANA) },
    busyLock,
    /^Someone else is updating the plans.*Wait a minute, then try again/,
  ],
  [
    'generatePlans',
    'Sheets refusing the write',
    { Roster: roster(ANA) },
    refusingRule,
    /^Trellis stopped while adding the new rows to Plans \(The data you entered in cell A\d+ violates the data validation rules.*\)\. Added new rows for 0 of 1 person; choose .*again to add the rest\./s,
  ],
  ['exportPlanStatus', 'no Plans sheet', { Roster: roster(ANA) }, undefined, /^There is no Plans sheet yet/],
  ['exportPlanStatus', 'someone else refreshing', { Roster: roster(ANA) }, busyLock, /^Someone else is updating the plans/],
  [
    'exportPlanStatus',
    'a Plans sheet with no one in it',
    {
      Plans: [
        [
          'Key',
          'Person',
          'Email',
          'Manager',
          'Path',
          'Target role',
          'Step',
          'Owner',
          'Owner role',
          'Owner email',
          'Due',
          'Status',
          'Notes',
        ],
      ],
    },
    undefined,
    /nobody to report on yet/,
  ],
  ['showWrittenPlan', 'nothing chosen', { Roster: roster(ANA) }, undefined, /^Choose someone first/],
  ['goToRosterCell', 'a cell that is not a cell', { Roster: roster(ANA) }, undefined, /^That cell could not be found in the Roster sheet/],
])('%s with %s', (name, _, sheets, setup, message) => {
  it('shows one alert with a clear message and no stack trace', () => {
    const addon = loadAddon({ now: NOW, sheets });
    setup?.(addon);
    const before = addon.ui.alerts.length;
    expect(() => addon.call(name, 'not a cell')).not.toThrow();
    const alerts = addon.ui.alerts.slice(before);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.title).toBe('Trellis');
    expect(alerts[0]!.prompt).toMatch(message);
    expect(alerts[0]!.prompt).not.toMatch(/\n\s+at |\.js:\d+|Error:/);
  });
});

describe('the lock on failure', () => {
  it('is flushed and let go even when the write fails', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) } });
    refusingRule(addon);
    addon.call('generatePlans');
    expect(addon.lock.waits).toBe(2);
    expect(addon.lock.releases).toBe(2);
    expect(addon.lock.flushedBeforeRelease).toBe(true);
    expect(addon.lock.held).toBe(false);
  });
});

/** Everything a run could change in the spreadsheet, as plain data. */
function snapshot(addon: AddonRun) {
  return JSON.stringify(
    addon.spreadsheet.sheets.map((sheet) => ({
      name: sheet.name,
      size: [sheet.maxRows, sheet.maxColumns, sheet.frozenRows],
      values: sheet.values,
      formulas: sheet.formulas,
      notes: sheet.notes,
      formats: sheet.numberFormats,
      validations: sheet.validations,
      styles: [...sheet.styleGrids.keys()].map((name) => sheet.style(name)),
      rules: sheet.conditionalRules,
      filter: [sheet.filterRange, sheet.filterCriteria],
    })),
  );
}

/** Spreadsheet service calls that change something (anything but get…/is… reads and the builders' own calls). */
const writes = (addon: AddonRun) =>
  Object.keys(addon.calls.byMethod()).filter((m) => /^(Spreadsheet|Sheet|Range|Filter)\./.test(m) && !/\.(get|is)[A-Z]/.test(m));

describe.each<[string, Record<string, unknown[][]>, RegExp]>([
  ['generatePlans', { Roster: roster(ANA) }, /^Someone else is updating the plans.*Wait a minute, then try again/s],
  ['exportPlanStatus', { Roster: roster(ANA) }, /^Someone else is updating the plans.*Wait a minute, then try again/s],
])('%s while another run holds the document lock', (name, sheets, message) => {
  it('says so in one alert and writes nothing, also after an earlier run wrote Plans', () => {
    const addon = loadAddon({ now: NOW, sheets });
    addon.call('generatePlans');
    addon.spreadsheet.sheet('Plans')!.write(`${PL('Status')}2`, [['Done']]);
    const before = snapshot(addon);
    const [alerts, dialogs, lock] = [addon.ui.alerts.length, addon.ui.dialogs.length, { ...addon.lock }];
    addon.calls.reset();
    addon.lock.busy = true;

    addon.call(name);

    expect(addon.ui.alerts.slice(alerts).map((a) => a.prompt)).toEqual([expect.stringMatching(message)]);
    expect(addon.ui.dialogs).toHaveLength(dialogs);
    expect(snapshot(addon)).toBe(before);
    expect(writes(addon)).toEqual([]);
    expect(addon.lock).toMatchObject({ refusals: lock.refusals + 1, waits: lock.waits, releases: lock.releases, held: false });
  });
});

describe('loadAddon({ lockBusy: true })', () => {
  it('starts with the lock held elsewhere: generating plans makes no Plans sheet and lets go of nothing', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) }, lockBusy: true });
    const before = snapshot(addon);
    addon.call('generatePlans');
    expect(addon.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(/^Someone else is updating the plans/)]);
    expect(addon.spreadsheet.sheet('Plans')).toBeNull();
    expect(snapshot(addon)).toBe(before);
    expect(addon.lock).toMatchObject({ busy: true, refusals: 1, waits: 0, releases: 0, held: false });
  });

  it('runs normally once the other run lets go', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) }, lockBusy: true });
    addon.call('generatePlans');
    addon.lock.busy = false;
    addon.call('generatePlans');
    expect(addon.ui.alerts).toHaveLength(1);
    expect(addon.spreadsheet.sheet('Plans')!.values.length).toBeGreaterThan(1);
    expect(addon.lock).toMatchObject({ refusals: 1, waits: 1, releases: 1, held: false });
  });
});
