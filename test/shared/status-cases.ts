// One input for every front end: each case is one person's only plans row, so that person's Next due is the row's.
import { PLAN_HEADERS } from '../../shared/types';

/** The day every front end rolls the cases up on. */
export const CASES_TODAY = '2026-11-28';

/** [what, Due typed, Status typed, fields reported, Next due]. */
export const STATUS_CASES: [string, string, string, ('status' | 'due')[], string][] = [
  ['a date', '2026-12-01', 'Not started', [], '2026-12-01'],
  ['a date with spaces around it', ' 2026-12-02 ', 'In progress', [], '2026-12-02'],
  ['words', 'next week', 'Not started', ['due'], ''],
  ['a day that does not exist', '2026-02-30', 'Blocked', ['due'], ''],
  ['blank', '', '', [], ''],
  ['an unknown status', '2026-12-03', 'Finished', ['status'], '2026-12-03'],
  ['both unreadable', 'soon', 'Waiting', ['status', 'due'], ''],
];

/** The email of case `i`'s person. */
export const caseEmail = (i: number) => `p${i}@example.com`;

/** The cases as a plans table grid: the contract header, then one row a case (sheet row i + 2). */
export function caseGrid(): string[][] {
  const rows = STATUS_CASES.map(([what, due, status], i) => {
    const cells: Record<(typeof PLAN_HEADERS)[number], string> = {
      Key: `${caseEmail(i)}#step`,
      Person: `Person ${i}`,
      Email: caseEmail(i),
      Manager: 'Sam Okafor',
      Path: 'Mentor',
      'Target role': '',
      Step: what,
      Owner: `Person ${i}`,
      'Owner role': 'Employee',
      'Owner email': caseEmail(i),
      Due: due,
      Status: status,
      Notes: '',
    };
    return PLAN_HEADERS.map((h) => cells[h]);
  });
  return [[...PLAN_HEADERS], ...rows];
}

/** The cells every front end reports for the cases, in row order: Status in L, Due in K. */
export const caseCells = (): string[] =>
  STATUS_CASES.flatMap(([, , , fields], i) => fields.map((f) => `${f === 'status' ? 'L' : 'K'}${i + 2}`));
