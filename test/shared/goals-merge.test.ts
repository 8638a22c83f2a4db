import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOALS_HEADERS, readGoals } from '../../shared/goals';
import { mergeGoalsIntoTable } from '../../shared/goals-merge';
import { goalsTsvRow } from '../../shared/goals-export';
import { readPastedGoals } from '../../shared/goals-paste';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'goals');
const HEADER = [...GOALS_HEADERS];
const row = (email: string, overrides: Record<number, string> = {}) => GOALS_HEADERS.map((_, i) => overrides[i] ?? (i === 0 ? email : ''));

describe('readPastedGoals', () => {
  it('reads the row the extension copies: tab-separated, no header, a quoted cell with a line break and quotes', () => {
    const pasted = readPastedGoals(readFileSync(join(FIXTURES, 'copied-row.tsv'), 'utf8'));
    if (!pasted.ok) throw new Error(pasted.message);
    expect(pasted.headerless).toBe(true);
    expect(pasted.problems).toEqual([]);
    expect(pasted.read.rows).toHaveLength(1);
    expect(pasted.read.rows[0]!.goals).toMatchObject({
      email: 'ana@example.com',
      person: 'Ana Lopez',
      conversationDate: '2026-02-20',
      jobFeels: 'Good, but busy.\nThe on-call weeks are hard.',
      progressing: '- not yet',
      managerSupport: 'Time for the "design" course',
      targetDate: '2026-09-30',
    });
  });

  it('the fixture is exactly what the extension copies for those answers (goalsTsvRow)', () => {
    const pasted = readPastedGoals(readFileSync(join(FIXTURES, 'copied-row.tsv'), 'utf8'));
    if (!pasted.ok) throw new Error(pasted.message);
    expect(`${goalsTsvRow(pasted.read.rows[0]!.goals)}\n`).toBe(readFileSync(join(FIXTURES, 'copied-row.tsv'), 'utf8'));
  });

  it.each<[string, string, Record<string, string>[]]>([
    [
      'a CSV with a header',
      readFileSync(join(FIXTURES, 'goals.csv'), 'utf8'),
      [{ email: 'bob@example.com' }, { email: 'cara@example.com' }],
    ],
    [
      'CRLF line ends, a line break inside a cell',
      'Email,How the job feels\r\nana@example.com,"Good\r\nbusy"\r\n',
      [{ jobFeels: 'Good\nbusy' }],
    ],
    [
      'a header in other words and order',
      'Short term goal,E-mail\nLead the API,ana@example.com\n',
      [{ shortTerm: 'Lead the API', email: 'ana@example.com' }],
    ],
    ['a tab-separated header and row', 'Email\tNot wanted\nana@example.com\tManaging, people\n', [{ notWanted: 'Managing, people' }]],
    ['two copied rows, a byte-order mark', '\uFEFFana@example.com\tAna\nbob@example.com\tBob\n', [{ person: 'Ana' }, { person: 'Bob' }]],
    ['a copied row with fewer cells than 13', 'ana@example.com\tAna\t2026-02-20', [{ conversationDate: '2026-02-20', targetDate: '' }]],
  ])('reads %s', (_, text, expected) => {
    const pasted = readPastedGoals(text);
    if (!pasted.ok) throw new Error(pasted.message);
    expect(pasted.read.rows.map((r) => r.goals)).toMatchObject(expected);
  });

  it.each<[string, string, { cell: string; message: RegExp }[]]>([
    [
      'a bad date in a copied row: its cell in the pasted row 1',
      'ana@example.com\tAna\tnext spring',
      [{ cell: 'C1', message: /"next spring" is not a date/ }],
    ],
    [
      'a malformed email under a header',
      'Email,Person\nana@example.com,Ana\nbob-at-example,Bob\n',
      [{ cell: 'A3', message: /malformed email/ }],
    ],
    [
      'a duplicate in a copied pair',
      'ana@example.com\tAna\nANA@example.com\tAna\n',
      [{ cell: 'A2', message: /duplicate email .* \(first at A1\)/ }],
    ],
    ['cells past Target date', `${row('ana@example.com').join('\t')}\textra`, [{ cell: 'N1', message: /more cells than the 13 columns/ }]],
  ])('reports %s', (_, text, problems) => {
    const pasted = readPastedGoals(text);
    if (!pasted.ok) throw new Error(pasted.message);
    expect(pasted.problems).toEqual(problems.map((p) => ({ cell: p.cell, message: expect.stringMatching(p.message) })));
  });

  it.each<[string, string, RegExp]>([
    ['nothing', ' \n\t\n', /Nothing to add yet/],
    ['no header and no email first', 'Ana,Lead the API\n', /no Email column .* in its first row, and does not start with an email/],
    ['an unclosed quote', 'ana@example.com\t"Good\n', /Row 1 .* never closed.*Nothing was added/],
  ])('refuses %s with what to do', (_, text, message) => {
    const pasted = readPastedGoals(text);
    expect(pasted.ok ? 'read' : pasted.message).toMatch(message);
  });
});

