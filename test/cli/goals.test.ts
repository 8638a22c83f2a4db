// End-to-end: `trellis goals ROSTER --out GOALS`, the career goals template (contract section 8), written and then
// refreshed after a manager typed the conversation's answers into it.
import { describe, expect, it } from 'vitest';
import { csvRows, expectFatal, read, snapshot, tempDir, toCsv, trellis, write } from './run';

const GOALS_HEADER = [
  'Email',
  'Person',
  'Conversation date',
  'How the job feels',
  'Progressing as wanted',
  "What's next",
  'Steps to get there',
  'How long',
  'Manager support',
  'Short-term goal',
  'Long-term goal',
  'Not wanted',
  'Target date',
];
const ROSTER = [
  ['Name', 'Email', 'Path'],
  ['Ana Lopez', 'ana@example.com', 'technical'],
  ['Bo Chen', 'bo@example.com', 'mentor'],
];

describe('trellis goals', () => {
  it('writes one row per roster person, Email and Person filled, in the contract columns', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    const run = trellis(dir, 'goals', 'roster.csv', '--out', 'goals.csv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual(['Wrote the career goals template for 2 people to goals.csv.']);
    const rows = csvRows(read(dir, 'goals.csv'));
    expect(rows[0]).toEqual(GOALS_HEADER);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['ana@example.com', 'Ana Lopez', ''],
      ['bo@example.com', 'Bo Chen', ''],
    ]);
  });

  it('prints the template without --out', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    const run = trellis(dir, 'goals', 'roster.csv');
    expect(run.status).toBe(0);
    expect(csvRows(run.stdout)).toHaveLength(3);
  });

  it('a refresh keeps every typed answer exactly, columns of the user own included, and adds only new people', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    expect(trellis(dir, 'goals', 'roster.csv', '--out', 'goals.csv').status).toBe(0);
    const rows = csvRows(read(dir, 'goals.csv')).map((r) => [...r, '']);
    rows[0]![13] = 'My column';
    rows[1]![3] = 'Good, but stuck on maintenance.\nWants design work.';
    rows[1]![5] = '=Lead the API redesign';
    rows[1]![2] = '2026-11-30';
    rows[2]![13] = 'follow up in January';
    write(dir, 'goals.csv', toCsv(rows));
    write(dir, 'roster.csv', toCsv([...ROSTER, ['Cy Diaz', 'cy@example.com', '']]));
    const run = trellis(dir, 'goals', 'roster.csv', '--out', 'goals.csv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual(['Refreshed goals.csv: kept 2 rows, added 1 person.']);
    const after = csvRows(read(dir, 'goals.csv'));
    expect(after.slice(0, 3).map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, '')))).toEqual(rows);
    expect(after[3]!.slice(0, 2)).toEqual(['cy@example.com', 'Cy Diaz']);
    expect(trellis(dir, 'goals', 'roster.csv', '--out', 'goals.csv').errLines).toEqual([
      'Refreshed goals.csv: kept 3 rows, added 0 people.',
    ]);
  });

  it('tells problems in the goals file with their cells, keeps the file whole, exits 2', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    write(
      dir,
      'goals.csv',
      toCsv([GOALS_HEADER, ['ana@example.com', 'Ana', 'yesterday'], ['ANA@example.com', 'Ana again'], ['left@example.com', 'Lee']]),
    );
    const run = trellis(dir, 'goals', 'roster.csv', '--out', 'goals.csv');
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      'goals.csv:C2: "yesterday" is not a date written YYYY-MM-DD; that field was ignored',
      'goals.csv:A3: duplicate email "ANA@example.com" (first at A2)',
      'goals.csv:A4: left@example.com is not on the roster; the row is kept, and used for no plan',
      'Refreshed goals.csv: kept 3 rows, added 1 person.',
      '2 problems: those rows were left out or those cells ignored; fix them and run again.',
    ]);
    expect(csvRows(read(dir, 'goals.csv')).map((r) => r[0])).toEqual([
      'Email',
      'ana@example.com',
      'ANA@example.com',
      'left@example.com',
      'bo@example.com',
    ]);
  });

  it.each([
    [
      'a goals file with no Email column',
      'goals.csv',
      toCsv([
        ['Name', 'Next'],
        ['Ana', 'x'],
      ]),
      /goals\.csv:A1: no Email column .*; it was left untouched/,
    ],
    [
      'an --out that is not CSV',
      'goals.json',
      '[]',
      /--out goals\.json: the career goals template is a CSV or Excel file; give a name ending \.csv or \.xlsx/,
    ],
  ])('%s is refused, and the file is left as it was', (_, name, text, message) => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    write(dir, name, text);
    const before = snapshot(dir, name);
    expectFatal(trellis(dir, 'goals', 'roster.csv', '--out', name), message);
    expect(snapshot(dir, name)).toEqual(before);
  });
});
