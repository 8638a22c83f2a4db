import { extname } from 'node:path';

// Which file format a command writes when --format is not given, and which formats are documents rather than tables.

/** Every format a command writes: plans and status tables (csv, json), written plans (md, text). */
export type Format = 'csv' | 'json' | 'md' | 'text';

const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = { '.csv': 'csv', '.json': 'json', '.md': 'md', '.txt': 'text' };

/** The format an --out file's extension names, if the command writes it; else CSV (also without --out). */
export function formatOfOut<T extends Format>(out: string | undefined, allowed: readonly T[]): T | 'csv' {
  const named = out === undefined ? undefined : FORMAT_BY_EXTENSION[extname(out).toLowerCase()];
  return named && (allowed as readonly Format[]).includes(named) ? (named as T) : 'csv';
}

/** Whether a format is a document to read (rewritten each run), not a table to refresh. */
export function isDocument(format: Format): format is 'md' | 'text' {
  return format === 'md' || format === 'text';
}

/** Whether a file's name says it holds a table Trellis refreshes (CSV or JSON). */
export function namesTable(path: string): boolean {
  return ['.csv', '.json'].includes(extname(path).toLowerCase());
}
