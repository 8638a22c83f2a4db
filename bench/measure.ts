/**
 * Measuring: in-process runs (median after one warm-up run, with a garbage collection and a 20 ms pause before
 * each run), spawned commands (wall time), and the child process pinned to one CPU that times the one pass.
 */
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ROOT } from './config';

// A collection before each timed run, so one run's garbage is not collected on the next one's clock.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The summary of a set of timed runs. */
export interface Timing {
  /** Median wall time of the runs, ms. */
  median: number;
  min: number;
  max: number;
  /** Median process CPU time (user + system, every thread, so GC helper threads too), ms. */
  cpu: number;
  runs: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The summary of wall times (and CPU times, where measured) of a set of runs. */
export function summarize(wall: number[], cpu: number[]): Timing {
  return { median: median(wall), min: Math.min(...wall), max: Math.max(...wall), cpu: median(cpu), runs: wall.length };
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Waits 20 ms, so the collector's background work (sweeping) is done before the clock starts, even on one CPU. */
const settle = () => Atomics.wait(pause, 0, 0, 20);

/** Something each run's result is kept in, so no run's work can be optimised away. */
let _sink: unknown;

/** Keeps the result of an untimed run (a warm-up) out of reach of the optimiser, as `time` does for timed ones. */
export function keep(value: unknown): void {
  _sink = value;
}

/** Times `run` `repeats` times after one warm-up run; `before` (untimed) prepares each run. */
export function time(repeats: number, run: () => unknown, before?: () => void): Timing {
  before?.();
  _sink = run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    before?.();
    _sink = undefined;
    collectGarbage();
    settle();
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    _sink = run();
    const end = process.hrtime.bigint();
    const used = process.cpuUsage(cpuStart);
    wall.push(Number(end - start) / 1e6);
    cpu.push((used.user + used.system) / 1e3);
  }
  return summarize(wall, cpu);
}

/**
 * Runs `node ...args` and returns its wall time in ms; an exit status not in `okExits` stops the benchmark with its
 * stderr (a plan of a realistic roster exits 2: some manager emails are blank, and those people are still planned).
 */
export function runCommand(args: string[], cwd: string, check?: (stderr: string) => void, okExits: readonly number[] = [0]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status === null || !okExits.includes(result.status)) {
    throw new Error(`node ${args.join(' ')} exited ${result.status ?? result.signal} in ${cwd}:\n${result.stderr}`);
  }
  check?.(result.stderr);
  return ms;
}

/** Wall time of `node ...args` in `cwd`, `repeats` runs after a warm-up; `check` sees each run's stderr. */
export function timeCommand(
  repeats: number,
  args: string[],
  cwd: string,
  before?: () => void,
  check?: (stderr: string) => void,
  okExits?: readonly number[],
): Timing {
  before?.();
  runCommand(args, cwd, check, okExits);
  const wall: number[] = [];
  for (let i = 0; i < repeats; i++) {
    before?.();
    wall.push(runCommand(args, cwd, check, okExits));
  }
  return summarize(wall, []);
}

/** Stops the benchmark when its own data is not what the figures claim to measure. */
export function expect(what: string, actual: unknown, wanted: unknown): void {
  if (actual !== wanted) throw new Error(`benchmark data check failed: ${what} is ${String(actual)}, expected ${String(wanted)}`);
}

/** The CPU the one-core runs are pinned to. */
export const ONE_CPU = '0';

/**
 * The one-pass figure with the process pinned to one CPU (`taskset -c 0`), so garbage-collector helper threads
 * cannot borrow the other core: what "1 s of core time on one core" asks. Runs `script` (the entry point) again in
 * a child process with --one-core-pass and `flags`; undefined where taskset is missing or refused.
 */
export function benchOneCore(script: string, sizes: readonly number[], flags: readonly string[] = []): Record<number, Timing> | undefined {
  const args = ['-c', ONE_CPU, process.execPath, ...process.execArgv, script, '--one-core-pass', '--sizes', sizes.join(','), ...flags];
  const result = spawnSync('taskset', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error || result.status !== 0) {
    process.stderr.write(`bench: no one-core figures (taskset ${args.join(' ')}: ${result.error?.message ?? result.stderr.trim()})\n`);
    return undefined;
  }
  return JSON.parse(result.stdout) as Record<number, Timing>;
}
