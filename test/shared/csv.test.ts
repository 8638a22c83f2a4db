import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, toCsvChunks } from '../../shared/csv';

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
