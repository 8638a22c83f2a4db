import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../shared/csv';

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
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
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
    const rows = [['Key', 'Notes'], ['a#b', 'said "yes", then\nleft'], ['c#d', '=SUM(1)']];
    expect(parseCsv(toCsv(rows)).rows).toEqual([rows[0], rows[1], ['c#d', "'=SUM(1)"]]);
  });
});
