import { rmSync } from 'node:fs';

// A temporary file holds private notes and a lock file blocks the next run: both go when the process ends, however it
// ends short of SIGKILL. Writes yield to the event loop between chunks, so a signal is handled mid-write.

/** Files to remove at exit, each marked whether it is a write not yet in place. */
const pending = new Map<string, 'temporary' | 'lock'>();

/** Removes `path` when the process exits or is stopped by a signal; the returned function forgets it again. */
export function removeOnExit(path: string, kind: 'temporary' | 'lock'): () => void {
  pending.set(path, kind);
  return () => pending.delete(path);
}

function removePending(): void {
  for (const path of pending.keys()) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Best effort: the process is ending, and a file that cannot be removed is no reason to hide the signal.
    }
  }
  pending.clear();
}

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/** Installs the exit and signal handlers once for the real process: the CLI's bin calls it before running a command. */
export function installCleanup(say: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  process.on('exit', removePending);
  // A reader that stops early (`trellis plan roster.csv | head`) is no error of ours: end quietly, as `yes | head` does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    removePending();
    process.exit(141);
  });
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      const cutShort = [...pending.values()].includes('temporary');
      removePending();
      say(
        `trellis: stopped by ${signal}${cutShort ? ': the file being written was not replaced, and its temporary copy was removed' : ''}`,
      );
      process.exit(128 + number);
    });
  }
}
