import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../shared/framework/defaults';
import { frameworkToGrids } from '../../../shared/framework/grids';
import { readFramework } from '../../../shared/framework/read';
import { LEVEL_HEADERS, STEP_HEADERS } from '../../../shared/framework/types';
import { planFor } from '../../../shared/plan';
import { readRoster } from '../../../shared/roster';
import { person } from '../person';

const TODAY = '2026-11-28';
const LADDER = [
  ['Engineering', '1', 'Software Engineer I', 'SDE 1', ''],
  ['Engineering', '2', 'Software Engineer II', 'SDE 2', ''],
  ['Engineering', '3', 'Senior Software Engineer', '', 'Owns a service end to end; raises the bar in reviews'],
];

/** A framework of the defaults' steps changed by `rows`, with the company ladder. */
function framework(...rows: string[][]) {
  const read = readFramework([[...LEVEL_HEADERS], ...LADDER], [[...STEP_HEADERS], ...rows]);
  expect(read.problems).toEqual([]);
  return read.framework;
}
const ids = (rows: { key: string }[]) => rows.map((r) => r.key.split('#')[1]);
const builtIn = (p = person()) => planFor(p, TODAY);

describe('planning with a framework (contract section 12)', () => {
  it('adds a step in due order, its placeholders filled, its owner and due date from the row', () => {
    const fw = framework([
      'Technical ladder',
      'write-rfc',
      'Write an RFC with {manager} toward {target} on {focus}, {first}',
      'Employee',
      '25',
      '',
      '',
      '',
    ]);
    const rows = planFor(person({ role: 'SDE 1', focus: 'payments' }), TODAY, fw);
    const rfc = rows.find((r) => r.key.endsWith('#write-rfc'))!;
    expect(rfc).toMatchObject({
      step: 'Write an RFC with Sam Okafor toward Software Engineer II on payments, Ana',
      owner: 'Ana Lopez',
      ownerRole: 'Employee',
      due: '2026-12-23',
      targetRole: 'Software Engineer II',
    });
    expect(ids(rows).indexOf('write-rfc')).toBe(ids(rows).indexOf('map-target-gap') + 1);
  });

  it('a step that replaces a built-in one takes its place, and applies when it did', () => {
    const fw = framework([
      'technical',
      'pick-next-title',
      'Pick the next title with {first}',
      'Manager',
      '14',
      '',
      '',
      'agree-target-role',
    ]);
    const withoutTarget = ids(planFor(person({ role: 'Data Analyst' }), TODAY, fw));
    expect(withoutTarget).toContain('pick-next-title');
    expect(withoutTarget).not.toContain('agree-target-role');
    expect(ids(planFor(person({ role: 'SDE 1' }), TODAY, fw))).not.toContain('pick-next-title');
  });

  it('restating a built-in step by its id changes its words in place', () => {
    const fw = framework(['Mentor', 'pair-with-colleague', 'Pair {first} with a new starter', 'Manager', '10', '', '', '']);
    const rows = planFor(person({ path: 'mentor' }), TODAY, fw);
    expect(ids(rows)).toEqual(ids(planFor(person({ path: 'mentor' }), TODAY, framework())));
    expect(rows.find((r) => r.key.endsWith('#pair-with-colleague'))).toMatchObject({
      step: 'Pair Ana with a new starter',
      due: '2026-12-08',
    });
  });

  it('`all` drops the path’s built-in steps and the fundamentals come back from the defaults', () => {
    const fw = framework(['Mentor', 'coach-new-starter', 'Coach a new starter', 'Employee', '20', '', '', 'all']);
    expect(ids(planFor(person({ path: 'mentor' }), TODAY, fw))).toEqual([
      'goals-conversation',
      'coach-new-starter',
      'sign-off-employee',
      'sign-off-manager',
      'progress-review',
    ]);
    expect(ids(planFor(person({ path: 'expert' }), TODAY, fw))).toEqual(ids(builtIn(person({ path: 'expert' }))));
  });

  it('in the defaults as written, `all` on one row makes the path’s steps its rows in the table: a deleted row is dropped', () => {
    const grids = frameworkToGrids(defaultFramework());
    const steps = grids.steps
      .filter((row) => row[1] !== 'arrange-coaching-course')
      .map((row) => (row[1] === 'pair-with-colleague' ? [...row.slice(0, 7), 'all'] : row));
    const fw = readFramework(grids.levels, steps).framework;
    const mentor = person({ path: 'mentor' });
    expect(ids(planFor(mentor, TODAY, fw))).toEqual(ids(builtIn(mentor)).filter((id) => id !== 'arrange-coaching-course'));
  });

  it('a new path has the steps every path has and its own, under its name as the table first writes it', () => {
    const fw = framework(
      ['Data Science', 'ship-model', 'Ship a model to production', 'Employee', '60', '', '', ''],
      ['data  science', 'fund-course', 'Fund a course', 'Manager', '20', '', '', ''],
    );
    const rows = planFor(person({ path: 'data science', role: 'SDE 2' }), TODAY, fw);
    expect(new Set(rows.map((r) => r.path))).toEqual(new Set(['Data Science']));
    expect(ids(rows)).toEqual([
      'goals-reflection',
      'goals-conversation',
      'fund-course',
      'sign-off-employee',
      'sign-off-manager',
      'ship-model',
      'progress-review',
    ]);
    expect(rows[0]!.targetRole).toBe('Senior Software Engineer');
  });

  it('an `All paths` row changes every plan', () => {
    const fw = framework(['All paths', 'goals-reflection', 'Write down what you want next', 'Employee', '3', '', '', '']);
    for (const path of ['technical', 'expert', 'undecided']) {
      expect(planFor(person({ path }), TODAY, fw)[0]).toMatchObject({ step: 'Write down what you want next', due: '2026-12-01' });
    }
  });

  it('the step comparing current work with the target shows what that rung expects', () => {
    const gap = (fw = framework(), role = 'SDE 2') =>
      planFor(person({ role }), TODAY, fw).find((r) => r.key.endsWith('#map-target-gap'))!.step;
    expect(gap()).toBe(
      'Compare current work with what Senior Software Engineer expects in technology, system design, people and influence, and list the three biggest gaps. What Senior Software Engineer expects: Owns a service end to end; raises the bar in reviews',
    );
    expect(gap(framework(), 'SDE 1')).not.toContain('What Software Engineer II expects');
    const replaced = framework(['Technical ladder', 'gap-review', 'List the gaps to {target}', 'Employee', '21', '', '', 'map-target-gap']);
    expect(planFor(person({ role: 'SDE 2' }), TODAY, replaced).find((r) => r.key.endsWith('#gap-review'))!.step).toBe(
      'List the gaps to Senior Software Engineer. What Senior Software Engineer expects: Owns a service end to end; raises the bar in reviews',
    );
  });

  it('with no framework, plans as the default framework does', () => {
    const p = person({ role: 'Senior Software Engineer' });
    expect(planFor(p, TODAY, defaultFramework())).toEqual(builtIn(p));
  });
});

describe('a new path in the roster (contract section 12)', () => {
  const header = ['Name', 'Email', 'Path'];
  it.each([
    ['Data Science', 'Data Science'],
    ['  data   science ', 'Data Science'],
  ])('the Path %j is the framework’s path %j', (value, path) => {
    const roster = readRoster([header, ['Ana', 'ana@example.com', value]], ['Data Science']);
    expect(roster.problems).toEqual([]);
    expect(roster.people[0]!.path).toBe(path);
  });

  it('is unknown to a roster read without that framework, and the message lists the new paths it was read with', () => {
    expect(readRoster([header, ['Ana', 'ana@example.com', 'Data Science']]).problems[0]!.message).toMatch(/^unknown path "Data Science"/);
    expect(readRoster([header, ['Ana', 'ana@example.com', 'Wizardry']], ['Data Science']).problems[0]!.message).toMatch(
      /, Data Science, or blank for undecided\)$/,
    );
  });
});
