// Set up career framework (contract section 12): Levels and Steps made with Trellis's own ladder and steps, the same
// tables `trellis framework --out` writes; a sheet a person already has is never written to.
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../shared/framework/defaults';
import { frameworkToGrids } from '../../shared/framework/grids';
import { loadAddon } from './harness';
import { NOW } from './team';

const DEFAULTS = frameworkToGrids(defaultFramework());
/** A sheet's values as the text each cell shows: Level and Offset days are written as numbers. */
const shown = (values: unknown[][]) => values.map((row) => row.map(String));

const OWN_LEVELS = [
  ['Track', 'Level', 'Title', 'Also known as', 'Expectations'],
  ['Engineering', '1', 'Software Engineer I', 'SE 1', 'Ships small changes with review.'],
];

describe('Set up career framework in a spreadsheet without one', () => {
  const addon = loadAddon({ now: NOW });
  addon.call('setUpCareerFramework');
  const levels = addon.spreadsheet.sheet('Levels')!;
  const steps = addon.spreadsheet.sheet('Steps')!;

  it('fills Levels and Steps with the tables trellis framework --out writes, word for word', () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(shown(levels.values)).toEqual(DEFAULTS.levels);
    expect(shown(steps.values)).toEqual(DEFAULTS.steps);
    expect(typeof levels.cell('B2').value).toBe('number');
    expect(typeof steps.cell('E2').value).toBe('number');
  });

  it.each([
    ['Levels', 5, ['B'], ['D', 'E']],
    ['Steps', 8, ['A', 'B', 'D', 'E', 'H'], ['C', 'F', 'G']],
  ])('%s: a bold, frozen header with notes, and the long columns wide and wrapped', (name, width, unwrapped, wrapped) => {
    const sheet = addon.spreadsheet.sheet(name)!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.fontWeights[0]).toEqual(new Array(width).fill('bold'));
    expect(sheet.fontWeights[1]).toEqual(new Array(width).fill('normal'));
    const column = (letter: string) => letter.charCodeAt(0) - 64;
    for (const letter of wrapped) {
      expect(sheet.styleGrid('wrap').get(1, column(letter) - 1)).toBe('true');
      expect(sheet.styleGrid('wrap').get(900, column(letter) - 1)).toBe('true');
      expect(sheet.columnWidths[column(letter)]).toBeGreaterThanOrEqual(200);
    }
    for (const letter of unwrapped) expect(sheet.styleGrid('wrap').get(1, column(letter) - 1)).toBe('');
    expect(sheet.notes[0]!.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(sheet.notes.slice(1).flat().filter(Boolean)).toEqual([]);
  });

  it('offers Employee or Manager in Owner role, on rows a team adds too', () => {
    const rule = steps.cell('D900').validation!;
    expect(rule.values[0]).toEqual(['Employee', 'Manager']);
  });

  it('opens Levels and says what to do next', () => {
    expect(addon.spreadsheet.activeSheet.name).toBe('Levels');
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/^Your career framework is ready.*then choose Generate or refresh plans\.$/);
  });
});

describe('Set up career framework beside sheets a person already has', () => {
  it('leaves an existing Levels exactly as it is, adds Steps with the defaults and says which was kept', () => {
    const addon = loadAddon({ now: NOW, sheets: { Levels: OWN_LEVELS } });
    const before = structuredClone(addon.spreadsheet.sheet('Levels')!.values);
    addon.call('setUpCareerFramework');
    expect(addon.spreadsheet.sheet('Levels')!.values).toEqual(before);
    expect(addon.spreadsheet.sheet('Levels')!.notes.flat().filter(Boolean)).toEqual([]);
    expect(shown(addon.spreadsheet.sheet('Steps')!.values)).toEqual(DEFAULTS.steps);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/already have a Levels sheet, so it was left as it is; Steps was added/);
  });

  it('with both there, changes nothing and says so', () => {
    const ownSteps = [[...DEFAULTS.steps[0]!], ['Technical', 'learning-budget', 'Spend the budget', 'Employee', '30', '', '', '']];
    const addon = loadAddon({ now: NOW, sheets: { Levels: OWN_LEVELS, Steps: ownSteps } });
    addon.calls.reset();
    addon.call('setUpCareerFramework');
    expect(Object.keys(addon.calls.byMethod()).filter((m) => /^(Range\.set|Sheet\.(insert|set))|insertSheet/.test(m))).toEqual([]);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/already have Levels and Steps sheets, so they were left as they are/);
  });

  it("fills a Levels sheet with nothing in it: it holds no one's words", () => {
    const addon = loadAddon({ now: NOW, sheets: { Levels: [] } });
    addon.call('setUpCareerFramework');
    expect(shown(addon.spreadsheet.sheet('Levels')!.values)).toEqual(DEFAULTS.levels);
  });

  it('a Steps sheet that is no framework table stops it: nothing added, and what to do', () => {
    const addon = loadAddon({
      now: NOW,
      sheets: {
        Steps: [
          ['Stair', 'Height'],
          ['1', '18 cm'],
        ],
      },
    });
    addon.call('setUpCareerFramework');
    expect(addon.spreadsheet.sheet('Levels')).toBeNull();
    expect(addon.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringMatching(/^You have a Steps sheet that is not a career framework table .*nothing was changed\. Rename that sheet/),
    ]);
  });
});
