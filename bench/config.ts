/**
 * What the benchmark measures against: the dates its plans are made on and the goal it is judged by. Shared by the
 * runs and by the text of docs/benchmarks.md, so the two cannot disagree.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: spawned commands run there, and docs/benchmarks.md is found from it. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The day plans are generated on. */
export const TODAY = '2026-11-28';
/** The earlier day the existing table was generated on. */
export const EARLIER = '2026-08-31';
/** The goal's budget for one pass of the core, ms. */
export const GOAL_MS = 1_000;
/** The roster size the goal is about. */
export const GOAL_SIZE = 10_000;
