// Rows a refresh moves down keep everything the user gave them, because Sheets moves them itself (rows inserted,
// never read back and rewritten): formulas, relative references included, still point at the same cells; in-cell
// links, formatting and cell notes stay on their rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, CARA, NOW, P, PL, roster } from './team';

describe('a refresh that puts new rows above rows the user decorated', () => {
  let addon: AddonRun;
  /** Cara's first row before the refresh, and after (Ana's and Bob's new steps push it down). */
  let caraBefore: number;
  let caraAfter: number;

  beforeAll(() => {
    addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB, CARA), Summary: [['Cara done?']] } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    caraBefore = plans.values.findIndex((r) => r[P('Email')] === 'cara@example.com') + 1;
    const last = plans.lastRow;
    plans.write('N1', [['Mine']]);
    // A relative formula on Cara's row, one below the table pointing up at it, one on another sheet pointing at it.
    plans.write(`N${caraBefore}`, [[`=L${caraBefore}&" / "&K${caraBefore}`]]);
    plans.write(`N${last + 2}`, [[`=COUNTIF(L2:L${last},"Done")`]]);
    addon.spreadsheet.sheet('Summary')!.write('B1', [[`=Plans!L${caraBefore}`]]);
    plans.richTextGrid.set(caraBefore - 1, P('Notes'), { text: 'the brief', url: 'https://example.com/brief' });
    plans.styleGrid('background').set(caraBefore - 1, P('Step'), '#fff2cc');
    plans.noteGrid.set(caraBefore - 1, P('Due'), 'Cara moved this');
    addon.spreadsheet
      .sheet('Roster')!
      .write('A2', [[...ANA.slice(0, 5), 'expert', '', 'databases'], [...BOB.slice(0, 5), 'mentor', '', ''], CARA]);
    addon.call('generatePlans');
    caraAfter = addon.spreadsheet.sheet('Plans')!.values.findIndex((r) => r[P('Email')] === 'cara@example.com') + 1;
  });

  it('moved the row down, as the new rows went in above it', () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(caraAfter).toBeGreaterThan(caraBefore);
  });

  it.each<[string, () => string, () => string]>([
    [
      'on the row itself (relative)',
      () => addon.spreadsheet.sheet('Plans')!.cell(`N${caraAfter}`).formula,
      () => `=L${caraAfter}&" / "&K${caraAfter}`,
    ],
    [
      'below the table, over the column (the range grew)',
      () =>
        addon.spreadsheet
          .sheet('Plans')!
          .formulas.flat()
          .find((f) => f.startsWith('=COUNTIF'))!,
      () => `=COUNTIF(L2:L${addon.spreadsheet.sheet('Plans')!.lastRow - 2},"Done")`,
    ],
    ['on another sheet', () => addon.spreadsheet.sheet('Summary')!.cell('B1').formula, () => `=Plans!L${caraAfter}`],
  ])('a formula %s still points at the same cells', (_, actual, expected) => {
    expect(actual()).toBe(expected());
  });

  it('kept the in-cell link, the fill colour and the cell note on the row', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    expect(plans.richTextGrid.get(caraAfter - 1, P('Notes'))).toEqual({ text: 'the brief', url: 'https://example.com/brief' });
    expect(plans.cell(`${PL('Step')}${caraAfter}`).background).toBe('#fff2cc');
    expect(plans.cell(`${PL('Due')}${caraAfter}`).note).toBe('Cara moved this');
    expect(plans.notes.flat().filter(Boolean)).toEqual(['Cara moved this']);
  });
});
