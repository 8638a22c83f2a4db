import { describe, expect, it } from 'vitest';
import { pathChangeLines, refreshedLine, refreshWarnings, type RefreshFacts } from '../../cli/refresh-report';
import type { PathChange } from '../../shared/plan-changes';
import type { PlanRow } from '../../shared/types';

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

describe('pathChangeLines (contract section 9)', () => {
  const table = {
    rows: [
      { step: 'Talk with someone on each path', status: ' In progress' },
      { step: 'Trial work', status: 'Waiting' },
    ] as PlanRow[],
    extraHeaders: [],
    sourceRows: [14, 15],
    sourceColumns: { status: 11 },
  };
  const change: PathChange = {
    email: 'ravi@example.com',
    person: 'Ravi Singh',
    from: 'Undecided',
    to: 'Mentor',
    round: 2,
    closed: [3, 4, 5],
    stillOpen: [],
    skippedBefore: [],
  };
  it.each<[string, Partial<PathChange>, string[]]>([
    [
      'a change, nothing left open',
      {},
      [
        'plans.csv: Ravi Singh (ravi@example.com) changed path from Undecided to Mentor: 3 steps not started on Undecided closed as Skipped, with a note saying why; sign-off round 2 added, so both sign the changed plan',
      ],
    ],
    [
      'steps still open, each with its Status cell',
      { stillOpen: [0, 1], closed: [2] },
      [
        expect.stringContaining(': 1 step not started on Undecided closed'),
        'plans.csv:L14: "Talk with someone on each path" (In progress) is still open from Ravi Singh\'s earlier path; left as it is',
        'plans.csv:L15: "Trial work" (Waiting) is still open from Ravi Singh\'s earlier path; left as it is',
      ],
    ],
    [
      'back on a path whose steps were closed before',
      { skippedBefore: [7, 8] },
      [
        expect.any(String),
        'plans.csv: Ravi Singh (ravi@example.com) is back on Mentor: 2 steps were closed by an earlier path change and stay Skipped; set a Status back to Not started to take one up again',
      ],
    ],
  ])('%s', (_what, over, lines) => {
    expect(pathChangeLines('plans.csv', [{ ...change, ...over }], table)).toEqual(lines);
  });

  it('says how many steps the refresh closed, when it closed any', () => {
    expect(refreshedLine('plans.csv', { kept: 40, added: 9, closed: 5 })).toBe(
      'Refreshed plans.csv: kept 40 rows (5 steps of an earlier path closed), added 9.',
    );
  });
});
