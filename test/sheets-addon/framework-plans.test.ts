// Generate or refresh plans with the career framework in Levels and Steps (contract section 12): the defaults plan
// exactly as no framework does, a team's own steps and ladder appear, a row with a problem is listed at its cell and
// left out, and a framework edited between two refreshes never rewrites a row already in Plans.
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../shared/framework/defaults';
import { frameworkToGrids } from '../../shared/framework/grids';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, CARA, DAN, NOW, P, roster } from './team';

const DEFAULTS = frameworkToGrids(defaultFramework());
const TEAM = [
  ANA,
  BOB,
  CARA,
  DAN,
  ['Eve Park', 'eve@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical', 'Lead Developer', ''],
];

/** Plans generated from the team's roster with these other sheets. */
function generated(sheets: Record<string, unknown[][]>, people = TEAM): AddonRun {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(...people), ...sheets } });
  addon.call('generatePlans');
  return addon;
}

const plansOf = (addon: AddonRun) => addon.spreadsheet.sheet('Plans')!.values;
const keysOf = (addon: AddonRun) =>
  plansOf(addon)
    .slice(1)
    .map((r) => String(r[P('Key')]));
const rowOf = (addon: AddonRun, key: string) => plansOf(addon).find((r) => r[P('Key')] === key);
/** The default Steps with these rows after them. */
const stepsWith = (...rows: string[][]) => [...DEFAULTS.steps, ...rows];

const BUDGET = [
  'Technical',
  'learning-budget',
  'Spend the learning budget on a course {first} chooses',
  'Employee',
  '30',
  'Growth needs time and money',
  'A course is booked',
  '',
];

describe('Generate with the default framework in Levels and Steps', () => {
  it('writes exactly the Plans sheet generating without them writes, cell for cell', () => {
    const without = generated({});
    const withDefaults = generated({ Levels: DEFAULTS.levels, Steps: DEFAULTS.steps });
    expect(withDefaults.ui.alerts).toEqual([]);
    expect(withDefaults.ui.dialogs).toEqual([]);
    expect(plansOf(withDefaults)).toEqual(plansOf(without));
    expect(withDefaults.ui.toasts.at(-1)?.message).toBe(without.ui.toasts.at(-1)?.message);
  });

  it('after Set up career framework too', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(...TEAM) } });
    addon.call('setUpCareerFramework');
    addon.call('generatePlans');
    expect(plansOf(addon)).toEqual(plansOf(generated({})));
  });
});

describe("Generate with a team's own steps and ladder", () => {
  const replaced = [
    'Technical',
    'fund-company-course',
    'Book {first} a place on the company course',
    'Manager',
    '45',
    '',
    '',
    'fund-technical-learning',
  ];
  const addon = generated(
    {
      Levels: [
        ...DEFAULTS.levels,
        ['Engineering', '1', 'Software Engineer I', 'SE 1', 'Ships small changes with review.'],
        ['Engineering', '2', 'Software Engineer II', 'SE 2', 'Designs a feature end to end.'],
      ],
      Steps: stepsWith(BUDGET, replaced),
    },
    [...TEAM, ['Femi Ade', 'femi@example.com', 'SE 1', 'Sam Okafor', 'sam@example.com', 'technical', '', '']],
  );

  it('adds a new step to every plan on its path, with its words filled in', () => {
    expect(addon.ui.alerts).toEqual([]);
    const row = rowOf(addon, 'ana@example.com#learning-budget')!;
    expect(row[P('Step')]).toBe('Spend the learning budget on a course Ana chooses');
    expect(rowOf(addon, 'bob@example.com#learning-budget')).toBeUndefined();
  });

  it('puts a step in the place of the built-in one it replaces', () => {
    expect(keysOf(addon).filter((k) => k.endsWith('#fund-technical-learning'))).toEqual([]);
    const row = rowOf(addon, 'ana@example.com#fund-company-course')!;
    expect([row[P('Step')], row[P('Owner')]]).toEqual(['Book Ana a place on the company course', 'Sam Okafor']);
  });

  it("aims at the next rung of the team's ladder and shows what it expects", () => {
    expect(rowOf(addon, 'femi@example.com#map-target-gap')![P('Target role')]).toBe('Software Engineer II');
    expect(rowOf(addon, 'femi@example.com#map-target-gap')![P('Step')]).toMatch(
      /\. What Software Engineer II expects: Designs a feature end to end\.$/,
    );
  });
});

