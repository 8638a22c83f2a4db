import { describe, expect, it } from 'vitest';
import { planFor } from '../../shared/plan';
import { readPlansTable } from '../../shared/plans-table';
import { dueDay, isPastDue, parseStatus, rollUp, statusOf, statusProblems, statusRowCells, tableStatusProblems } from '../../shared/status';
import type { PlanRow } from '../../shared/types';
import { person } from './person';
import { CASES_TODAY, STATUS_CASES, caseCells, caseGrid } from './status-cases';

const TODAY = '2026-11-28';

/** Rows of one person: each case is [step id, due, status]. */
function rows(steps: [string, string, string][], email = 'ana@example.com'): PlanRow[] {
  const base = planFor(person({ email }), TODAY)[0]!;
  return steps.map(([id, due, status]) => ({
    ...base,
    key: id ? `${email}#${id}` : '',
    step: `Step ${id}`,
    owner: `Owner ${id}`,
    due,
    status,
  }));
}

describe('parseStatus', () => {
  it.each([
    ['Done', 'Done'],
    ['  done ', 'Done'],
    ['IN  PROGRESS', 'In progress'],
    ['', 'Not started'],
    ['Skipped', 'Skipped'],
    ['WIP', undefined],
  ])('%j → %j', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
});

describe('statusOf (contract section 3)', () => {
  it.each([
    [
      'nothing done',
      [
        ['a', '2026-12-01', 'Not started'],
        ['b', '2026-12-02', ''],
      ],
      { steps: 2, done: 0, percentDone: 0 },
    ],
    [
      '1 of 3 done rounds to 33',
      [
        ['a', '', 'Done'],
        ['b', '', ''],
        ['c', '', ''],
      ],
      { steps: 3, done: 1, percentDone: 33 },
    ],
    [
      '2 of 3 done rounds to 67',
      [
        ['a', '', 'Done'],
        ['b', '', 'Done'],
        ['c', '', ''],
      ],
      { steps: 3, done: 2, percentDone: 67 },
    ],
    [
      'skipped rows are not steps',
      [
        ['a', '', 'Done'],
        ['b', '', 'Skipped'],
      ],
      { steps: 1, done: 1, percentDone: 100 },
    ],
    ['all skipped is 0 percent', [['a', '', 'Skipped']], { steps: 0, done: 0, percentDone: 0 }],
  ] as [string, [string, string, string][], object][])('%s', (_, steps, expected) => {
    expect(statusOf(rows(steps), TODAY)).toMatchObject(expected);
  });

  it.each([
    ['due yesterday, open', [['a', '2026-11-27', 'In progress']], 1],
    ['due today is not overdue', [['a', '2026-11-28', 'Not started']], 0],
    ['done late is not overdue', [['a', '2026-01-01', 'Done']], 0],
    ['skipped is not overdue', [['a', '2026-01-01', 'Skipped']], 0],
    ['blocked counts', [['a', '2026-01-01', 'Blocked']], 1],
    [
      'undated or unreadable is not overdue',
      [
        ['a', '', ''],
        ['b', 'soon', ''],
      ],
      0,
    ],
  ] as [string, [string, string, string][], number][])('overdue: %s', (_, steps, overdue) => {
    expect(statusOf(rows(steps), TODAY).overdue).toBe(overdue);
  });

  it.each([
    [
      'the earliest open due',
      [
        ['a', '2026-12-09', ''],
        ['b', '2026-12-02', ''],
        ['c', '2026-12-01', 'Done'],
      ],
      'b',
    ],
    [
      'ties in table order',
      [
        ['a', '2026-12-09', ''],
        ['b', '2026-12-02', ''],
        ['c', '2026-12-02', ''],
      ],
      'b',
    ],
    [
      'undated after dated',
      [
        ['a', '', ''],
        ['b', '2027-05-01', ''],
      ],
      'b',
    ],
    [
      'undated in table order',
      [
        ['a', '', 'Done'],
        ['b', '', ''],
        ['c', '', ''],
      ],
      'b',
    ],
    [
      'none open',
      [
        ['a', '2026-12-09', 'Done'],
        ['b', '', 'Skipped'],
      ],
      '',
    ],
  ] as [string, [string, string, string][], string][])('next step: %s', (_, steps, id) => {
    const status = statusOf(rows(steps), TODAY);
    expect(status.nextStep).toBe(id ? `Step ${id}` : '');
    expect(status.nextOwner).toBe(id ? `Owner ${id}` : '');
  });

  it.each([
    ['both done', 'Done', 'Done', 'Yes'],
    ['employee only', 'Done', 'In progress', 'No'],
    ['manager only', '', 'Done', 'No'],
  ])('plan signed: %s', (_, employee, manager, signed) => {
    const r = rows([
      ['sign-off-employee', '', employee],
      ['sign-off-manager', '', manager],
    ]);
    expect(statusOf(r, TODAY).planSigned).toBe(signed);
  });
});

describe("statusOf: a person's path now (contract 9 and 12)", () => {
  const plan = planFor(person({ email: 'ana@example.com', path: 'technical' }), TODAY);
  const round2 = (path: string) =>
    ['sign-off-employee-2', 'sign-off-manager-2', 'catalogue-datasets'].map((id) => ({ ...plan[0]!, key: `ana@example.com#${id}`, path }));
  it.each([
    ['on the built-in path they were planned on', plan, 'Technical ladder'],
    ["moved to a framework's new path (its sign-off round names it)", [...plan, ...round2('Data steward')], 'Data steward'],
    ['moved to another built-in path', [...plan, ...round2('Mentor')], 'Mentor'],
    [
      'a hand-added row naming an unknown path changes nothing',
      [...plan, { ...plan[0]!, key: '', path: 'Data steward' }],
      'Technical ladder',
    ],
  ])('%s', (_, list, path) => {
    expect(statusOf(list, TODAY).path).toBe(path);
  });
});

describe('rollUp', () => {
  it('groups by Email case-insensitively in first-seen order, taking details from the first row', () => {
    const a = rows([['a', '', 'Done']], 'ana@example.com');
    const b = rows([['a', '', '']], 'bea@example.com');
    const a2 = rows([['b', '', '']], 'ANA@example.com').map((r) => ({ ...r, person: 'Ana (later)' }));
    const status = rollUp([...a, ...b, ...a2], TODAY);
    expect(status.map((s) => [s.email, s.person, s.steps, s.done])).toEqual([
      ['ana@example.com', 'Ana Lopez', 2, 1],
      ['bea@example.com', 'Ana Lopez', 1, 0],
    ]);
  });

  it('uses the key for a row without an email and leaves out rows with neither', () => {
    const [keyed, loose] = rows([
      ['a', '', ''],
      ['', '', ''],
    ]).map((r) => ({ ...r, email: '' }));
    expect(rollUp([keyed!, loose!], TODAY).map((s) => s.steps)).toEqual([1]);
  });

  it('writes cells in contract order', () => {
    const [status] = rollUp(
      rows([
        ['sign-off-employee', '2026-12-01', 'Done'],
        ['sign-off-manager', '2026-12-01', 'Done'],
      ]),
      TODAY,
    );
    expect(statusRowCells(status!)).toEqual([
      'Ana Lopez',
      'ana@example.com',
      'Sam Okafor',
      'Technical ladder',
      'Senior Developer',
      '2',
      '2',
      '0',
      '100',
      '',
      '',
      '',
      'Yes',
    ]);
  });
});

describe('the status checks (one rule for every front end)', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    [' 2026-12-01 ', '2026-12-01'],
    ['2026-02-30', ''],
    ['next week', ''],
    ['', ''],
  ])('dueDay(%j) → %j', (due, day) => {
    expect(dueDay(due)).toBe(day);
  });

  it.each([
    ['2026-11-27', true],
    ['2026-11-28', false],
    ['2026-11-29', false],
    ['', false],
    [null, false],
  ] as [string | null, boolean][])('isPastDue(%j) on %s → %s', (day, past) => {
    expect(isPastDue(day, TODAY)).toBe(past);
  });

  it.each(STATUS_CASES)('%s (Due %j, Status %j): reports %j, Next due %j', (_, due, status, fields, nextDue) => {
    const [row] = rows([['step', due, status]]);
    expect(statusProblems(row!).map((p) => p.field)).toEqual(fields);
    expect(statusOf([row!], CASES_TODAY).nextDue).toBe(nextDue);
  });

  it.each([
    ['Finished', '', /^unknown status "Finished" \(use Not started, In progress, Done, Blocked, Skipped\); counted as not done$/],
    ['', 'next week', /^due "next week" is not a date \(YYYY-MM-DD\); counted as undated$/],
  ])('says what is wrong and what it counts as: status %j, due %j', (status, due, message) => {
    expect(statusProblems({ status, due })[0]!.message).toMatch(message);
  });

  it('gives each problem of a table its cell: Due in K, Status in L', () => {
    const { table } = readPlansTable(caseGrid());
    expect(tableStatusProblems(table).map((p) => p.cell)).toEqual(caseCells());
  });
});
