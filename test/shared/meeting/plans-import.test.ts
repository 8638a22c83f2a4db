import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/csv';
import { parsePlansImport } from '../../../shared/meeting/plans-import';
import type { ImportedPlans } from '../../../shared/meeting/types';
import { PLAN_HEADERS, STATUS_HEADERS } from '../../../shared/types';
import { CASES_TODAY, STATUS_CASES, caseGrid } from '../status-cases';

const AT = '2026-11-28T09:00:00.000Z';

/** A plans row: [email, id, step, owner, due, status], the rest filled in. */
type Step = [string, string, string, string, string, string];
const planRow = ([email, id, step, owner, due, status]: Step): string[] => [
  id && email ? `${email.toLowerCase()}#${id}` : '',
  email.toLowerCase().startsWith('ana') ? 'Ana Lopez' : 'Dev Patel',
  email,
  'Sam Okafor',
  'Technical ladder',
  'Senior Developer',
  step,
  owner,
  owner === 'Sam Okafor' ? 'Manager' : 'Employee',
  '',
  due,
  status,
  '',
];
const ANA = 'Ana.Lopez@Example.com';
const DEV = 'dev@example.com';
const PLAN_STEPS: Step[] = [
  [ANA, 'goals-conversation', 'Talk about goals', 'Sam Okafor', '2026-11-01', 'Done'],
  [ANA, 'write-gaps', '=SUM(A1:A9) is not a formula', 'Ana Lopez', '2026-12-20', 'In progress'],
  [ANA, 'pair-review', 'Review a design', 'Ana Lopez', '2026-12-05', 'Not started'],
  [ANA, 'sign-off-employee', 'Sign the plan', 'Ana Lopez', '', 'Done'],
  [ANA, 'sign-off-manager', 'Sign the plan', 'Sam Okafor', '', 'Done'],
  [ANA, 'extra', 'Dropped idea', 'Ana Lopez', '2026-11-02', 'Skipped'],
  ['', '', 'A row with no one', 'Sam Okafor', '', ''],
  [DEV, 'goals-conversation', 'Talk about goals', 'Sam Okafor', '2026-11-28', 'WIP'],
  [DEV, 'sign-off-employee', 'Sign the plan', 'Dev Patel', 'soon', 'Done'],
];
const PLANS_CSV = toCsv([[...PLAN_HEADERS], ...PLAN_STEPS.map(planRow)]);

const STATUS_CSV = toCsv([
  [...STATUS_HEADERS],
  [
    'Ana Lopez',
    ANA,
    'Sam Okafor',
    'Technical ladder',
    'Senior Developer',
    '5',
    '3',
    '0',
    '60',
    '+1 the review',
    'Ana Lopez',
    '2026-12-05',
    'Yes',
  ],
  ['Dev Patel', DEV, 'Sam Okafor', 'Mentor', '', '4', '0', '1', '0', '', '', '', 'No'],
  ['No Email', '', 'Sam Okafor', 'Mentor', '', '1', '0', '0', '0', '', '', '', 'No'],
]);

