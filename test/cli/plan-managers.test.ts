// End-to-end: `trellis plan` on rosters as HR systems export them, and on rosters that leave a manager's steps with
// no named owner (contract sections 1 and 2), run as a user runs it.
import { describe, expect, it } from 'vitest';
import { csvObjects, expectFatal, listing, TODAY, tempDir, toCsv, trellis, write } from './run';

const HR_HEADER = ['Employee Name', 'Work Email Address', 'Job Title', 'Line Manager', "Manager's Email", 'Career Track', 'Desk'];

/** Plans a roster given as rows, header first; returns the run and the plans read back by header. */
function plan(rows: string[][]) {
  const dir = tempDir();
  write(dir, 'roster.csv', toCsv(rows));
  const run = trellis(dir, 'plan', 'roster.csv', '--today', TODAY);
  return { run, rows: run.stdout ? csvObjects(run.stdout) : [], dir };
}

const managerRows = (rows: Record<string, string>[], email: string) =>
  rows.filter((r) => r.Email === email && r['Owner role'] === 'Manager').map((r) => [r.Owner, r['Owner email']]);

describe('trellis plan: a roster as an HR system exports it', () => {
  it('reads Work Email Address, Line Manager and Manager’s Email, and exits 0 when every manager is named', () => {
    const { run, rows } = plan([
      HR_HEADER,
      ['Ana Lopez', 'ana@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical', '3F'],
      ['Mei Chen', 'mei@example.com', 'Network Engineer', 'Sam Okafor', 'sam@example.com', 'expert', '3F'],
    ]);
    expect([run.status, run.errLines]).toEqual([0, []]);
    expect(new Set(managerRows(rows, 'mei@example.com').map(String))).toEqual(new Set(['Sam Okafor,sam@example.com']));
    expect(rows.find((r) => r.Email === 'ana@example.com')?.['Target role']).toBe('Senior Developer');
  });

  it('makes the name of First name and Last name (a Preferred name first), and ignores the Employee ID', () => {
    const { run, rows } = plan([
      ['Employee ID', 'First Name', 'Last Name', 'Preferred Name', 'E-mail Address', 'Supervisor', 'Supervisor Email'],
      ['1042', 'Robert', 'Lee', 'Bob', 'bob@example.com', 'Sam Okafor', 'sam@example.com'],
      ['1043', 'Ana', 'Lopez', '', 'ana@example.com', 'Sam Okafor', 'sam@example.com'],
    ]);
    expect([run.status, run.errLines]).toEqual([0, []]);
    expect([...new Set(rows.map((r) => r.Person))]).toEqual(['Bob Lee', 'Ana Lopez']);
  });

  it('with two columns for one field, names both cells, plans nobody and exits 1', () => {
    const dir = tempDir();
    write(
      dir,
      'roster.csv',
      toCsv([
        ['Name', 'Email', 'Work email'],
        ['Ana', 'ana.personal@example.net', 'ana@example.com'],
      ]),
    );
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expectFatal(run, /^trellis plan: roster\.csv:C1: 2 columns for the email \(B1 "Email" and C1 "Work email"\): .*Keep one/);
    expect(listing(dir)).toEqual(['roster.csv']);
  });
});

describe('trellis plan: a manager email left blank', () => {
  it('plans the person, names the cell, and exits 2', () => {
    const { run, rows } = plan([
      HR_HEADER,
      ['Ana Lopez', 'ana@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical', ''],
      ['Dev Patel', 'dev@example.com', 'Developer', '', '', 'technical', ''],
      ['Mei Chen', 'mei@example.com', 'Network Engineer', 'Sam Okafor', '', 'expert', ''],
    ]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.errLines).toEqual([
      "roster.csv:E3: Dev Patel has no manager email: their manager's steps have no named owner. Fill in the cell and plan again.",
      "roster.csv:E4: Mei Chen has no manager email: their manager's steps name Sam Okafor but have no owner email. Fill in the cell and plan again.",
      "2 cells in roster.csv to fill in: those people are planned, but their manager's steps have no named owner or no owner email; fill them in and run again.",
    ]);
    const dev = managerRows(rows, 'dev@example.com');
    expect(dev.length).toBeGreaterThan(0);
    expect(new Set(dev.map(String))).toEqual(new Set(['Manager (not named),']));
    expect(new Set(managerRows(rows, 'mei@example.com').map(String))).toEqual(new Set(['Sam Okafor,']));
  });

  it('with a manager name column and no email column: one line for the roster, and exit 0 when every name is there', () => {
    const { run, rows } = plan([
      ['Name', 'Email', 'Supervisor'],
      ['Ana Lopez', 'ana@example.com', 'Sam Okafor'],
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual([
      "roster.csv has no Manager email column: manager's steps name the manager but have no owner email; add a Manager email column to give them one.",
    ]);
    expect(new Set(managerRows(rows, 'ana@example.com').map(String))).toEqual(new Set(['Sam Okafor,']));
  });

  it('with no manager columns at all: planned as before, one line saying so, exit 0', () => {
    const { run, rows } = plan([
      ['Name', 'Email', 'Path'],
      ['Ana Lopez', 'ana@example.com', 'technical'],
      ['Dev Patel', 'dev@example.com', 'mentor'],
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual([
      "roster.csv has no Manager or Manager email column: manager's steps are planned with no named owner; add Manager and Manager email columns to name them.",
    ]);
    expect(new Set(managerRows(rows, 'ana@example.com').map(String))).toEqual(new Set(['Manager (not named),']));
  });
});
