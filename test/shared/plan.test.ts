import { describe, expect, it } from 'vitest';
import { fillStep, planAll, planFor, planKey, planWithin, targetRoleFor } from '../../shared/plan';
import { PATHS } from '../../shared/paths/templates';
import { STATUSES, type PathId } from '../../shared/types';
import { person } from './person';

const TODAY = '2026-11-28';
const paths = Object.keys(PATHS) as PathId[];

describe('targetRoleFor', () => {
  it.each([
    ['technical', 'Developer', '', 'Senior Developer'],
    ['technical', 'Senior Software Engineer', '', 'Staff Engineer'],
    ['technical', 'Senior Developer', '', 'Lead Developer'],
    ['technical', 'Lead Developer', '', 'Software Architect'],
    ['technical', 'Tech Lead', '', 'Staff Engineer'],
    ['technical', 'Staff Engineer', '', 'Principal Engineer'],
    ['technical', 'Software Architect', '', 'Principal Engineer'],
    ['technical', 'Principal Engineer', '', ''],
    ['technical', 'Data Analyst', '', ''],
    ['technical', 'Developer', 'Staff Engineer', 'Staff Engineer'],
    ['mentor', 'Developer', '', 'Senior Developer'],
    ['mentor', 'Junior Developer', '', 'Developer'],
    ['mentor', 'Data Analyst', '', 'Senior Data Analyst'],
    ['mentor', 'Senior Developer', '', ''],
    ['mentor', 'Lead Developer', '', ''],
    ['mentor', 'Software Architect', '', ''],
    ['mentor', 'Senior Developer', 'Lead Developer', 'Lead Developer'],
    ['mentor', '', '', ''],
    ['expert', 'Network Engineer', '', ''],
    ['expert', 'Network Engineer', 'Security Architect', 'Security Architect'],
    ['management', 'Lead Developer', '', ''],
    ['undecided', 'Developer', '', ''],
  ] as [PathId, string, string, string][])('%s, role %j, target %j → %j', (path, role, targetRole, expected) => {
    expect(targetRoleFor(person({ path, role, targetRole }))).toBe(expected);
  });
});

describe('planKey', () => {
  it.each([
    ['Ana.Lopez@Example.com', 'goals-conversation', 'ana.lopez@example.com#goals-conversation'],
    [' bea@example.com ', 'sign-off-manager', 'bea@example.com#sign-off-manager'],
  ])('%j + %s → %s', (email, step, key) => {
    expect(planKey(email, step)).toBe(key);
  });
});

describe('fillStep', () => {
  it.each([
    ['Talk with {first} about {target}', {}, 'Talk with Ana about Senior Developer'],
    ['{manager} books {focus} training', { focus: 'network security' }, 'Sam Okafor books network security training'],
    ['{manager} books {focus} training', { manager: '' }, 'the manager books the chosen area training'],
    ['Grow from {role}', { role: '' }, 'Grow from the current role'],
    ['Keep {unknown} as written', {}, 'Keep {unknown} as written'],
  ])('%j with %j → %j', (text, overrides, filled) => {
    const p = person(overrides);
    expect(fillStep(text, p, targetRoleFor(p))).toBe(filled);
  });

  it('says "the agreed next role" where no target is known', () => {
    const p = person({ role: 'Principal Engineer' });
    expect(fillStep('Aim for {target}', p, targetRoleFor(p))).toBe('Aim for the agreed next role');
  });

  it('needs only a name and a manager: a focus or role not given reads as words (a written plan knows no more)', () => {
    expect(fillStep('{first} and {manager}: {focus}, {role}', { name: 'Ana Lopez', manager: 'Sam' }, '')).toBe(
      'Ana and Sam: the chosen area, the current role',
    );
  });
});

