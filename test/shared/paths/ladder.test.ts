import { describe, expect, it } from 'vitest';
import { type LadderLevel, ladderReach, levelOf, nextRung } from '../../../shared/paths/ladder';
import type { LadderReach } from '../../../shared/types';

describe('nextRung', () => {
  it.each([
    // Junior: the title without the qualifier, in the person's words
    ['Junior Developer', 'Developer'],
    ['Jr. Software Engineer', 'Software Engineer'],
    ['Graduate Engineer', 'Engineer'],
    ['Associate Software Engineer', 'Software Engineer'],
    ['junior frontend developer', 'Frontend Developer'],
    // Developer: senior, in the person's words; a first level number steps to the second
    ['Developer', 'Senior Developer'],
    ['developer', 'Senior Developer'],
    ['  DEVELOPER  ', 'Senior Developer'],
    ['Software Developer', 'Senior Software Developer'],
    ['Software Engineer', 'Senior Software Engineer'],
    ['software engineer', 'Senior Software Engineer'],
    ['Engineer', 'Senior Engineer'],
    ['Programmer', 'Senior Programmer'],
    ['Web Developer', 'Senior Web Developer'],
    ['Backend Engineer', 'Senior Backend Engineer'],
    ['Back-end Developer', 'Senior Back-end Developer'],
    ['Full-stack Developer', 'Senior Full-stack Developer'],
    ['Fullstack   Engineer', 'Senior Fullstack Engineer'],
    ['Developer I', 'Developer II'],
    ['Developer II', 'Senior Developer'],
    ['Software Engineer 1', 'Software Engineer 2'],
    ['Software Engineer II', 'Senior Software Engineer'],
    ['SDE 1', 'SDE 2'],
    ['SDE I', 'SDE II'],
    ['SDE 2', 'Senior SDE'],
    ['sde-2', 'Senior SDE'],
    // Senior: lead developer on the developer track, staff engineer on the engineer track
    ['Senior Developer', 'Lead Developer'],
    ['Sr. Developer', 'Lead Developer'],
    ['Senior Frontend Developer', 'Lead Developer'],
    ['Senior Programmer', 'Lead Developer'],
    ['Senior Software Engineer', 'Staff Engineer'],
    ['senior software engineer', 'Staff Engineer'],
    ['Sr Engineer', 'Staff Engineer'],
    ['Senior Backend Engineer', 'Staff Engineer'],
    ['Senior SDE', 'Staff Engineer'],
    // Lead: a lead developer grows toward architect, a tech lead toward staff engineer
    ['Lead Developer', 'Software Architect'],
    ['Team Lead Developer', 'Software Architect'],
    ['Lead Engineer', 'Staff Engineer'],
    ['Lead Software Engineer', 'Staff Engineer'],
    ['Tech Lead', 'Staff Engineer'],
    ['Technical Lead', 'Staff Engineer'],
    ['Team Lead', 'Staff Engineer'],
    // Staff level (staff engineers and architects): principal engineer, never "architect" again
    ['Staff Engineer', 'Principal Engineer'],
    ['Staff Software Engineer', 'Principal Engineer'],
    ['Senior Staff Engineer', 'Principal Engineer'],
    ['Software Architect', 'Principal Engineer'],
    ['Solutions Architect', 'Principal Engineer'],
    ['Architect', 'Principal Engineer'],
    // Top: no rung above; the plan asks to agree the next step
    ['Principal Engineer', ''],
    ['Principal Software Engineer', ''],
    ['Principal Architect', ''],
    ['Distinguished Engineer', ''],
    // Not on the software ladder
    ['Data Analyst', ''],
    ['Designer', ''],
    ['Network Engineer', ''],
    ['Data Engineer', ''],
    ['Engineering Manager', ''],
    ['Product Manager', ''],
    ['Developer III', ''],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (role, expected) => {
    expect(nextRung(role)).toBe(expected);
  });

  it('a next rung is itself on the ladder, one level up, until the top', () => {
    const order: LadderLevel[] = ['junior', 'developer', 'senior', 'lead', 'staff', 'principal'];
    const roles = [
      'Junior Developer',
      'Developer',
      'Senior Developer',
      'Lead Developer',
      'Software Engineer',
      'Tech Lead',
      'Staff Engineer',
    ];
    for (const role of roles) {
      const next = nextRung(role);
      const from = order.indexOf(levelOf(role)!);
      expect(order.indexOf(levelOf(next)!), `${role} → ${next}`).toBeGreaterThan(from);
    }
  });
});

describe('ladderReach', () => {
  it.each([
    ['Developer', 'Senior Developer', 'to-senior'],
    ['Junior Developer', 'Developer', 'to-senior'],
    ['Senior Developer', 'Lead Developer', 'to-lead'],
    ['Senior Software Engineer', 'Staff Engineer', 'staff-plus'],
    ['Lead Developer', 'Software Architect', 'staff-plus'],
    ['Software Architect', 'Principal Engineer', 'staff-plus'],
    ['Principal Engineer', '', 'staff-plus'],
    // A target that is no ladder title: read from the current role
    ['Developer', 'Platform Specialist', 'to-senior'],
    ['Senior Developer', '', 'to-lead'],
    ['Tech Lead', 'Head of Platform', 'staff-plus'],
    // Neither known: the middle of the ladder
    ['Data Analyst', '', 'to-lead'],
    ['', '', 'to-lead'],
  ] as [string, string, LadderReach][])('%j aiming at %j reaches %s', (role, target, reach) => {
    expect(ladderReach(role, target)).toBe(reach);
  });
});
