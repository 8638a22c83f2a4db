import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvBytes } from '../../../cli/io/csv-bytes';
import { parseCsv, toCsv } from '../../../shared/csv';

const bytesOf = (text: string) => Buffer.from(text, 'utf8');
const papaparse = (text: string, maxRows = 0) => parseCsv(text.startsWith('\uFEFF') ? text.slice(1) : text, maxRows).rows;

describe('parseCsvBytes', () => {
  it.each([
    ['one row, LF', 'a,b\n', [['a', 'b']]],
    [
      'no final line end',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a byte-order mark is skipped', '\uFEFFKey,Step\n', [['Key', 'Step']]],
    ['quoted delimiter, line end and doubled quote', '"a,b","c\nd","say ""hi"""\n', [['a,b', 'c\nd', 'say "hi"']]],
    ['empty cells and a trailing delimiter', ',a,,\n', [['', 'a', '', '']]],
    ['a delimiter as the last byte', 'a,', [['a', '']]],
    ['an empty line in the middle', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['two line ends at the end keep one empty record', 'a\n\n', [['a'], ['']]],
    ['non-ASCII in plain and quoted cells', 'Søren,"Ōsaka, 大阪"\n', [['Søren', 'Ōsaka, 大阪']]],
    ['an empty quoted cell', '"",x\n', [['', 'x']]],
  ])('%s', (_, text, rows) => {
    expect(parseCsvBytes(bytesOf(text))).toEqual(rows);
    expect(papaparse(text)).toEqual(rows);
  });

  it.each([
    ['a quote inside an unquoted cell', 'a"b,c\n'],
    ['text after a closing quote', '"a"b,c\n'],
    ['a space after a closing quote', '"a" ,c\n'],
    ['an unclosed quote', 'a,"b\n'],
    ['a bare CR line end', 'a\rb\r'],
    ['LF then CRLF', 'a\nb\r\n'],
    ['CRLF then LF', 'a\r\nb\n'],
    ['a CR inside an unquoted cell', 'a\rb\n'],
    ['two byte-order marks', '\uFEFF\uFEFFa\n'],
  ])('leaves %s to Papaparse', (_, text) => {
    expect(parseCsvBytes(bytesOf(text))).toBeUndefined();
  });

  it('stops after maxRows records, as parseCsv does', () => {
    const text = 'a\nb\nc\nd\n';
    expect(parseCsvBytes(bytesOf(text), 2)).toEqual(papaparse(text, 2));
  });

  // Cells from an alphabet rich in what CSV treats specially, so quoting, doubling and line ends all come up.
  const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'ø', '大', '😀', "'", '=', '\t'), maxLength: 8 });
  const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

  it('reads what toCsv writes exactly as Papaparse does', () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (rows, lf) => {
        let text = toCsv(rows);
        if (lf) text = text.replaceAll('\r\n', '\n');
        const fast = parseCsvBytes(bytesOf(text));
        // toCsv quotes a cell with a line end, so a lone \r or \n in a cell never reaches the line-end rule.
        if (fast !== undefined) expect(fast).toEqual(papaparse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Papaparse on any text it answers for', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'ø', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, (source) => {
        const fast = parseCsvBytes(bytesOf(source));
        if (fast !== undefined) expect(fast).toEqual(papaparse(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for the files Trellis writes (so they take the fast reading)', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const text = toCsv(rows);
        expect(parseCsvBytes(bytesOf(text))).toEqual(papaparse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the cells under an unread header empty, the header and every other cell as they are', () => {
    const text = 'Key,Step,Status\nk1,"Plan it, then ""do"" it",Done\nk2,Sø,\n';
    expect(parseCsvBytes(bytesOf(text), 0, (header) => header === 'Step')).toEqual([
      ['Key', 'Step', 'Status'],
      ['k1', '', 'Done'],
      ['k2', '', ''],
    ]);
  });

  it('reads what it would read, less the unread columns', () => {
    fc.assert(
      fc.property(grid, fc.integer({ min: 0, max: 4 }), (rows, column) => {
        const text = toCsv(rows);
        const header = parseCsvBytes(bytesOf(text))![0]!;
        const unread = (cell: string) => cell === header[column];
        const expected = papaparse(text).map((row, r) => (r === 0 ? row : row.map((cell, c) => (unread(header[c] ?? '\0') ? '' : cell))));
        expect(parseCsvBytes(bytesOf(text), 0, unread)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
