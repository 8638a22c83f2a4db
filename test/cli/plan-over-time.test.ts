// End-to-end: Ravi moves from Undecided to Mentor (contract section 9). The refresh closes his untouched Undecided
// steps with a note, adds Mentor's with a new sign-off round, tells what is still open, and exits 0; the written plan
// and the plan status follow the new path, and the plan signed on Undecided is no longer shown as signed.
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../shared/paths/templates';
import { csvObjects, fixture, PLAN_HEADER, read, type RunResult, TODAY, tempDir, toCsv, trellis, csvRows, write } from './run';

const LATER = '2027-01-15';
const ravi = (rows: Record<string, string>[]) => rows.filter((r) => r.Email === 'ravi@example.com');
const id = (row: Record<string, string>) => row.Key!.split('#')[1]!;

describe('Ravi moves from Undecided to Mentor', () => {
  let dir: string;
  let refresh: RunResult;
  let before: Record<string, string>[];
  let after: Record<string, string>[];
  let statusBefore: Record<string, string>;

  beforeAll(() => {
    dir = tempDir();
    fixture(dir, 'team.csv');
    expect(trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
    // Ravi's first plan is signed, his path conversations are under way, and a step he has not begun has a note.
    const rows = csvRows(read(dir, 'plans.csv'));
    const set = (stepId: string, column: string, value: string) => {
      rows.find((r) => r[0] === `ravi@example.com#${stepId}`)![PLAN_HEADER.indexOf(column)] = value;
    };
    set('sign-off-employee', 'Status', 'Done');
    set('sign-off-manager', 'Status', 'Done');
    set('hold-path-conversations', 'Status', 'In progress');
    set('find-trial-work', 'Notes', 'Priya suggested the data team');
    write(dir, 'plans.csv', toCsv(rows));
    before = csvObjects(read(dir, 'plans.csv'));
    statusBefore = ravi(csvObjects(trellis(dir, 'status', 'plans.csv', '--today', LATER).stdout))[0]!;

    write(
      dir,
      'team.csv',
      read(dir, 'team.csv').replace(
        'ravi@example.com,Developer,Priya Nair,priya@example.com,,',
        'ravi@example.com,Developer,Priya Nair,priya@example.com,mentor,',
      ),
    );
    refresh = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--written', 'plans.md', '--today', LATER);
    after = csvObjects(read(dir, 'plans.csv'));
  }, 60_000);

  it('exits 0 and tells the path change and the step still open as information', () => {
    expect(refresh.status, refresh.stderr).toBe(0);
    const open = before.findIndex((r) => id(r) === 'hold-path-conversations') + 2;
    expect(refresh.errLines).toEqual([
      'plans.csv: Ravi Singh (ravi@example.com) changed path from Undecided to Mentor: 4 steps not started on Undecided closed as Skipped, with a note saying why; sign-off round 2 added, so both sign the changed plan',
      `plans.csv:L${open}: "Talk with someone on each path about what the work is really like and note what appeals" (In progress) is still open from Ravi Singh's earlier path; left as it is`,
      expect.stringMatching(/^Refreshed plans\.csv: kept \d+ rows \(4 steps of an earlier path closed\), added \d+\.$/),
      'Wrote the written plans to plans.md.',
    ]);
  });

  it('closes his untouched Undecided steps with a line in Notes, and keeps every other row as it was', () => {
    const closed = ['arrange-path-conversations', 'find-trial-work', 'try-trial-work', 'choose-path'];
    const line = `Closed on ${LATER}: path changed to Mentor`;
    before.forEach((row, i) => {
      if (!closed.includes(id(row)) || row.Email !== 'ravi@example.com') return expect(after[i]).toEqual(row);
      expect(after[i]).toEqual({ ...row, Status: 'Skipped', Notes: row.Notes ? `${row.Notes}\n${line}` : line });
    });
    expect(after.find((r) => id(r) === 'find-trial-work' && r.Email === 'ravi@example.com')!.Notes).toBe(
      `Priya suggested the data team\n${line}`,
    );
  });

  it("adds Mentor's steps and a second sign-off round after his rows, with the new Path and Target role", () => {
    const added = after.slice(before.length).filter((r) => r.Email === 'ravi@example.com');
    expect(added).toEqual(ravi(after).filter((r) => r.Path === 'Mentor'));
    expect(added.map(id)).toEqual(expect.arrayContaining(['pair-with-colleague', 'sign-off-employee-2', 'sign-off-manager-2']));
    expect(added.every((r) => r['Target role'] === 'Senior Developer' && r.Status === 'Not started')).toBe(true);
    const keys = after.map((r) => r.Key).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes his plan on Mentor: the header, each new step with its why, one history line, the new round to sign', () => {
    const doc = read(dir, 'plans.md')
      .split('\n---\n')
      .find((d) => d.includes('Career plan: Ravi Singh'))!;
    expect(doc).toContain(`- **Path:** Mentor (${PATHS.mentor.summary})`);
    expect(doc).toContain('- **Target role:** Senior Developer');
    const why = PATHS.mentor.steps.find((s) => s.id === 'pair-with-colleague')!.why;
    const pair = doc.split('\n').findIndex((l) => l.includes('Pair Ravi with a new or junior colleague'));
    expect(doc.split('\n')[pair + 1]).toBe(`  - **Why:** ${why}`);
    expect(doc).toContain('Earlier path: Undecided (4 steps closed when the path changed).');
    expect(doc).not.toContain('Choose a path and a target role');
    expect(doc).not.toMatch(/signed \(marked Done in the plan\)/);
  });

  it('rolls him up on Mentor, no longer signed, the closed steps neither counted nor overdue', () => {
    expect(statusBefore).toMatchObject({ Path: 'Undecided', 'Plan signed': 'Yes' });
    const status = ravi(csvObjects(trellis(dir, 'status', 'plans.csv', '--today', '2027-06-01').stdout))[0]!;
    const rows = ravi(after);
    expect(status).toMatchObject({ Path: 'Mentor', 'Target role': 'Senior Developer', 'Plan signed': 'No' });
    expect(Number(status.Steps)).toBe(rows.filter((r) => r.Status !== 'Skipped').length);
    const overdue = rows.filter((r) => !['Done', 'Skipped'].includes(r.Status!) && r.Due! < '2027-06-01');
    expect(Number(status.Overdue)).toBe(overdue.length);
  });

  it('a second refresh changes nothing', () => {
    const bytes = read(dir, 'plans.csv');
    const again = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', '2027-02-01');
    expect(again.status, again.stderr).toBe(0);
    expect(again.errLines).toEqual([`Refreshed plans.csv: kept ${after.length} rows, added 0.`]);
    expect(read(dir, 'plans.csv')).toBe(bytes);
  });
});
