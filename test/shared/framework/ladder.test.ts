import { describe, expect, it } from 'vitest';
import { expectationsOf, impliedTarget, laddersOf } from '../../../shared/framework/ladder';
import { pathRefOf } from '../../../shared/framework/path-ref';
import type { Rung } from '../../../shared/framework/types';

const rung = (track: string, level: number, title: string, aliases: string[] = [], expectations = ''): Rung => ({
  track,
  level,
  title,
  aliases,
  expectations,
});
const COMPANY = [
  rung('Engineering', 1, 'Software Engineer I', ['SDE 1']),
  rung('Engineering', 2, 'Software Engineer II', ['SDE II']),
  rung('Engineering', 3, 'Senior Software Engineer', [], 'Leads   a feature\nend to end'),
  rung('Engineering', 5, 'Staff Software Engineer'),
  rung('Engineering', 6, 'Principal Engineer'),
  rung('Data', 1, 'Analyst'),
  rung('Data', 2, 'Senior Analyst'),
];
const BUILT_IN = [rung('Built-in', 1, 'Developer'), rung('Built-in', 2, 'Senior Developer', [], 'Reviews the team’s work')];

describe('impliedTarget: the next rung in the track (contract section 12)', () => {
  it.each([
    ['technical', 'SDE 2', 'Senior Software Engineer'],
    ['technical', 'software engineer 1', 'Software Engineer II'],
    ['technical', 'SOFTWARE ENGINEER (i)', 'Software Engineer II'],
    ['technical', 'Senior Software Engineer', 'Staff Software Engineer'],
    ['technical', 'Principal Engineer', ''],
    ['technical', 'Software Engineer', ''],
    ['technical', 'Senior Developer', ''],
    ['technical', '', ''],
    ['mentor', 'Analyst', 'Senior Analyst'],
    ['mentor', 'Junior Analyst', ''],
    ['Data science', 'Analyst', 'Senior Analyst'],
    ['expert', 'Analyst', ''],
    ['management', 'SDE 1', ''],
    ['', 'SDE 1', ''],
  ])('with only the company ladder: %s, %j → %j', (path, role, target) => {
    expect(impliedTarget(role, pathRefOf(path), laddersOf(COMPANY))).toBe(target);
  });

  it.each([
    ['technical', 'SDE 2', 'Senior Software Engineer'],
    ['technical', 'Software Engineer', 'Senior Software Engineer'],
    ['technical', 'Senior Developer', 'Lead Developer'],
    ['mentor', 'Data Scientist', 'Senior Data Scientist'],
    ['mentor', 'Senior Developer', ''],
    ['Data science', 'Developer', 'Senior Developer'],
    ['expert', 'Developer', ''],
  ])('with the Built-in track kept, Trellis reads what the company ladder does not: %s, %j → %j', (path, role, target) => {
    expect(impliedTarget(role, pathRefOf(path), laddersOf([...COMPANY, ...BUILT_IN]))).toBe(target);
  });
});

describe('expectationsOf: what the target rung expects, on one line', () => {
  it.each([
    ['Senior Software Engineer', 'Leads a feature end to end'],
    ['senior  software-engineer', 'Leads a feature end to end'],
    ['Senior Developer', 'Reviews the team’s work'],
    ['Staff Software Engineer', ''],
    ['Head of Data', ''],
  ])('%j → %j', (target, expected) => {
    expect(expectationsOf(target, laddersOf([...COMPANY, ...BUILT_IN]))).toBe(expected);
  });
});