describe('Generate with problems in Levels and Steps', () => {
  const addon = generated({
    Levels: [...DEFAULTS.levels, ['Engineering', '1', 'Software Engineer I', '', ''], ['Engineering', '1', 'Engineer One', '', '']],
    Steps: stepsWith(BUDGET, ['Technical', 'pair-weekly', 'Pair once a week', 'Lead', '7', '', '', '']),
  });
  const levelsRow = DEFAULTS.levels.length + 2;
  const stepsRow = DEFAULTS.steps.length + 2;
  const dialog = addon.ui.dialogs[0]!;

  it('lists each in the one problems dialog with its sheet and cell', () => {
    expect(addon.ui.dialogs).toHaveLength(1);
    expect(dialog.title).toBe('Problems in Levels and Steps');
    expect(dialog.html).toContain(`data-cell="B${levelsRow}" data-sheet="levels"`);
    expect(dialog.html).toContain('repeated level 1 of track &quot;Engineering&quot;');
    expect(dialog.html).toContain(`data-cell="D${stepsRow}" data-sheet="steps"`);
    expect(dialog.html).toContain('Owner role &quot;Lead&quot; is neither Employee nor Manager');
  });

  it('leaves that row out and plans with the rest', () => {
    expect(keysOf(addon).filter((k) => k.endsWith('#pair-weekly'))).toEqual([]);
    expect(rowOf(addon, 'ana@example.com#learning-budget')).toBeDefined();
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/2 career framework problems left rows of Levels or Steps out; see the list\./);
  });

  it('notes each problem on its cell, and clears the notes once the rows are fixed', () => {
    expect(addon.spreadsheet.sheet('Steps')!.cell(`D${stepsRow}`).note).toBe('Trellis: Owner role "Lead" is neither Employee nor Manager');
    expect(addon.spreadsheet.sheet('Levels')!.cell(`B${levelsRow}`).note).toMatch(/^Trellis: repeated level 1/);
    addon.spreadsheet.sheet('Steps')!.write(`D${stepsRow}`, [['Manager']]);
    addon.spreadsheet.sheet('Levels')!.write(`B${levelsRow}`, [['2']]);
    addon.call('generatePlans');
    expect(addon.spreadsheet.sheet('Steps')!.notes.flat().filter(Boolean)).toEqual([]);
    expect(addon.spreadsheet.sheet('Levels')!.notes.flat().filter(Boolean)).toEqual([]);
    expect(rowOf(addon, 'ana@example.com#pair-weekly')).toBeDefined();
  });

  it('a cell button selects that cell in its sheet', () => {
    addon.call('goToStepsCell', `D${stepsRow}`);
    expect(addon.spreadsheet.activeSheet.name).toBe('Steps');
    addon.call('goToLevelsCell', 'C3');
    expect(addon.spreadsheet.activeSheet.name).toBe('Levels');
  });
});

describe('Generate with a framework it cannot use writes nothing', () => {
  it.each([
    ['Levels', { Levels: DEFAULTS.levels }, /^There is a Levels sheet but no Steps sheet\..*nothing was changed/],
    ['Steps', { Steps: DEFAULTS.steps }, /^There is a Steps sheet but no Levels sheet\..*Set up career framework to add Levels/],
    [
      'a Steps sheet with no Owner role column',
      { Levels: DEFAULTS.levels, Steps: [['Path', 'Step id', 'Step', 'Offset days']] },
      /Steps!A1: no Owner role column in the Steps table\. Nothing was written/,
    ],
  ])('only %s: says why in an alert, and no Plans sheet', (_, sheets, message) => {
    const addon = generated(sheets);
    expect(addon.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(message)]);
    expect(addon.spreadsheet.sheet('Plans')).toBeNull();
    expect(addon.spreadsheet.sheet('Career goals')).toBeNull();
  });

  it('every row left out: the dialog says nothing was planned, with each row', () => {
    const addon = generated({
      Levels: [DEFAULTS.levels[0]!],
      Steps: [DEFAULTS.steps[0]!, ['Technical', 'Pair', 'Pair', 'Employee', '7', '', '', '']],
    });
    expect(addon.ui.dialogs.map((d) => d.title)).toEqual(['Problems in the career framework']);
    expect(addon.ui.dialogs[0]!.html).toContain('Nothing was planned');
    expect(addon.ui.dialogs[0]!.html).toContain('data-cell="B2" data-sheet="steps"');
    expect(addon.spreadsheet.sheet('Plans')).toBeNull();
  });
});

