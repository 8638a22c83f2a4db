// End-to-end: `trellis status --by manager` (contract section 10) through the real command, over two team files.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows, expectFatal, listing, PLAN_HEADER, read, TODAY, tempDir, toCsv, trellis, trellisInTerminal, write } from './run';

const SAM = ['Sam Okafor', 'sam@example.com'];
const PRIYA = ['Priya Nair', 'priya@example.com'];

/** A plans row: who, the step, whose it is ([name, email], Employee when none), due and status. */
function step(person: string, id: string, due: string, status: string, manager?: string[]): string[] {
  const email = `${person.split(' ')[0]!.toLowerCase()}@example.com`;
  const [owner, ownerEmail] = manager ?? [person, email];
  const role = manager ? 'Manager' : 'Employee';
  return [`${email}#${id}`, person, email, 'Typed', 'Mentor', '', `Step ${id}`, owner!, role, ownerEmail!, due, status, ''];
}

// TODAY is 2026-11-28. Ana: 5 steps, 3 done, signed, one step of hers and one review of Sam's overdue.
// Dev: 3 steps (one skipped), Priya's conversation and one of his overdue. Eve: no manager's step. Joe: Sam's, in
// the second file with the manager's email in capitals; Ana is in it too and counted once, from the first file.
const TEAM_A = toCsv([
  PLAN_HEADER,
  step('Ana Lopez', 'goals-conversation', '2026-11-01', 'Done', SAM),
  step('Ana Lopez', 'late', '2026-11-20', 'In progress'),
  step('Ana Lopez', 'progress-review', '2026-11-10', 'Not started', SAM),
  step('Ana Lopez', 'sign-off-employee', '2026-11-02', 'Done'),
  step('Ana Lopez', 'sign-off-manager', '2026-11-02', 'Done', SAM),
  step('Dev Patel', 'goals-conversation', '2026-11-10', 'Not started', PRIYA),
  step('Dev Patel', 'first', '2026-11-11', 'Blocked'),
  step('Dev Patel', 'later', '2027-01-15', 'Not started'),
  step('Dev Patel', 'dropped', '2026-11-01', 'Skipped'),
]);
const TEAM_B = toCsv([
  PLAN_HEADER,
  step('Ana Lopez', 'goals-conversation', '2026-11-01', 'Not started', PRIYA),
  step('Eve Moss', 'reflect', '2026-11-01', ''),
  step('Joe Park', 'goals-conversation', '2026-11-01', 'Done', ['Sam Okafor', 'SAM@example.com']),
]);

function teams(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'teams'));
  write(dir, 'teams/a.csv', TEAM_A);
  write(dir, 'teams/b.csv', TEAM_B);
  return dir;
}

/** The header of contract section 10, as the contract writes it. */
const HEADER =
  'Manager | Manager email | People | Plans signed | Steps | Done | Percent done | Overdue employee steps | Overdue manager steps | Reviews overdue'.split(
    ' | ',
  );

describe('trellis status --by manager', () => {
  it('writes one row per manager across files, overdue steps split by owner role, a person in two files once (exit 2)', () => {
    const run = trellis(teams(), 'status', 'teams', '--by', 'manager', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      'teams/b.csv: Ana Lopez (ana@example.com) is also planned in teams/a.csv; counted once, from teams/a.csv',
    ]);
    expect(csvRows(run.stdout)).toEqual([
      HEADER,
      ['', '', '1', '0', '1', '0', '0', '1', '0', '0'],
      ['Priya Nair', 'priya@example.com', '1', '0', '3', '0', '0', '1', '1', '0'],
      ['Sam Okafor', 'sam@example.com', '2', '1', '6', '4', '67', '1', '1', '1'],
    ]);
  });

  it('in JSON the counts are numbers and a blank manager stays blank', () => {
    const dir = teams();
    const run = trellis(dir, 'status', 'teams', '--by', 'manager', '--today', TODAY, '--out', 'managers.json');
    expect(run.errLines.at(-1)).toBe('Wrote the roll-up of 4 people under 3 managers to managers.json.');
    const rows = JSON.parse(read(dir, 'managers.json')) as Record<string, unknown>[];
    expect(rows[0]).toEqual(Object.fromEntries(HEADER.map((h, i) => [h, ['', '', 1, 0, 1, 0, 0, 1, 0, 0][i]])));
    expect(rows[2]).toMatchObject({ Manager: 'Sam Okafor', 'Percent done': 67, 'Overdue manager steps': 1, 'Reviews overdue': 1 });
  });

  it('in a terminal prints a table to read, people with no manager named as such, and a summary line', () => {
    const run = trellisInTerminal(teams(), 'status', 'teams/a.csv', 'teams/b.csv', '--by', 'manager', '--today', TODAY);
    expect(run.status).toBe(2);
    const [told, ...table] = run.stdout.split('\n');
    expect(told).toMatch(/^teams\/b\.csv: Ana Lopez .* counted once/);
    expect(table).toEqual([
      'Manager           People  Signed     Done  Overdue: employee  manager  reviews',
      'No manager named       1       0   0/1 0%                  1        0        0',
      'Priya Nair             1       0   0/3 0%                  1        1        0',
      'Sam Okafor             2       1  4/6 67%                  1        1        1',
      '',
      '3 managers · 4 people · 1 signed · 5 overdue (3 employee, 2 manager) · 1 review overdue',
      '',
    ]);
  });

  it('a typed manager name cannot break the table: control characters shown as U+FFFD, one line', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', toCsv([PLAN_HEADER, step('Ana Lopez', 'goals-conversation', '2026-12-01', '', ['Sam\u001b[2J\nOkafor', ''])]));
    const run = trellisInTerminal(dir, 'status', 'plans.csv', '--by', 'manager', '--today', TODAY);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^Sam\uFFFD\[2J Okafor {2,}1/);
    expect(run.stdout).not.toContain('\u001b');
  });

  it('a manager name a spreadsheet would run as a formula is written guarded in CSV', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', toCsv([PLAN_HEADER, step('Ana Lopez', 'goals-conversation', '2026-12-01', '', ['=HYPERLINK("x")', ''])]));
    const run = trellis(dir, 'status', 'plans.csv', '--by', 'manager', '--today', TODAY);
    expect(run.status).toBe(0);
    expect(csvRows(run.stdout)[1]!.slice(0, 3)).toEqual(['\'=HYPERLINK("x")', '', '1']);
  });

  it.each([['person'], ['Manager'], ['']])('--by %j: says the one value it takes, exit 1, nothing written', (value) => {
    const dir = teams();
    const run = trellis(dir, 'status', 'teams', '--by', value, '--out', 'out.csv');
    expectFatal(run, /^trellis status: --by ".*": the only roll-up --by takes is manager/);
    expect(listing(dir)).toEqual(['teams']);
  });
});
