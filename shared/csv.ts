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
  const result = Papa.parse<string[]>(source, { skipEmptyLines: false, delimiter, preview: maxRows });
  const rows = result.data;
  // A final newline gives Papaparse one more record holding a single empty field; it is not a row of the file.
  if (rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  return { rows, errors: result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })) };
}
