// Smoke test of `npm run bench`, so the benchmark cannot rot unnoticed: it runs and prints every row. It asserts no
// timings: figures on a shared machine are noise, and --quick makes them rough on purpose.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const DOC = join(REPO, 'docs', 'benchmarks.md');

/** Rows that carry one figure per roster size; with one size, the label is followed by exactly one number. */
const FIGURE_ROWS = [
  'readRoster (roster grid → people)',
  'planAll (people → plan rows)',
  'refreshPlans (existing table + plan rows)',
  'rollUp (refreshed table → status rows)',
  'core: plan + refresh + roll-up, one pass',
  'parseCsv (roster file text)',
  'parseCsv + readPlansTable (existing plans file)',
  'plansTableToGrid (refreshed table)',
  'toCsv (refreshed table grid → file text)',
  'groupByPerson (refreshed table; --written, --format md)',
  'plan rows generated',
  'rows in the existing table',
  'rows after refresh',
  'runs per core figure (after a warm-up)',
];
/** The Sheets add-on's rows (bench/addon): counts and times of one refresh, and the estimate. */
const ADDON_ROWS = [
  'plan rows in Plans',
  'Spreadsheet service calls per refresh',
  'cells read',
  'cells written',
  'generatePlans in the vm, ms',
  "  the script's own JavaScript (the rest), ms",
  'shared core alone, same grids, ms',
  'estimated Apps Script time, s',
];
const PINNED_ROW = 'core: one pass, pinned to one CPU (taskset -c 0)';
/** The extension's rows (bench/extension): the size has two figures, the timings four or six. */
const EXTENSION_ROWS: [label: string, figures: number][] = [
  ['content script size, total', 2],
  ['popup to prompts visible, ms', 4],
  ['  of which the work in the frame that shows them, ms', 4],
  ['popup closed, one mutation per task', 6],
  ['popup closed, 50 mutations per task', 6],
  ['popup open (1:1), one mutation per task', 6],
  ['popup open (1:1), 50 mutations per task', 6],
];

/** Runs `npm run bench -- ARGS` and checks it exits 0; `figureAfter(label)` is what its row labelled so prints. */
function bench(args: string[], timeout: number) {
  const result = spawnSync(process.execPath, [TSX, 'bench/run.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout });
  expect(result.error).toBeUndefined();
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.split('\n');
  const figureAfter = (label: string) =>
    lines
      .find((line) => line.startsWith(label))
      ?.slice(label.length)
      .trim();
  return { ...result, figureAfter };
}

describe('npm run bench', () => {
  it("runs a quick 100-person pass, prints a number on every row (the add-on's too) and leaves docs/benchmarks.md alone", () => {
    const docBefore = readFileSync(DOC);
    const result = bench(['--sizes', '100', '--no-cli', '--no-extension', '--quick'], 60_000);
    const { figureAfter } = result;
    for (const label of FIGURE_ROWS) expect(figureAfter(label), label).toMatch(/^\d[\d,]*(\.\d+)?$/);
    // Without taskset there is no pinned figure, and the bench says so on stderr rather than failing.
    if (!result.stderr.includes('no one-core figures')) expect(figureAfter(PINNED_ROW), PINNED_ROW).toMatch(/^\d[\d,]*(\.\d+)?$/);
    expect(result.stdout).toContain('No 10,000-person run, so the goal was not checked.');
    expect(result.stdout).not.toContain('Extension (Chromium');
    for (const label of ADDON_ROWS) expect(figureAfter(label), label).toMatch(/^\d[\d,]*(\.\d+)?$/);
    // The calls by method: Plans and Career goals written with one setValues each.
    expect(figureAfter('Range.setValues')).toBe('2');
    expect(result.stdout).toContain('No 10,000-person add-on run');

    expect(result.stdout).not.toContain('Wrote ');
    expect(readFileSync(DOC).equals(docBefore)).toBe(true);
  }, 60_000);

  // The organisation case on 5 team files: DuckDB in-process and the built command side by side, with the verdict.
  it('--org --quick times DuckDB and trellis status --by manager on the same files and judges the goal', () => {
    const docBefore = readFileSync(DOC);
    const result = bench(['--org', '--quick'], 60_000);
    const { figureAfter } = result;
    expect(result.stdout).toContain('5 team files, 500 people');
    expect(figureAfter("DuckDB in-process: read_csv('…/**/*.csv') + GROUP BY email"), 'DuckDB').toMatch(/^\d[\d,]*(\.\d+)?$/);
    expect(figureAfter('trellis status DIR --by manager (the built command, a child process)'), 'trellis').toMatch(/^\d[\d,]*(\.\d+)?$/);
    expect(figureAfter('trellis / DuckDB (goal: ×2 or less)'), 'ratio').toMatch(/^×\d+\.\d\d$/);
    expect(figureAfter('trellis peak memory, largest of its runs (goal: under 1 GB)'), 'memory').toMatch(/^\d[\d,]* MB$/);
    expect(result.stdout).toMatch(/^Organisation goal \(5 files, 500 people: within ×2 of DuckDB and under 1 GB\): (met|not met), ×\d/m);
    expect(readFileSync(DOC).equals(docBefore)).toBe(true);
  }, 60_000);

  // The extension's part builds the extension and drives Debian's Chromium (/usr/bin/chromium; .ci/run installs it):
  // a few openings and rounds with --quick, core and CLI left at their quickest.
  it('--quick measures the extension: its size, popup-to-prompts and mutation rows all carry figures', () => {
    const docBefore = readFileSync(DOC);
    const result = bench(['--sizes', '100', '--no-cli', '--no-addon', '--quick'], 150_000);
    const lines = result.stdout.split('\n');
    for (const [label, figures] of EXTENSION_ROWS) {
      const line = lines.find((l) => l.startsWith(label));
      expect(line, label).toBeDefined();
      const cells = line!
        .slice(label.length)
        .trim()
        .split(/\s{2,}/);
      expect(cells, label).toHaveLength(figures);
      for (const cell of cells) expect(cell, `${label}: ${line}`).toMatch(/^-?\d[\d,]*(\.\d+)?$/);
    }
    // The breakdown of the bundle by source, and a verdict on each of the three goals.
    expect(result.stdout).toMatch(/^Preact \(preact, hooks, jsx-runtime\)\s+[\d,]+\s+[\d,]+$/m);
    expect(result.stdout.match(/^(Met|Missed): /gm)).toHaveLength(3);
    expect(result.stdout).not.toContain('Sheets add-on');
    expect(readFileSync(DOC).equals(docBefore)).toBe(true);
  }, 150_000);
});
