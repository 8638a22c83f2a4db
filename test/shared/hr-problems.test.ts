import { describe, expect, it } from 'vitest';
import { PROBLEM_HEADERS, problemTable, problemWords } from '../../shared/hr-problems';
import type { RollupIssue, RollupProblem } from '../../shared/hr-rollup';

describe('problemWords', () => {
  it.each<[RollupIssue, RegExp, RegExp]>([
    [{ kind: 'not-a-link' }, /^Not a link: /, /copy the address from the browser's address bar/],
    [{ kind: 'duplicate', firstRow: 3 }, /^Listed twice: the same spreadsheet as row 3\.$/, /^Nothing: it is read once\./],
    [
      { kind: 'no-access' },
      /^No access: /,
      /share their spreadsheet with you \(Viewer is enough\).*Save as Google Sheets\)\. Then Roll up again\.$/,
    ],
    [{ kind: 'no-plans-sheet' }, /^No Plans sheet: .*no sheet named Plans/, /Generate or refresh plans/],
    [
      { kind: 'wrong-columns', detail: 'not a Trellis plans table: no Key column in the header row 1' },
      /^Wrong columns: .*\(not a Trellis plans table: no Key column in the header row 1\)\.$/,
      /put back the columns/,
    ],
    [
      { kind: 'planned-twice', person: 'Ana Lopez', email: 'ana@example.com', first: 'Payments team', firstRow: 2 },
      /^Planned twice: Ana Lopez \(ana@example\.com\) is also planned in Payments team, row 2\.$/,
      /^Nothing for now: counted once, from Payments team\./,
    ],
  ])('%j', (issue, problem, todo) => {
    const words = problemWords(issue);
    expect(words.problem).toMatch(problem);
    expect(words.todo).toMatch(todo);
  });
});

describe('problemTable', () => {
  const problem = (row: number, issue: RollupIssue, name = ''): RollupProblem => ({ row, link: `link ${row}`, name, issue });

  it('gives one row a problem under the headers, in the order of the HR roll-up sheet', () => {
    const rows = problemTable([
      problem(9, { kind: 'no-access' }),
      problem(4, { kind: 'duplicate', firstRow: 2 }),
      problem(6, { kind: 'no-plans-sheet' }, 'Search team'),
    ]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      [4, 'link 4', ''],
      [6, 'link 6', 'Search team'],
      [9, 'link 9', ''],
    ]);
    expect(rows.every((r) => r.length === PROBLEM_HEADERS.length && r[3] !== '' && r[4] !== '')).toBe(true);
  });

  it('says so when every link was read', () => {
    expect(problemTable([])).toEqual([['', '', '', 'None: every listed team spreadsheet was read.', '']]);
  });
});