describe('mergeGoalsIntoTable', () => {
  const table = [
    HEADER,
    row('ana@example.com', { 1: 'Ana Lopez', 3: 'Good\nbusy', 12: '2026-09-30' }),
    row('bob@example.com', { 1: 'Bob Stone', 12: 'next spring' }),
  ];
  const merged = (...incoming: string[][]) => mergeGoalsIntoTable(table, readGoals(table), readGoals([HEADER, ...incoming]).rows);

  it.each<[string, string[], { fills: string[]; conflicts: string[] }]>([
    ['the same text: nothing to do', row('ANA@example.com', { 1: 'Ana Lopez', 3: 'Good\r\nbusy' }), { fills: [], conflicts: [] }],
    ['a blank cell filled', row('ana@example.com', { 4: 'Slowly' }), { fills: ['E2=Slowly'], conflicts: [] }],
    ['a blank incoming cell never clears one', row('ana@example.com', { 1: '', 3: '' }), { fills: [], conflicts: [] }],
    ['other text in a filled cell: a conflict', row('ana@example.com', { 1: 'Ana' }), { fills: [], conflicts: ['B2: Ana Lopez → Ana'] }],
    ['another date: a conflict', row('ana@example.com', { 12: '2026-10-01' }), { fills: [], conflicts: ['M2: 2026-09-30 → 2026-10-01'] }],
    [
      'a date over text that is not one: a conflict',
      row('bob@example.com', { 12: '2027-03-01' }),
      { fills: [], conflicts: ['M3: next spring → 2027-03-01'] },
    ],
  ])('%s', (_, incoming, expected) => {
    const merge = merged(incoming);
    expect(merge.fills.map((f) => `${String.fromCharCode(65 + f.column)}${f.row}=${f.value}`)).toEqual(expected.fills);
    expect(merge.conflicts.map((c) => `${c.cell}: ${c.current} → ${c.value}`)).toEqual(expected.conflicts);
    expect(merge.added).toEqual([]);
  });

  it('a conflict says whose cell and which column', () => {
    expect(merged(row('ana@example.com', { 10: 'Staff' }), row('ana@example.com')).conflicts).toEqual([]);
    const [conflict] = merged(row('bob@example.com', { 1: 'Robert' })).conflicts;
    expect(conflict).toMatchObject({
      cell: 'B3',
      header: 'Person',
      person: 'Bob Stone',
      current: 'Bob Stone',
      value: 'Robert',
      field: 'person',
    });
  });

  it('a person the table has no row for is added, in incoming order', () => {
    const merge = merged(row('dan@example.com', { 1: 'Dan' }), row('ana@example.com', { 4: 'Slowly' }), row('cara@example.com'));
    expect(merge.added.map((g) => g.email)).toEqual(['dan@example.com', 'cara@example.com']);
    expect(merge.fills).toHaveLength(1);
  });

  it('fields the table has no column for are left out and named', () => {
    const narrow = [
      ['Email', 'Person'],
      ['ana@example.com', ''],
    ];
    const merge = mergeGoalsIntoTable(narrow, readGoals(narrow), readGoals([HEADER, row('ana@example.com', { 1: 'Ana', 9: 'Lead' })]).rows);
    expect(merge.fills).toMatchObject([{ row: 2, column: 1, value: 'Ana' }]);
    expect(merge.noColumn).toEqual(['Short-term goal']);
  });
});
