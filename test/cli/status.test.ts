// End-to-end: `trellis status PLANS` (contract section 3) on plans tables edited as a user would.
import { describe, expect, it } from 'vitest';
import {
  PLAN_HEADER,
  STATUS_HEADER,
  TODAY,
  csvObjects,
  csvRows,
  expectFatal,
  fixture,
  listing,
  read,
  snapshot,
  tempDir,
  toCsv,
  trellis,
  write,
} from './run';
import { CASES_TODAY, STATUS_CASES, caseEmail, caseCells, caseGrid } from '../shared/status-cases';

/** One plans-table row; only what the roll-up reads varies. */
function step(person: string, email: string, id: string, status: string, due: string, owner = person): string[] {
  const key = id ? `${email.toLowerCase()}#${id}` : '';
  return [
    key,
    person,
    email,
    'Sam Okafor',
    'Mentor',
    'Senior Developer',
    `Step ${id || 'by hand'}`,
    owner,
    'Employee',
    email,
    due,
    status,
    '',
  ];
}

// Today is 2026-12-10 for this table.
const STATUS_TODAY = '2026-12-10';
const TABLE = [
  PLAN_HEADER,
  // Ana: 5 counted (Skipped excluded), 3 done → 60; due today is not overdue, due yesterday is; both signed.
  step('Ana Lopez', 'ana@example.com', 'goals-conversation', 'Done', '2026-12-01'),
  step('Ana Lopez', 'ana@example.com', 'due-today', 'Not started', '2026-12-10'),
  step('Ana Lopez', 'ana@example.com', 'due-yesterday', 'In progress', '2026-12-09', 'Sam Okafor'),
  step('Ana Lopez', 'ana@example.com', 'sign-off-employee', 'Done', '2026-12-20'),
  step('Ana Lopez', 'ana@example.com', 'sign-off-manager', 'done', '2026-12-20'),
  step('Ana Lopez', 'ana@example.com', 'dropped', 'Skipped', '2026-11-01'),
  // Bob: rows not together and Email in two cases; 2 of 3 done → 67; the only open row is undated; one sign-off.
  step('Bob Stone', 'BOB@example.com', 'sign-off-employee', 'Done', '2026-12-20'),
  // Cara: an undated open row before dated ones; a tie on the earliest due is won by table order; 1 of 3 → 33.
  step('Cara Diaz', 'cara@example.com', 'undated', 'Not started', ''),
  step('Cara Diaz', 'cara@example.com', 'tie-first', 'Blocked', '2027-02-01'),
  step('Cara Diaz', 'cara@example.com', 'tie-second', 'Not started', '2027-02-01'),
  step('Cara Diaz', 'cara@example.com', 'earlier-but-done', 'Done', '2027-01-01'),
  step('Bob Stone', 'bob@example.com', 'first-step', 'Done', '2026-11-30'),
  step('Bob Stone', 'bob@example.com', 'sign-off-manager', 'Not started', ''),
  // Dee: everything skipped → 0 steps, 0 %, nothing next.
  step('Dee Wu', 'dee@example.com', 'a', 'Skipped', '2026-12-01'),
  step('Dee Wu', 'dee@example.com', 'b', 'Skipped', ''),
];

const EXPECTED = [
  {
    Person: 'Ana Lopez',
    Email: 'ana@example.com',
    Manager: 'Sam Okafor',
    Path: 'Mentor',
    'Target role': 'Senior Developer',
    Steps: '5',
    Done: '3',
    Overdue: '1',
    'Percent done': '60',
    'Next step': 'Step due-yesterday',
    'Next owner': 'Sam Okafor',
    'Next due': '2026-12-09',
    'Plan signed': 'Yes',
  },
  {
    Person: 'Bob Stone',
    Email: 'BOB@example.com',
    Manager: 'Sam Okafor',
    Path: 'Mentor',
    'Target role': 'Senior Developer',
    Steps: '3',
    Done: '2',
    Overdue: '0',
    'Percent done': '67',
    'Next step': 'Step sign-off-manager',
    'Next owner': 'Bob Stone',
    'Next due': '',
    'Plan signed': 'No',
  },
  {
    Person: 'Cara Diaz',
    Email: 'cara@example.com',
    Manager: 'Sam Okafor',
    Path: 'Mentor',
    'Target role': 'Senior Developer',
    Steps: '4',
    Done: '1',
    Overdue: '0',
    'Percent done': '25',
    'Next step': 'Step tie-first',
    'Next owner': 'Cara Diaz',
    'Next due': '2027-02-01',
    'Plan signed': 'No',
  },
  {
    Person: 'Dee Wu',
    Email: 'dee@example.com',
    Manager: 'Sam Okafor',
    Path: 'Mentor',
    'Target role': 'Senior Developer',
    Steps: '0',
    Done: '0',
    Overdue: '0',
    'Percent done': '0',
    'Next step': '',
    'Next owner': '',
    'Next due': '',
    'Plan signed': 'No',
  },
];

/** The counts a status JSON gives as numbers (the CSV has them as text). */
const COUNTS = ['Steps', 'Done', 'Overdue', 'Percent done'];
const asJson = (rows: readonly Record<string, string>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, COUNTS.includes(k) ? Number(v) : v])));

