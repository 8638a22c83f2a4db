// End-to-end: `trellis status PLANS…` (contract section 10) on a folder of team files as HR collects them.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIXTURES,
  PLAN_HEADER,
  STATUS_HEADER,
  TODAY,
  csvObjects,
  csvRows,
  expectFatal,
  tempDir,
  trellis,
  trellisInTerminal,
  trellisWith,
} from './run';
import { workbook } from './workbook';

/** The org fixture in a temp dir, with the sales team's plans downloaded from Sheets (an .xlsx, Plans not first). */
async function org(): Promise<string> {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'org'), join(dir, 'org'), { recursive: true });
  mkdirSync(join(dir, 'org/sales'));
  await workbook(join(dir, 'org/sales'), 'plans.xlsx', [
    ['Read me', [['Sales team plans']]],
    [
      'Plans',
      [
        PLAN_HEADER,
        [
          'dee@example.com#goals-conversation',
          'Dee Wu',
          'dee@example.com',
          'Lee Park',
          'Specialist',
          'Account Director',
          'Goals conversation',
          'Dee Wu',
          'Employee',
          'dee@example.com',
          '2026-11-01',
          'Done',
          '',
        ],
      ],
    ],
  ]);
  // Excel's lock file beside an open workbook: not a table, never read.
  writeFileSync(join(dir, 'org/sales/~$plans.xlsx'), 'locked by Lee Park');
  return dir;
}

const ANA = 'org/design/plans.csv';
const CARA = 'org/engineering/backend/plans.csv';
const ROSTER = 'org/engineering/roster.csv';
const DEE = 'org/sales/plans.xlsx';

/** Who is reported, from which file, with the numbers HR reads. */
const picked = (rows: Record<string, string>[]) =>
  rows.map((r) => [r.Person, r.Email, r.Steps, r.Done, r.Overdue, r['Percent done'], r['Next step'], r['Plan signed'], r.Source]);

const EXPECTED = [
  ['Ana Lopez', 'ana@example.com', '3', '2', '1', '67', 'Manager signs the plan', 'No', ANA],
  ['Ben Ito', 'ben@example.com', '1', '0', '0', '0', 'Goals conversation', 'No', ANA],
  ['Cara Diaz', 'cara@example.com', '2', '1', '1', '50', 'Learning budget agreed', 'No', CARA],
  ['Dee Wu', 'dee@example.com', '1', '1', '0', '100', '', 'No', DEE],
];

