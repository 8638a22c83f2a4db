import { toCsvChunks } from '../shared/csv';
import { writeAtomic, type WriteOptions } from './io/write-atomic';

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

/** A grid in the chosen file format, in pieces: a large table is never one string. */
export function renderGrid(grid: readonly (readonly string[])[], format: 'csv' | 'json'): Iterable<string> {
  return format === 'json' ? [gridToJson(grid)] : toCsvChunks(grid);
}

/** Sends text to the --out file (whole or not at all) or, without one, to stdout. */
export async function emit(io: Io, chunks: Iterable<string>, out: string | undefined, options?: WriteOptions): Promise<void> {
  if (out) await writeAtomic(out, chunks, options);
  else for (const chunk of chunks) io.stdout(chunk);
}
