// End-to-end: `trellis plan ROSTER --out PLANS` over a plans table a user has edited (contract section 2, refresh).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PLAN_HEADER,
  TODAY,
  byHeader,
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
  type RunResult,
} from './run';

const ROSTER_HEADER = 'Name,Email,Role,Manager,Manager email,Path,Target role,Focus area';

const ROSTER_V1 = [
  ROSTER_HEADER,
  'Ana Lopez,ana@example.com,Developer,Sam Okafor,sam@example.com,technical,,',
  'Bob Stone,bob@example.com,Network Engineer,Sam Okafor,sam@example.com,expert,,network security',
  'Cara Diaz,cara@example.com,Developer,Priya Nair,priya@example.com,mentor,,',
  '=Gus Eq,gus@example.com,Developer,Priya Nair,priya@example.com,,,',
].join('\n');

// Eli is new (listed first), Ana moved from the technical ladder to mentoring, Cara left, Dan is new (listed last).
const ROSTER_V2 = [
  ROSTER_HEADER,
  'Eli Park,eli@example.com,Developer,Sam Okafor,sam@example.com,technical,,',
  'Ana Lopez,ANA@example.com,Developer,Sam Okafor,sam@example.com,mentor,,',
  'Bob Stone,bob@example.com,Network Engineer,Sam Okafor,sam@example.com,expert,,network security',
  '=Gus Eq,gus@example.com,Developer,Priya Nair,priya@example.com,,,',
  'Dan Ito,dan@example.com,Senior Developer,Priya Nair,priya@example.com,ic,,',
].join('\n');

const NOTE = 'Talked about "stretch" work, design reviews, and\na move to mentoring; follow up in Q1.';

const col = (name: string) => PLAN_HEADER.indexOf(name);
const KEY = col('Key');
const EMAIL = col('Email');

