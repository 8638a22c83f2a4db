import { describe, it, expect } from 'vitest';
import { LADDER, nextRung } from '../../../shared/paths/ladder';

describe('LADDER', () => {
  it('runs developer → senior → lead → architect', () => {
    expect(LADDER).toEqual(['Developer', 'Senior Developer', 'Lead Developer', 'Software Architect']);
  });
});

describe('nextRung', () => {
  it.each([
    // Developer rung and its synonyms
    ['Developer', 'Senior Developer'],
    ['developer', 'Senior Developer'],
    ['  DEVELOPER  ', 'Senior Developer'],
    ['Software Developer', 'Senior Developer'],
    ['Software Engineer', 'Senior Developer'],
    ['Engineer', 'Senior Developer'],
    ['Programmer', 'Senior Developer'],
    ['Junior Developer', 'Senior Developer'],
    ['Jr. Software Engineer', 'Senior Developer'],
    ['Developer II', 'Senior Developer'],
    ['Web Developer', 'Senior Developer'],
    ['Backend Engineer', 'Senior Developer'],
    ['Back-end Developer', 'Senior Developer'],
    ['Frontend Developer', 'Senior Developer'],
    ['Full-stack Developer', 'Senior Developer'],
    ['Fullstack   Engineer', 'Senior Developer'],
    // Senior rung
    ['Senior Developer', 'Lead Developer'],
    ['senior software engineer', 'Lead Developer'],
    ['Sr. Developer', 'Lead Developer'],
    ['Sr Engineer', 'Lead Developer'],
    ['Senior Backend Engineer', 'Lead Developer'],
    // Lead rung
    ['Lead Developer', 'Software Architect'],
    ['Lead Engineer', 'Software Architect'],
    ['Tech Lead', 'Software Architect'],
    ['Technical Lead', 'Software Architect'],
    ['Team Lead', 'Software Architect'],
    ['Team Lead Developer', 'Software Architect'],
    ['Staff Engineer', 'Software Architect'],
    ['staff software engineer', 'Software Architect'],
    // Top rung
    ['Software Architect', ''],
    ['Solutions Architect', ''],
    ['Principal Architect', ''],
    ['Architect', ''],
    ['Principal Engineer', ''],
    // Not on the software ladder
    ['Data Analyst', ''],
    ['Designer', ''],
    ['Network Engineer', ''],
    ['Data Engineer', ''],
    ['Engineering Manager', ''],
    ['Product Manager', ''],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (role, expected) => {
    expect(nextRung(role)).toBe(expected);
  });
});
