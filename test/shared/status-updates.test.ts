import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyStatusUpdates,
  readStatusUpdates,
  withNote,
  withStatusChanges,
  type ReadUpdate,
  type StatusUpdate,
} from '../../shared/status-updates';
import { readStatusUpdatesText, statusUpdatesCsv } from '../../shared/status-updates-csv';
import { STATUSES, type PlanRow } from '../../shared/types';

const HEADER = ['Key', 'Status was', 'Status', 'Changed on', 'Note'];
const ANA = 'ana@example.com#goals-conversation';
const update = (overrides: Partial<ReadUpdate> = {}): ReadUpdate => ({
  key: ANA,
  was: 'Not started',
  status: 'Done',
  changedOn: '2026-12-01',
  note: '',
  row: 2,
  keyCell: 'A2',
  ...overrides,
});
const row = (key: string, status: string, notes = '') => ({ key, status, notes });

describe('readStatusUpdates', () => {
  it.each<[string, string[][], Partial<ReadUpdate>[]]>([
    [
      'the columns in contract order',
      [HEADER, [ANA, 'Not started', 'Done', '2026-12-01', 'Talked it through']],
      [{ note: 'Talked it through' }],
    ],
    [
      'columns in another order, headers in another case',
      [
        ['note', 'STATUS', 'key', 'Changed On', 'status_was'],
        ['', 'in progress', ANA, '2026-12-01', 'not started'],
      ],
      [{ status: 'In progress', note: '', keyCell: 'C2' }],
    ],
    [
      'no Changed on or Note column',
      [
        ['Key', 'Status was', 'Status'],
        [ANA, 'Not started', 'Done'],
      ],
      [{ changedOn: '', note: '' }],
    ],
    ['a blank Status was reads as Not started', [HEADER, [ANA, '', 'Done', '', '']], [{ was: 'Not started', changedOn: '' }]],
    ['a guarded Note is read without its guard', [HEADER, [ANA, 'Not started', 'Done', '2026-12-01', "'=1+1"]], [{ note: '=1+1' }]],
    [
      'blank rows and rows above the header are skipped',
      [[], HEADER, ['', '', '', '', ''], [ANA, 'Not started', 'Done', '2026-12-01', '']],
      [{ row: 4, keyCell: 'A4' }],
    ],
  ])('reads %s', (_, cells, expected) => {
    const read = readStatusUpdates(cells);
    expect(read.fatal).toBeUndefined();
    expect(read.problems).toEqual([]);
    expect(read.updates).toEqual(expected.map((e) => update({ note: '', ...e })));
  });

  it.each<[string, string[], string, RegExp]>([
    ['a blank Key', ['', 'Not started', 'Done', '2026-12-01', ''], 'A2', /no Key/],
    ['a blank Status', [ANA, 'Not started', '', '2026-12-01', ''], 'C2', /no Status for ana@example.com#goals-conversation/],
    [
      'an unknown Status',
      [ANA, 'Not started', 'Finished', '2026-12-01', ''],
      'C2',
      /unknown status "Finished".*use Not started, In progress/,
    ],
    ['an unknown Status was', [ANA, 'Waiting', 'Done', '2026-12-01', ''], 'B2', /unknown status "Waiting"/],
    ['a Changed on that is not a day', [ANA, 'Not started', 'Done', '1/12/2026', ''], 'D2', /"1\/12\/2026" is not a date \(YYYY-MM-DD\)/],
    ['a Changed on that is no real day', [ANA, 'Not started', 'Done', '2026-02-30', ''], 'D2', /not a date/],
  ])('leaves out a row with %s, naming its cell', (_, cells, cell, message) => {
    const read = readStatusUpdates([HEADER, cells]);
    expect(read.updates).toEqual([]);
    expect(read.problems).toEqual([{ cell, message: expect.stringMatching(message) }]);
  });

  it('leaves out every row of a Key the file holds twice (any case), naming each', () => {
    const read = readStatusUpdates([
      HEADER,
      [ANA, 'Not started', 'Done', '2026-12-01', ''],
      ['ben@example.com#goals-conversation', 'Not started', 'Done', '2026-12-01', ''],
      [ANA.toUpperCase(), 'Not started', 'In progress', '2026-12-02', ''],
    ]);
    expect(read.updates.map((u) => u.key)).toEqual(['ben@example.com#goals-conversation']);
    expect(read.problems).toEqual([
      { cell: 'A2', message: `${ANA} is also on row 4: none of its updates is applied; keep the one you mean` },
      { cell: 'A4', message: `${ANA.toUpperCase()} is also on row 2: none of its updates is applied; keep the one you mean` },
    ]);
  });

  it.each<[string, string[][], string, RegExp]>([
    ['an empty file', [], '', /empty/],
    [
      'a plans table',
      [['Key', 'Person', 'Status']],
      'A1',
      /no Status was column .*the columns are Key, Status was, Status, Changed on, Note/,
    ],
    ['a file with no Key or Status was', [['Status']], 'A1', /no Key, Status was columns/],
  ])('reads nothing of %s', (_, cells, cell, message) => {
    expect(readStatusUpdates(cells).fatal).toEqual({ cell, message: expect.stringMatching(message) });
  });
});

describe('applyStatusUpdates', () => {
  it.each<[string, ReturnType<typeof row>[], ReadUpdate, object]>([
    [
      'a row still as the extension saw it gets the new Status and the Note',
      [row(ANA, 'Not started', 'Booked for May')],
      update({ note: 'Talked it through' }),
      { changes: [{ index: 0, status: 'Done', notes: 'Booked for May\nTalked it through' }], skipped: [], already: 0 },
    ],
    [
      'a blank Status is Not started; the Key matches in any case',
      [row('x', 'Done'), row(ANA.toUpperCase(), '  ')],
      update({ status: 'In progress' }),
      { changes: [{ index: 1, status: 'In progress' }], skipped: [], already: 0 },
    ],
    [
      'a Status in another case still matches',
      [row(ANA, 'in  PROGRESS')],
      update({ was: 'In progress' }),
      { changes: [{ index: 0, status: 'Done' }], skipped: [], already: 0 },
    ],
    [
      'a row that moved on is skipped',
      [row(ANA, 'Blocked')],
      update({ was: 'In progress', note: 'x' }),
      {
        changes: [],
        skipped: [
          {
            index: 0,
            update: update({ was: 'In progress', note: 'x' }),
            message: 'Status is now Blocked, the update expected In progress: skipped',
          },
        ],
        already: 0,
      },
    ],
    [
      'an unknown Status is skipped, said as it is typed',
      [row(ANA, 'Waiting')],
      update(),
      {
        changes: [],
        skipped: [{ index: 0, update: update(), message: 'Status is now Waiting, the update expected Not started: skipped' }],
        already: 0,
      },
    ],
    [
      'a Key in no row is skipped',
      [row('ben@example.com#goals-conversation', 'Not started')],
      update(),
      { changes: [], skipped: [{ index: null, update: update(), message: `no row has the Key ${ANA}: skipped` }], already: 0 },
    ],
    [
      'a row already at the new Status is left, and gets a Note it lacks',
      [row(ANA, 'done', 'First line')],
      update({ note: 'Second line' }),
      { changes: [{ index: 0, notes: 'First line\nSecond line' }], skipped: [], already: 1 },
    ],
    [
      'a Note already a line of Notes is not added again',
      [row(ANA, 'Done', 'Talked it through\nBooked')],
      update({ note: 'Talked it through' }),
      { changes: [], skipped: [], already: 1 },
    ],
    [
      'each row of a Key on two rows is checked',
      [row(ANA, 'Not started'), row(ANA, 'Blocked')],
      update(),
      {
        changes: [{ index: 0, status: 'Done' }],
        skipped: [{ index: 1, update: update(), message: expect.stringMatching(/now Blocked/) }],
        already: 0,
      },
    ],
  ])('%s', (_, rows, u, expected) => {
    expect(applyStatusUpdates(rows, [u])).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['', 'Note', 'Note'],
    ['Old', '', 'Old'],
    ['Old\n', 'Note', 'Old\nNote'],
    ['Old\r\nNote', 'Note', 'Old\r\nNote'],
    ['Old Note', 'Note', 'Old Note\nNote'],
  ])('withNote(%j, %j) is %j', (notes, note, expected) => {
    expect(withNote(notes, note)).toBe(expected);
  });
});

describe('the updates CSV', () => {
  it('is written in contract order, guarded, and read back as it was', () => {
    const updates: StatusUpdate[] = [
      { key: ANA, was: 'Not started', status: 'In progress', changedOn: '2026-12-01', note: '=HYPERLINK("x")' },
      { key: 'ben@example.com#sign-off-manager', was: 'In progress', status: 'Done', changedOn: '2026-12-02', note: 'two,\n"lines"' },
    ];
    const text = statusUpdatesCsv(updates);
    expect(text.split('\r\n')[0]).toBe('Key,Status was,Status,Changed on,Note');
    expect(text).toContain(`'=HYPERLINK`);
    const read = readStatusUpdatesText(`\uFEFF${text}`);
    expect(read.problems).toEqual([]);
    expect(read.updates).toEqual(updates.map((u, i) => ({ ...u, row: i + 2, keyCell: `A${i + 2}` })));
  });

  it.each([
    ['', /empty/],
    ['Key,Status was,Status\n"x,Done,Done\n', /never closed/],
  ])('reads nothing of %j', (text, message) => {
    expect(readStatusUpdatesText(text).fatal?.message).toMatch(message);
  });
});

describe('applying updates, over random tables', () => {
  const statusText = fc.constantFrom(...STATUSES, '', 'done', 'Waiting');
  const keys = ['a@x.com#s1', 'a@x.com#s2', 'b@x.com#s1', 'A@X.com#S2', ''];
  const planRow = fc.record({ key: fc.constantFrom(...keys), status: statusText, notes: fc.constantFrom('', 'n', 'a\nb') });
  const anUpdate = fc.record({
    key: fc.constantFrom(...keys.filter(Boolean), 'c@x.com#s1'),
    was: fc.constantFrom(...STATUSES),
    status: fc.constantFrom(...STATUSES),
    changedOn: fc.constant('2026-12-01'),
    note: fc.constantFrom('', 'n', 'talked'),
  });

  it('a second application changes nothing, and nothing but the Status and Notes of rows with an update Key changes', () => {
    fc.assert(
      fc.property(
        fc.array(planRow, { maxLength: 8 }),
        fc.uniqueArray(anUpdate, { selector: (u) => u.key.toLowerCase(), maxLength: 4 }),
        (rows, list) => {
          const updates = list.map((u, i) => ({ ...u, row: i + 2, keyCell: `A${i + 2}` }));
          const full = rows.map((r) => ({ ...r, person: 'P', step: 'S', due: '2026-01-01' }) as unknown as PlanRow);
          const once = withStatusChanges(full, applyStatusUpdates(full, updates).changes);
          const updated = new Set(updates.map((u) => u.key.toLowerCase()));
          once.forEach((after, i) => {
            const before = full[i]!;
            expect({ ...after, status: '', notes: '' }).toEqual({ ...before, status: '', notes: '' });
            if (!updated.has(before.key.toLowerCase())) expect(after).toBe(before);
          });
          expect(applyStatusUpdates(once, updates).changes).toEqual([]);
        },
      ),
    );
  });
});
