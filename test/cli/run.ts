// Helpers for the end-to-end tests of the real `trellis` command: spawn the bin as a user would, in a temp dir.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, expect } from 'vitest';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(REPO, 'cli/bin/trellis.js');
export const FIXTURES = join(REPO, 'test/fixtures/cli');

/** The fixed "today" every test passes, so due dates and overdue counts never depend on the clock. */
export const TODAY = '2026-11-28';

/** The contract's plans-table header (section 2). */
export const PLAN_HEADER = [
  'Key',
  'Person',
  'Email',
  'Manager',
  'Path',
  'Target role',
  'Step',
  'Owner',
  'Owner role',
  'Owner email',
  'Due',
  'Status',
  'Notes',
];

/** The contract's plan-status header (section 3). */
export const STATUS_HEADER = [
  'Person',
  'Email',
  'Manager',
  'Path',
  'Target role',
  'Steps',
  'Done',
  'Overdue',
  'Percent done',
  'Next step',
  'Next owner',
  'Next due',
  'Plan signed',
];

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into its non-empty lines. */
  errLines: string[];
}

const made: string[] = [];
// Each test file gets its own copy of this module, so this removes that file's temp dirs when it is done.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty temp dir for one test (removed after the test file). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-cli-'));
  made.push(dir);
  return dir;
}

/** Runs `node cli/bin/trellis.js ...args` in `cwd` and captures everything a user would see. */
export function trellis(cwd: string, ...args: string[]): RunResult {
  return trellisWith({}, cwd, ...args);
}

/** trellis, with these variables added to the environment. */
export function trellisWith(env: Record<string, string>, cwd: string, ...args: string[]): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const stderr = result.stderr ?? '';
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr,
    errLines: stderr.split('\n').filter((line) => line.trim() !== ''),
  };
}

/**
 * Runs the command as `trellis` does in a person's terminal: under `script`, stdout and stderr are a pseudo-terminal
 * 100 columns wide, so the command itself finds process.stdout.isTTY true. Both come back in `stdout`, with the
 * terminal's CRLF line ends made LF.
 */
export function trellisInTerminal(cwd: string, ...args: string[]): { status: number | null; stdout: string } {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = `stty cols 100 rows 50; ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  const result = spawnSync('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: (result.stdout ?? '').replace(/\r\n/g, '\n') };
}

/** Copies a fixture from test/fixtures/cli into `dir` under `name` (default: its own name); returns `name`. */
export function fixture(dir: string, file: string, name = file): string {
  copyFileSync(join(FIXTURES, file), join(dir, name));
  return name;
}

/** Writes a text file into `dir`; returns its name. */
export function write(dir: string, name: string, text: string | Buffer): string {
  writeFileSync(join(dir, name), text);
  return name;
}

export function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** The files in a dir, sorted (to check a failed run wrote nothing, not even a temp file). */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** A file's bytes and modification time, to check it was left untouched. */
export function snapshot(dir: string, name: string): { bytes: Buffer; mtimeMs: number } {
  const path = join(dir, name);
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

/** CSV text as rows of fields, header included (papaparse, never by hand). */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** CSV text as objects keyed by header. */
export function csvObjects(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Rows (header first) as CSV, the way a user's script or spreadsheet would save them. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(rows as string[][], { newline: '\r\n' })}\r\n`;
}

/** The value a CSV field stands for: a leading `'` guarding `= + - @` (contract section 4) removed. */
export function unguard(value: string): string {
  return /^'[=+\-@\t\r\n]/.test(value) ? value.slice(1) : value;
}

/** What a one-line fatal error must look like: one line on stderr, no stack trace, no "Error:" prefix, no stdout. */
export function expectFatal(result: RunResult, pattern?: RegExp): void {
  expect(result.status, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.errLines).toHaveLength(1);
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr).not.toMatch(/^\w*Error:/m);
  expect(result.stderr).not.toMatch(/unexpected error/i);
  if (pattern) expect(result.errLines[0]).toMatch(pattern);
}

/** Fields of a plans-table row by header, from a header row and a data row. */
export function byHeader(header: readonly string[], row: readonly string[]): Record<string, string> {
  return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
}
