// Every failure is a plain message in an alert, never a stack trace, and the lock is always let go.
import { describe, expect, it } from 'vitest';
import { loadAddon, type AddonRun } from './harness';
import { ANA, NOW, P, roster } from './team';

type Setup = (addon: AddonRun) => void;

const busyLock: Setup = (addon) => {
  addon.context.LockService = {
    getDocumentLock: () => ({
      waitLock() {
        throw new Error('Lock timeout: another process was holding the lock for too long.');
      },
      releaseLock() {
        throw new Error('released a lock that was never held');
      },
    }),
  };
};

/** A rule of the user's that refuses text in Notes, on a cell that holds text: Sheets refuses the whole write. */
const refusingRule: Setup = (addon) => {
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  plans.write('M2', [['call Ana on Friday']]);
  plans.validationGrid.set(1, P('Notes'), { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' });
};

describe.each<[string, string, Record<string, unknown[][]>, Setup | undefined, RegExp]>([
  ['generatePlans', 'no Roster sheet', {}, undefined, /^There is no Roster sheet yet\. Choose Extensions → Trellis → Set up roster/],
  ['generatePlans', 'someone else refreshing', { Roster: roster(ANA) }, busyLock, /^Someone else is updating the plans.*Wait a minute, then try again/],
  ['generatePlans', 'Sheets refusing the write', { Roster: roster(ANA) }, refusingRule, /^Trellis stopped while generating the plans: The data you entered in cell M2 violates the data validation rules.*Try again/s],
  ['exportPlanStatus', 'no Plans sheet', { Roster: roster(ANA) }, undefined, /^There is no Plans sheet yet/],
  ['exportPlanStatus', 'someone else refreshing', { Roster: roster(ANA) }, busyLock, /^Someone else is updating the plans/],
  ['exportPlanStatus', 'a Plans sheet with no one in it', { Plans: [['Key', 'Person', 'Email', 'Manager', 'Path', 'Target role', 'Step', 'Owner', 'Owner role', 'Owner email', 'Due', 'Status', 'Notes']] }, undefined, /nobody to report on yet/],
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

  it('a busy lock changes nothing', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) } });
    busyLock(addon);
    addon.call('generatePlans');
    expect(addon.spreadsheet.sheet('Plans')).toBeNull();
  });
});
