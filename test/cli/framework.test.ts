// `trellis framework` and `trellis plan --framework` (contract section 12), through the real built command.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvObjects, csvRows, expectFatal, listing, read, REPO, snapshot, TODAY, tempDir, toCsv, trellis, write } from './run';
import { workbook } from './workbook';

const ROSTER = join(REPO, 'examples/roster.csv');

/** A temp dir with the defaults written out into `fw/` (and as fw.xlsx). */
function withDefaults(): string {
  const dir = tempDir();
  expect(trellis(dir, 'framework', '--out', 'fw').status).toBe(0);
  expect(trellis(dir, 'framework', '--out', 'fw.xlsx').status).toBe(0);
  return dir;
}

describe('trellis framework --out', () => {
  it('writes the defaults as levels.csv and steps.csv, and says so', () => {
    const dir = tempDir();
    const run = trellis(dir, 'framework', '--out', 'fw');
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual([
      `Wrote the default career framework (5 levels and ${csvRows(read(dir, 'fw/steps.csv')).length - 1} steps) to fw/levels.csv and fw/steps.csv.`,
    ]);
    expect(csvRows(read(dir, 'fw/levels.csv'))).toEqual([
      ['Track', 'Level', 'Title', 'Also known as', 'Expectations'],
      ['Built-in', '1', 'Developer', '', ''],
      ['Built-in', '2', 'Senior Developer', '', ''],
      ['Built-in', '3', 'Lead Developer', '', ''],
      ['Built-in', '4', 'Software Architect', '', ''],
      ['Built-in', '5', 'Principal Engineer', '', ''],
    ]);
    const steps = csvObjects(read(dir, 'fw/steps.csv'));
    expect(steps[0]).toMatchObject({ Path: 'All paths', 'Step id': 'goals-reflection', 'Owner role': 'Employee', 'Offset days': '5' });
    expect(new Set(steps.map((s) => s.Path))).toEqual(
      new Set(['All paths', 'Technical ladder', 'Subject-matter expert', 'Mentor', 'Management', 'Undecided']),
    );
  });

  it('never writes over a framework that is there, and needs --out', () => {
    const dir = withDefaults();
    write(dir, 'fw/levels.csv', 'Track,Level,Title\nData,1,Analyst\n');
    const before = snapshot(dir, 'fw/levels.csv');
    expectFatal(trellis(dir, 'framework', '--out', 'fw'), /fw\/levels\.csv already exists and may hold your edits; it was left untouched/);
    expectFatal(trellis(dir, 'framework', '--out', 'fw.xlsx'), /fw\.xlsx already exists/);
    expect(snapshot(dir, 'fw/levels.csv')).toEqual(before);
    expectFatal(trellis(dir, 'framework'), /needs --out FOLDER or --out FILE\.xlsx/);
  });
});

describe('trellis plan --framework with the defaults as written', () => {
  const dir = withDefaults();
  it.each([
    ['csv', 'fw'],
    ['csv', 'fw.xlsx'],
    ['md', 'fw'],
    ['text', 'fw.xlsx'],
  ])('plans byte for byte as without it (%s, %s)', (format, fw) => {
    const without = trellis(dir, 'plan', ROSTER, '--today', TODAY, '--format', format);
    const withIt = trellis(dir, 'plan', ROSTER, '--today', TODAY, '--format', format, '--framework', fw);
    expect(withIt.status, withIt.stderr).toBe(0);
    expect(withIt.stdout).toBe(without.stdout);
    expect(withIt.stderr).toBe(without.stderr);
  });
});

