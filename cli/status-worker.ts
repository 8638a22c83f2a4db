import { parentPort } from 'node:worker_threads';
import { readPlansFile } from './status-inputs';
import { type FileSummary, summarizeFile, unreadFor, type Wanted } from './status-summary';

// A worker thread of `trellis status` and `trellis report` on many files: it reads the plans files it is sent, one
// message each, and answers with each file's summary (cli/status-threads.ts hands out the files and merges them).

/** One file to read: its place in the run's path order, its path, and what the roll-up keeps. */
export interface StatusJob {
  index: number;
  path: string;
  today: string;
  wanted: Wanted;
}

/** A file's summary, or the error that stopped its reading (a fault in Trellis, not in the file: those are summaries). */
export type StatusReply = { index: number; summary: FileSummary } | { index: number; error: string };

/** Answers every job the thread is sent, in turn. */
export function runStatusWorker(): void {
  const port = parentPort!;
  port.on('message', async (job: StatusJob) => {
    let reply: StatusReply;
    try {
      const unread = unreadFor(job.wanted);
      const read = (path: string) => readPlansFile(path, unread);
      reply = { index: job.index, summary: await summarizeFile(job.path, read, job.today, job.wanted) };
    } catch (error) {
      reply = { index: job.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
