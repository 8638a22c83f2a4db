import { describe, expect, it } from 'vitest';
import { isSeniorTitle, nextTitleBelowSenior } from '../../../shared/paths/titles';

describe('nextTitleBelowSenior', () => {
  it.each([
    ['Developer', 'Senior Developer'],
    ['Data Analyst', 'Senior Data Analyst'],
    ['data analyst', 'Senior Data Analyst'],
    ['Network Engineer', 'Senior Network Engineer'],
    ['iOS Developer', 'Senior iOS Developer'],
    ['QA Engineer', 'Senior QA Engineer'],
    ['Junior Developer', 'Developer'],
    ['Jr. Data Analyst', 'Data Analyst'],
    ['Graduate Developer', 'Developer'],
    ['Analyst I', 'Analyst II'],
    ['Analyst 1', 'Analyst 2'],
    ['Analyst II', 'Senior Analyst'],
    ['Data Analyst-2', 'Senior Data Analyst'],
    // Already senior or beyond: no title is made up
    ['Senior Developer', ''],
    ['Sr. Developer', ''],
    ['Lead Developer', ''],
    ['Tech Lead', ''],
    ['Staff Engineer', ''],
    ['Principal Engineer', ''],
    ['Software Architect', ''],
    ['Head of Data', ''],
    ['Engineering Manager', ''],
    // Nothing to go on
    ['', ''],
    ['Junior', ''],
    ['Engineer (Junior)', ''],
  ])('%j → %j', (role, expected) => {
    expect(nextTitleBelowSenior(role)).toBe(expected);
  });
});

describe('isSeniorTitle', () => {
  it.each([
    ['Senior Developer', true],
    ['Sr Engineer', true],
    ['Lead Data Analyst', true],
    ['Staff Engineer', true],
    ['Principal Engineer', true],
    ['Solutions Architect', true],
    ['Head of Platform', true],
    ['Developer', false],
    ['Junior Developer', false],
    ['Leadership Coach', false],
  ])('%j → %s', (role, senior) => {
    expect(isSeniorTitle(role)).toBe(senior);
  });
});