function ok(result: ReturnType<typeof parsePlansImport>): { plans: ImportedPlans; problems: string[] } {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('parsePlansImport: a plans CSV', () => {
  const { plans, problems } = ok(parsePlansImport(PLANS_CSV, 'plans.csv', AT));
  const ana = plans.people[0]!;
  const dev = plans.people[1]!;

  it('groups rows by person, email lower-cased, in first-seen order', () => {
    expect(plans).toMatchObject({ fileName: 'plans.csv', importedAt: AT, kind: 'plans' });
    expect(plans.people.map((p) => p.email)).toEqual(['ana.lopez@example.com', 'dev@example.com']);
    expect(ana).toMatchObject({ name: 'Ana Lopez', manager: 'Sam Okafor', path: 'Technical ladder', targetRole: 'Senior Developer' });
    expect(ana.steps.map((s) => s.id)).toEqual([
      'goals-conversation',
      'write-gaps',
      'pair-review',
      'sign-off-employee',
      'sign-off-manager',
      'extra',
    ]);
  });

  it('reads a guarded cell back as its text', () => {
    expect(PLANS_CSV).toContain("'=SUM(A1:A9)");
    expect(ana.steps[1]!.step).toBe('=SUM(A1:A9) is not a formula');
  });

  it.each([
    [
      'Ana: skipped rows are not steps; both sign-offs done',
      0,
      { steps: 5, done: 3, signed: true, next: { step: 'Review a design', owner: 'Ana Lopez', due: '2026-12-05' } },
    ],
    [
      'Dev: one sign-off is not signed; an unknown status is open',
      1,
      { steps: 2, done: 1, signed: false, next: { step: 'Talk about goals', owner: 'Sam Okafor', due: '2026-11-28' } },
    ],
  ])('summary, %s', (_, index, summary) => {
    expect(plans.people[index]!.summary).toEqual(summary);
  });

  it('reads an unknown status as Not started and a bad date as none', () => {
    expect(dev.steps.map((s) => [s.status, s.due])).toEqual([
      ['Not started', '2026-11-28'],
      ['Done', null],
    ]);
  });

  it.each([
    [/Left out 1 row with no email \(row 8\)/],
    [/unknown Status as Not started \(row 9\)/],
    [/not a date \(YYYY-MM-DD\) as no due date \(row 10\)/],
  ])('reports %s', (pattern) => {
    expect(problems.some((p) => pattern.test(p))).toBe(true);
  });
});

describe('parsePlansImport: Status and Due by the core rule (the same answer as every front end)', () => {
  const { plans, problems } = ok(parsePlansImport(toCsv(caseGrid()), 'plans.csv', `${CASES_TODAY}T09:00:00.000Z`));
  const rowsWith = (field: 'status' | 'due') => STATUS_CASES.flatMap(([, , , fields], i) => (fields.includes(field) ? [i + 2] : []));

  it('reports the rows each front end reports', () => {
    expect(problems).toEqual([
      `Read an unknown Status as Not started (row ${rowsWith('status').join(', ')}).`,
      `Read a Due that is not a date (YYYY-MM-DD) as no due date (row ${rowsWith('due').join(', ')}).`,
    ]);
  });

  it('gives the Next due each front end gives', () => {
    expect(plans.people.map((p) => p.summary.next?.due ?? '')).toEqual(STATUS_CASES.map((c) => c[4]));
  });
});

describe('parsePlansImport: a plan status CSV', () => {
  const { plans, problems } = ok(parsePlansImport(STATUS_CSV, 'status.csv', AT));

  it('takes each row as a person with its summary and no steps', () => {
    expect(plans.kind).toBe('status');
    expect(plans.people).toEqual([
      {
        name: 'Ana Lopez',
        email: 'ana.lopez@example.com',
        manager: 'Sam Okafor',
        path: 'Technical ladder',
        targetRole: 'Senior Developer',
        steps: [],
        summary: { steps: 5, done: 3, signed: true, next: { step: '+1 the review', owner: 'Ana Lopez', due: '2026-12-05' } },
      },
      {
        name: 'Dev Patel',
        email: 'dev@example.com',
        manager: 'Sam Okafor',
        path: 'Mentor',
        targetRole: '',
        steps: [],
        summary: { steps: 4, done: 0, signed: false, next: null },
      },
    ]);
    expect(problems).toEqual(['Left out 1 row with no email (row 4).']);
  });
});

describe('parsePlansImport: other shapes it accepts', () => {
  const json = (headers: readonly string[], rows: string[][]) =>
    JSON.stringify(
      rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]]))),
      null,
      2,
    );

  it.each<[string, string, 'plans' | 'status', number]>([
    ['plans JSON as the command line writes it', json(PLAN_HEADERS, PLAN_STEPS.map(planRow)), 'plans', 2],
    ['status JSON', json(STATUS_HEADERS, [['Dev Patel', DEV, 'Sam', 'Mentor', '', '1', '0', '0', '0', '', '', '', 'No']]), 'status', 1],
    [
      'a byte-order mark and columns in another order',
      `\uFEFFEmail,Person,Manager,Path,Target role,Steps,Done,Overdue,Percent done,Next step,Next owner,Next due,Plan signed\r\n${DEV},Dev,Sam,Mentor,,1,0,0,0,,,,No\r\n`,
      'status',
      1,
    ],
    [
      'headers in another case and spacing',
      `KEY,person,E-mail,Manager,Path,Target Role,Step,Owner,Owner Role,Owner Email,Due,Status,Notes\n${DEV}#a,Dev,${DEV},Sam,Mentor,,Step,Dev,Employee,,,,\n`,
      'plans',
      1,
    ],
  ])('%s', (_, text, kind, people) => {
    const { plans } = ok(parsePlansImport(text, 'file', AT));
    expect(plans.kind).toBe(kind);
    expect(plans.people).toHaveLength(people);
  });

  it('reads a guarded cell written by hand', () => {
    const text = `${STATUS_HEADERS.join(',')}\n'@Dev,${DEV},Sam,Mentor,,1,0,0,0,'=HYPERLINK(x),Dev,2026-12-01,No\n`;
    const { plans } = ok(parsePlansImport(text, 'status.csv', AT));
    expect(plans.people[0]).toMatchObject({ name: '@Dev', summary: { next: { step: '=HYPERLINK(x)', due: '2026-12-01' } } });
  });
});

describe('parsePlansImport: files it refuses', () => {
  it.each([
    ['empty', '', /roster\.csv is empty\. Export it again from the Trellis Sheets add-on/],
    ['blank lines only', '\r\n \r\n', /is empty/],
    [
      'a roster',
      'Name,Email,Role,Manager\nAna,ana@example.com,Dev,Sam\n',
      /has neither the plans columns nor the plan status columns\. Export it again/,
    ],
    [
      'a plans file missing a column',
      `${PLAN_HEADERS.filter((h) => h !== 'Due').join(',')}\n`,
      /looks like a plans file but has no Due column/,
    ],
    [
      'a status file missing two columns',
      `${STATUS_HEADERS.slice(0, 11).join(',')}\n`,
      /looks like a plan status file but has no Next due, Plan signed columns/,
    ],
    ['headers but no rows', `${PLAN_HEADERS.join(',')}\n`, /has the plans columns but no row with an email/],
    [
      'rows without email only',
      `${STATUS_HEADERS.join(',')}\nDev,,Sam,Mentor,,1,0,0,0,,,,No\n`,
      /plan status columns but no row with an email/,
    ],
    ['an unclosed quote', `${PLAN_HEADERS.join(',')}\n"a,b\n`, /quoted field that is never closed/],
    ['a workbook', 'PK\u0003\u0004\u0014\u0000binary', /is not a CSV file/],
    ['broken JSON', '[{"Key": ', /is not valid JSON/],
    ['JSON that is not rows', '[1, 2]', /should hold a list of rows/],
  ])('%s', (_, text, message) => {
    const result = parsePlansImport(text, 'roster.csv', AT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
