/**
 * CLI wall time end to end: the real `node cli/bin/trellis.js` in a temporary folder (plan, plan again to refresh,
 * status). Start-up alone is bench/startup.ts.
 */
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TODAY } from './config';
import type { Data } from './core';
import { expect, timeCommand, type Timing } from './measure';

const TRELLIS = join(ROOT, 'cli', 'bin', 'trellis.js');
/** Runs per CLI figure (after one warm-up run). */
export const CLI_REPEATS = 3;

/** The label of each CLI figure, as the tables print it. */
export const CLI_ROWS = {
  plan: 'trellis plan (new plans.csv)',
  refresh: 'trellis plan (refresh existing plans.csv)',
  status: 'trellis status',
} as const;
/** One CLI figure. */
export type CliRow = keyof typeof CLI_ROWS;

/** The roster leaves some manager emails blank, as real ones do: those people are planned with a warning, exit 2. */
const PLANNED_WITH_WARNINGS = [0, 2] as const;

/** Times the CLI figures on `data`'s roster and existing table; also returns the refreshed plans.csv's size. */
export function benchCli(data: Data): { timings: Record<CliRow, Timing>; plansBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), `trellis-bench-${data.size}-`));
  try {
    writeFileSync(join(dir, 'roster.csv'), data.rosterCsv);
    writeFileSync(join(dir, 'existing.csv'), data.existingCsv);
    const plan = [TRELLIS, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY];
    const status = [TRELLIS, 'status', 'plans.csv', '--out', 'status.csv', '--today', TODAY];
    const plans = join(dir, 'plans.csv');
    const timings = {
      plan: timeCommand(
        CLI_REPEATS,
        plan,
        dir,
        () => rmSync(plans, { force: true }),
        (stderr) =>
          expect(
            'trellis plan says first',
            stderr.trim().split('\n')[0],
            `Planned ${data.size.toLocaleString('en-US')} people (${data.generated.length.toLocaleString('en-US')} steps) into plans.csv.`,
          ),
        PLANNED_WITH_WARNINGS,
      ),
      refresh: timeCommand(
        CLI_REPEATS,
        plan,
        dir,
        () => copyFileSync(join(dir, 'existing.csv'), plans),
        (stderr) => {
          const refreshed = `Refreshed plans.csv: kept ${data.existing.rows.length.toLocaleString('en-US')} rows, added ${data.added.toLocaleString('en-US')}.`;
          expect('trellis plan (refresh) says', stderr.split('\n').includes(refreshed), true);
        },
        PLANNED_WITH_WARNINGS,
      ),
      status: timeCommand(CLI_REPEATS, status, dir, undefined, (stderr) =>
        expect(
          'trellis status says',
          stderr.trim(),
          `Wrote the plan status of ${(data.size + data.left).toLocaleString('en-US')} people to status.csv.`,
        ),
      ),
    };
    return { timings, plansBytes: statSync(plans).size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