describe('trellis status on an edited plans table', () => {
  it('rolls up one row per person to --out status.csv, and the same to stdout with --format json', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', toCsv(TABLE));
    const csv = trellis(dir, 'status', 'plans.csv', '--out', 'status.csv', '--today', STATUS_TODAY);
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout).toBe('');
    expect(csv.errLines).toEqual(['Wrote the plan status of 4 people to status.csv.']);
    expect(csvRows(read(dir, 'status.csv'))[0]).toEqual(STATUS_HEADER);
    expect(csvObjects(read(dir, 'status.csv'))).toEqual(EXPECTED);

    const json = trellis(dir, 'status', 'plans.csv', '--format', 'json', '--today', STATUS_TODAY);
    expect(json.status, json.stderr).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual(asJson(EXPECTED));
    expect(listing(dir)).toEqual(['plans.csv', 'status.csv']);
  });

  it('rounds 1 of 3 to 33 and counts a step due the day before --today as overdue, not one due that day', () => {
    const dir = tempDir();
    write(
      dir,
      'plans.csv',
      toCsv([
        PLAN_HEADER,
        step('Eve Moss', 'eve@example.com', 'one', 'Done', '2026-11-27'),
        step('Eve Moss', 'eve@example.com', 'two', 'Not started', '2026-11-27'),
        step('Eve Moss', 'eve@example.com', 'three', 'In progress', TODAY),
      ]),
    );
    const run = trellis(dir, 'status', 'plans.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(csvObjects(run.stdout)).toMatchObject([{ Steps: '3', Done: '1', Overdue: '1', 'Percent done': '33', 'Next step': 'Step two' }]);
  });

  it('a fresh plan from `trellis plan`: nothing done, next is the first step, not signed', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    expect(trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
    const plans = csvObjects(read(dir, 'plans.csv'));
    const run = trellis(dir, 'status', 'plans.csv', '--out', 'status.json', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    const status = JSON.parse(read(dir, 'status.json')) as Record<string, string | number>[];
    expect(status.map((s) => s.Person)).toEqual(['Ana Lopez', 'Mei Chen', 'Ravi Singh']);
    for (const s of status) {
      const own = plans.filter((p) => p.Email === s.Email);
      const firstDue = own.map((p) => p.Due!).sort()[0]!;
      expect(s).toMatchObject({
        Steps: own.length,
        Done: 0,
        Overdue: 0,
        'Percent done': 0,
        'Plan signed': 'No',
        'Next due': firstDue,
      });
      expect(s['Next step']).toBe(own.find((p) => p.Due === firstDue)!.Step);
    }
  });

  it('an unknown status or a bad due is a problem line with its cell, exit 2, the status still written', () => {
    const dir = tempDir();
    write(
      dir,
      'plans.csv',
      toCsv([
        PLAN_HEADER,
        step('Ana Lopez', 'ana@example.com', 'one', 'Done', '2026-12-01'),
        step('Ana Lopez', 'ana@example.com', 'two', 'Not started', '2026-12-02'),
        step('Ana Lopez', 'ana@example.com', 'three', 'Finished', '2026-12-03'),
        step('Ana Lopez', 'ana@example.com', 'four', 'Not started', 'next week'),
      ]),
    );
    const run = trellis(dir, 'status', 'plans.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(2);
    expect(run.errLines[0]).toMatch(/^plans\.csv:L4: unknown status "Finished"/);
    expect(run.errLines[1]).toMatch(/^plans\.csv:K5: due "next week" is not a date/);
    expect(csvObjects(run.stdout)).toMatchObject([{ Person: 'Ana Lopez', Steps: '4', Done: '1' }]);
  });

  it('reads Status and Due by the core rule: the same problems and Next due as every front end', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', toCsv(caseGrid()));
    const run = trellis(dir, 'status', 'plans.csv', '--today', CASES_TODAY);
    expect(run.errLines.map((line) => /^plans\.csv:([A-Z]+\d+):/.exec(line)?.[1])).toEqual(caseCells());
    const status = csvObjects(run.stdout);
    expect(STATUS_CASES.map((_, i) => status.find((s) => s.Email === caseEmail(i))!['Next due'])).toEqual(STATUS_CASES.map((c) => c[4]));
    expect(run.status).toBe(2);
  });

  it('a plans file missing a contract column: one line, exit 1, nothing written', () => {
    const dir = tempDir();
    const without = (r: string[]) => r.filter((_, i) => i !== PLAN_HEADER.indexOf('Owner role'));
    write(dir, 'plans.csv', toCsv([without(PLAN_HEADER), without(step('Ana Lopez', 'ana@example.com', 'one', 'Done', '2026-12-01'))]));
    expectFatal(
      trellis(dir, 'status', 'plans.csv', '--out', 'status.csv', '--today', TODAY),
      /plans\.csv:A1: not a Trellis plans table: no Owner role column/,
    );
    expect(listing(dir)).toEqual(['plans.csv']);
  });

  it('refuses to write the status over the plans table it reads', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', toCsv([PLAN_HEADER, step('Ana Lopez', 'ana@example.com', 'one', 'Done', '2026-12-01')]));
    const before = snapshot(dir, 'plans.csv');
    expectFatal(trellis(dir, 'status', 'plans.csv', '--out', './plans.csv', '--today', TODAY), /is the plans table itself/);
    expect(snapshot(dir, 'plans.csv')).toEqual(before);
  });
});
