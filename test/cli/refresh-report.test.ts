import { describe, expect, it } from 'vitest';
import { refreshedLine, refreshWarnings, type RefreshFacts } from '../../cli/refresh-report';

const none: RefreshFacts = { kept: 10, added: 0, matchedByStep: 0, duplicateKeys: [], left: [] };

describe('refreshWarnings', () => {
  it.each<[string, Partial<RefreshFacts>, string[]]>([
    ['nothing to say', {}, []],
    [
      'someone who left',
      { left: [{ person: 'Cara Diaz', email: 'cara@example.com', rows: 7, rejected: false }] },
      ['plans.csv: Cara Diaz (cara@example.com) is no longer on the roster; their 7 rows are kept'],
    ],
    [
      'a rejected row, named by email when the name is blank',
      { left: [{ person: '', email: 'bob@example.com', rows: 1, rejected: true }] },
      ['plans.csv: bob@example.com (bob@example.com) has a rejected roster row; their 1 row are kept as they are'],
    ],
    [
      'a key on two rows',
      { duplicateKeys: ['a@example.com#x'] },
      ['plans.csv: the key a@example.com#x is on more than one row; both rows are kept'],
    ],
    [
      'one blanked Key matched back',
      { matchedByStep: 1 },
      [
        'plans.csv: 1 row with an empty Key has the person and Step of a planned step; kept as they are and not added again (type the Key back to link them for good)',
      ],
    ],
    [
      'two blanked Keys matched back',
      { matchedByStep: 2 },
      [expect.stringMatching(/^plans\.csv: 2 rows with an empty Key have the person/)],
    ],
  ])('%s', (_what, facts, lines) => {
    expect(refreshWarnings('plans.csv', { ...none, ...facts })).toEqual(lines);
  });
});

describe('refreshedLine', () => {
  it.each([
    [1, 0, 'Refreshed plans.csv: kept 1 row, added 0.'],
    [12, 3, 'Refreshed plans.csv: kept 12 rows, added 3.'],
    [225_539, 1_200, 'Refreshed plans.csv: kept 225,539 rows, added 1,200.'],
  ])('kept %i, added %i', (kept, added, line) => {
    expect(refreshedLine('plans.csv', { kept, added })).toBe(line);
  });
});
