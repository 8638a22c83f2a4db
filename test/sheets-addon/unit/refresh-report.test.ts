import { describe, expect, it } from 'vitest';
import { outOfTimeText, refreshSummary, stoppedText, unformattedText } from '../../../sheets-addon/src/refresh-report';

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
