import { describe, expect, it } from 'vitest';
import { readLevels } from '../../../shared/framework/levels';
import { readFramework } from '../../../shared/framework/read';
import { readSteps } from '../../../shared/framework/steps';
import { LEVEL_HEADERS, STEP_HEADERS } from '../../../shared/framework/types';

const levels = (...rows: string[][]) => [[...LEVEL_HEADERS], ...rows];
const steps = (...rows: string[][]) => [[...STEP_HEADERS], ...rows];
const ENGINEER = ['Engineering', '1', 'Software Engineer I', 'SWE I; Engineer', ''];
const SENIOR = ['Engineering', '2', 'Senior Software Engineer', '', 'Owns a service end to end'];
const STEP = ['Technical ladder', 'write-rfc', 'Write an RFC', 'Employee', '30', 'Design in the open', 'RFC merged', ''];

describe('readLevels: each problem with its cell, the row left out', () => {
  it.each([
    ['a blank Track', [['', '3', 'Staff Engineer', '', '']], 'A4: missing Track'],
    ['a Level in words', [['Engineering', 'three', 'Staff Engineer', '', '']], 'B4: Level "three" is not a whole number from 1'],
    ['a Level of 0', [['Engineering', '0', 'Staff Engineer', '', '']], 'B4: Level "0" is not a whole number from 1'],
    ['a fractional Level', [['Engineering', '2.5', 'Staff Engineer', '', '']], 'B4: Level "2.5" is not a whole number from 1'],
    ['a blank Title', [['Engineering', '3', '', '', '']], 'C4: missing Title'],
    [
      'a repeated Track + Level',
      [['engineering', '2', 'Staff Engineer', '', '']],
      'B4: repeated level 2 of track "engineering" (first at B3)',
    ],
    [
      'a Title another rung has',
      [['Data', '1', 'senior software engineer', '', '']],
      'C4: "senior software engineer" already names another rung (at C3)',
    ],
    ['a Title another rung has as an alias', [['Data', '1', 'Engineer', '', '']], 'C4: "Engineer" already names another rung (at D2)'],
    ['an alias another rung has', [['Data', '1', 'Analyst', 'SWE 1', '']], 'D4: "SWE 1" already names another rung (at D2)'],
  ])('%s', (_, rows, told) => {
    const read = readLevels(levels(ENGINEER, SENIOR, ...rows));
    expect(read.problems.map((p) => `${p.cell}: ${p.message}`)).toEqual([told]);
    expect(read.levels.map((r) => r.title)).toEqual(['Software Engineer I', 'Senior Software Engineer']);
  });

  it('reads a rung with its aliases and expectations, and skips blank rows', () => {
    const read = readLevels([[], ['track', 'LEVEL', 'title', 'also_known_as', 'Expectations'], ENGINEER, ['', ''], SENIOR]);
    expect(read.problems).toEqual([]);
    expect(read.levels).toEqual([
      { track: 'Engineering', level: 1, title: 'Software Engineer I', aliases: ['SWE I', 'Engineer'], expectations: '' },
      { track: 'Engineering', level: 2, title: 'Senior Software Engineer', aliases: [], expectations: 'Owns a service end to end' },
    ]);
  });

  it("does not count a team's title as a repeat of the Built-in track's: the team's rungs are matched first", () => {
    const read = readLevels(levels(['Built-in', '2', 'Senior Developer', '', ''], ['Engineering', '3', 'Senior Developer', '', '']));
    expect(read.problems).toEqual([]);
    expect(read.levels).toHaveLength(2);
  });

  it('a row left out claims nothing: a later row may use its title', () => {
    const read = readLevels(levels(['Engineering', 'x', 'Staff Engineer', '', ''], ['Engineering', '3', 'Staff Engineer', '', '']));
    expect(read.problems.map((p) => p.cell)).toEqual(['B2']);
    expect(read.levels.map((r) => r.level)).toEqual([3]);
  });
});

