import { toCsvChunks } from '../shared/csv';
import { gridToObjects } from '../shared/json-grid';
import { writeAtomic, type WriteOptions } from './io/write-atomic';

/** Where a command's output and messages go; tests and the CLI pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  /** When stdout is a person's terminal (process.stdout.isTTY), not a file or a pipe: how many columns it has. */
  terminalColumns?: number;
}

/** A grid in the chosen file format, in pieces: a large table is never one string. */
export function renderGrid(grid: readonly (readonly string[])[], format: 'csv' | 'json'): Iterable<string> {
  return format === 'json' ? [`${JSON.stringify(gridToObjects(grid), null, 2)}\n`] : toCsvChunks(grid);
}

/** Sends text to the --out file (whole or not at all) or, without one, to stdout. */
export async function emit(io: Io, chunks: Iterable<string>, out: string | undefined, options?: WriteOptions): Promise<void> {
  if (out) await writeAtomic(out, chunks, options);
  else for (const chunk of chunks) io.stdout(chunk);
}
