// End-to-end: `trellis plan` on rosters as HR systems export them (contract sections 1 and 12): each fixture keeps
// its system's own headers (docs/contract.md lists them with their sources), names in parts, ids and other columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvObjects, csvRows, FIXTURES, fixture, TODAY, tempDir, trellis } from './run';
import { workbook } from './workbook';

interface Expected {
  name: string;
  email: string;
  manager: string;
  managerEmail: string;
}

const team = (manager: string, managerEmail: string, people: [string, string][]): Expected[] =>
  people.map(([name, email]) => ({ name, email, manager, managerEmail }));

const PERSONIO_TEAM = team('Katrin Vogel', '', [
  ['Lukas Hoffmann', 'lukas.hoffmann@example.com'],
  ['Grete Schulz', 'margarethe.schulz@example.com'],
  ['Emre Yilmaz', 'emre.yilmaz@example.com'],
]);

const NO_MANAGER_EMAIL =
  "has no Manager email column: manager's steps name the manager but have no owner email; add a Manager email column to give them one.";

/** Each person's rows carry the name made of the parts, the work email and the manager, in roster order. */
function expectPeople(plans: Record<string, string>[], people: Expected[]): void {
  const order = plans.map((r) => r.Email).filter((e, i, all) => all[i - 1] !== e);
  expect(order).toEqual(people.map((p) => p.email));
  for (const p of people) {
    const own = plans.filter((r) => r.Email === p.email);
    expect(new Set(own.map((r) => `${r.Person} | ${r.Manager}`))).toEqual(new Set([`${p.name} | ${p.manager}`]));
    const managerSteps = own.filter((r) => r['Owner role'] === 'Manager');
    expect(managerSteps.length).toBeGreaterThan(0);
    for (const r of managerSteps) expect([r.Owner, r['Owner email']]).toEqual([p.manager, p.managerEmail]);
    for (const r of own.filter((row) => row['Owner role'] === 'Employee')) expect(r.Owner).toBe(p.name);
  }
}

describe('trellis plan reads rosters as HR systems export them', () => {
  it.each([
    {
      file: 'bamboohr.csv',
      system: 'BambooHR: Last Name, First Name, Preferred Name, Work Email, Reports To, Supervisor Email, Employee #',
      notice: '',
      people: team('Marcus Webb', 'marcus.webb@example.com', [
        ['Liv Brennan', 'olivia.brennan@example.com'],
        ['Tomasz Kowalczyk', 'tomasz.kowalczyk@example.com'],
        ['Sade Adeyemi', 'folasade.adeyemi@example.com'],
      ]),
    },
    {
      file: 'workday.csv',
      system: 'Workday: Legal Name - First/Last Name, Preferred Name (the whole name), Business Title, Manager, Email - Primary Work',
      notice: `roster.csv ${NO_MANAGER_EMAIL}`,
      people: team('Priya Raman', '', [
        ['Logan McNeil', 'logan.mcneil@example.com'],
        ['Ines Duarte', 'ines.duarte@example.com'],
        ['Kwame Asante', 'kwame.asante@example.com'],
      ]),
    },
    {
      file: 'hibob.csv',
      system: 'HiBob: Display name beside First and Last name, Email, Job title, Reports to, Manager email',
      notice: '',
      people: team('Jonas Berg', 'jonas.berg@example.com', [
        ['Hannah Lindqvist', 'hannah.lindqvist@example.com'],
        ['Yusuf Demir', 'yusuf.demir@example.com'],
        ['Aoife Gallagher', 'aoife.gallagher@example.com'],
      ]),
    },
    {
      file: 'personio.csv',
      system: 'Personio: First name, Last name, Preferred name, Email, Position, Supervisor, ID',
      notice: `roster.csv ${NO_MANAGER_EMAIL}`,
      people: PERSONIO_TEAM,
    },
    {
      file: 'rippling.csv',
      system: 'Rippling: Legal first/last name, Preferred first name, Work email, Title, Manager, Manager - Work email',
      notice: '',
      people: team('Chris Park', 'chris.park@example.com', [
        ['Dani Ortiz', 'daniela.ortiz@example.com'],
        ['Ben Okoro', 'benjamin.okoro@example.com'],
        ['Mariko Tanaka', 'mariko.tanaka@example.com'],
      ]),
    },
  ])('$file ($system)', ({ file, notice, people }) => {
    const dir = tempDir();
    fixture(dir, join('hris', file), 'roster.csv');
    const run = trellis(dir, 'plan', 'roster.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual(notice ? [notice] : []);
    expectPeople(csvObjects(run.stdout), people);
  });

  it('a Personio export saved as Excel plans the same people as its CSV', async () => {
    const dir = tempDir();
    const rows = csvRows(readFileSync(join(FIXTURES, 'hris', 'personio.csv'), 'utf8'));
    await workbook(dir, 'personio.xlsx', [['Employees', rows]]);
    fixture(dir, join('hris', 'personio.csv'), 'personio.csv');
    const fromXlsx = trellis(dir, 'plan', 'personio.xlsx', '--today', TODAY);
    const fromCsv = trellis(dir, 'plan', 'personio.csv', '--today', TODAY);
    expect(fromXlsx.status, fromXlsx.stderr).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
    expectPeople(csvObjects(fromXlsx.stdout), PERSONIO_TEAM);
  });
});
