// End-to-end: `trellis plan ROSTER --goals GOALS` (contract section 8). The written plans open with each person's goals
// in their words; every problem of the goals table is told with its cell and the file's name, and exits 2.
import { describe, expect, it } from 'vitest';
import { TODAY, csvRows, expectFatal, listing, read, tempDir, toCsv, trellis, write } from './run';
import { workbook } from './workbook';

const GOALS_HEADER = ['Email', 'Person', 'Conversation date', 'How the job feels', 'Short-term goal', 'Target date'];
const ROSTER = [
  ['Name', 'Email', 'Role', 'Manager', 'Manager email', 'Path'],
  ['Ana Lopez', 'ana@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical'],
  ['Bo Chen', 'bo@example.com', 'Network Engineer', 'Sam Okafor', 'sam@example.com', 'expert'],
];
const ANA_GOALS = [
  'ana@example.com',
  'Ana Lopez',
  '2026-11-20',
  'Good, but stuck on maintenance.\nWants design work.',
  'Own the billing service',
  '',
];

function team(goals: string[][]): string {
  const dir = tempDir();
  write(dir, 'roster.csv', toCsv(ROSTER));
  write(dir, 'goals.csv', toCsv([GOALS_HEADER, ...goals]));
  return dir;
}

/** The written plan of one person, out of a file of several. */
const planOf = (written: string, name: string) => written.split('\n---\n').find((p) => p.includes(`# Career plan: ${name}\n`)) ?? '';

describe('trellis plan --goals', () => {
  it('opens Ana’s plan with her goals in her words, and leaves Bo’s a draft', () => {
    const dir = team([ANA_GOALS]);
    const run = trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.csv', '--out', 'plans.csv', '--written', 'plans.md', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual([
      `Planned 2 people (${csvRows(read(dir, 'plans.csv')).length - 1} steps) into plans.csv.`,
      'Wrote the written plans to plans.md.',
    ]);
    const written = read(dir, 'plans.md');
    const ana = planOf(written, 'Ana Lopez');
    expect(ana).toContain('- **Current role:** Developer\n');
    expect(ana).toContain(
      "## Goals in Ana's words\n\nAs said in the career-goals conversation on 20 Nov 2026.\n\n" +
        '- **In the next 6 to 12 months:** Own the billing service\n' +
        '- **How the job feels now:** Good, but stuck on maintenance.\\\n  Wants design work.\n',
    );
    expect(ana).not.toMatch(/draft/);
    expect(planOf(written, 'Bo Chen')).toContain(
      '**This plan is a draft until the career-goals conversation with Bo has been written down.**',
    );
  });

  it.each([
    ['md', "## Goals in Ana's words"],
    ['text', "Goals in Ana's words\n--------------------"],
  ])('--format %s prints the goals too', (format, heading) => {
    const run = trellis(team([ANA_GOALS]), 'plan', 'roster.csv', '--goals', 'goals.csv', '--format', format, '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(heading);
    expect(run.stdout).toContain('Own the billing service');
  });

  it('tells every problem with its cell, ignores those rows and dates, uses the rest, and exits 2', () => {
    const dir = team([
      ['ana@example.com', 'Ana', 'last week', 'Fine', 'Billing', '2027-13-01'],
      ['bo@example.com', 'Bo', '2026-11-21', 'Busy', 'Talk at the meetup', ''],
      ['lee@example.com', 'Lee', '', 'Gone', '', ''],
      ['not an email', 'X', '', '', '', ''],
      ['ANA@example.com', 'Ana again', '', 'Second row', '', ''],
    ]);
    const run = trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.csv', '--out', 'plans.csv', '--written', 'plans.md', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines.filter((l) => l.startsWith('goals.csv'))).toEqual([
      'goals.csv:C2: "last week" is not a date written YYYY-MM-DD; that field was ignored',
      'goals.csv:F2: "2027-13-01" is not a date written YYYY-MM-DD; that field was ignored',
      'goals.csv:A4: lee@example.com is not on the roster; the row was ignored',
      'goals.csv:A5: malformed email "not an email"; the row was left out',
      'goals.csv:A6: duplicate email "ANA@example.com" (first at A2)',
    ]);
    expect(run.errLines.at(-1)).toBe('5 problems in goals.csv: those rows or dates were ignored; fix them and run again.');
    const written = read(dir, 'plans.md');
    expect(planOf(written, 'Ana Lopez')).toContain("## Goals in Ana's words\n\nAs said in the career-goals conversation.\n\n");
    expect(planOf(written, 'Ana Lopez')).not.toContain('Target date');
    expect(planOf(written, 'Ana Lopez')).not.toContain('Second row');
    expect(planOf(written, 'Bo Chen')).toContain('- **In the next 6 to 12 months:** Talk at the meetup');
    expect(written).not.toContain('Gone');
  });

  it('tells a Target date far from the plan’s title review at that Due cell, and changes neither', () => {
    const dir = team([[...ANA_GOALS.slice(0, 5), '2027-01-15']]);
    const run = trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.csv', '--out', 'plans.csv', '--written', 'plans.md', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    const rows = csvRows(read(dir, 'plans.csv'));
    const review = rows.findIndex((r) => r[0] === 'ana@example.com#propose-title-change');
    const due = rows[review]![10]!;
    expect(run.errLines).toContain(
      `plans.csv:K${review + 1}: "${rows[review]![6]}" is due ${due}, 132 days after the Target date 2027-01-15 in goals.csv; neither date was changed: agree one and write it in both`,
    );
    expect(read(dir, 'plans.md')).toContain('- **Target date:** 15 Jan 2027\n  - **In this plan:** ');
  });

  it('without a plans file, tells it at the Target date cell', () => {
    const dir = team([[...ANA_GOALS.slice(0, 5), '2027-01-15']]);
    const run = trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.csv', '--format', 'md', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual([
      expect.stringMatching(/^goals\.csv:F2: ".*title change" is due 2027-05-27, 132 days after the Target date 2027-01-15 in goals\.csv/),
    ]);
  });

  it.each([
    [
      'no Email column',
      toCsv([
        ['Name', 'Next'],
        ['Ana', 'x'],
      ]),
      /goals\.csv:A1: no Email column .*; nothing was written$/,
    ],
    ['an empty file', '', /goals\.csv is empty/],
  ])('a goals file with %s is fatal: exit 1, nothing written', (_, text, message) => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    write(dir, 'goals.csv', text);
    expectFatal(trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.csv', '--out', 'plans.csv', '--today', TODAY), message);
    expect(listing(dir)).toEqual(['goals.csv', 'roster.csv']);
  });

  it('a --goals file that is not there is fatal', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    expectFatal(trellis(dir, 'plan', 'roster.csv', '--goals', 'missing.csv', '--today', TODAY), /missing\.csv/);
  });

  it('typed text cannot drive the terminal: escape sequences in goals print as U+FFFD', () => {
    const dir = team([['ana@example.com', 'Ana', '', '\u001b[31mred\u001b]0;title\u0007', 'ok', '']]);
    const run = trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.csv', '--format', 'text', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('How the job feels now: \uFFFD[31mred\uFFFD]0;title\uFFFD');
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  });
});

