// End-to-end: a BambooHR export (names in parts, its own titles, a Career Path custom field) planned with the example
// career framework of examples/framework (contract section 12): the company's titles, expectations and steps.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, fixture, REPO, TODAY, tempDir, trellis, type RunResult } from './run';

const FRAMEWORK = join(REPO, 'examples/framework');

describe('trellis plan --framework examples/framework on a BambooHR export', () => {
  let run: RunResult;
  let rows: Record<string, string>[];
  const stepIds = (email: string) => rows.filter((r) => r.Email === email).map((r) => r.Key!.split('#')[1]);
  const step = (key: string) => rows.find((r) => r.Key === key)?.Step ?? '';

  beforeAll(() => {
    const dir = tempDir();
    fixture(dir, join('hris', 'bamboohr-career.csv'), 'roster.csv');
    run = trellis(dir, 'plan', 'roster.csv', '--framework', FRAMEWORK, '--today', TODAY);
    rows = csvObjects(run.stdout);
  });

  it('plans everyone, exit 0, nothing to say', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('names the next level of the company ladder as the target, matching its aliases and numerals', () => {
    const targets = new Map(rows.map((r) => [r.Person, [r.Path, r['Target role']]]));
    expect(Object.fromEntries(targets)).toEqual({
      'Sade Adeyemi': ['Technical ladder', 'Software Engineer II'],
      'Liv Brennan': ['Technical ladder', 'Senior Software Engineer'],
      'Rami Haddad': ['Technical ladder', 'Principal Engineer'],
      'Astrid Lindgren': ['Technical ladder', ''],
      'Tomasz Kowalczyk': ['Technical ladder', 'Lead Data Analyst'],
      'Ola Nwosu': ['Data steward', 'Senior Data Analyst'],
      'Ana Ruiz': ['Subject-matter expert', ''],
    });
  });

  it("shows the target level's expectations where current work is compared with it", () => {
    const gap = step('folasade.adeyemi@example.com#map-target-gap');
    expect(gap).toContain('Software Engineer II');
    expect(gap).toContain('Technology: Picks suitable tools for a feature');
    expect(gap).toContain('Influence: Their choices shape the feature they own');
  });

  it("puts the company's learning-budget step in place of the built-in one, and adds its review step", () => {
    const ids = stepIds('olivia.brennan@example.com');
    expect(ids).toContain('book-learning-budget');
    expect(ids).not.toContain('fund-technical-learning');
    expect(ids).toContain('present-at-architecture-review');
    expect(step('olivia.brennan@example.com#book-learning-budget')).toBe(
      "Approve Liv's share of this year's learning budget and five study days, spent on the gaps listed for Senior Software Engineer",
    );
  });

  it("plans the team's own Data steward path with the steps every plan keeps", () => {
    expect(stepIds('olamide.nwosu@example.com')).toEqual(
      expect.arrayContaining([
        'goals-conversation',
        'agree-data-domain',
        'write-data-definitions',
        'run-quality-review',
        'add-stewardship-to-role',
        'sign-off-employee',
        'sign-off-manager',
        'progress-review',
      ]),
    );
  });

  it('fills {focus} and {manager} in the step added to the expert path', () => {
    expect(step('ana.ruiz@example.com#join-community-of-practice')).toBe(
      "Join the company's community of practice for data quality, or start one with Marcus Webb's help if there is none, and attend its monthly meeting",
    );
  });
});