describe('planFor: every plan covers the three fundamentals', () => {
  it.each(paths)('the %s path', (path) => {
    const rows = planFor(person({ path }), TODAY);
    const ids = rows.map((r) => r.key.split('#')[1]);
    expect(ids).toContain('goals-conversation');
    expect(ids).toContain('sign-off-employee');
    expect(ids).toContain('sign-off-manager');
    expect(ids).toContain('progress-review');
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.some((r) => r.ownerRole === 'Employee' && !r.key.includes('sign-off'))).toBe(true);
    expect(
      rows.some(
        (r) => r.ownerRole === 'Manager' && !['goals-conversation', 'sign-off-manager', 'progress-review'].includes(r.key.split('#')[1]!),
      ),
    ).toBe(true);
    for (const row of rows) {
      expect(row.key.startsWith('ana.lopez@example.com#')).toBe(true);
      expect(row.status).toBe(STATUSES[0]);
      expect(row.due > TODAY).toBe(true);
      expect(row.path).toBe(PATHS[path].label);
      expect(row.step).not.toMatch(/\{\w+\}/);
      expect(row.notes).toBe('');
    }
    const dues = rows.map((r) => r.due);
    expect(dues).toEqual([...dues].sort());
  });
});

describe('planFor: owners', () => {
  it('gives employee steps to the person and manager steps to the manager', () => {
    const rows = planFor(person(), TODAY);
    for (const row of rows) {
      if (row.ownerRole === 'Employee') expect([row.owner, row.ownerEmail]).toEqual(['Ana Lopez', 'Ana.Lopez@Example.com']);
      else expect([row.ownerRole, row.owner, row.ownerEmail]).toEqual(['Manager', 'Sam Okafor', 'sam@example.com']);
    }
  });

  it.each([
    [{ manager: '', managerEmail: 'sam@example.com' }, 'sam@example.com', 'sam@example.com'],
    [{ manager: 'Sam', managerEmail: '' }, 'Sam', ''],
    [{ manager: '', managerEmail: '' }, 'Manager (not named)', ''],
  ])('a manager known as %j owns steps as %j <%s>', (overrides, owner, ownerEmail) => {
    const row = planFor(person(overrides), TODAY).find((r) => r.ownerRole === 'Manager')!;
    expect([row.owner, row.ownerEmail]).toEqual([owner, ownerEmail]);
  });
});

describe('planFor: target role', () => {
  it('asks to agree a target only when none could be found', () => {
    const ids = (role: string) => planFor(person({ role }), TODAY).map((r) => r.key.split('#')[1]);
    expect(ids('Principal Engineer')).toContain('agree-target-role');
    expect(ids('Data Analyst')).toContain('agree-target-role');
    expect(ids('Developer')).not.toContain('agree-target-role');
  });

  it('writes the derived target on every row', () => {
    expect(new Set(planFor(person({ role: 'Lead Developer' }), TODAY).map((r) => r.targetRole))).toEqual(new Set(['Software Architect']));
  });
});

describe('planAll', () => {
  it('plans everyone in roster order and is the same for the same input', () => {
    const people = [person(), person({ name: 'Bea', email: 'bea@example.com', path: 'mentor' })];
    const rows = planAll(people, TODAY);
    const emails = rows.map((r) => r.email);
    expect(emails.indexOf('bea@example.com')).toBeGreaterThan(emails.lastIndexOf('Ana.Lopez@Example.com'));
    expect(planAll(people, TODAY)).toEqual(rows);
  });
});

describe('planWithin', () => {
  const people = [person(), person({ name: 'Bo Chen', email: 'bo@example.com', path: 'mentor' })];
  it('gives what planAll gives while the text fits', () => {
    expect(planWithin(people, TODAY, 1_000_000)).toEqual(planAll(people, TODAY));
  });

  it.each([0, 100, 2_000])('gives nothing once the text passes %i characters', (max) => {
    expect(planWithin(people, TODAY, max)).toBeUndefined();
  });

  it('stops at the first person whose plan does not fit, before planning the rest', () => {
    const huge = person({ name: 'N'.repeat(200_000), email: 'n@example.com' });
    expect(planWithin([huge, ...Array.from({ length: 1000 }, () => huge)], TODAY, 1_000_000)).toBeUndefined();
  });
});