describe('trellis plan on an .xlsx roster with a Career goals sheet', () => {
  it('reads the goals from that sheet, date cells included, and names the sheet in its problems', async () => {
    const dir = tempDir();
    await workbook(dir, 'team.xlsx', [
      ['Roster', ROSTER],
      [
        'Career goals',
        [
          GOALS_HEADER,
          ['ana@example.com', 'Ana', new Date(Date.UTC(2026, 10, 20)), 'Good', 'Own billing', null],
          ['ana@example.com', 'Ana again', null, 'Twice', null, null],
        ],
      ],
    ]);
    const run = trellis(dir, 'plan', 'team.xlsx', '--format', 'md', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      `team.xlsx:'Career goals'!A3: duplicate email "ana@example.com" (first at A2)`,
      '1 problem in team.xlsx: those rows or dates were ignored; fix them and run again.',
    ]);
    expect(planOf(run.stdout, 'Ana Lopez')).toContain('on 20 Nov 2026.\n\n- **In the next 6 to 12 months:** Own billing\n');
  });

  it('without such a sheet, every plan is a draft and nothing is told', async () => {
    const dir = tempDir();
    await workbook(dir, 'team.xlsx', [['Roster', ROSTER]]);
    const run = trellis(dir, 'plan', 'team.xlsx', '--format', 'md', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.match(/This plan is a draft/g)).toHaveLength(2);
  });

  it('--goals GOALS.xlsx reads its Career goals sheet', async () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    await workbook(dir, 'goals.xlsx', [
      ['Notes', [['x']]],
      ['Career goals', [GOALS_HEADER, ['bo@example.com', 'Bo', null, 'Curious', null, null]]],
    ]);
    const run = trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.xlsx', '--format', 'text', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('- How the job feels now: Curious');
  });
});
