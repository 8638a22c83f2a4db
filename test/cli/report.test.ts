// End-to-end: `trellis report PLANS --out report.html` (contract section 10) through the real command.
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFatal, FIXTURES, fixture, listing, read, tempDir, TODAY, toCsv, trellis, trellisWith, write } from './run';

/** The page's text with its tags taken out and entities read back, in one line: what a reader sees. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
}

describe('trellis report', () => {
  const dir = tempDir();
  fixture(dir, 'report/plans.csv', 'plans.csv');
  const run = trellis(dir, 'report', 'plans.csv', '--out', 'report.html', '--today', TODAY);
  const html = read(dir, 'report.html');
  const text = visibleText(html);

  it('writes the page and says so', () => {
    expect(run.status).toBe(0);
    expect(run.errLines).toEqual(['Wrote the report on 4 people to report.html.']);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  // The fixture: 4 people under 2 managers; 20 steps, 9 done; overdue: 3 employees' steps, 4 managers' (2 reviews).
  it.each([
    ['the day and who', 'Plan status as of 2026-11-28: 4 people and 2 managers.'],
    ['plans signed', 'Plans signed 2 of 4 (50%)'],
    ['steps done', 'Steps done 9 of 20 (45%)'],
    ['steps overdue', 'Steps overdue 7'],
    ["employees' overdue steps", "Employees' steps 3"],
    ["managers' overdue steps", "Managers' steps 4"],
    ['reviews overdue', 'Reviews overdue 2 of 4 (50%)'],
    ['each path', 'Technical ladder 1 (25%) Subject-matter expert 1 (25%) Mentor 1 (25%) Undecided 0 (0%) Management 1 (25%)'],
    // Kim's people have 5 steps overdue, Sam's 2: Kim's row comes first, names exactly as typed.
    [
      'the managers, the most overdue first',
      '</style><b>Kim</b> & "Park" kim@example.com 2 0 3 of 10 30% 2 3 1 Sam Okafor sam@example.com 2 2 6 of 10 60% 1 1 1',
    ],
  ])('shows %s', (_what, expected) => expect(text).toContain(expected));

  it('keeps every typed name as text: no script, no bold, the style sheet whole', () => {
    expect(html).not.toMatch(/<script|<b>|<\/style><b>/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe('trellis report refuses', () => {
  it.each([
    [['report', 'plans.csv'], 'trellis report: needs --out with the page to write, like --out report.html'],
    [
      ['report', 'plans.csv', '--out', 'report.csv'],
      'trellis report: --out report.csv: the report is a web page; give a file ending in .html, like --out report.html',
    ],
    [['report', '--out', 'report.html'], 'trellis report: needs a plans file or folder, like plans.csv (--help shows how)'],
    [
      ['report', 'plans.csv', '--out', 'r.html', '--today', 'soon'],
      expect.stringMatching(/^trellis report: --today must be a date written YYYY-MM-DD/),
    ],
  ])('trellis %j, writing nothing', (args, message) => {
    const dir = tempDir();
    fixture(dir, 'report/plans.csv', 'plans.csv');
    const run = trellis(dir, ...args);
    expectFatal(run);
    expect(run.errLines).toEqual([message]);
    expect(listing(dir)).toEqual(['plans.csv']);
  });
});

describe('trellis report on a table with cells it cannot read', () => {
  it('tells each cell, still writes the page, and exits 2', () => {
    const dir = tempDir();
    const plans = readFileSync(join(FIXTURES, 'report/plans.csv'), 'utf8').replace('2026-10-01,Done', 'last week,Finished');
    write(dir, 'plans.csv', plans);
    const run = trellis(dir, 'report', 'plans.csv', '--out', 'report.html', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      'plans.csv:L2: unknown status "Finished" (use Not started, In progress, Done, Blocked, Skipped); counted as not done',
      'plans.csv:K2: due "last week" is not a date (YYYY-MM-DD); counted as undated',
      'Wrote the report on 4 people to report.html.',
    ]);
    expect(visibleText(read(dir, 'report.html'))).toContain('Steps done 8 of 20 (40%)');
  });
});

describe('trellis report on teams planned with a career framework', () => {
  it.each(['1', '2'])('shows its new path under its name, before management (threads: %s)', (threads) => {
    const dir = tempDir();
    for (const folder of ['fw', 'plans']) mkdirSync(join(dir, folder));
    write(dir, 'fw/levels.csv', toCsv([['Track', 'Level', 'Title', 'Also known as', 'Expectations']]));
    write(
      dir,
      'fw/steps.csv',
      toCsv([[...'Path,Step id,Step,Owner role,Offset days'.split(',')], ['Data Science', 'ship-model', 'Ship a model', 'Employee', '60']]),
    );
    const header = ['Name', 'Email', 'Manager', 'Manager email', 'Path'];
    write(dir, 'a.csv', toCsv([header, ['Ana Lopez', 'ana@example.com', 'Sam Okafor', 'sam@example.com', 'Data Science']]));
    write(dir, 'b.csv', toCsv([header, ['Bo Chen', 'bo@example.com', 'Sam Okafor', 'sam@example.com', 'mentor']]));
    for (const team of ['a', 'b']) {
      const plan = trellis(dir, 'plan', `${team}.csv`, '--framework', 'fw', '--today', TODAY, '--out', `plans/${team}.csv`);
      expect(plan.status, plan.stderr).toBe(0);
    }
    const run = trellisWith({ TRELLIS_THREADS: threads }, dir, 'report', 'plans', '--out', 'report.html', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    const text = visibleText(read(dir, 'report.html'));
    expect(text).toContain('Mentor 1 (50%) Undecided 0 (0%) Data Science 1 (50%) Management 0 (0%)');
    expect(text).not.toContain('No path named');
  });
});

describe('trellis report on many files and folders', () => {
  it('reads them as trellis status does: the same lines told, the same managers counted, exit 2', () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'org'), join(dir, 'org'), { recursive: true });
    const status = trellis(dir, 'status', 'org', '--by', 'manager', '--format', 'json', '--today', TODAY);
    const run = trellis(dir, 'report', 'org', '--out', 'report.html', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(status.status).toBe(2);
    const managers = JSON.parse(status.stdout) as Record<string, string | number>[];
    const people = managers.reduce((sum, m) => sum + Number(m.People), 0);
    expect(run.errLines).toEqual([...status.errLines, `Wrote the report on ${people} people to report.html.`]);
    const text = visibleText(read(dir, 'report.html'));
    for (const m of managers) {
      const who = m.Manager ? `${m.Manager} ${m['Manager email']}` : 'No manager named';
      const counts = [m.People, m['Plans signed'], `${m.Done} of ${m.Steps}`, `${m['Percent done']}%`];
      const overdue = [m['Overdue employee steps'], m['Overdue manager steps'], m['Reviews overdue']];
      expect(text).toContain([who, ...counts, ...overdue].join(' '));
    }
  });
});
