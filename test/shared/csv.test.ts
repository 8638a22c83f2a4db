import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lineEnding, parseCsv, toCsv, toCsvChunks } from '../../shared/csv';

describe('toCsv', () => {
  it.each([
    [[['a', 'b']], 'a,b\r\n'],
    [[['x, y', 'say "hi"']], '"x, y","say ""hi"""\r\n'],
    [[['two\nlines']], '"two\nlines"\r\n'],
    [[['=1+1', '@x', '-2', '+3']], "'=1+1,'@x,'-2,'+3\r\n"],
    [[['\tx']], "'\tx\r\n"],
    [[['Zoë 中文 🙂']], 'Zoë 中文 🙂\r\n'],
  ])('%j → %j', (rows, csv) => {
    expect(toCsv(rows)).toBe(csv);
  });
});

describe('parseCsv', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['\uFEFFName,Email\n', [['Name', 'Email']]],
    ['"x, y","two\nlines"\n', [['x, y', 'two\nlines']]],
    ['\na\n\nb\n', [[''], ['a'], [''], ['b']]],
  ])('%j → %j', (csv, rows) => {
    expect(parseCsv(csv).rows).toEqual(rows);
  });

  it('reports an unclosed quote', () => {
    expect(parseCsv('a,"b\nc,d\n').errors.length).toBeGreaterThan(0);
  });

  it('round-trips what toCsv wrote (guarded values keep their quote mark)', () => {
    const rows = [
      ['Key', 'Notes'],
      ['a#b', 'said "yes", then\nleft'],
      ['c#d', '=SUM(1)'],
    ];
    expect(parseCsv(toCsv(rows)).rows).toEqual([rows[0], rows[1], ['c#d', "'=SUM(1)"]]);
  });
});

describe('toCsvChunks', () => {
  const rows = [
    ['Key', 'Notes'],
    ...Array.from({ length: 50 }, (_, i) => [`k${i}`, i % 7 === 0 ? `=sum, "quoted"\nline ${i}` : `note ${i}`]),
  ];
  it.each([1, 10, 64, 1_000_000])('joined, is the document toCsv writes (pieces of about %i characters)', (size) => {
    const chunks = [...toCsvChunks(rows, size)];
    expect(chunks.join('')).toBe(toCsv(rows));
    if (size === 1) expect(chunks).toHaveLength(rows.length);
    if (size === 1_000_000) expect(chunks).toHaveLength(1);
  });

  it('an empty table is the same empty document', () => {
    expect([...toCsvChunks([])].join('')).toBe(toCsv([]));
  });

  it('parses back to the same rows', () => {
    expect(parseCsv([...toCsvChunks(rows, 40)].join('')).rows).toEqual(rows.map((r) => r.map((c) => (c.startsWith('=') ? `'${c}` : c))));
  });
});

describe('parseCsv with maxRows', () => {
  it.each([
    [0, 5],
    [1, 1],
    [3, 3],
    [9, 5],
  ])('maxRows %i reads %i rows', (maxRows, count) => {
    expect(parseCsv('a\nb\nc\nd\ne\n', maxRows).rows).toHaveLength(count);
  });
});

// parseCsv tells Papaparse the line ending rather than have it guess (its guess copies the text three times): the
// answer must be Papaparse's own guess, which it reports as meta.linebreak.
describe('lineEnding is the line ending Papaparse guesses', () => {
  const guessed = (text: string) => Papa.parse(text, { delimiter: ',' }).meta.linebreak;
  it.each([
    ['a,b\r\nc,d\r\n'],
    ['a,b\nc,d\n'],
    ['a,b\rc,d\r'],
    ['a,b'],
    ['"x\ny",b\r\nc\r\n'],
    ['"x\r\ny",b\nc\n'],
    ['"a\r\nb",c\nd\r\n'],
    ['a\r"q"\nb\r\n'],
    ['"unclosed\r\nrest\n'],
    ['a\r\nb\rc\rd\r\n'],
    ['\na\r\n'],
  ])('%j', (text) => {
    expect(lineEnding(text)).toBe(guessed(text));
  });

  it('on any text of quotes, commas, returns and newlines', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n'), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => lineEnding(t) === guessed(t)),
      { numRuns: 2_000 },
    );
  });

  it('past the first megabyte, as Papaparse does', () => {
    const text = `${'a\n'.repeat(600_000)}b\r\n`;
    expect(lineEnding(text)).toBe(guessed(text));
    const crlf = `${'"x\n'.padEnd(1024 * 1024 - 1, 'y')}"\r\nz\r\n`;
    expect(lineEnding(crlf)).toBe(guessed(crlf));
  });
});
