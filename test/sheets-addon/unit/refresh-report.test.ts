import { describe, expect, it } from 'vitest';
import type { PathChange } from '../../../shared/plan-changes';
import {
  closingStoppedText,
  outOfTimeText,
  pathChangeSummary,
  refreshSummary,
  stoppedText,
  unformattedText,
} from '../../../sheets-addon/src/refresh-report';

const left = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `p${i}@x.com`, person: `P${i}`, rows: 1 }));
const nothing = { added: 0, left: [], duplicateKeys: [], matchedByStep: 0 };

describe('refreshSummary', () => {
  it.each([
    [1, nothing, 'Refreshed the plans: kept 1 row, added 0 new steps.'],
    [1_200, { ...nothing, added: 1 }, 'Refreshed the plans: kept 1,200 rows, added 1 new step.'],
    [
      3,
      { ...nothing, left: left(1) },
      'Refreshed the plans: kept 3 rows, added 0 new steps. 1 person no longer on the roster keeps their rows.',
    ],
    [
      3,
      { ...nothing, left: left(2) },
      'Refreshed the plans: kept 3 rows, added 0 new steps. 2 people no longer on the roster keep their rows.',
    ],
    [
      3,
      { ...nothing, duplicateKeys: ['k'] },
      'Refreshed the plans: kept 3 rows, added 0 new steps. 1 key is on more than one row; those rows were kept.',
    ],
    [
      3,
      { ...nothing, matchedByStep: 2 },
      expect.stringMatching(/ 2 rows with an empty Key stand for a step of the same person and name, so that step was not added again\.$/),
    ],
  ])('kept %i, %j', (kept, result, summary) => {
    expect(refreshSummary(kept, result)).toEqual(summary);
  });
});

describe('the alerts of a refresh cut short', () => {
  const p = { peopleDone: 2, peopleTotal: 5 };
  it.each([
    [
      'out of time',
      outOfTimeText(p),
      /^Trellis stopped early, .* Added new rows for 2 of 5 people; choose .* again to add the rest\. Every row/,
    ],
    [
      'stopped',
      stoppedText('timeout', p),
      /^Trellis stopped while adding the new rows to Plans \(timeout\)\. Added new rows for 2 of 5 people;/,
    ],
    ['stopped, no detail', stoppedText('', p), /^Trellis stopped while adding the new rows to Plans\. /],
    [
      'one blank row',
      stoppedText('', { ...p, blank: { after: 9, rows: 1 } }),
      /Sheet row 10 was made for new rows and left blank; you can delete it\.$/,
    ],
    [
      'blank rows',
      stoppedText('', { ...p, blank: { after: 9, rows: 3 } }),
      /Sheet rows 10 to 12 were made for new rows and left blank; you can delete them\.$/,
    ],
    [
      'unformatted',
      unformattedText('quota', p),
      /^Added new rows for 2 of 5 people, but Trellis stopped before it could format them \(quota\); choose/,
    ],
  ])('%s', (_what, text, pattern) => {
    expect(text).toMatch(pattern);
  });
});

describe('pathChangeSummary (contract section 9)', () => {
  const change = (over: Partial<PathChange> = {}): PathChange => ({
    email: 'ravi@example.com',
    person: 'Ravi Singh',
    from: 'Undecided',
    to: 'Mentor',
    round: 2,
    closed: [1, 2],
    stillOpen: [],
    skippedBefore: [],
    ...over,
  });
  const rowOf = (index: number) => index + 10;
  it.each<[string, PathChange[], string]>([
    ['no change', [], ''],
    [
      'one person',
      [change()],
      ' Ravi Singh changed path from Undecided to Mentor: closed 2 untouched steps of Undecided and added a new sign-off round.',
    ],
    [
      'one step still open, by its row once the new rows are in',
      [change({ stillOpen: [5] })],
      ' Ravi Singh changed path from Undecided to Mentor: closed 2 untouched steps of Undecided and added a new sign-off round. Still open from an earlier path, left as it is: row 15.',
    ],
    [
      'two people, rows in order, twelve open',
      [change({ stillOpen: [9, 8, 7, 6, 5, 4] }), change({ person: '', email: 'bo@x.com', closed: [], stillOpen: [3, 2, 1, 0, 20, 21] })],
      ' 2 people changed path: closed 2 untouched steps of their earlier paths and added new sign-off rounds. Still open from an earlier path, left as they are: rows 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 and 2 more.',
    ],
    [
      'back on a path taken before',
      [change({ closed: [1], skippedBefore: [3, 4] })],
      ' Ravi Singh changed path from Undecided to Mentor: closed 1 untouched step of Undecided and added a new sign-off round. 2 steps of a path taken up again stay Skipped from an earlier change; set a Status back to Not started to take one up.',
    ],
  ])('%s', (_what, changes, summary) => {
    expect(pathChangeSummary(changes, rowOf)).toBe(summary);
  });

  it('a refresh stopped while closing steps says how far it got and that no row was added', () => {
    expect(closingStoppedText('quota', 2, 7)).toBe(
      'Trellis stopped while closing the untouched steps of an earlier path in Plans (quota). Closed 2 of 7; choose Extensions → Trellis → Generate or refresh plans again to finish. No new row was added, and every other row is as it was.',
    );
    expect(outOfTimeText({ peopleDone: 1, peopleTotal: 3, closed: 4 })).toMatch(
      /Every other row that was already in Plans is as it was; 4 untouched steps of an earlier path were closed\.$/,
    );
  });
});
