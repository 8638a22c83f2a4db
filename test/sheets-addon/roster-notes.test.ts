// Only notes Trellis wrote are ever cleared from Roster: a user's own note, even one that starts "Trellis: ", stays.
// Trellis knows its notes by a mark of each kept in the document's properties (sheets-addon/src/problem-notes.ts).
import { describe, expect, it } from 'vitest';
import { MARKS_PROPERTY, markOf, marksProperties, notesWithProblems, readMarks } from '../../sheets-addon/src/problem-notes';
import { loadAddon } from './harness';
import { ANA, BOB, NOW, roster } from './team';

// With a manager, so the row once fixed is planned with nothing left to fill in.
const MISSING_NAME = ['', 'nobody@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical', '', ''];
const problem = (cell: string, message: string) => ({ cell, message });

describe('notesWithProblems', () => {
  const ours = 'Trellis: missing name';
  const marks = new Set([markOf(ours)]);
  it.each<[string, string, { cell: string; message: string }[], string]>([
    ['a new problem on an empty cell', '', [problem('A1', 'missing name')], ours],
    ["a new problem over the user's note", 'ask Sam', [problem('A1', 'missing name')], `${ours}\n\nask Sam`],
    ['our note, fixed', ours, [], ''],
    ["our note over the user's, fixed", `${ours}\n\nask Sam`, [], 'ask Sam'],
    ['the user\'s own "Trellis: " note', 'Trellis: review in May', [], 'Trellis: review in May'],
    [
      'the user\'s own "Trellis: " note under a new problem',
      'Trellis: review in May',
      [problem('A1', 'missing name')],
      `${ours}\n\nTrellis: review in May`,
    ],
    ['our note edited by the user: theirs now', `${ours} (I know)`, [], `${ours} (I know)`],
  ])('%s', (_, note, problems, expected) => {
    const result = notesWithProblems([[note]], problems, marks);
    expect((result.notes ?? [[note]])[0]![0]).toBe(expected);
  });

  it('keeps the marks of notes written now and of notes cleared now, and no others', () => {
    const result = notesWithProblems(
      [[ours, 'Trellis: review in May']],
      [problem('B1', 'malformed email')],
      new Set([markOf(ours), 'stale']),
    );
    expect(result.marks).toEqual(new Set([markOf(ours), markOf('Trellis: malformed email')]));
  });
});

describe('the marks in document properties', () => {
  it.each([0, 1, 5_000])('%i marks round-trip, each chunk under the 9 KB a value', (n) => {
    const marks = new Set(Array.from({ length: n }, (_, i) => markOf(`note ${i}`)));
    const properties = marksProperties(marks, {});
    expect(readMarks(properties)).toEqual(marks);
    for (const value of Object.values(properties)) expect(value.length).toBeLessThan(9 * 1024);
  });

  it('empties the chunks a longer list used before', () => {
    const long = marksProperties(new Set(Array.from({ length: 5_000 }, (_, i) => markOf(`n${i}`))), {});
    const short = marksProperties(new Set(['a']), long);
    expect(short[MARKS_PROPERTY]).toBe('a');
    expect(readMarks({ ...long, ...short })).toEqual(new Set(['a']));
  });
});

describe('roster notes through Generate', () => {
  it('clears the notes it wrote once the rows are fixed, and never a user\'s note that starts "Trellis: "', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, MISSING_NAME, BOB) } });
    const rosterSheet = addon.spreadsheet.sheet('Roster')!;
    rosterSheet.noteGrid.set(3, 0, "Trellis: check Bob's path in May");
    addon.call('generatePlans');
    expect(rosterSheet.cell('A3').note).toBe('Trellis: missing name');
    rosterSheet.write('A3', [['Nora Bell']]);
    addon.call('generatePlans');
    expect(rosterSheet.notes.flat().filter(Boolean)).toEqual(["Trellis: check Bob's path in May"]);
    expect(readMarks(addon.properties).size).toBeLessThanOrEqual(1);
    addon.call('generatePlans');
    expect(readMarks(addon.properties).size).toBe(0);
  });

  it('knows its note after the row moved (a row inserted above it)', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, MISSING_NAME) } });
    addon.call('generatePlans');
    const rosterSheet = addon.spreadsheet.sheet('Roster')!;
    rosterSheet.insertRowsAfter(1, 1);
    rosterSheet.write('A4', [['Nora Bell']]);
    addon.call('generatePlans');
    expect(rosterSheet.notes.flat().filter(Boolean)).toEqual([]);
  });
});
