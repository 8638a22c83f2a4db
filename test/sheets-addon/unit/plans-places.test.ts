// refreshPlans' insertions in sheet rows (sheets-addon/src/plans-places.ts): bottom first, one place per sheet row.
import { describe, expect, it } from 'vitest';
import type { Insertion } from '../../../shared/refresh';
import type { PlanRow } from '../../../shared/types';
import { peopleIn, rowAfterInsertions, sheetInsertions } from '../../../sheets-addon/src/plans-places';

const row = (email: string, step: string) => ({ key: `${email}#${step}`, email, step }) as PlanRow;
const a = row('a@x.com', 'one');
const b = row('b@x.com', 'one');
const c = row('c@x.com', 'one');

describe('sheetInsertions', () => {
  it.each<[string, Insertion[], number[], number, { after: number; keys: string[]; below: boolean }[]]>([
    ['nothing to add', [], [2, 3], 3, []],
    [
      'after existing rows, bottom first',
      [
        { after: 0, rows: [a] },
        { after: 1, rows: [b] },
      ],
      [2, 5],
      9,
      [
        { after: 5, keys: [b.key], below: false },
        { after: 2, keys: [a.key], below: false },
      ],
    ],
    [
      "the end is the sheet's last row, below anything without a Key or Email",
      [
        { after: 1, rows: [b] },
        { after: 'end', rows: [c] },
      ],
      [2, 5],
      9,
      [
        { after: 9, keys: [c.key], below: true },
        { after: 5, keys: [b.key], below: false },
      ],
    ],
    [
      'the last person and new people land on one row: one place',
      [
        { after: 1, rows: [b] },
        { after: 'end', rows: [c] },
      ],
      [2, 5],
      5,
      [{ after: 5, keys: [b.key, c.key], below: true }],
    ],
  ])('%s', (_, insertions, sheetRows, lastRow, expected) => {
    const places = sheetInsertions(insertions, sheetRows, lastRow);
    expect(places.map((p) => ({ after: p.after, keys: p.rows.map((r) => r.key), below: p.below }))).toEqual(expected);
  });

  it('counts the people getting rows', () => {
    expect(
      peopleIn(
        sheetInsertions(
          [
            { after: 0, rows: [a, row('a@x.com', 'two')] },
            { after: 'end', rows: [b, c] },
          ],
          [2],
          2,
        ),
      ).size,
    ).toBe(3);
  });
});

describe('rowAfterInsertions: where an existing row is once new rows are in', () => {
  const places = sheetInsertions(
    [
      { after: 0, rows: [a, a] },
      { after: 1, rows: [b] },
      { after: 'end', rows: [c] },
    ],
    [2, 5, 8],
    8,
  );
  it.each<[number, number, number]>([
    [2, 3, 2],
    [3, 3, 5],
    [5, 3, 7],
    [6, 3, 9],
    [8, 3, 11],
    [6, 1, 6],
    [6, 2, 7],
    [6, 0, 6],
  ])('row %i, %i places done → %i', (row, done, moved) => {
    expect(rowAfterInsertions(row, places, done)).toBe(moved);
  });
});
