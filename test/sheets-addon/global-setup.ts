// Vitest globalSetup of the "sheets-addon" project: builds sheets-addon/dist/ once before its tests run. A failed
// build is only reported here; loadAddon rebuilds and every add-on test then fails with esbuild's message.
import { buildAddon } from '../../scripts/build-addon';

export default function setup(): void {
  try {
    buildAddon();
  } catch (error) {
    console.error(`[sheets-addon] build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
