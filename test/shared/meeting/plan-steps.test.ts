import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/csv';
import { importedPlanFor, openSteps, parsePlansImport, preferFor } from '../../../shared/meeting/plans-import';
import type { OpenStep } from '../../../shared/meeting/plan-steps';
import type { ImportedPlans, PersonPlan, PlanStepView } from '../../../shared/meeting/types';
import { rollUp } from '../../../shared/status';
import { PLAN_HEADERS, STATUSES, type PlanRow } from '../../../shared/types';

const TODAY = '2026-11-28';
const step = (id: string, due: string | null, status: string): PlanStepView => ({
  id,
  step: `Step ${id}`,
  owner: 'Ana',
  ownerRole: 'Employee',
  due,
  status,
});
const plan = (overrides: Partial<PersonPlan> = {}): PersonPlan => ({
  name: 'Ana Lopez',
  email: 'ana@example.com',
  manager: 'Sam',
  path: 'Technical ladder',
  targetRole: 'Senior Developer',
  steps: [],
  summary: { steps: 0, done: 0, next: null, signed: false },
  ...overrides,
});

describe('openSteps', () => {
  it.each<[string, PlanStepView[], [string, boolean][]]>([
    [
      'closed steps are left out',
      [step('a', '2026-12-01', 'Done'), step('b', '2026-12-01', 'Skipped'), step('c', '2026-12-01', 'Blocked')],
      [['c', false]],
    ],
    [
      'earliest due first, undated last',
      [step('a', null, 'Not started'), step('b', '2026-12-09', 'Not started'), step('c', '2026-12-01', 'In progress')],
      [
        ['c', false],
        ['b', false],
        ['a', false],
      ],
    ],
    [
      'ties keep table order',
      [step('a', null, ''), step('b', '2026-12-01', ''), step('c', null, ''), step('d', '2026-12-01', '')],
      [
        ['b', false],
        ['d', false],
        ['a', false],
        ['c', false],
      ],
    ],
    [
      'due today is not overdue; due yesterday is',
      [step('a', TODAY, 'Not started'), step('b', '2026-11-27', 'Not started')],
      [
        ['b', true],
        ['a', false],
      ],
    ],
    ['undated is never overdue', [step('a', null, 'Blocked')], [['a', false]]],
  ])('%s', (_, steps, expected) => {
    expect(openSteps(plan({ steps }), TODAY).map((s) => [s.id, s.overdue])).toEqual(expected);
  });

  const next = (due: string | null) => ({ step: 'Give the talk', owner: 'Dev', due });
  it.each<[string, PersonPlan, OpenStep[]]>([
    [
      'a plan status import: its next step, overdue',
      plan({ summary: { steps: 4, done: 2, signed: false, next: next('2026-11-01') } }),
      [{ id: '', step: 'Give the talk', owner: 'Dev', due: '2026-11-01', overdue: true }],
    ],
    [
      'a plan status import: its next step, undated',
      plan({ summary: { steps: 4, done: 2, signed: false, next: next(null) } }),
      [{ id: '', step: 'Give the talk', owner: 'Dev', due: null, overdue: false }],
    ],
    ['a plan status import with nothing next', plan(), []],
    [
      'a step with no owner named shows its owner role',
      plan({ steps: [{ ...step('a', null, ''), owner: '' }] }),
      [{ id: 'a', step: 'Step a', owner: 'Employee', due: null, overdue: false }],
    ],
  ])('%s', (_, given, expected) => {
    expect(openSteps(given, TODAY)).toEqual(expected);
  });
});

describe('importedPlanFor', () => {
  const plans: ImportedPlans = {
    fileName: 'plans.csv',
    importedAt: '2026-11-28T09:00:00Z',
    kind: 'plans',
    people: [
      plan(),
      plan({ name: 'Dev Patel', email: 'dev@example.com' }),
      plan({ name: 'Kim Lee', email: 'kim.lee@example.com' }),
      plan({ name: 'Kim Lee', email: 'kim.lee2@example.com' }),
      plan({ name: 'Jürgen Maß', email: 'jurgen@bücher.de' }),
    ],
  };

  it.each<[string, { name: string; email: string | null }, string | null]>([
    ['by email', { name: 'Someone', email: 'dev@example.com' }, 'dev@example.com'],
    ['by email in another case', { name: '', email: ' DEV@Example.com ' }, 'dev@example.com'],
    ['by email with a zero-width space pasted in', { name: '', email: 'dev@exa\u200Bmple.com' }, 'dev@example.com'],
    ['by a punycode domain', { name: '', email: 'jurgen@xn--bcher-kva.de' }, 'jurgen@bücher.de'],
    ['by name when there is no email', { name: '  ana   LOPEZ ', email: null }, 'ana@example.com'],
    ['by name when the email is unknown to the file', { name: 'Dev Patel', email: 'dev.p@other.com' }, 'dev@example.com'],
    ['not by a name two people share', { name: 'Kim Lee', email: null }, null],
    ['nobody', { name: 'Ola', email: null }, null],
    ['not by an empty name', { name: '', email: null }, null],
  ])('%s', (_, other, email) => {
    expect(importedPlanFor(plans, other)?.email ?? null).toBe(email);
  });

  it('gives nothing without an import', () => {
    expect(importedPlanFor(null, { name: 'Ana Lopez', email: 'ana@example.com' })).toBeNull();
  });
});