describe('readSteps: each problem with its cell, the row left out', () => {
  it.each([
    ['a blank Step id', ['Mentor', '', 'Coach', 'Employee', '10', '', '', ''], 'B3: missing Step id'],
    [
      'a Step id not in kebab-case',
      ['Mentor', 'Coach Someone', 'Coach', 'Employee', '10', '', '', ''],
      'B3: Step id "Coach Someone" is not kebab-case (like review-design)',
    ],
    [
      'a repeated Step id in a path',
      ['technical', 'write-rfc', 'Write two', 'Employee', '40', '', '', ''],
      'B3: repeated Step id "write-rfc" in path "technical" (first at B2)',
    ],
    [
      "a later round's Step id",
      ['Mentor', 'sign-off-manager-2', 'Sign again', 'Manager', '10', '', '', ''],
      'B3: Step id "sign-off-manager-2" is kept for round 2 of sign-off-manager',
    ],
    ['a blank Step', ['Mentor', 'coach', '', 'Employee', '10', '', '', ''], 'C3: missing Step'],
    [
      'an Owner role that is neither',
      ['Mentor', 'coach', 'Coach', 'Team lead', '10', '', '', ''],
      'D3: Owner role "Team lead" is neither Employee nor Manager',
    ],
    [
      'a negative Offset',
      ['Mentor', 'coach', 'Coach', 'Employee', '-1', '', '', ''],
      'E3: Offset days "-1" is not a whole number of days from 0 to 3650',
    ],
    [
      'a fractional Offset',
      ['Mentor', 'coach', 'Coach', 'Employee', '1.5', '', '', ''],
      'E3: Offset days "1.5" is not a whole number of days from 0 to 3650',
    ],
    [
      'an Offset past ten years',
      ['Mentor', 'coach', 'Coach', 'Employee', '3651', '', '', ''],
      'E3: Offset days "3651" is not a whole number of days from 0 to 3650',
    ],
    [
      'an Offset in words',
      ['Mentor', 'coach', 'Coach', 'Employee', 'soon', '', '', ''],
      'E3: Offset days "soon" is not a whole number of days from 0 to 3650',
    ],
    [
      'a Replaces id the path does not have',
      ['Mentor', 'coach', 'Coach', 'Employee', '10', '', '', 'write-rfc'],
      'H3: Replaces "write-rfc" is not a built-in step id here: path "Mentor" has no such step',
    ],
    [
      "a Replaces id of another path's step on a new path",
      ['Data science', 'coach', 'Coach', 'Employee', '10', '', '', 'map-target-gap'],
      'H3: Replaces "map-target-gap" is not a built-in step id here: a new path ("Data science") has only the steps every path has',
    ],
  ])('%s', (_, row, told) => {
    const read = readSteps(steps(STEP, row));
    expect(read.problems.map((p) => `${p.cell}: ${p.message}`)).toEqual([told]);
    expect(read.steps.map((s) => s.id)).toEqual(['write-rfc']);
  });

  it('reads a step, its owner and Replaces in any case, and every spelling of a path as one path', () => {
    const read = readSteps(
      steps(
        ['sme', 'name-expert', 'Name {first}', 'manager', '14', 'Why', 'Done', 'ALL'],
        ['Subject-matter expert', 'name-expert', 'Again', 'Manager', '15', '', '', ''],
        ['All paths', 'goals-conversation', 'Talk', 'Manager', '7', '', '', 'goals-conversation'],
        ['Data science', 'goals-conversation', 'Talk', 'Manager', '7', '', '', 'goals-reflection'],
      ),
    );
    expect(read.problems.map((p) => p.cell)).toEqual(['B3']);
    expect(read.steps[0]).toEqual({
      path: 'sme',
      id: 'name-expert',
      text: 'Name {first}',
      owner: 'Manager',
      offsetDays: 14,
      why: 'Why',
      doneWhen: 'Done',
      replaces: 'all',
    });
    expect(read.steps.map((s) => s.path)).toEqual(['sme', 'All paths', 'Data science']);
  });
});

describe('readFramework', () => {
  it.each([
    ['no Title column', [['Track', 'Level']], steps(STEP), { table: 'Levels', cell: 'A1', message: 'no Title column in the Levels table' }],
    [
      'no Owner role column',
      levels(ENGINEER),
      [['Path', 'Step id', 'Step', 'Offset days']],
      { table: 'Steps', cell: 'A1', message: 'no Owner role column in the Steps table' },
    ],
    [
      'no usable row',
      levels(['Engineering', 'x', 'SWE', '', '']),
      steps(),
      { table: 'Levels', cell: '', message: 'no usable row in the Levels or Steps table: every row was blank or left out' },
    ],
    [
      'two empty tables',
      [],
      [],
      { table: 'Levels', cell: '', message: 'no usable row in the Levels or Steps table: every row was blank or left out' },
    ],
  ])('is fatal with %s', (_, levelCells, stepCells, fatal) => {
    expect(readFramework(levelCells, stepCells).fatal).toEqual(fatal);
  });

  it('uses what is usable: a framework of steps alone, problems told by table', () => {
    const read = readFramework([], steps(STEP, ['Mentor', 'x', 'X', 'Nobody', '1', '', '', '']));
    expect(read.fatal).toBeUndefined();
    expect(read.framework.steps.map((s) => s.id)).toEqual(['write-rfc']);
    expect(read.problems).toEqual([{ table: 'Steps', cell: 'D3', message: 'Owner role "Nobody" is neither Employee nor Manager' }]);
  });
});
