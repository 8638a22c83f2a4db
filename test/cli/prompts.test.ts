// End-to-end: `trellis prompts`, alone and following a person's written plan.
import { beforeAll, describe, expect, it } from 'vitest';
import { TODAY, csvObjects, csvRows, expectFatal, fixture, read, tempDir, toCsv, trellis, write } from './run';

interface Agenda {
  person: string;
  email: string;
  path: string;
  nextStep: string;
  nextOwner: string;
  nextDue: string;
  prompts: { id: string; text: string; category: string; fundamental: string; followUps: string[] }[];
}

const numbered = (text: string) => text.match(/^\d+\. /gm) ?? [];

describe('trellis prompts without a plan', () => {
  it.each([
    [[], 3],
    [['--count', '5'], 5],
  ])('trellis prompts %j prints %i numbered prompts', (args, count) => {
    const run = trellis(tempDir(), 'prompts', ...args);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(numbered(run.stdout)).toEqual(Array.from({ length: count }, (_, i) => `${i + 1}. `));
    expect(run.stdout).toMatch(/^Next career conversation\n/);
  });

  it.each(['0', 'abc', '21'])('--count %s is one line on stderr and exit 1', (count) => {
    expectFatal(trellis(tempDir(), 'prompts', '--count', count), /--count must be a whole number from 1 to 20/);
  });
});

describe('trellis prompts --plans', () => {
  let dir: string;
  let plans: Record<string, string>[];

  beforeAll(() => {
    dir = tempDir();
    fixture(dir, 'team.csv');
    const run = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    plans = csvObjects(read(dir, 'plans.csv'));
    // The same plans after every goals conversation was held.
    const rows = csvRows(read(dir, 'plans.csv'));
    for (const row of rows) if (row[0]!.endsWith('#goals-conversation')) row[11] = 'Done';
    write(dir, 'talked.csv', toCsv(rows));
  });

  it("--person shows that person's name and next step (email in any case)", () => {
    const run = trellis(dir, 'prompts', '--plans', 'plans.csv', '--person', 'ANA@example.com', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    const first = plans.find((r) => r.Email === 'ana@example.com')!;
    expect(run.stdout).toMatch(/^Next 1:1 with Ana Lopez <ana@example\.com>\n/);
    expect(run.stdout).toContain(`Next step: ${first.Step} (Ana Lopez, due 3 Dec 2026)`);
    expect(numbered(run.stdout)).toHaveLength(3);
    expect(run.stdout).not.toContain('Mei Chen');
  });

  it('an unknown --person is one line on stderr and exit 1', () => {
    expectFatal(trellis(dir, 'prompts', '--plans', 'plans.csv', '--person', 'nobody@example.com'), /has no plan for nobody@example\.com/);
  });

  it('once the goals conversation is Done, the first prompt is about the path; output is deterministic', () => {
    const fresh = trellis(dir, 'prompts', '--plans', 'plans.csv', '--format', 'json', '--today', TODAY);
    const talked = trellis(dir, 'prompts', '--plans', 'talked.csv', '--format', 'json', '--today', TODAY);
    const again = trellis(dir, 'prompts', '--plans', 'talked.csv', '--format', 'json', '--today', TODAY);
    for (const run of [fresh, talked, again]) expect(run.status, run.stderr).toBe(0);
    expect(again.stdout).toBe(talked.stdout);

    const before = JSON.parse(fresh.stdout) as Agenda[];
    const after = JSON.parse(talked.stdout) as Agenda[];
    expect(before.map((a) => a.email)).toEqual(['ana@example.com', 'mei@example.com', 'ravi@example.com']);
    expect(after.map((a) => a.email)).toEqual(before.map((a) => a.email));
    for (const agenda of before) {
      expect(agenda.prompts).toHaveLength(3);
      expect(agenda.prompts[0]!.fundamental).toBe('ask');
    }
    expect(after.map((a) => [a.path, a.prompts[0]!.category])).toEqual([
      ['Technical ladder', 'technical-leadership'],
      ['Subject-matter expert', 'expertise'],
      ['Undecided', 'path-choice'],
    ]);
    for (const agenda of after) expect(agenda.prompts[0]!.fundamental).toBe('path');
  });
});