describe('preferFor', () => {
  const steps = (goals: string, employee: string, manager: string) => [
    step('goals-conversation', null, goals),
    step('sign-off-employee', null, employee),
    step('sign-off-manager', null, manager),
  ];
  it.each<[string, PersonPlan | null, string[]]>([
    [
      'no plan: the goals conversation',
      null,
      ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'],
    ],
    [
      'goals not talked about yet',
      plan({ steps: steps('In progress', 'Not started', 'Not started') }),
      ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'],
    ],
    ['goals done, not signed', plan({ steps: steps('Done', 'Done', 'Not started') }), ['commitment', 'technical-leadership']],
    [
      'signed: review',
      plan({ steps: steps('Done', 'Done', 'Done'), summary: { steps: 3, done: 3, next: null, signed: true } }),
      ['review', 'technical-leadership'],
    ],
    ['no path the prompts know: choose one', plan({ path: 'Undecided', steps: steps('Done', '', '') }), ['path-choice']],
    ['status import, signed', plan({ path: 'Mentor', summary: { steps: 5, done: 4, next: null, signed: true } }), ['review', 'mentoring']],
    [
      'status import, some done',
      plan({ path: 'Subject-matter expert', summary: { steps: 5, done: 1, next: null, signed: false } }),
      ['commitment', 'expertise'],
    ],
    [
      'status import, nothing done',
      plan({ summary: { steps: 5, done: 0, next: null, signed: false } }),
      ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'],
    ],
  ])('%s', (_, p, expected) => {
    expect(preferFor(p)).toEqual(expected);
  });
});

describe('an imported plan agrees with the plan status export', () => {
  const arbitraryRow = fc.record({
    person: fc.constantFrom('ana@example.com', 'dev@example.com'),
    id: fc.constantFrom('goals-conversation', 'sign-off-employee', 'sign-off-manager', 'a', 'b'),
    due: fc.constantFrom('', '2026-11-27', '2026-11-28', '2026-12-01', 'soon'),
    status: fc.constantFrom(...STATUSES, '', 'WIP'),
  });

  it('on steps, done, signed and the next step', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { minLength: 1, maxLength: 12 }), (list) => {
        const rows: PlanRow[] = list.map((r, i) => ({
          key: `${r.person}#${r.id}`,
          person: r.person,
          email: r.person,
          manager: '',
          path: 'Mentor',
          targetRole: '',
          step: `Step ${i}`,
          owner: `Owner ${i}`,
          ownerRole: 'Employee',
          ownerEmail: '',
          due: r.due,
          status: r.status,
          notes: '',
        }));
        const csv = toCsv([[...PLAN_HEADERS], ...rows.map((r) => PLAN_HEADERS.map((_, i) => Object.values(r)[i] as string))]);
        const result = parsePlansImport(csv, 'plans.csv', `${TODAY}T09:00:00Z`);
        if (!result.ok) throw new Error(result.message);
        const expected = rollUp(rows, TODAY).map((s) => ({
          steps: s.steps,
          done: s.done,
          signed: s.planSigned === 'Yes',
          next: s.nextStep ? { step: s.nextStep, owner: s.nextOwner, due: s.nextDue || null } : null,
        }));
        expect(result.plans.people.map((p) => p.summary)).toEqual(expected);
        // What every extension view shows (openSteps) is what the roll-up says: the next step and how many are overdue.
        const shown = result.plans.people.map((p) => ({
          next: openSteps(p, TODAY)[0]?.step ?? '',
          overdue: openSteps(p, TODAY).filter((o) => o.overdue).length,
        }));
        expect(shown).toEqual(rollUp(rows, TODAY).map((s) => ({ next: s.nextStep, overdue: s.overdue })));
      }),
    );
  });
});
