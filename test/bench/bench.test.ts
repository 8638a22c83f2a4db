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
const PINNED_ROW = 'core: one pass, pinned to one CPU (taskset -c 0)';

describe('npm run bench', () => {
  it('runs a quick 100-person pass, prints a number on every row and leaves docs/benchmarks.md alone', () => {
    const docBefore = readFileSync(DOC);
    const result = spawnSync(process.execPath, [TSX, 'bench/run.ts', '--sizes', '100', '--no-cli', '--quick'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.status, result.stderr).toBe(0);

    const lines = result.stdout.split('\n');
    const figureAfter = (label: string) => lines.find((line) => line.startsWith(label))?.slice(label.length).trim();
    for (const label of FIGURE_ROWS) expect(figureAfter(label), label).toMatch(/^\d[\d,]*(\.\d+)?$/);
    // Without taskset there is no pinned figure, and the bench says so on stderr rather than failing.
    if (!result.stderr.includes('no one-core figures')) expect(figureAfter(PINNED_ROW), PINNED_ROW).toMatch(/^\d[\d,]*(\.\d+)?$/);
    expect(result.stdout).toContain('No 10,000-person run, so the goal was not checked.');

    expect(result.stdout).not.toContain('Wrote ');
    expect(readFileSync(DOC).equals(docBefore)).toBe(true);
  }, 60_000);
});
