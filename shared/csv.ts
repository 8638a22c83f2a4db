import Papa from 'papaparse';
import { guardText } from './guard';

const unparse = (rows: readonly (readonly string[])[]) =>
  `${Papa.unparse(
    rows.map((r) => r.map(guardText)),
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  )}\r\n`;

/** Rows of text as an RFC 4180 CSV document (CRLF line ends), every field guarded against formula injection. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return unparse(rows);
}

/** The same document as toCsv, about `chunkChars` characters a piece, so a large table is never one huge string. */
export function* toCsvChunks(rows: readonly (readonly string[])[], chunkChars = 1 << 20): Generator<string> {
  if (rows.length === 0) yield unparse(rows);
  let start = 0;
  let chars = 0;
  for (let end = 0; end < rows.length; end++) {
    for (const cell of rows[end]!) chars += cell.length + 1;
    if (chars >= chunkChars || end === rows.length - 1) {
      yield unparse(rows.slice(start, end + 1));
      start = end + 1;
      chars = 0;
    }
  }
}

export interface CsvParse {
  rows: string[][];
  /** Papaparse's own complaints (an unclosed quote…), with the 1-based row they are on. */
  errors: { row: number; message: string }[];
}

/**
 * A CSV document's records as rows of text; a byte-order mark is dropped, quoted commas and newlines are kept.
 * With `maxRows`, parsing stops after that many records. `delimiter` '\t' reads tab-separated text with the same
 * quoting (what a spreadsheet puts on the clipboard).
 */
export function parseCsv(text: string, maxRows = 0, delimiter: ',' | '\t' = ','): CsvParse {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(source, { skipEmptyLines: false, delimiter, preview: maxRows, newline: lineEnding(source) });
  const rows = result.data;
  // A final newline gives Papaparse one more record holding a single empty field; it is not a row of the file.
  if (rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  return { rows, errors: result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })) };
}

/** How much of the text Papaparse looks at to guess its line ending. */
const GUESS_CHARS = 1024 * 1024;

/**
 * The line ending Papaparse guesses for `text`, by its rule and without its copies (it deletes the quoted spans of
 * the first megabyte with a regular expression and splits the rest twice: seconds over a folder of team files).
 * The rule, on the first megabyte less its quoted spans: '\n' when there is no '\r' or a '\n' comes first; else
 * '\r\n' when at least half of the pieces between '\r's start with '\n'; else '\r'.
 */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  const end = Math.min(text.length, GUESS_CHARS);
  let returns = 0;
  let returnThenNewline = 0;
  let first: '\r' | '\n' | undefined;
  // The last character kept (outside quotes) was a '\r': a '\n' starting the next kept span follows it.
  let pendingReturn = false;
  const scan = (from: number, to: number) => {
    if (from >= to) return;
    if (pendingReturn && text[from] === '\n') returnThenNewline++;
    if (first === undefined) {
      const r = text.indexOf('\r', from);
      const n = text.indexOf('\n', from);
      const rIn = r >= 0 && r < to;
      const nIn = n >= 0 && n < to;
      if (rIn || nIn) first = nIn && (!rIn || n < r) ? '\n' : '\r';
    }
    for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
      returns++;
      if (i + 1 < to && text[i + 1] === '\n') returnThenNewline++;
    }
    pendingReturn = text[to - 1] === '\r';
  };
  let cursor = 0;
  while (cursor < end) {
    const open = text.indexOf('"', cursor);
    const close = open >= 0 && open < end ? text.indexOf('"', open + 1) : -1;
    // A quote with no closing quote in the first megabyte is kept as text, and so is all that follows it.
    if (close < 0 || close >= end) {
      scan(cursor, end);
      break;
    }
    scan(cursor, open);
    cursor = close + 1;
  }
  if (returns === 0 || first === '\n') return '\n';
  return returnThenNewline >= (returns + 1) / 2 ? '\r\n' : '\r';
}
