// End-to-end: what `trellis status` shows a person at a terminal (a pseudo-terminal through `script`), and what it
// writes when piped or asked for a format; a roster or a plan status given in place of a plans table.
import { describe, expect, it } from 'vitest';
import {
  PLAN_HEADER,
  TODAY,
  csvObjects,
  expectFatal,
  fixture,
  listing,
  read,
  tempDir,
  toCsv,
  trellis,
  trellisInTerminal,
  write,
} from './run';

function step(person: string, id: string, status: string, due: string, owner = person): string[] {
  const email = `${person.split(' ')[0]!.toLowerCase()}@example.com`;
  return [`${email}#${id}`, person, email, 'Sam Okafor', 'Mentor', '', `Step ${id}`, owner, 'Employee', email, due, status, ''];
}

// TODAY is 2026-11-28: Ana has one step overdue and has signed; Dev has two overdue.
const PLANS = toCsv([
  PLAN_HEADER,
  step('Ana Lopez', 'goals-conversation', 'Done', '2026-11-01'),
  step('Ana Lopez', 'late', 'In progress', '2026-11-20', 'Sam Okafor'),
  step('Ana Lopez', 'sign-off-employee', 'Done', '2026-11-02'),
  step('Ana Lopez', 'sign-off-manager', 'Done', '2026-11-02'),
  step('Dev Patel', 'first', 'Not started', '2026-11-10'),
  step('Dev Patel', 'second', 'Blocked', '2026-11-11'),
  step('Dev Patel', 'later', 'Not started', '2027-01-15'),
]);

describe('trellis status in a terminal', () => {
  it('prints an aligned table of the columns that matter and a summary line, exit 0', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', PLANS);
    const run = trellisInTerminal(dir, 'status', 'plans.csv', '--today', TODAY);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'Person     Done  Overdue  Next step   Owner       Due         Signed',
        'Ana Lopez   3/4        1  Step late   Sam Okafor  2026-11-20  Yes',
        'Dev Patel   0/3        2  Step first  Dev Patel   2026-11-10  No',
        '',
        '2 people · 1 signed · 3 overdue',
        '',
      ].join('\n'),
    );
    expect(listing(dir)).toEqual(['plans.csv']);
  });

  it.each([
    ['--format csv', ['--format', 'csv']],
    ['-f csv', ['-f', 'csv']],
  ])('with %s it writes CSV, as when piped', (_, format) => {
    const dir = tempDir();
    write(dir, 'plans.csv', PLANS);
    const shown = trellisInTerminal(dir, 'status', 'plans.csv', '--today', TODAY, ...format);
    const piped = trellis(dir, 'status', 'plans.csv', '--today', TODAY);
    expect(shown.status).toBe(0);
    expect(piped.status).toBe(0);
    expect(csvObjects(shown.stdout)).toEqual(csvObjects(piped.stdout));
    expect(csvObjects(piped.stdout).map((s) => [s.Person, s.Done, s.Overdue])).toEqual([
      ['Ana Lopez', '3', '1'],
      ['Dev Patel', '0', '2'],
    ]);
  });

  it('with --format json the counts are numbers and the rest text', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', PLANS);
    const run = trellisInTerminal(dir, 'status', 'plans.csv', '--today', TODAY, '--format', 'json');
    expect(run.status).toBe(0);
    const [ana] = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(ana).toMatchObject({
      Person: 'Ana Lopez',
      Steps: 4,
      Done: 3,
      Overdue: 1,
      'Percent done': 75,
      'Next due': '2026-11-20',
      'Plan signed': 'Yes',
    });
  });

  it('with --out it writes the file and says so: no table', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', PLANS);
    const run = trellisInTerminal(dir, 'status', 'plans.csv', '--today', TODAY, '--out', 'status.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Wrote the plan status of 2 people to status.json.\n');
    expect((JSON.parse(read(dir, 'status.json')) as Record<string, unknown>[])[1]).toMatchObject({ Person: 'Dev Patel', Overdue: 2 });
  });

  it('a row problem is still told, and the exit status is 2', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', `${PLANS}${toCsv([step('Dev Patel', 'odd', 'Finished', '2026-12-01')])}`);
    const run = trellisInTerminal(dir, 'status', 'plans.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^plans\.csv:L9: unknown status "Finished"/);
    expect(run.stdout).toContain('2 people · 1 signed · 3 overdue');
  });
});

describe('a roster or a plan status where a plans table belongs', () => {
  it('a roster: says to run trellis plan first, exit 1, nothing written', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    expectFatal(
      trellis(dir, 'status', 'team.csv', '--out', 'status.csv'),
      /^trellis status: team\.csv is a roster \(one row per person\), not a plans table: make the plans first with trellis plan team\.csv --out plans\.csv, then give plans\.csv here$/,
    );
    expect(listing(dir)).toEqual(['team.csv']);
  });

  it('a plan status: says to give the plans table it was made from', () => {
    const dir = tempDir();
    write(dir, 'plans.csv', PLANS);
    expect(trellis(dir, 'status', 'plans.csv', '--out', 'status.csv', '--today', TODAY).status).toBe(0);
    expectFatal(trellis(dir, 'status', 'status.csv'), /^trellis status: status\.csv is already a plan status, not a plans table/);
  });
});
