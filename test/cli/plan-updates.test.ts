// End-to-end: `trellis plan ROSTER --out PLANS --updates FILE` (contract section 11) through the real command. A step
// still as the extension saw it takes the new Status and the Note; one someone changed since, and a Key in no row,
// are skipped and told with their cell; nothing else of the table changes; exit 2 when anything was skipped.
import { beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, csvRows, fixture, PLAN_HEADER, read, type RunResult, TODAY, tempDir, toCsv, trellis, write } from './run';

const UPDATES_HEADER = ['Key', 'Status was', 'Status', 'Changed on', 'Note'];
const STATUS = PLAN_HEADER.indexOf('Status');
const NOTES = PLAN_HEADER.indexOf('Notes');
const ANA_GOALS = 'ana@example.com#goals-conversation';
const MEI_GOALS = 'mei@example.com#goals-conversation';
const ravi = 'ravi@example.com#goals-conversation';

/** A plans table made from the team roster, with a few of its cells changed as people would. */
function planned(dir: string, edits: Record<string, Record<string, string>> = {}): string[][] {
  fixture(dir, 'team.csv');
  expect(trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
  const rows = csvRows(read(dir, 'plans.csv'));
  for (const [key, cells] of Object.entries(edits)) {
    const row = rows.find((r) => r[0] === key)!;
    for (const [column, value] of Object.entries(cells)) row[PLAN_HEADER.indexOf(column)] = value;
  }
  write(dir, 'plans.csv', toCsv(rows));
  return rows;
}

describe('trellis plan --updates', () => {
  let dir: string;
  let before: string[][];
  let run: RunResult;
  let after: string[][];

  beforeAll(() => {
    dir = tempDir();
    before = planned(dir, { [MEI_GOALS]: { Status: 'Blocked' }, [ANA_GOALS]: { Notes: 'Booked for May' } });
    // As a spreadsheet may save it: a byte-order mark, the columns in another order.
    write(
      dir,
      'updates.csv',
      `\uFEFF${toCsv([
        ['Note', 'Status', 'Key', 'Status was', 'Changed on'],
        ['Talked it through', 'Done', ANA_GOALS, 'Not started', '2026-12-01'],
        ['', 'In progress', MEI_GOALS, 'Not started', '2026-12-01'],
        ['', 'Done', 'kim@example.com#goals-conversation', 'Not started', '2026-12-01'],
        ['', 'in progress', ravi.toUpperCase(), 'not started', '2026-12-02'],
      ])}`,
    );
    run = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--updates', 'updates.csv', '--today', TODAY);
    after = csvRows(read(dir, 'plans.csv'));
  });

  it('changes the Status (in the contract spelling) and appends the Note of the steps still as the extension saw them', () => {
    const row = (key: string) => after.find((r) => r[0] === key)!;
    expect(row(ANA_GOALS)[STATUS]).toBe('Done');
    expect(row(ANA_GOALS)[NOTES]).toBe('Booked for May\nTalked it through');
    expect(row(ravi)[STATUS]).toBe('In progress');
  });

  it('changes nothing else of the table', () => {
    const blank = (rows: string[][]) =>
      rows.map((r) => (r[0] === ANA_GOALS || r[0] === ravi ? r.map((c, i) => (i === STATUS || i === NOTES ? '' : c)) : r));
    expect(blank(after)).toEqual(blank(before));
  });

  it('tells each skipped update with its cell, and exits 2', () => {
    expect(run.status, run.stderr).toBe(2);
    const mei = after.findIndex((r) => r[0] === MEI_GOALS) + 1;
    expect(run.errLines).toContain(`plans.csv:L${mei}: Status is now Blocked, the update expected Not started: skipped`);
    expect(run.errLines).toContain('updates.csv:C4: no row of plans.csv has the Key kim@example.com#goals-conversation: skipped');
    expect(run.errLines).toContain('Applied 2 status updates from updates.csv to plans.csv.');
    expect(run.errLines.at(-1)).toMatch(/^2 status updates were not applied, each told above with its cell/);
  });

  it('a second run changes nothing: the steps already have their new Status', () => {
    write(
      dir,
      'again.csv',
      toCsv([
        UPDATES_HEADER,
        [ANA_GOALS, 'Not started', 'Done', '2026-12-01', 'Talked it through'],
        [ravi, 'Not started', 'In progress', '', ''],
      ]),
    );
    const text = read(dir, 'plans.csv');
    const again = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--updates', 'again.csv', '--today', TODAY);
    expect(again.status, again.stderr).toBe(0);
    expect(again.errLines).toContain('Applied 0 status updates from again.csv to plans.csv (2 steps already had their new Status).');
    expect(read(dir, 'plans.csv')).toBe(text);
  });
});

describe('trellis plan --updates refuses what it cannot apply', () => {
  it('applies to the refreshed table: a cell names the row in the file as written, after new rows went in', () => {
    const dir = tempDir();
    planned(dir);
    // Ana is planned again with a new person before Mei: the refresh adds rows, and the cells follow the written file.
    write(dir, 'team.csv', `${read(dir, 'team.csv')}Kim Park,kim@example.com,Developer,Sam Okafor,sam@example.com,technical,,\n`);
    write(dir, 'updates.csv', toCsv([UPDATES_HEADER, ['kim@example.com#goals-conversation', 'In progress', 'Done', '2026-12-01', '']]));
    const run = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--updates', 'updates.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    const rows = csvObjects(read(dir, 'plans.csv'));
    const line = rows.findIndex((r) => r.Key === 'kim@example.com#goals-conversation') + 2;
    expect(run.errLines).toContain(`plans.csv:L${line}: Status is now Not started, the update expected In progress: skipped`);
  });

  it.each<[string, string[][], string]>([
    [
      'an unknown Status',
      [UPDATES_HEADER, [ANA_GOALS, 'Not started', 'Finished', '2026-12-01', '']],
      'updates.csv:C2: unknown status "Finished"',
    ],
    [
      'a Changed on that is not a day',
      [UPDATES_HEADER, [ANA_GOALS, 'Not started', 'Done', '12/1/2026', '']],
      'updates.csv:D2: "12/1/2026" is not a date',
    ],
  ])('leaves out a row with %s, with its cell, writes the rest and exits 2', (_, rows, line) => {
    const dir = tempDir();
    planned(dir);
    write(dir, 'updates.csv', toCsv(rows));
    const run = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--updates', 'updates.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(
      run.errLines.find((l) => l.startsWith(line)),
      run.stderr,
    ).toBeDefined();
    expect(csvObjects(read(dir, 'plans.csv')).find((r) => r.Key === ANA_GOALS)!.Status).toBe('Not started');
  });

  it.each<[string, string[], RegExp]>([
    ['without --out', ['plan', 'team.csv', '--updates', 'updates.csv'], /--updates updates.csv needs --out PLANS/],
    ['with a document --out', ['plan', 'team.csv', '--out', 'plans.md', '--updates', 'updates.csv'], /needs --out PLANS/],
    [
      'with a file that is not an updates file',
      ['plan', 'team.csv', '--out', 'plans.csv', '--updates', 'team.csv'],
      /team.csv:A1: not a Trellis status updates file: no Key, Status was, Status columns/,
    ],
  ])('stops %s, writing nothing (exit 1)', (_, args, message) => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    write(dir, 'updates.csv', toCsv([UPDATES_HEADER]));
    const run = trellis(dir, ...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(() => read(dir, 'plans.csv')).toThrow();
  });

  it('--help tells the option', () => {
    expect(trellis(tempDir(), 'plan', '--help').stdout).toMatch(/--updates FILE\s+with --out: after the refresh, apply the status updates/);
  });
});
