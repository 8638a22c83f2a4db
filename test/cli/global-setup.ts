// Vitest globalSetup of the "unit" project: the CLI tests run the built command (cli/bin/trellis.js runs cli/dist), so
// cli/dist is rebuilt first whenever a source is newer. If the build fails, the entry is removed rather than left
// stale: every CLI test then fails, and esbuild's message is printed here.
import { rmSync } from 'node:fs';
import { buildCliIfStale, ENTRY } from '../../scripts/build-cli';

export default async function setup(): Promise<void> {
  try {
    await buildCliIfStale();
  } catch (error) {
    rmSync(ENTRY, { force: true });
    console.error(`[cli] build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
