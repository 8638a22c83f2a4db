import { describe, expect, it } from 'vitest';
import { GOALS_HEADERS, type CareerGoals } from '../../shared/goals';
import { blankGoals } from '../../shared/goals-export';
import { goalsCsv, goalsFileName, mergeGoals, readGoalsCsv, replaceConflicts, type GoalsByPerson } from '../../shared/goals-file';

const goals = (email: string, person: string, patch: Partial<CareerGoals> = {}): CareerGoals => ({
  ...blankGoals(email, person),
  ...patch,
});
const STORED: GoalsByPerson = {
  'ana@example.com': goals('ana@example.com', 'Ana Silva', { jobFeels: 'Good', whatsNext: 'Lead the API', conversationDate: '2026-11-12' }),
  'dev@example.com': goals('dev@example.com', 'Dev Patel', { shortTerm: 'Ship the cache' }),
};
const HEADER = GOALS_HEADERS.join(',');

/** Reads a CSV the way the options page does, failing the test when it cannot be read. */
function read(text: string, fileName = 'goals.csv') {
  const result = readGoalsCsv(text, fileName);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('goalsCsv and readGoalsCsv', () => {
  it('names the file by day', () => {
    expect(goalsFileName('2026-12-01')).toBe('trellis-career-goals-2026-12-01.csv');
  });

  it('writes the contract header, then one row a person by name, and reads back exactly what was stored', () => {
    const hostile: GoalsByPerson = {
      ...STORED,
      'kim@example.com': goals('kim@example.com', 'Kim Park', {
        jobFeels: '=HYPERLINK("http://evil","click")',
        steps: 'one\ntwo, "three"\r\nfour',
        notWanted: '<script>alert(1)</script>',
        longTerm: '- [x] done\n# heading',
        howLong: '\u001b[31mred\u001b[0m',
        targetDate: '2027-06-30',
      }),
    };
    const csv = goalsCsv(hostile);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csv).toContain(`"'- [x] done\n# heading"`);
    const { rows, problems } = read(csv);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.goals.person)).toEqual(['Ana Silva', 'Dev Patel', 'Kim Park']);
    expect(Object.fromEntries(rows.map((r) => [r.identity, r.goals]))).toEqual(hostile);
  });

  it('an empty store writes the header alone', () => {
    expect(goalsCsv({})).toBe(`${HEADER}\r\n`);
  });

  it.each([
    { text: '', message: 'goals.csv: no header row: the career goals table is empty. Nothing was imported.' },
    {
      text: 'Name,Role\r\nAna,Dev\r\n',
      message: 'goals.csv:A1: no Email column (Email, E-mail, Work email) in the header row 1. Nothing was imported.',
    },
    { text: 'Email,Person\r\n"ana@example.com,Ana\r\n', message: /^goals\.csv:\d+: a quoted field is never closed/ },
  ])('refuses a file it cannot read: $message', ({ text, message }) => {
    const result = readGoalsCsv(text, 'goals.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('lists each problem with its cell and keeps the good rows', () => {
    const csv = [HEADER, `ana@example.com,Ana,12/11/2026${',x'.repeat(9)},`, 'not-an-email,Bo', 'ANA@example.com,Ana again', ''].join(
      '\r\n',
    );
    const { rows, problems } = read(csv);
    expect(rows.map((r) => r.identity)).toEqual(['ana@example.com']);
    expect(problems).toEqual([
      'goals.csv:C2: "12/11/2026" is not a date written YYYY-MM-DD; that field was ignored',
      'goals.csv:A3: malformed email "not-an-email"; the row was left out',
      'goals.csv:A4: duplicate email "ANA@example.com" (first at A2)',
    ]);
  });
});

describe('mergeGoals', () => {
  const csvOf = (...lines: string[]) => read([HEADER, ...lines, ''].join('\r\n'));
  const merge = (...lines: string[]) => {
    const { rows, columns } = csvOf(...lines);
    return mergeGoals(STORED, rows, columns);
  };

  it('adds people not stored yet, whole', () => {
    const result = merge('sam@example.com,Sam Chen,2026-10-01,Fine');
    expect(result.added).toEqual(['sam@example.com']);
    expect(result.goals['sam@example.com']).toMatchObject({ person: 'Sam Chen', jobFeels: 'Fine', conversationDate: '2026-10-01' });
    expect(result.conflicts).toEqual([]);
  });

  it.each([
    { name: 'a blank stored field is filled', line: 'ana@example.com,,,,Yes', filled: 1, field: 'progressing', value: 'Yes' },
    { name: 'the same text changes nothing', line: 'ana@example.com,Ana Silva,,Good', filled: 0, field: 'jobFeels', value: 'Good' },
    { name: 'a blank imported cell never blanks a stored one', line: 'ana@example.com,,,', filled: 0, field: 'jobFeels', value: 'Good' },
    { name: 'the email matches case-insensitively', line: 'ANA@Example.com,,,,Yes', filled: 1, field: 'progressing', value: 'Yes' },
  ])('$name', ({ line, filled, field, value }) => {
    const result = merge(line);
    expect(result.filled).toBe(filled);
    expect(result.conflicts).toEqual([]);
    expect(result.added).toEqual([]);
    expect(result.goals['ana@example.com']![field as keyof CareerGoals]).toBe(value);
  });

  it('lists a differing non-empty field as a conflict with its cell, and keeps the stored text', () => {
    const result = merge('dev@example.com,Dev Patel', 'ana@example.com,Ana S.,2026-12-01,"Better\nnow",,Lead the API');
    expect(result.conflicts).toEqual([
      {
        identity: 'ana@example.com',
        person: 'Ana Silva',
        field: 'person',
        header: 'Person',
        cell: 'B3',
        mine: 'Ana Silva',
        theirs: 'Ana S.',
      },
      {
        identity: 'ana@example.com',
        person: 'Ana Silva',
        field: 'conversationDate',
        header: 'Conversation date',
        cell: 'C3',
        mine: '2026-11-12',
        theirs: '2026-12-01',
      },
      {
        identity: 'ana@example.com',
        person: 'Ana Silva',
        field: 'jobFeels',
        header: 'How the job feels',
        cell: 'D3',
        mine: 'Good',
        theirs: 'Better\nnow',
      },
    ]);
    expect(result.goals['ana@example.com']).toEqual(STORED['ana@example.com']);
    const replaced = replaceConflicts(result.goals, result.conflicts.slice(2));
    expect(replaced['ana@example.com']).toEqual({ ...STORED['ana@example.com'], jobFeels: 'Better\nnow' });
    expect(replaced['dev@example.com']).toEqual(STORED['dev@example.com']);
  });

  it('does not count line ends as a difference', () => {
    const stored = { 'ana@example.com': goals('ana@example.com', 'Ana', { steps: 'one\ntwo' }) };
    const { rows, columns } = csvOf('ana@example.com,Ana,,,,,"one\r\ntwo"');
    expect(mergeGoals(stored, rows, columns)).toEqual({ goals: stored, added: [], filled: 0, conflicts: [] });
  });

  it('importing an export of the same goals changes nothing', () => {
    const { rows, columns } = read(goalsCsv(STORED));
    expect(mergeGoals(STORED, rows, columns)).toEqual({ goals: STORED, added: [], filled: 0, conflicts: [] });
  });
});
