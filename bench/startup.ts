/**
 * Start-up alone: the built command doing no work (`trellis --help`) against Node doing nothing (`node -e 0`), run
 * alternately so both see the same machine load, and the ratio of their medians, which the goal is about.
 * `npm run bench -- --startup` runs this case alone.
 */
import { join } from 'node:path';
import { ROOT } from './config';
import { runCommand, summarize, type Timing } from './measure';

/** Runs of each command (alternating, after one warm-up run of each). */
export const STARTUP_RUNS = 40;
/** The goal: `trellis --help` takes at most this many times as long as `node -e 0`. */
export const STARTUP_GOAL = 1.5;

/** The two start-up figures and the ratio of their medians. */
export interface Startup {
  node: Timing;
  help: Timing;
  /** help.median / node.median */
  ratio: number;
}

const TRELLIS = join(ROOT, 'cli', 'bin', 'trellis.js');

/** Times `node -e 0` and `node cli/bin/trellis.js --help` `runs` times each, one after the other in turn. */
export function benchStartup(runs = STARTUP_RUNS): Startup {
  const node = ['-e', '0'];
  const help = [TRELLIS, '--help'];
  runCommand(node, ROOT);
  runCommand(help, ROOT);
  const wall = { node: [] as number[], help: [] as number[] };
  for (let i = 0; i < runs; i++) {
    // Which goes first alternates too, so neither always runs right after the other's exit.
    const order = i % 2 === 0 ? (['node', 'help'] as const) : (['help', 'node'] as const);
    for (const which of order) wall[which].push(runCommand(which === 'node' ? node : help, ROOT));
  }
  const timings = { node: summarize(wall.node, []), help: summarize(wall.help, []) };
  return { ...timings, ratio: timings.help.median / timings.node.median };
}

/** Whether the ratio meets the goal, in words. */
export function startupVerdict(startup: Startup): string {
  const met = startup.ratio <= STARTUP_GOAL;
  return `Start-up goal (trellis --help within ×${STARTUP_GOAL} of node -e 0): ${met ? 'met' : 'not met'}, ×${startup.ratio.toFixed(2)}.`;
}
