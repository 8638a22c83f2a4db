// What a person typed survives a refresh even when it looks odd: a blanked Key, a leading apostrophe in a JSON
// plans file, an email written another way. And what would break a Key is refused with its cell.
import { describe, expect, it } from 'vitest';
import { TODAY, csvRows, expectFatal, read, tempDir, toCsv, trellis, write } from './run';

const HEADER = ['Name', 'Email', 'Role', 'Manager', 'Manager email', 'Path'];
const ANA = ['Ana Lopez', 'ana@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical'];

function plannedCsv(roster: string[][] = [HEADER, ANA]): string {
  const dir = tempDir();
  write(dir, 'roster.csv', toCsv(roster));
  expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
  return dir;
}

describe('a refresh keeps what was typed', () => {
  it('a blanked Key on a generated row is matched back by person and step, not added again', () => {
    const dir = plannedCsv();
    const rows = csvRows(read(dir, 'plans.csv'));
    rows[2]![0] = '';
    rows[2]![12] = 'my note';
    write(dir, 'plans.csv', toCsv(rows));
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toContain(
      'plans.csv: 1 row with an empty Key has the person and Step of a planned step; kept as they are and not added again (type the Key back to link them for good)',
    );
    expect(run.errLines.at(-1)).toBe(`Refreshed plans.csv: kept ${rows.length - 1} rows, added 0.`);
    expect(csvRows(read(dir, 'plans.csv'))).toEqual(rows);
  });

  it('a JSON plans file keeps a leading apostrophe a person typed', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv([HEADER, ANA]));
    expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.json', '--today', TODAY).status).toBe(0);
    const rows = JSON.parse(read(dir, 'plans.json')) as Record<string, string>[];
    rows[0]!.Notes = "'=quoted on purpose";
    rows[1]!.Notes = "'tis the season";
    write(dir, 'plans.json', JSON.stringify(rows, null, 2));
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.json', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    const after = JSON.parse(read(dir, 'plans.json')) as Record<string, string>[];
    expect(after.map((r) => r.Notes).slice(0, 2)).toEqual(["'=quoted on purpose", "'tis the season"]);
  });

  it.each([
    ['a number', 5, /plans\.json:M2: "Notes" of row 1 is a number \(5\), not text: put the value in quotes/],
    ['a list', ['a'], /plans\.json:M2: "Notes" of row 1 is a list, not text/],
    ['an object', { a: 1 }, /plans\.json:M2: "Notes" of row 1 is an object, not text/],
    ['true', true, /plans\.json:M2: "Notes" of row 1 is a boolean \(true\), not text/],
  ])('a JSON plans file with %s for a value is refused with its cell, and left as it was', (_, value, message) => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv([HEADER, ANA]));
    expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.json', '--today', TODAY).status).toBe(0);
    const rows = JSON.parse(read(dir, 'plans.json')) as Record<string, unknown>[];
    rows[0]!.Notes = value;
    const text = JSON.stringify(rows, null, 2);
    write(dir, 'plans.json', text);
    expectFatal(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.json', '--today', TODAY), message);
    expect(read(dir, 'plans.json')).toBe(text);
  });
});

describe('emails that are the same person', () => {
  it.each([
    ['upper case', 'ANA@EXAMPLE.COM'],
    ['a zero-width space', 'ana@exam\u200Bple.com'],
    ['a byte-order mark', '\uFEFFana@example.com'],
  ])("a roster that writes Ana's email with %s refreshes her plan without adding a row", (_, email) => {
    const dir = plannedCsv();
    write(dir, 'roster.csv', toCsv([HEADER, [ANA[0]!, email, ...ANA.slice(2)]]));
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines.at(-1)).toMatch(/, added 0\.$/);
  });

  it('a plan made for a Unicode domain is refreshed from its punycode form without adding a row', () => {
    const dir = plannedCsv([HEADER, [ANA[0]!, 'ana@b\u00FCcher.de', ...ANA.slice(2)]]);
    write(dir, 'roster.csv', toCsv([HEADER, [ANA[0]!, 'ana@xn--bcher-kva.de', ...ANA.slice(2)]]));
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines.at(-1)).toMatch(/, added 0\.$/);
  });

  it.each([
    ['decomposed (NFD) and composed (NFC) accents', 'jose\u0301@example.com', 'jos\u00E9@example.com'],
    ['a Unicode domain and its punycode', 'ana@b\u00FCcher.de', 'ana@xn--bcher-kva.de'],
    ['a zero-width joiner', 'ana@example.com', 'an\u200Da@example.com'],
  ])('%s are one person: the second row is a duplicate, with its cell', (_, first, second) => {
    const dir = tempDir();
    write(
      dir,
      'roster.csv',
      toCsv([
        ['Name', 'Email'],
        ['Ana', first],
        ['Ana again', second],
        ['Bo', 'bo@example.com'],
      ]),
    );
    const run = trellis(dir, 'plan', 'roster.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines[0]).toMatch(/^roster\.csv:B3: duplicate email ".*" \(first at B2\)$/);
  });

  it.each([
    ['a #', 'ana#1@example.com'],
    ['a space', 'ana lopez@example.com'],
  ])('an email with %s, which would break a Key, is rejected with its cell', (_, email) => {
    const dir = tempDir();
    write(
      dir,
      'roster.csv',
      toCsv([
        ['Name', 'Email'],
        ['Ana', email],
        ['Bo', 'bo@example.com'],
      ]),
    );
    const run = trellis(dir, 'plan', 'roster.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines[0]).toBe(
      `roster.csv:B2: malformed email "${email}": an email cannot hold "#" or a space (each plan row's Key is <email>#<step>)`,
    );
  });
});