describe("trellis plan --framework with a company's own framework", () => {
  const LEVELS = [
    ['Track', 'Level', 'Title', 'Also known as', 'Expectations'],
    ['Engineering', '1', 'Software Engineer I', 'SWE I', ''],
    ['Engineering', '2', 'Software Engineer II', 'SDE 2', ''],
    ['Engineering', '3', 'Senior Software Engineer', '', 'Leads a feature from design to launch'],
    ['Engineering', '3', 'Lead Engineer', '', ''],
  ];
  const STEPS = [
    ['Path', 'Step id', 'Step', 'Owner role', 'Offset days', 'Why', 'Done when', 'Replaces'],
    ['Data Science', 'ship-model', 'Ship a model with {manager}', 'Employee', '60', 'Impact', 'In production', ''],
    ['Technical ladder', 'write-rfc', 'Write an RFC toward {target}', 'Employee', 'soon', '', '', ''],
    ['Mentor', 'coach', 'Coach a new starter', 'Team lead', '10', '', '', 'bogus'],
  ];
  const roster = toCsv([
    ['Name', 'Email', 'Role', 'Manager', 'Manager email', 'Path'],
    ['Ana Lopez', 'ana@example.com', 'SDE II', 'Sam Okafor', 'sam@example.com', 'technical'],
    ['Ben Hart', 'ben@example.com', 'Analyst', 'Sam Okafor', 'sam@example.com', 'data science'],
  ]);

  function company(): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'fw'));
    write(dir, 'fw/levels.csv', toCsv(LEVELS));
    write(dir, 'fw/steps.csv', toCsv(STEPS));
    write(dir, 'team.csv', roster);
    return dir;
  }

  it('plans with its ladder and its new path, tells each problem with its file and cell, and exits 2', () => {
    const dir = company();
    const run = trellis(dir, 'plan', 'team.csv', '--today', TODAY, '--framework', 'fw', '--out', 'plans.csv');
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      'fw/levels.csv:B5: repeated level 3 of track "Engineering" (first at B4)',
      'fw/steps.csv:E3: Offset days "soon" is not a whole number of days from 0 to 3650',
      'fw/steps.csv:D4: Owner role "Team lead" is neither Employee nor Manager',
      'fw/steps.csv:H4: Replaces "bogus" is not a built-in step id here: path "Mentor" has no such step',
      'Planned 2 people (17 steps) into plans.csv.',
      '4 problems in the framework: those rows were left out; fix them and run again.',
    ]);
    const rows = csvObjects(read(dir, 'plans.csv'));
    const ana = rows.filter((r) => r.Email === 'ana@example.com');
    expect(new Set(ana.map((r) => r['Target role']))).toEqual(new Set(['Senior Software Engineer']));
    expect(ana.find((r) => r.Key!.endsWith('#map-target-gap'))!.Step).toMatch(
      /What Senior Software Engineer expects: Leads a feature from design to launch$/,
    );
    expect(rows.some((r) => r.Key!.endsWith('#write-rfc'))).toBe(false);
    const ben = rows.filter((r) => r.Email === 'ben@example.com');
    expect(new Set(ben.map((r) => r.Path))).toEqual(new Set(['Data Science']));
    expect(ben.find((r) => r.Key!.endsWith('#ship-model'))).toMatchObject({ Step: 'Ship a model with Sam Okafor', Owner: 'Ben Hart' });
  });

  it('writes each plan with its own steps’ why and done-when, and its new path’s name', () => {
    const run = trellis(company(), 'plan', 'team.csv', '--today', TODAY, '--framework', 'fw', '--format', 'md');
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('- **Path:** Data Science\n');
    expect(run.stdout).toContain(
      '- [ ] Ship a model with Sam Okafor (due 27 Jan 2027; Not started)\n  - **Why:** Impact\n  - **Done when:** In production\n',
    );
  });

  it.each([
    [
      'a framework with no usable row',
      { 'fw/levels.csv': toCsv(LEVELS.slice(0, 1)), 'fw/steps.csv': toCsv(STEPS.slice(0, 1)) },
      /^trellis plan: fw: no usable row in the Levels or Steps table: every row was blank or left out; nothing was written$/,
    ],
    [
      'a Steps table with no Owner role column',
      { 'fw/steps.csv': 'Path,Step id,Step,Offset days\n' },
      /^trellis plan: fw\/steps\.csv:A1: no Owner role column in the Steps table; nothing was written$/,
    ],
    [
      'a folder with no levels.csv',
      { 'fw/levels.csv': null },
      /^trellis plan: fw holds no levels\.csv: a framework folder holds levels\.csv and steps\.csv/,
    ],
  ])('is fatal with %s: exit 1, nothing written', (_, files, message) => {
    const dir = company();
    for (const [name, text] of Object.entries(files)) {
      if (text === null) rmSync(join(dir, name));
      else write(dir, name, text);
    }
    const before = listing(dir);
    const run = trellis(dir, 'plan', 'team.csv', '--today', TODAY, '--framework', 'fw', '--out', 'plans.csv');
    expect(run.status).toBe(1);
    expect(run.errLines.at(-1)).toMatch(message);
    expect(listing(dir)).toEqual(before);
  });

  it('names a workbook problem by its sheet and cell, with numbers typed as numbers', async () => {
    const dir = company();
    const steps = STEPS.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 4 && /^\d+$/.test(cell) ? Number(cell) : cell))));
    await workbook(dir, 'fw.xlsx', [
      ['Levels', LEVELS.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 1 ? Number(cell) : cell))))],
      ['Steps', steps],
    ]);
    const run = trellis(dir, 'plan', 'team.csv', '--today', TODAY, '--framework', 'fw.xlsx', '--out', 'plans.csv');
    expect(run.status).toBe(2);
    expect(run.errLines.slice(0, 2)).toEqual([
      `fw.xlsx:'Levels'!B5: repeated level 3 of track "Engineering" (first at B4)`,
      `fw.xlsx:'Steps'!E3: Offset days "soon" is not a whole number of days from 0 to 3650`,
    ]);
    expect(csvObjects(read(dir, 'plans.csv')).some((r) => r.Key!.endsWith('#ship-model'))).toBe(true);
  });

  it('a workbook with no Steps sheet is fatal, and says what a framework workbook holds', async () => {
    const dir = company();
    await workbook(dir, 'fw.xlsx', [['Levels', LEVELS]]);
    expectFatal(
      trellis(dir, 'plan', 'team.csv', '--framework', 'fw.xlsx'),
      /^trellis plan: fw\.xlsx has no sheet named Steps: a framework workbook has sheets Levels and Steps \(trellis framework --out writes one to start from\)$/,
    );
  });

  it('refuses a --framework that is neither a folder nor a workbook', () => {
    const dir = company();
    expectFatal(
      trellis(dir, 'plan', 'team.csv', '--framework', 'fw/levels.csv'),
      /--framework fw\/levels\.csv: give a folder holding levels\.csv and steps\.csv, or an \.xlsx file/,
    );
  });

  it('a refresh with the framework sees a move from its new path back to a built-in one, and closes the new path’s steps', () => {
    const dir = company();
    expect(trellis(dir, 'plan', 'team.csv', '--today', TODAY, '--framework', 'fw', '--out', 'plans.csv').status).toBe(2);
    write(dir, 'team.csv', roster.replace('data science', 'Technical ladder'));
    const run = trellis(dir, 'plan', 'team.csv', '--today', '2027-02-01', '--framework', 'fw', '--out', 'plans.csv');
    expect(run.errLines).toContainEqual(
      expect.stringMatching(/^plans\.csv: Ben Hart \(ben@example\.com\) changed path from Data Science to Technical ladder: /),
    );
    const ben = csvObjects(read(dir, 'plans.csv')).filter((r) => r.Email === 'ben@example.com');
    expect(ben.find((r) => r.Key!.endsWith('#ship-model'))).toMatchObject({
      Status: 'Skipped',
      Notes: 'Closed on 2027-02-01: path changed to Technical ladder',
    });
    expect(ben.filter((r) => r.Key!.endsWith('#sign-off-employee-2'))).toMatchObject([{ Path: 'Technical ladder' }]);
  });

  it('a roster naming the new path without the framework is told so, with its cell', () => {
    const run = trellis(company(), 'plan', 'team.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines[0]).toMatch(/^team\.csv:F3: unknown path "data science"/);
  });
});