describe('trellis status on a folder of team files', () => {
  it('reads every .csv and .xlsx under the folder in path order, adds Source, and exits 2 for the roster it passed over', async () => {
    const dir = await org();
    const result = trellis(dir, 'status', 'org', '--today', TODAY);
    expect(result.status).toBe(2);
    expect(csvRows(result.stdout)[0]).toEqual([...STATUS_HEADER, 'Source']);
    expect(picked(csvObjects(result.stdout))).toEqual(EXPECTED);
    expect(result.errLines).toEqual([
      `${CARA}: Ana Lopez (ANA@Example.com) is also planned in ${ANA}; counted once, from ${ANA}`,
      expect.stringMatching(new RegExp(`^${ROSTER} is a roster .*trellis plan ${ROSTER} .*; passed over, the other files are read$`)),
    ]);
    // Hidden files and Excel's lock files are not read, so they are not reported either.
    expect(result.stderr).not.toMatch(/draft|~\$/);
  });

  it('reads files in the order given: a person in two teams is counted from the file given first', async () => {
    const dir = await org();
    const result = trellis(dir, 'status', CARA, ANA, '--today', TODAY);
    expect(result.status).toBe(2);
    const rows = csvObjects(result.stdout);
    expect(rows.map((r) => [r.Person, r.Email, r['Target role'], r.Source])).toEqual([
      ['Cara Diaz', 'cara@example.com', 'Principal Engineer', CARA],
      ['Ana Lopez', 'ANA@Example.com', 'Staff Engineer', CARA],
      ['Ben Ito', 'ben@example.com', 'Staff Designer', ANA],
    ]);
    expect(result.errLines).toEqual([`${ANA}: Ana Lopez (ana@example.com) is also planned in ${CARA}; counted once, from ${CARA}`]);
  });

  it('gives Source in JSON and in the terminal table', async () => {
    const dir = await org();
    const json = JSON.parse(trellis(dir, 'status', ANA, DEE, '--today', TODAY, '--format', 'json').stdout);
    expect(json.map((r: Record<string, unknown>) => [r.Person, r.Steps, r.Source])).toEqual([
      ['Ana Lopez', 3, ANA],
      ['Ben Ito', 1, ANA],
      ['Dee Wu', 1, DEE],
    ]);
    const table = trellisInTerminal(dir, 'status', ANA, DEE, '--today', TODAY);
    expect(table.status).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^Person .* Signed {2}Source$/);
    expect(lines.find((line) => line.startsWith('Dee Wu'))).toMatch(/org\/sales\/plans\.xlsx$/);
  });

  it('one file reads as it always has: no Source column', async () => {
    const dir = await org();
    const result = trellis(dir, 'status', CARA, '--today', TODAY);
    expect(result.status).toBe(0);
    expect(csvRows(result.stdout)[0]).toEqual(STATUS_HEADER);
    expect(csvObjects(result.stdout).map((r) => r.Person)).toEqual(['Cara Diaz', 'Ana Lopez']);
  });

  it('passes over a file it cannot read, says why, and writes the rest', async () => {
    const dir = await org();
    writeFileSync(join(dir, 'org/design/export.csv'), Buffer.from([0x50, 0x00, 0x4b, 0x03]));
    const result = trellis(dir, 'status', 'org/design', '--today', TODAY, '--out', 'status.csv');
    expect(result.status).toBe(2);
    expect(result.errLines).toEqual([
      'org/design/export.csv looks like a binary file, not text: export the sheet as CSV (UTF-8) and try again; passed over, the other files are read',
      'Wrote the plan status of 2 people to status.csv.',
    ]);
  });

  it('reports a Status or Due it cannot read with its file and cell', async () => {
    const dir = await org();
    const bad = [
      'eve@example.com#goals-conversation',
      'Eve Ng',
      'eve@example.com',
      'Lee Park',
      'Mentor',
      'Lead',
      'Goals',
      'Eve Ng',
      'Employee',
      'eve@example.com',
      'soon',
      'Finished',
      '',
    ];
    writeFileSync(join(dir, 'org/design/later.csv'), `${PLAN_HEADER.join(',')}\n${bad.join(',')}\n`);
    const result = trellis(dir, 'status', 'org/design', '--today', TODAY);
    expect(result.status).toBe(2);
    expect(result.errLines).toEqual([
      'org/design/later.csv:L2: unknown status "Finished" (use Not started, In progress, Done, Blocked, Skipped); counted as not done',
      'org/design/later.csv:K2: due "soon" is not a date (YYYY-MM-DD); counted as undated',
    ]);
    expect(csvObjects(result.stdout).map((r) => [r.Person, r.Source])).toEqual([
      ['Eve Ng', 'org/design/later.csv'],
      ['Ana Lopez', ANA],
      ['Ben Ito', ANA],
    ]);
  });

  it('refuses, writing nothing, a folder with no plans file and an --out among the inputs', async () => {
    const dir = await org();
    mkdirSync(join(dir, 'empty/.git'), { recursive: true });
    writeFileSync(join(dir, 'empty/.git/plans.csv'), PLAN_HEADER.join(','));
    expectFatal(
      trellis(dir, 'status', 'empty', '--today', TODAY),
      /^trellis status: no \.csv or \.xlsx file in empty: give the plans files/,
    );
    expectFatal(trellis(dir, 'status', 'org', '--out', ANA, '--today', TODAY), /is the plans table itself \(org\/design\/plans\.csv\)/);
  });

  it('says why each file was passed over when none is left to report on (exit 1, nothing written)', async () => {
    const dir = await org();
    const result = trellis(dir, 'status', ROSTER, 'org/missing.csv', '--today', TODAY);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.errLines).toEqual([
      expect.stringMatching(new RegExp(`^${ROSTER} is a roster .*; passed over, the other files are read$`)),
      expect.stringMatching(/^org\/missing\.csv: no such file; check the path .*; passed over, the other files are read$/),
      expect.stringMatching(/^trellis status: .*nobody to report on$/),
    ]);
  });

  // Many files are read on every core (cli/status-threads.ts); what a person sees must not depend on how many.
  it.each([
    ['the status', ['status', 'org']],
    ['the per-manager roll-up', ['status', 'org', '--by', 'manager']],
    ['a person in two teams, given out of path order', ['status', CARA, 'org', ANA]],
    ['JSON', ['status', 'org', '--format', 'json']],
  ])('reads %s on several threads exactly as on one', async (_, args) => {
    const dir = await org();
    const one = trellisWith({ TRELLIS_THREADS: '1' }, dir, ...args, '--today', TODAY);
    expect(one.status).toBe(2);
    for (const threads of ['2', '3', '']) {
      expect(trellisWith({ TRELLIS_THREADS: threads }, dir, ...args, '--today', TODAY)).toEqual(one);
    }
  });

  it.each(['0', 'two', '1.5', '-2'])('refuses TRELLIS_THREADS=%s, saying what it takes', async (threads) => {
    const dir = await org();
    expectFatal(
      trellisWith({ TRELLIS_THREADS: threads }, dir, 'status', 'org', '--today', TODAY),
      /^trellis status: TRELLIS_THREADS=.*: give a whole number of threads, 1 or more/,
    );
  });
});
