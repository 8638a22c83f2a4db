import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { UserError } from '../../shared/user-error';
import { removeOnExit } from './cleanup';
import { resolveOutput } from './output-target';

// Two runs refreshing one plans file would each read it, add the same rows, and the later rename would drop the
// earlier run's work. A lock file beside the output, made exclusively, lets only one of them in at a time.

/** Who holds a lock, as written in the lock file. */
interface Holder {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** How long to wait for a run that is still going before giving up (default 30 s). */
  waitMs?: number;
  /** Told once when this run starts waiting. */
  onWait?: (line: string) => void;
}

/** The lock file that guards writes to `path`: beside the file itself, so every link to it shares one lock. */
export function lockPathOf(path: string): string {
  return `${resolveOutput(path).path}.lock`;
}

function readHolder(lockPath: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as Holder;
    return typeof holder.pid === 'number' ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the run that wrote the lock may still be going: another machine's runs cannot be checked, so they count. */
function isRunning(holder: Holder | undefined, lockPath: string): boolean {
  if (!holder) {
    // Made this instant and not written yet, or damaged: a few seconds tell which.
    try {
      return Date.now() - statSync(lockPath).mtimeMs < 5_000;
    } catch {
      return false;
    }
  }
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock on writes to `path`, waiting for another trellis run that holds it; returns the release function.
 * A lock left by a run that has stopped is not taken over: the message names it, for a person to remove.
 */
export async function lockOutput(path: string, options: LockOptions = {}): Promise<() => void> {
  const lockPath = lockPathOf(path);
  try {
    mkdirSync(dirname(lockPath), { recursive: true });
  } catch {
    // The lock's own write below says what is wrong with the folder.
  }
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  let told = false;
  for (;;) {
    const holder: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    try {
      writeFileSync(lockPath, JSON.stringify(holder), { flag: 'wx' });
      const forget = removeOnExit(lockPath, 'lock');
      return () => {
        forget();
        rmSync(lockPath, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new UserError(
          `${path}: cannot be locked for writing (${code ?? 'unknown error'}); nothing was written: choose an --out in a folder you can write to`,
        );
      }
    }
    const other = readHolder(lockPath);
    const who = other
      ? `process ${other.pid}${other.host === hostname() ? '' : ` on ${other.host}`}, started ${other.started}`
      : 'another process';
    if (!isRunning(other, lockPath)) {
      throw new UserError(
        `${lockPath} was left by a trellis run that stopped (${who}); if no trellis run is writing ${path} now, delete ${lockPath} and run again`,
      );
    }
    if (Date.now() >= deadline) {
      throw new UserError(`${path} is being written by another trellis run (${who}); nothing was changed: run again when it has finished`);
    }
    if (!told) options.onWait?.(`Waiting for another trellis run (${who}) to finish writing ${path}…`);
    told = true;
    await sleep(100);
  }
}
