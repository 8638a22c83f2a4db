// A CSV file's records read straight from its bytes, for the files nearly everyone has: RFC 4180 with one kind of
// line end. Decoding a whole file to one string and cutting it cost seconds over a thousand team files (V8 builds
// the large string, then every cell is a slice that keeps it alive); here only the cells are decoded. Anything
// unusual (a stray quote, mixed or bare-CR line ends, an unclosed quote) is left to Papaparse, which stays the
// reference: a property test checks that the two agree wherever this reader answers.

/** Node's own decoders of a byte range, without toString's checks (called for every cell). */
declare module 'node:buffer' {
  interface Buffer {
    latin1Slice(start: number, end: number): string;
    utf8Slice(start: number, end: number): string;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Bytes that end a plain run inside an unquoted field: the delimiter, line ends, a quote and every non-ASCII byte. */
const SPECIAL = new Uint8Array(256);
for (const byte of [QUOTE, COMMA, LF, CR]) SPECIAL[byte] = 1;
for (let byte = 0x80; byte < 0x100; byte++) SPECIAL[byte] = 2;

/** Line ends seen outside quotes so far: none yet, `\n` alone, or `\r\n`. */
type Ends = 'none' | 'lf' | 'crlf';

/** Whether the cell plainEnd last scanned held a byte past ASCII, so needs UTF-8 decoding. */
let wide = false;

/** The index of the quote closing the quoted cell that opens at `open`, or -1 when it is never closed. */
function quotedEnd(bytes: Uint8Array, open: number): number {
  // Found by the engine's own search: a quoted cell is most often a step's long text.
  for (let j = bytes.indexOf(QUOTE, open + 1); j >= 0; j = bytes.indexOf(QUOTE, j + 2)) {
    if (bytes[j + 1] !== QUOTE) return j;
  }
  return -1;
}

/** The index just past the unquoted cell starting at `start`: its delimiter, line end, a quote, or the end. */
function plainEnd(bytes: Uint8Array, start: number): number {
  const n = bytes.length;
  let j = start;
  wide = false;
  for (;;) {
    while (j < n && SPECIAL[bytes[j]!] === 0) j++;
    if (j >= n || SPECIAL[bytes[j]!] !== 2) return j;
    wide = true;
    j++;
  }
}

/**
 * The records of CSV `buffer` (UTF-8, already checked; a leading byte-order mark is skipped) as rows of text, as
 * parseCsv would give them, at most `maxRows` of them (0: all); undefined when the file needs Papaparse's reading.
 * Cells under a header `unread` picks (in the first record) are left empty, undecoded: a roll-up that never shows a
 * step's text need not pay for it.
 */
export function parseCsvBytes(buffer: Buffer, maxRows = 0, unread?: (header: string) => boolean): string[][] | undefined {
  // Bytes are looked at through a plain Uint8Array (V8 reads it faster than a Buffer) and decoded by the Buffer.
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  const n = bytes.length;
  const bom = (at: number) => bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  // A second mark is the text reading's to drop (it drops one as it decodes and parseCsv another).
  if (bom(0) && bom(3)) return undefined;
  let i = bom(0) ? 3 : 0;
  const rows: string[][] = [];
  let row: string[] = [];
  let skipped: boolean[] | undefined;
  const above: Above = { start: [], end: [], cell: [] };
  let ends: Ends = 'none';
  while (i < n) {
    let end: number;
    let cell = '';
    const keep = skipped?.[row.length] !== true;
    if (bytes[i] === QUOTE) {
      const close = quotedEnd(bytes, i);
      if (close < 0) return undefined;
      if (keep) {
        cell = buffer.utf8Slice(i + 1, close);
        if (cell.includes('"')) cell = cell.replaceAll('""', '"');
      }
      end = close + 1;
      if (end < n && bytes[end] !== COMMA && bytes[end] !== LF && bytes[end] !== CR) return undefined;
    } else {
      end = plainEnd(bytes, i);
      if (end < n && bytes[end] === QUOTE) return undefined;
      if (keep && end > i) {
        const column = row.length;
        if (sameAsAbove(bytes, above, column, i, end)) cell = above.cell[column]!;
        else {
          cell = wide ? buffer.utf8Slice(i, end) : buffer.latin1Slice(i, end);
          remember(above, column, i, end, cell);
        }
      }
    }
    row.push(cell);
    if (end >= n) break;
    const c = bytes[end];
    if (c === COMMA) {
      i = end + 1;
      // A delimiter as the very last byte leaves one more, empty, cell.
      if (i === n) row.push('');
      continue;
    }
    // A line end: `\r\n` or `\n`, the same kind all through the file; a bare `\r` is Papaparse's to read.
    const crlf = c === CR;
    if (crlf && bytes[end + 1] !== LF) return undefined;
    const kind: Ends = crlf ? 'crlf' : 'lf';
    if (ends !== 'none' && ends !== kind) return undefined;
    ends = kind;
    rows.push(row);
    if (rows.length === 1 && unread) skipped = row.map(unread);
    row = [];
    i = end + (crlf ? 2 : 1);
    if (maxRows > 0 && rows.length >= maxRows) return dropLastEmpty(rows);
  }
  // Papaparse always has a last record, one empty cell after a final line end.
  rows.push(row.length > 0 ? row : ['']);
  return dropLastEmpty(rows);
}

/** Where the last cell decoded in each column was, and its text: a person's rows repeat their name, email, manager. */
interface Above {
  start: number[];
  end: number[];
  cell: string[];
}

/** Whether bytes start..end repeat the last cell decoded in `column` (compared from the end, where keys differ). */
function sameAsAbove(bytes: Uint8Array, above: Above, column: number, start: number, end: number): boolean {
  const from = above.start[column];
  if (from === undefined || above.end[column]! - from !== end - start) return false;
  for (let k = end - start - 1; k >= 0; k--) if (bytes[start + k] !== bytes[from + k]) return false;
  return true;
}

function remember(above: Above, column: number, start: number, end: number, cell: string): void {
  above.start[column] = start;
  above.end[column] = end;
  above.cell[column] = cell;
}

/** As parseCsv: a last record of one empty cell (what a final line end leaves) is not a row of the file. */
function dropLastEmpty(rows: string[][]): string[][] {
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}
