// The bundle's entry (scripts/build-cli.ts bundles it into cli/dist/trellis.mjs, which cli/bin/trellis.js runs).
import { isMainThread } from 'node:worker_threads';
import { installCleanup } from './io/cleanup';
import { main } from './main';
import { setThreadEntry } from './thread-entry';

if (isMainThread) {
  setThreadEntry(new URL(import.meta.url));
  installCleanup();
  process.exitCode = await main(process.argv.slice(2));
} else {
  // A worker thread started from this same file (cli/status-threads.ts) reads plans files for the main thread.
  const { runStatusWorker } = await import('./status-worker');
  runStatusWorker();
}
