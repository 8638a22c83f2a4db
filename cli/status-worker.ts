import { parentPort, workerData } from 'node:worker_threads';
import { readPlansFile } from './status-inputs';
import { type FileSummary, summarizeFile, unreadFor, type Wanted } from './status-summary';
import type { ThreadData } from './thread-entry';

// A worker thread of `trellis status` and `trellis report` on many files: it reads the plans files it is sent, one
// message each, and answers with each file's summary (cli/status-threads.ts hands out the files and merges them).

/** What a reading thread is started with: the run's day and what the roll-up keeps, the same for every file. */
export interface StatusThreadData extends ThreadData {
  today: string;
  wanted: Wanted;
}

/** One file to read: its place in the run's path order and its path. */
export interface StatusJob {
  index: number;
  path: string;
}

/** A file's summary, or the error that stopped its reading (a fault in Trellis, not in the file: those are summaries). */
export type StatusReply = { index: number; summary: FileSummary } | { index: number; error: string };

/** Answers every job the thread is sent, in turn. */
export function runStatusWorker(): void {
  const port = parentPort!;
  const { today, wanted } = workerData as StatusThreadData;
  const unread = unreadFor(wanted);
  const read = (path: string) => readPlansFile(path, unread);
  port.on('message', async (job: StatusJob) => {
    let reply: StatusReply;
    try {
      reply = { index: job.index, summary: await summarizeFile(job.path, read, today, wanted) };
    } catch (error) {
      reply = { index: job.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
