import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MANAGER_STATUS_HEADERS, managerRollup, managerRowCells, managerStatus, personTally, totalsOf } from '../../shared/manager-rollup';
import { planFor } from '../../shared/plan';
import { rollUp } from '../../shared/status';
import type { PlanRow } from '../../shared/types';
import { person } from './person';

const TODAY = '2026-11-28';
const PAST = '2026-11-01';
const LATER = '2026-12-30';

/** One row: [person email, step id, owner role, owner, owner email, due, status]. */
type Case = [string, string, string, string, string, string, string];

function row([email, id, ownerRole, owner, ownerEmail, due, status]: Case): PlanRow {
  return {
    key: `${email}#${id}`,
    person: email.split('@')[0]!,
    email,
    manager: 'Typed Manager',
    path: 'Technical',
    targetRole: '',
    step: `Step ${id}`,
    owner,
    ownerRole,
    ownerEmail,
    due,
    status,
    notes: '',
  };
}

const cells = (cases: Case[]) => managerStatus(cases.map(row), TODAY).map(managerRowCells);

describe('managerStatus (contract section 10)', () => {
  it('has the contract headers', () => {
    expect(MANAGER_STATUS_HEADERS.join(' | ')).toBe(
      'Manager | Manager email | People | Plans signed | Steps | Done | Percent done | Overdue employee steps | Overdue manager steps | Reviews overdue',
    );
  });

  it.each<[string, Case[], string[][]]>([
    [
      'overdue steps split by owner role; a review overdue counted in its role and in Reviews overdue',
      [
        ['ana@x.org', 'goals-reflection', 'Employee', 'Ana', 'ana@x.org', PAST, 'Not started'],
        ['ana@x.org', 'goals-conversation', 'Manager', 'Sam', 'sam@x.org', PAST, 'In progress'],
        ['ana@x.org', 'progress-review', 'Manager', 'Sam', 'sam@x.org', PAST, 'Blocked'],
        ['ana@x.org', 'progress-review-2', 'Manager', 'Sam', 'sam@x.org', LATER, ''],
        ['ana@x.org', 'map-target-gap', 'Employee', 'Ana', 'ana@x.org', PAST, 'Done'],
        ['ana@x.org', 'extra', 'Employee', 'Ana', 'ana@x.org', PAST, 'Skipped'],
      ],
      [['Sam', 'sam@x.org', '1', '0', '5', '1', '20', '1', '2', '1']],
    ],
    [
      'people grouped by the manager rows’ Owner email (case forgiven), the first spelling kept; a step due today is not overdue',
      [
        ['ana@x.org', 'goals-conversation', 'Manager', 'Sam O', 'Sam@X.org', TODAY, ''],
        ['bo@x.org', 'goals-conversation', 'Manager', 'Samuel', 'sam@x.org', TODAY, 'Done'],
      ],
      [['Sam O', 'Sam@X.org', '2', '0', '2', '1', '50', '0', '0', '0']],
    ],
    [
      'a blank Owner email groups by the Owner name (spaces and case forgiven); sorted by Manager then email',
      [
        ['cy@x.org', 'goals-conversation', 'Manager', 'Zoe  Park', '', LATER, ''],
        ['ana@x.org', 'goals-conversation', 'Manager', 'zoe park', '', LATER, ''],
        ['bo@x.org', 'goals-conversation', 'Manager', 'Amir', 'amir@x.org', LATER, ''],
      ],
      [
        ['Amir', 'amir@x.org', '1', '0', '1', '0', '0', '0', '0', '0'],
        ['Zoe  Park', '', '2', '0', '2', '0', '0', '0', '0', '0'],
      ],
    ],
    [
      'a person with no Manager row goes under a row with blank Manager and Manager email; other roles are the employee’s',
      [
        ['ana@x.org', 'goals-reflection', 'Employee', 'Ana', 'ana@x.org', PAST, ''],
        ['ana@x.org', 'coach', 'Mentor', 'Kim', 'kim@x.org', PAST, 'WIP'],
        ['bo@x.org', 'goals-conversation', 'Manager', 'Sam', 'sam@x.org', LATER, ''],
      ],
      [
        ['', '', '1', '0', '2', '0', '0', '2', '0', '0'],
        ['Sam', 'sam@x.org', '1', '0', '1', '0', '0', '0', '0', '0'],
      ],
    ],
    [
      'a changed manager: counted under the manager who signs the latest round, their old steps still in the role split',
      [
        ['ana@x.org', 'goals-conversation', 'Manager', 'Old', 'old@x.org', PAST, ''],
        ['ana@x.org', 'sign-off-employee', 'Employee', 'Ana', 'ana@x.org', PAST, 'Done'],
        ['ana@x.org', 'sign-off-manager', 'Manager', 'Old', 'old@x.org', PAST, 'Done'],
        ['ana@x.org', 'sign-off-employee-2', 'Employee', 'Ana', 'ana@x.org', LATER, 'Done'],
        ['ana@x.org', 'sign-off-manager-2', 'Manager', 'New', 'new@x.org', LATER, 'Done'],
      ],
      [['New', 'new@x.org', '1', '1', '5', '4', '80', '0', '1', '0']],
    ],
    [
      'without a manager sign-off row, the first Manager row names the manager',
      [
        ['ana@x.org', 'goals-conversation', 'Manager', 'First', 'first@x.org', LATER, ''],
        ['ana@x.org', 'fund-learning', 'Manager', 'Second', 'second@x.org', LATER, ''],
      ],
      [['First', 'first@x.org', '1', '0', '2', '0', '0', '0', '0', '0']],
    ],
  ])('%s', (_name, cases, expected) => {
    expect(cells(cases)).toEqual(expected);
  });

  it('names a manager by the row’s Manager cell where the Manager row has no Owner', () => {
    const [only] = managerStatus([row(['ana@x.org', 'goals-conversation', 'Manager', ' ', 'sam@x.org', LATER, ''])], TODAY);
    expect([only!.manager, only!.managerEmail]).toEqual(['Typed Manager', 'sam@x.org']);
  });

  it('agrees with the per-person status on generated plans (signed, steps, done)', () => {
    const plan = [
      ...planFor(person({ email: 'ana@x.org' }), TODAY),
      ...planFor(person({ email: 'bo@x.org', managerEmail: 'lee@x.org', manager: 'Lee' }), TODAY),
    ];
    expect(managerStatus(plan, TODAY).map((r) => [r.manager, r.people, r.steps])).toEqual([
      ['Lee', 1, rollUp(plan, TODAY)[1]!.steps],
      ['Sam Okafor', 1, rollUp(plan, TODAY)[0]!.steps],
    ]);
  });
});

