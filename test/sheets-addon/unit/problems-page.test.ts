import { describe, expect, it } from 'vitest';
import { frameworkFatalPage, problemsPage } from '../../../sheets-addon/src/problems-page';

const missing = { cell: 'A3', message: 'missing name' };

describe('problemsPage', () => {
  it.each([
    [[missing], 4, undefined, '1 problem in the roster', 'the other 4 people are planned'],
    [[missing, missing], 1, undefined, '2 problems in the roster', 'the other 1 person is planned'],
    [
      [missing],
      0,
      { cell: '', message: 'no person left to plan' },
      'Nothing was planned',
      'no person left to plan. The Plans sheet was not changed.',
    ],
  ])('%j, %i planned, fatal %j', (problems, planned, fatal, heading, summary) => {
    const page = problemsPage(problems, planned, fatal);
    expect(page.heading).toBe(heading);
    expect(page.summary).toContain(summary);
  });

  it.each([
    [
      { cell: 'B7', message: 'duplicate email "<a>"' },
      '<button type="button" class="cell" data-cell="B7" title="Go to B7 in Roster">B7</button> duplicate email &quot;&lt;a&gt;&quot;',
    ],
    [{ cell: '', message: 'no header row' }, '<li>no header row</li>'],
  ])('lists %j escaped', (problem, html) => {
    expect(problemsPage([problem], 1).items).toContain(html);
  });
});

describe('problemsPage with Career goals and Plans', () => {
  const goal = { cell: 'M4', message: '"soon" is not a date' };
  const date = { cell: 'K12', message: 'due 2026-08-29, 240 days after the Target date' };
  it.each([
    [[], [goal], [], 'Problems in Career goals', '1 problem in Career goals', /kept in that sheet/, 0],
    [[], [], [date], 'Dates to agree in Plans', '1 date to agree in Plans', /changed neither/, 0],
    [
      [missing],
      [goal, goal],
      [date],
      'Problems in the roster, Career goals and Plans',
      '1 problem in the roster, 2 in Career goals, 1 date to agree in Plans',
      /left out.*kept in that sheet.*changed neither/,
      3,
    ],
  ])('%j %j %j', (roster, goals, dates, title, heading, summary, sections) => {
    const page = problemsPage(roster, 3, undefined, { goals, dates });
    expect([page.title, page.heading]).toEqual([title, heading]);
    expect(page.summary).toMatch(summary);
    expect((page.items.match(/<h2>/g) ?? []).length).toBe(sections);
  });
});

describe('problemsPage with the career framework', () => {
  const level = { table: 'Levels' as const, cell: 'B4', message: 'repeated level 2 of track "Engineering" (first at B3)' };
  const step = { table: 'Steps' as const, cell: 'D9', message: 'Owner role "Lead" is neither Employee nor Manager' };
  it.each([
    [[], [level], 'Problems in Levels', '1 problem in Levels', 0, 'data-sheet="levels"'],
    [[], [step, step], 'Problems in Steps', '2 problems in Steps', 0, 'data-sheet="steps"'],
    [[], [level, step], 'Problems in Levels and Steps', '1 problem in Levels, 1 in Steps', 2, 'data-sheet="steps"'],
    [[missing], [step], 'Problems in the roster and Steps', '1 problem in the roster, 1 in Steps', 2, 'data-sheet="steps"'],
  ])('%j %j', (roster, framework, title, heading, sections, target) => {
    const page = problemsPage(roster, 3, undefined, { framework });
    expect([page.title, page.heading]).toEqual([title, heading]);
    expect(page.summary).toMatch(/left out of the career framework; plans use the rest/);
    expect(page.summary.match(/career framework/g)).toHaveLength(1);
    expect((page.items.match(/<h2>/g) ?? []).length).toBe(sections);
    expect(page.items).toContain(target);
  });

  it('a roster nobody can be planned from: the framework rows left out are listed under their sheet too', () => {
    const page = problemsPage([missing], 0, { cell: '', message: 'no person left to plan' }, { framework: [step] });
    expect(page.heading).toBe('Nothing was planned');
    expect(page.items.match(/<h2>[^<]*<\/h2>/g)).toEqual(['<h2>Roster</h2>', '<h2>Steps</h2>']);
  });

  it('a framework nothing of which can be used: nothing planned, why, and the rows left out', () => {
    const page = frameworkFatalPage('Trellis could not use the career framework: no usable row.', [level, step]);
    expect([page.title, page.heading]).toEqual(['Problems in the career framework', 'Nothing was planned']);
    expect(page.summary).toMatch(/^Trellis could not use the career framework: no usable row\. Each problem/);
    expect(page.items).toContain('<h2>Levels</h2>');
    expect(page.items).toContain('title="Go to D9 in Steps">D9</button> Owner role &quot;Lead&quot; is neither');
  });
});