describe('A team edits Steps between two refreshes', () => {
  const addon = generated({ Levels: DEFAULTS.levels, Steps: stepsWith(BUDGET) });
  const before = structuredClone(plansOf(addon));
  const steps = addon.spreadsheet.sheet('Steps')!;
  const budgetRow = DEFAULTS.steps.length + 1;
  steps.write(`C${budgetRow}`, [['Spend up to 1,000 on a course {first} picks']]);
  steps.write(`A${budgetRow + 1}`, [['Technical', 'demo-day', 'Show your work at demo day', 'Employee', '60', '', '', '']]);
  addon.call('generatePlans');
  const after = plansOf(addon);
  // Everyone on the technical path (`ic` is one of its names): the people with the budget step.
  const technical = before.filter((r) => String(r[P('Key')]).endsWith('#learning-budget')).map((r) => String(r[P('Email')]));

  it("keeps every row as it was: a changed step's words never rewrite a row already in Plans", () => {
    expect(addon.ui.alerts).toEqual([]);
    const kept = after.filter((r) => r[P('Key')] !== '' && !String(r[P('Key')]).endsWith('#demo-day'));
    expect(kept).toEqual(before);
    expect(rowOf(addon, 'ana@example.com#learning-budget')![P('Step')]).toBe('Spend the learning budget on a course Ana chooses');
  });

  it('adds the new id once to each plan on its path, and nothing twice', () => {
    expect(technical).toHaveLength(3);
    expect(
      keysOf(addon)
        .filter((k) => k.endsWith('#demo-day'))
        .sort(),
    ).toEqual(technical.map((e) => `${e}#demo-day`).sort());
    expect(after.length).toBe(before.length + technical.length);
    expect(new Set(keysOf(addon)).size).toBe(keysOf(addon).length);
    addon.call('generatePlans');
    expect(plansOf(addon)).toEqual(after);
  });
});

describe('A new path and the written plan', () => {
  const STEWARD = 'Data steward';
  const addon = generated(
    {
      Levels: [...DEFAULTS.levels, ['Data', '1', 'Data Analyst', '', ''], ['Data', '2', 'Senior Data Analyst', '', 'Owns a data domain.']],
      Steps: stepsWith(
        [
          STEWARD,
          'catalogue-datasets',
          'List the datasets {first} looks after',
          'Employee',
          '21',
          'A steward knows what they keep',
          'The list is shared with the team',
          '',
        ],
        [STEWARD, 'map-target-gap', 'Compare what {first} does now with {target}', 'Manager', '14', '', '', ''],
      ),
    },
    [ANA, ['Gia Rossi', 'gia@example.com', 'Data Analyst', 'Priya Nair', 'priya@example.com', STEWARD, '', '']],
  );

  it("plans the roster's new path under its name, aimed at the next rung, with that rung's expectations", () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(addon.ui.dialogs).toEqual([]);
    const gap = rowOf(addon, 'gia@example.com#map-target-gap')!;
    expect([gap[P('Path')], gap[P('Target role')]]).toEqual([STEWARD, 'Senior Data Analyst']);
    expect(gap[P('Step')]).toBe(
      'Compare what Gia does now with Senior Data Analyst. What Senior Data Analyst expects: Owns a data domain.',
    );
  });

  it("shows the written plan with the path's name, the rung's expectations and the team's why and done-when", () => {
    addon.spreadsheet.setActiveRange('Roster', 'A3');
    addon.call('showWrittenPlan');
    expect(addon.ui.alerts).toEqual([]);
    const html = addon.ui.sidebars.at(-1)!.html;
    expect(html).toContain(STEWARD);
    expect(html).toContain('Data Analyst'); // the current role, read from a roster whose Path is the new one
    expect(html).toContain('What Senior Data Analyst expects: Owns a data domain.');
    expect(html).toContain('A steward knows what they keep');
    expect(html).toContain('The list is shared with the team');
  });

  it('Set up career goals sheet gives someone on the new path a row, with no roster problem', () => {
    const fresh = loadAddon({
      now: NOW,
      sheets: { Roster: roster(ANA, ['Gia Rossi', 'gia@example.com', 'Data Analyst', 'Priya Nair', 'priya@example.com', STEWARD, '', '']) },
    });
    fresh.spreadsheet.addSheet('Levels', DEFAULTS.levels);
    fresh.spreadsheet.addSheet('Steps', stepsWith([STEWARD, 'catalogue-datasets', 'List the datasets', 'Employee', '21', '', '', '']));
    fresh.call('setUpCareerGoals');
    expect(fresh.ui.dialogs).toEqual([]);
    expect(fresh.ui.toasts.at(-1)?.message).not.toMatch(/problem/);
    expect(fresh.spreadsheet.sheet('Career goals')!.values.map((r) => r[0])).toEqual(['Email', 'ana@example.com', 'gia@example.com']);
  });

  it('a refresh adds nothing and the Career goals sheet has a row for the new path too', () => {
    const before = structuredClone(plansOf(addon));
    addon.call('generatePlans');
    expect(plansOf(addon)).toEqual(before);
    expect(addon.spreadsheet.sheet('Career goals')!.values.map((r) => r[0])).toContain('gia@example.com');
  });
});

