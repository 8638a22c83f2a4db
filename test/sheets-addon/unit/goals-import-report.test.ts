import { describe, expect, it } from 'vitest';
import { askText, doneText, shortText } from '../../../sheets-addon/src/goals-import-report';

describe('shortText', () => {
  it.each([
    ['short', 'short'],
    ['  two\nlines \n\n and a gap ', 'two ↵ lines ↵ and a gap'],
    ['x'.repeat(80), `${'x'.repeat(69)}…`],
  ])('%j → %j', (text, expected) => {
    expect(shortText(text)).toBe(expected);
  });
});

describe('what the dialog says', () => {
  it.each([
    [{ filled: 0, people: 0, added: 0, replaced: 0, kept: 0 }, 'Nothing new: Career goals already holds all of this.'],
    [
      { filled: 1, people: 1, added: 0, replaced: 0, kept: 1 },
      'In Career goals, Trellis filled 1 empty cell for 1 person. 1 cell was kept as it was.',
    ],
    [
      { filled: 12, people: 2, added: 3, replaced: 1, kept: 0 },
      'In Career goals, Trellis filled 12 empty cells for 2 people, added 3 people at the end and replaced 1 cell.',
    ],
    [{ filled: 0, people: 0, added: 1, replaced: 0, kept: 0 }, 'In Career goals, Trellis added 1 person at the end.'],
  ])('%j', (done, text) => {
    expect(doneText(done)).toBe(text);
  });

  it.each([
    [1, 0, 0, '1 cell in Career goals already holds something else. Replace it with what you added, or keep what is in the sheet?'],
    [2, 1, 0, /^2 cells .* hold something else\. Replace them .*\? Empty cells are filled and new people added either way\.$/],
  ])('asks about %i cells', (conflicts, fills, added, text) => {
    expect(askText(conflicts, fills, added)).toMatch(text);
  });
});