describe('refresh of an edited plans.csv', () => {
  let dir: string;
  let first: RunResult;
  let second: RunResult;
  /** The table as the user saved it, header first. */
  let edited: string[][];
  /** The table after the refresh, header first. */
  let after: string[][];
  let oldKeys: Set<string>;

  beforeAll(() => {
    dir = tempDir();
    write(dir, 'roster.csv', ROSTER_V1);
    first = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);

    // The user edits the table: statuses, notes, a column of their own and rows of their own; then saves it.
    const rows = csvRows(read(dir, 'plans.csv'));
    const header = [...rows[0]!, 'Comments'];
    const body = rows.slice(1).map((r) => [...r, '']);
    const row = (key: string) => body.find((r) => r[KEY] === key)!;
    row('ana@example.com#goals-reflection')[col('Status')] = 'Done';
    row('ana@example.com#goals-conversation')[col('Status')] = 'Done';
    row('ana@example.com#goals-conversation')[col('Notes')] = NOTE;
    row('ana@example.com#goals-conversation')[PLAN_HEADER.length] = 'HR copied, see "1:1 log"';
    row('bob@example.com#sign-off-employee')[col('Status')] = 'In progress';
    row('bob@example.com#sign-off-employee')[PLAN_HEADER.length] = 'waiting, on legal';
    row('gus@example.com#goals-conversation')[col('Notes')] = 'Prefers async, written updates';
    row('gus@example.com#goals-conversation')[col('Due')] = '2027-01-10';
    const anaLast = body.map((r) => r[EMAIL]).lastIndexOf('ana@example.com');
    body.splice(anaLast + 1, 0, [
      '',
      'Ana Lopez',
      'ana@example.com',
      'Sam Okafor',
      '',
      '',
      'Book a slot at the internal tech talks',
      'Ana Lopez',
      'Employee',
      'ana@example.com',
      '2027-02-01',
      'Not started',
      'added by hand, before the refresh',
      'mine',
    ]);
    body.push([
      '',
      '',
      '',
      '',
      '',
      '',
      'Team offsite: plan the career-paths session',
      'Sam Okafor',
      'Manager',
      '',
      '',
      'In progress',
      '',
      '',
    ]);
    edited = [header, ...body];
    write(dir, 'plans.csv', toCsv(edited));
    oldKeys = new Set(body.map((r) => r[KEY]!).filter(Boolean));

    write(dir, 'roster.csv', ROSTER_V2);
    second = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    after = csvRows(read(dir, 'plans.csv'));
  });

  const isNew = (r: string[]) => r[KEY] !== '' && !oldKeys.has(r[KEY]!);
  // Ana moved from the technical ladder to mentoring (contract 9): her technical steps still Not started, and her
  // first sign-off round, are closed; her shared steps (goals, review) and everyone else's rows stay as they were.
  const LINE = `Closed on ${TODAY}: path changed to Mentor`;
  const closedAna = (r: string[]) => /^ana@example\.com#(?!goals-|progress-review)/.test(r[KEY]!) && r[col('Status')] === 'Not started';
  const closedRow = (r: string[]) =>
    r.map((v, c) => (c === col('Status') ? 'Skipped' : c === col('Notes') ? (v ? `${v}\n${LINE}` : LINE) : v));

  it('exits 0 and says what it did on stderr, the path change as information', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe('');
    const added = after.slice(1).filter(isNew).length;
    const closed = edited.slice(1).filter(closedAna).length;
    expect(closed).toBeGreaterThan(5);
    expect(second.errLines).toContain(
      `plans.csv: Ana Lopez (ANA@example.com) changed path from Technical ladder to Mentor: ${closed} steps not started on Technical ladder closed as Skipped, with a note saying why; sign-off round 2 added, so both sign the changed plan`,
    );
    expect(second.errLines).toContain(
      `Refreshed plans.csv: kept ${edited.length - 1} rows (${closed} steps of an earlier path closed), added ${added}.`,
    );
    expect(listing(dir)).toEqual(['plans.csv', 'roster.csv']);
  });

  it("keeps every pre-existing row exactly, hand-made rows and the Comments column included, in place, but Ana's closed steps", () => {
    expect(after[0]).toEqual([...PLAN_HEADER, 'Comments']);
    expect(after.slice(1).filter((r) => !isNew(r))).toEqual(edited.slice(1).map((r) => (closedAna(r) ? closedRow(r) : r)));
    const ana = after.find((r) => r[KEY] === 'ana@example.com#goals-conversation')!;
    expect(byHeader(after[0]!, ana)).toMatchObject({ Status: 'Done', Notes: NOTE, Comments: 'HR copied, see "1:1 log"' });
    expect(after.find((r) => r[KEY] === 'gus@example.com#goals-conversation')![col('Person')]).toBe("'=Gus Eq");
  });

  it('never duplicates a key', () => {
    const keys = after
      .slice(1)
      .map((r) => r[KEY]!)
      .filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("adds a known person's new steps right after that person's last row", () => {
    const body = after.slice(1);
    const handMade = body.findIndex((r) => r[col('Step')] === 'Book a slot at the internal tech talks');
    const anaNew = body.filter((r) => isNew(r) && r[KEY]!.startsWith('ana@example.com#'));
    expect(anaNew.map((r) => r[KEY])).toContain('ana@example.com#pair-with-colleague');
    expect(anaNew.every((r) => r[col('Path')] === 'Mentor')).toBe(true);
    expect(body.slice(handMade + 1, handMade + 1 + anaNew.length)).toEqual(anaNew);
    expect(anaNew.every((r) => r[PLAN_HEADER.length] === '')).toBe(true);
  });

  it('adds new people at the end, in roster order', () => {
    const body = after.slice(1);
    const firstNew = body.findIndex((r) => isNew(r) && !r[KEY]!.startsWith('ana@'));
    const tail = body.slice(firstNew);
    expect(tail.every(isNew)).toBe(true);
    const people = tail.map((r) => r[EMAIL]).filter((e, i, all) => all[i - 1] !== e);
    expect(people).toEqual(['eli@example.com', 'dan@example.com']);
    expect(tail.every((r) => r[col('Status')] === 'Not started' && r[col('Notes')] === '')).toBe(true);
  });

  it('keeps the rows of someone who left the roster and reports them', () => {
    const cara = edited.slice(1).filter((r) => r[EMAIL] === 'cara@example.com');
    expect(cara.length).toBeGreaterThan(0);
    expect(after.filter((r) => r[EMAIL] === 'cara@example.com')).toEqual(cara);
    expect(second.errLines).toContain(
      `plans.csv: Cara Diaz (cara@example.com) is no longer on the roster; their ${cara.length} rows are kept`,
    );
  });

  it('a second refresh with the same roster changes nothing', () => {
    const before = read(dir, 'plans.csv');
    const again = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', '2027-06-01');
    expect(again.status, again.stderr).toBe(0);
    expect(again.errLines).toContain(`Refreshed plans.csv: kept ${after.length - 1} rows, added 0.`);
    expect(read(dir, 'plans.csv')).toBe(before);
  });
});

