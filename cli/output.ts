import { toCsv } from '../shared/csv';
import { writeAtomic } from './io/write-atomic';

/** Where a command's output and messages go; tests and the CLI pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

/** A grid (header first) as JSON: an array of objects keyed by header, values as written in the CSV. */
export function gridToJson(grid: readonly (readonly string[])[]): string {
  const [header = [], ...rows] = grid;
  const objects = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** A grid in the chosen file format. */
export function renderGrid(grid: readonly (readonly string[])[], format: 'csv' | 'json'): string {
  return format === 'json' ? gridToJson(grid) : toCsv(grid);
}

/** Sends text to the --out file (atomically) or, without one, to stdout. */
export function emit(io: Io, text: string, out: string | undefined): void {
  if (out) writeAtomic(out, text);
  else io.stdout(text);
}
