// The add-on menu: what onOpen builds, that it touches nothing needing authorization, and that every item and
// google.script.run target is a real top-level function of the bundle.
import { describe, expect, it } from 'vitest';
import { loadAddon } from './harness';
import { NOW } from './team';

const ITEMS = [
  ['Set up roster', 'setUpRoster'],
  ['Set up career framework', 'setUpCareerFramework'],
  ['Set up career goals sheet', 'setUpCareerGoals'],
  ['Paste or upload career goals', 'importCareerGoals'],
  ['Generate or refresh plans', 'generatePlans'],
  ['Apply status updates', 'importStatusUpdates'],
  ['Show written plan', 'showWrittenPlan'],
  ['Export plan status', 'exportPlanStatus'],
  ['Help', 'showHelp'],
] as const;

describe('the Trellis menu', () => {
  it.each(['onOpen', 'onInstall'])('%s builds the add-on menu with every item in order', (trigger) => {
    const addon = loadAddon({ now: NOW });
    addon.call(trigger, { authMode: 'NONE' });
    expect(addon.ui.menu?.items).toEqual(ITEMS.map(([caption, functionName]) => ({ caption, functionName })));
  });

  it('onOpen uses only the Ui: no spreadsheet, lock or other call that needs authorization', () => {
    const addon = loadAddon({ now: NOW });
    addon.calls.reset();
    addon.call('onOpen', { authMode: 'NONE' });
    const used = Object.keys(addon.calls.byMethod());
    expect(used.filter((m) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(m))).toEqual([]);
  });

  it.each([
    ...ITEMS.map(([, name]) => name),
    'onOpen',
    'onInstall',
    'goToRosterCell',
    'goToGoalsCell',
    'goToPlansCell',
    'goToLevelsCell',
    'goToStepsCell',
    'pasteCareerGoals',
    'pasteStatusUpdates',
  ])('%s is a function declaration, there before the bundle body runs', (name) => {
    const addon = loadAddon({ now: NOW });
    expect(addon.globalsBeforeRun[name]).toBe('function');
  });

  it('Help opens one dialog that explains each menu item', () => {
    const addon = loadAddon({ now: NOW });
    addon.call('showHelp');
    expect(addon.ui.dialogs).toHaveLength(1);
    const { html } = addon.ui.dialogs[0]!;
    for (const [caption] of ITEMS.slice(0, -1)) expect(html).toContain(caption);
    expect(addon.ui.alerts).toEqual([]);
  });
});