describe('refresh leaves an --out it cannot use untouched', () => {
  it('an --out that is not a plans table (a roster): exit 1, same bytes and mtime', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    fixture(dir, 'team.csv', 'other.csv');
    const before = snapshot(dir, 'other.csv');
    const run = trellis(dir, 'plan', 'team.csv', '--out', 'other.csv', '--today', TODAY);
    expectFatal(run, /^trellis plan: other\.csv: not a Trellis plans table: .*left untouched/);
    expect(snapshot(dir, 'other.csv')).toEqual(before);
    expect(listing(dir)).toEqual(['other.csv', 'team.csv']);
  });

  it('a fatal roster problem with an existing --out: exit 1, --out untouched', () => {
    const dir = tempDir();
    const plans = toCsv([
      PLAN_HEADER,
      [
        'ana@example.com#goals-conversation',
        'Ana Lopez',
        'ana@example.com',
        'Sam Okafor',
        'Mentor',
        '',
        'Talk',
        'Sam Okafor',
        'Manager',
        '',
        '2026-12-05',
        'Done',
        'kept',
      ],
    ]);
    write(dir, 'plans.csv', plans);
    write(dir, 'roster.csv', 'Name,Mail\nAna Lopez,ana@example.com\n');
    const before = snapshot(dir, 'plans.csv');
    expectFatal(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY), /no Email column/);
    expect(snapshot(dir, 'plans.csv')).toEqual(before);
    expect(listing(dir)).toEqual(['plans.csv', 'roster.csv']);
  });
});

describe('refresh of a JSON plans table (--out plans.json)', () => {
  it('keeps the edits and adds the new person', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', ROSTER_V1);
    const first = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.json', '--today', TODAY);
    expect(first.status, first.stderr).toBe(0);
    const rows = JSON.parse(read(dir, 'plans.json')) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(PLAN_HEADER);
    expect(rows.some((r) => r.Person === '=Gus Eq')).toBe(true);
    rows[1]!.Status = 'Done';
    rows[1]!.Notes = NOTE;
    rows.push({ ...rows[0]!, Key: '', Step: 'A step of my own', Notes: 'by hand' });
    write(dir, 'plans.json', JSON.stringify(rows, null, 2));

    write(dir, 'roster.csv', `${ROSTER_V1}\nDan Ito,dan@example.com,Senior Developer,Priya Nair,priya@example.com,ic,,`);
    const second = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.json', '--today', TODAY);
    expect(second.status, second.stderr).toBe(0);
    const refreshed = JSON.parse(read(dir, 'plans.json')) as Record<string, string>[];
    expect(refreshed.slice(0, rows.length)).toEqual(rows);
    const added = refreshed.slice(rows.length);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((r) => r.Email === 'dan@example.com')).toBe(true);
    const keys = refreshed.map((r) => r.Key).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('refresh keeps every character a user typed', () => {
  // Contract 2: "a row whose Key already exists is kept exactly as it is (every column)".
  it('keeps leading and trailing spaces and newlines of a kept Notes cell', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY);
    const rows = csvRows(read(dir, 'plans.csv'));
    rows[1]![col('Notes')] = '  indented note\nsecond line\n';
    write(dir, 'plans.csv', toCsv(rows));
    trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(csvRows(read(dir, 'plans.csv'))[1]![col('Notes')]).toBe('  indented note\nsecond line\n');
  });

  it('keeps values typed in a column that has no header', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY);
    const rows = csvRows(read(dir, 'plans.csv')).map((r) => [...r, '']);
    rows[1]![PLAN_HEADER.length] = 'call Sam first';
    write(dir, 'plans.csv', toCsv(rows));
    trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(readFileSync(join(dir, 'plans.csv'), 'utf8')).toContain('call Sam first');
  });
});

describe('refresh with a rejected roster row', () => {
  it("keeps that person's rows and says the row was rejected, not that they left", () => {
    const dir = tempDir();
    write(dir, 'roster.csv', ROSTER_V1);
    expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
    const before = csvRows(read(dir, 'plans.csv'));
    write(
      dir,
      'roster.csv',
      ROSTER_V1.replace(
        'Bob Stone,bob@example.com,Network Engineer,Sam Okafor,sam@example.com',
        'Bob Stone,bob@example.com,Network Engineer,Sam Okafor,sam@',
      ),
    );
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines).toContain('roster.csv:E3: malformed manager email "sam@"');
    expect(run.stderr).toMatch(
      /^plans\.csv: Bob Stone \(bob@example\.com\) has a rejected roster row; their \d+ rows are kept as they are$/m,
    );
    expect(run.stderr).not.toMatch(/no longer on the roster/);
    expect(csvRows(read(dir, 'plans.csv'))).toEqual(before);
  });
});
