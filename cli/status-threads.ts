import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UserError } from '../shared/user-error';
import type { FileSummary, Wanted } from './status-summary';
import type { StatusJob, StatusReply, StatusThreadData } from './status-worker';

// Many plans files read on every core: a thousand team files are mostly reading and counting, which one thread does
// at a time. Files go out one by one as threads free up (so a large file does not hold the others back) and the
// summaries come back by their place in path order, so the roll-up is the same as on one thread.

/** The most threads a run starts: past this, reading from disk is the limit rather than counting. */
const MOST_THREADS = 4;
/** Below this many files a run stays on one thread: starting threads costs more than it saves. */
const FEWEST_FILES = 4;

/**
 * How many threads read `files` files: TRELLIS_THREADS when set (1 keeps everything on one thread), else the cores
 * there are, at most MOST_THREADS; 1 for a handful of files.
 */
export function threadsFor(files: number, setting: string | undefined, cores = availableParallelism()): number {
  if (setting !== undefined && setting.trim() !== '') {
    const value = Number(setting);
    if (!Number.isInteger(value) || value < 1) {
      throw new UserError(`TRELLIS_THREADS=${setting}: give a whole number of threads, 1 or more (1 reads every file on one thread)`);
    }
    return Math.min(value, files);
  }
  return files < FEWEST_FILES ? 1 : Math.min(cores, MOST_THREADS, files);
}

/** A run of many files on several threads: what each thread needs and where the summaries go. */
export interface ThreadedRun {
  /** The built command's entry file, which the worker threads start from. */
  entry: URL;
  /** How many threads read, this one included (2 or more). */
  threads: number;
  job: { today: string; wanted: Wanted };
  /** Reads one file on this thread: it takes files too, rather than only wait for the others' answers. */
  readHere: (path: string) => Promise<FileSummary>;
  /** Each file's summary, in path order, as soon as the files before it are in (the merging overlaps the reading). */
  onSummary: (summary: FileSummary) => void;
  /** How many files are read so far. */
  onRead?: (read: number) => void;
}

/** Reads every file on this thread and `threads - 1` worker threads, handing out files as threads free up. */
export function summarizeOnThreads(paths: readonly string[], run: ThreadedRun): Promise<void> {
  const { entry, threads, job, readHere, onSummary, onRead = () => {} } = run;
  const waiting = new Map<number, FileSummary>();
  const workers: Worker[] = [];
  let next = 0;
  let read = 0;
  let merged = 0;
  let done = false;
  return new Promise<void>((resolve, reject) => {
    const stop = (error?: unknown) => {
      if (done) return;
      done = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const finished = (index: number, summary: FileSummary) => {
      waiting.set(index, summary);
      try {
        for (let ready = waiting.get(merged); ready; ready = waiting.get(merged)) {
          waiting.delete(merged++);
          onSummary(ready);
        }
      } catch (error) {
        return stop(error);
      }
      onRead(++read);
      if (read === paths.length) stop();
    };
    const send = (worker: Worker) => {
      if (next >= paths.length) return;
      const message: StatusJob = { index: next, path: paths[next]! };
      next++;
      worker.postMessage(message);
    };
    for (let i = 1; i < threads; i++) {
      const worker = new Worker(entry, { workerData: { trellisThread: 'status', ...job } satisfies StatusThreadData });
      workers.push(worker);
      worker.on('message', (reply: StatusReply) => {
        if ('error' in reply) return stop(new Error(reply.error));
        // The thread gets its next file before this one is merged, so it never waits on the merging.
        send(worker);
        finished(reply.index, reply.summary);
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => stop(new Error(`a thread reading the plans files stopped early (exit code ${code})`)));
      // Two files in hand each, so a thread never waits for its next file between two.
      send(worker);
      send(worker);
    }
    // This thread reads too, starting while the others load, and lets their answers in between two files.
    const readOnThisThread = async () => {
      while (!done && next < paths.length) {
        const index = next++;
        finished(index, await readHere(paths[index]!));
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    readOnThisThread().catch(stop);
  });
}