describe("Someone moves to the framework's new path between two refreshes", () => {
  const steward = ['Data steward', 'catalogue-datasets', 'List the datasets {first} looks after', 'Employee', '21', '', '', ''];
  const addon = generated({ Levels: DEFAULTS.levels, Steps: stepsWith(steward) }, [ANA, BOB]);
  const before = structuredClone(plansOf(addon));
  const rosterSheet = addon.spreadsheet.sheet('Roster')!;
  rosterSheet.write('F2', [['Data steward']]);
  addon.call('generatePlans');
  const after = plansOf(addon);
  const ana = (rows: unknown[][]) => rows.filter((r) => r[P('Email')] === 'ana@example.com');

  it("closes Ana's untouched technical steps, adds the new path's steps once and keeps every other row", () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(rowOf(addon, 'ana@example.com#catalogue-datasets')![P('Path')]).toBe('Data steward');
    const technical = ana(after).filter((r) => r[P('Path')] !== 'Data steward' && String(r[P('Key')]).includes('#fund-technical-learning'));
    expect(technical.map((r) => r[P('Status')])).toEqual(['Skipped']);
    expect(after.filter((r) => r[P('Email')] === 'bob@example.com')).toEqual(before.filter((r) => r[P('Email')] === 'bob@example.com'));
    expect(new Set(keysOf(addon)).size).toBe(keysOf(addon).length);
  });

  it('the next refresh changes nothing', () => {
    addon.call('generatePlans');
    expect(plansOf(addon)).toEqual(after);
  });
});

describe("Someone moves back from the framework's new path to the built-in one", () => {
  const steward = ['Data steward', 'catalogue-datasets', 'List the datasets {first} looks after', 'Employee', '21', '', '', ''];
  const addon = generated({ Levels: DEFAULTS.levels, Steps: stepsWith(steward) }, [ANA, BOB]);
  const rosterSheet = addon.spreadsheet.sheet('Roster')!;
  const path = rosterSheet.values[1]![5];
  rosterSheet.write('F2', [['Data steward']]);
  addon.call('generatePlans');
  rosterSheet.write('F2', [[path]]);
  addon.call('generatePlans');
  const after = plansOf(addon);

  it("is a path change: the new path's untouched step is closed, and a new sign-off round is added once", () => {
    expect(addon.ui.alerts).toEqual([]);
    expect(rowOf(addon, 'ana@example.com#catalogue-datasets')![P('Status')]).toBe('Skipped');
    expect(keysOf(addon).filter((key) => String(key).startsWith('ana@example.com#sign-off-manager'))).toHaveLength(3);
    expect(new Set(keysOf(addon)).size).toBe(keysOf(addon).length);
  });

  it('the next refresh changes nothing', () => {
    addon.call('generatePlans');
    expect(plansOf(addon)).toEqual(after);
  });
});