describe('totalsOf', () => {
  it('sums every count and works Percent done out over all steps', () => {
    const rows = managerRollup([
      { ...personTally([], TODAY), manager: 'A', managerEmail: 'a@x.org', steps: 3, done: 1, signed: true, overdueEmployee: 2 },
      { ...personTally([], TODAY), manager: 'B', managerEmail: 'b@x.org', steps: 1, done: 1, overdueManager: 1, reviewsOverdue: 1 },
    ]);
    expect(totalsOf(rows)).toEqual({
      people: 2,
      plansSigned: 1,
      steps: 4,
      done: 2,
      percentDone: 50,
      overdueEmployee: 2,
      overdueManager: 1,
      reviewsOverdue: 1,
    });
    expect(totalsOf([]).percentDone).toBe(0);
  });
});

const arbitraryRow = fc
  .record({
    who: fc.constantFrom('ana@x.org', 'BO@x.org', 'bo@x.org', 'cy@x.org', 'dee@x.org'),
    id: fc.constantFrom('goals-conversation', 'progress-review', 'progress-review-3', 'sign-off-manager', 'sign-off-manager-2', 'x'),
    ownerRole: fc.constantFrom('Employee', 'Manager', 'manager ', '', 'Mentor'),
    manager: fc.constantFrom(['Sam', 'sam@x.org'], ['Sam', ''], ['Lee', 'LEE@x.org'], ['', '']),
    due: fc.constantFrom(PAST, TODAY, LATER, '', 'soon'),
    status: fc.constantFrom('Not started', 'In progress', 'Done', 'Blocked', 'Skipped', 'WIP', ''),
  })
  .map(({ who, id, ownerRole, manager, due, status }) => row([who, id, ownerRole, manager[0]!, manager[1]!, due, status]));

describe('managerStatus properties', () => {
  it('counts every person once, every step of section 3, and every overdue row in exactly one role column', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 40 }), (plans) => {
        const managers = managerStatus(plans, TODAY);
        const people = rollUp(plans, TODAY);
        const totals = totalsOf(managers);
        expect(totals.people).toBe(people.length);
        expect(totals.steps).toBe(people.reduce((sum, p) => sum + p.steps, 0));
        expect(totals.done).toBe(people.reduce((sum, p) => sum + p.done, 0));
        expect(totals.overdueEmployee + totals.overdueManager).toBe(people.reduce((sum, p) => sum + p.overdue, 0));
        expect(totals.plansSigned).toBe(people.filter((p) => p.planSigned === 'Yes').length);
        expect(new Set(managers.map((m) => `${m.manager}|${m.managerEmail.toLowerCase()}`)).size).toBe(managers.length);
      }),
    );
  });
});
