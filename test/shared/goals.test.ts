import { describe, expect, it } from 'vitest';
import { GOALS_HEADERS, goalsNotOnRoster, goalsTemplateRows, hasGoals, newGoalsPeople, readGoals } from '../../shared/goals';

const HEADER = [...GOALS_HEADERS];
const row = (email: string, overrides: Record<number, string> = {}) => GOALS_HEADERS.map((_, i) => overrides[i] ?? (i === 0 ? email : ''));

describe('readGoals: the headers', () => {
  it.each<[string, string[]]>([
    ['the contract headers', HEADER],
    [
      'synonyms, any case, spaces, apostrophes',
      [
        'E-mail',
        'NAME',
        'Date',
        'how_the_job feels',
        'Progressing as wanted',
        'Whats next',
        'Steps to get there',
        'How long',
        'Support',
        'Short term goal',
        'Long term goal',
        'Does not want',
        'Target date',
      ],
    ],
  ])('%s map to every field', (_, header) => {
    const { rows, fatal } = readGoals([header, row('ana@example.com', { 1: 'Ana', 5: 'Lead the API', 10: 'Staff engineer' })]);
    expect(fatal).toBeUndefined();
    expect(rows[0]!.goals).toMatchObject({
      email: 'ana@example.com',
      person: 'Ana',
      whatsNext: 'Lead the API',
      longTerm: 'Staff engineer',
    });
  });

  it.each<[string, unknown[][], string]>([
    ['an empty table', [], 'no header row: the career goals table is empty'],
    [
      'no Email column',
      [
        ['Name', 'Next'],
        ['Ana', 'x'],
      ],
      'no Email column (Email, E-mail, Work email) in the header row 1',
    ],
  ])('%s is fatal', (_, cells, message) => {
    expect(readGoals(cells).fatal?.message).toBe(message);
  });

  it('only Email is required; a missing column reads as blank', () => {
    const { rows } = readGoals([
      ['Email', 'Not wanted'],
      ['ana@example.com', 'managing people'],
    ]);
    expect(rows[0]!.goals).toMatchObject({ email: 'ana@example.com', notWanted: 'managing people', shortTerm: '', person: '' });
  });
});

describe('readGoals: problems, each with its cell', () => {
  it.each<[string, unknown[][], { cell: string; message: string }[], number]>([
    [
      'a repeated email (another case, an invisible space)',
      [HEADER, row('ana@example.com'), row('x@example.com'), row('ANA@exam\u200Bple.com')],
      [{ cell: 'A4', message: 'duplicate email "ANA@example.com" (first at A2)' }],
      2,
    ],
    [
      'a malformed email',
      [HEADER, row('not-an-email'), row('bo@example.com')],
      [{ cell: 'A2', message: 'malformed email "not-an-email"; the row was left out' }],
      1,
    ],
    ['a missing email', [HEADER, row('', { 1: 'Ana' })], [{ cell: 'A2', message: 'missing email; the row was left out' }], 0],
    [
      'a conversation date that is not a date',
      [HEADER, row('ana@example.com', { 2: 'last Tuesday' })],
      [{ cell: 'C2', message: '"last Tuesday" is not a date written YYYY-MM-DD; that field was ignored' }],
      1,
    ],
    [
      'a target date that is not a date',
      [HEADER, row('ana@example.com', { 12: '2027-13-01' })],
      [{ cell: 'M2', message: '"2027-13-01" is not a date written YYYY-MM-DD; that field was ignored' }],
      1,
    ],
  ])('%s', (_, cells, problems, kept) => {
    const result = readGoals(cells);
    expect(result.problems).toEqual(problems);
    expect(result.rows).toHaveLength(kept);
  });

  it('a bad date is ignored, the rest of the row is kept', () => {
    const { rows } = readGoals([HEADER, row('ana@example.com', { 2: 'soon', 9: 'Own the billing service' })]);
    expect(rows[0]!.goals).toMatchObject({ conversationDate: '', shortTerm: 'Own the billing service' });
  });

  it('an answer keeps its line breaks, spaces and a leading = exactly as typed', () => {
    const answer = '  First: ship the API.\n= then: mentor Bo  ';
    const { rows } = readGoals([HEADER, row('ana@example.com', { 3: answer })]);
    expect(rows[0]!.goals.jobFeels).toBe(answer);
  });
});

describe('the template and the roster', () => {
  const people = [
    { name: 'Ana Lopez', email: 'ana@example.com' },
    { name: 'Bo Chen', email: 'bo@example.com' },
  ];
  const existing = readGoals([HEADER, row('ANA@example.com'), row('gone@example.com')]).rows;

  it('adds only people with no row yet, in roster order', () => {
    expect(newGoalsPeople(existing, people)).toEqual([people[1]]);
  });

  it('reports rows of people not on the roster', () => {
    expect(goalsNotOnRoster(existing, people).map((r) => r.goals.email)).toEqual(['gone@example.com']);
  });

  it("fills Email and Person in the table's own columns", () => {
    expect(goalsTemplateRows(people.slice(0, 1), { email: 2, person: 0 }, 4)).toEqual([['Ana Lopez', '', 'ana@example.com', '']]);
  });

  it.each<[string, Record<number, string>, boolean]>([
    ['Email and Person only', { 1: 'Ana' }, false],
    ['a blank answer', { 3: '   ' }, false],
    ['one answer', { 11: 'managing people' }, true],
    ['a conversation date', { 2: '2026-12-01' }, true],
  ])('hasGoals: %s → %s', (_, overrides, has) => {
    expect(hasGoals(readGoals([HEADER, row('ana@example.com', overrides)]).rows[0]!.goals)).toBe(has);
  });
});
