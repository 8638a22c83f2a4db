// Vitest globalSetup of the "e2e" project (vitest.config.ts): runs only when e2e test files are part of the run.
// Builds the extension once with `wxt build` into a temp dir and hands its path to the tests (inject('e2eBuild')).
// It never throws: a failed build is handed over as text and every e2e test fails with it, while the rest of the
// suite (and .ci/run's count) is unaffected.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface E2eBuild {
  /** Absolute, symlink-free path of the unpacked extension (the dir holding manifest.json); '' when the build failed. */
  extDir: string;
  /** Why there is no extension to load, or '' when there is one. */
  error: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBuild: E2eBuild;
  }
}

export default function setup(project: TestProject): () => void {
  const out = realpathSync(mkdtempSync(join(tmpdir(), 'trellis-e2e-build-')));
  const started = Date.now();
  const run = spawnSync('npx', ['wxt', 'build', '-c', 'test/e2e/wxt.config.ts'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, TRELLIS_E2E_OUT: out, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const extDir = join(out, 'chrome-mv3');
  let build: E2eBuild;
  if (run.error || run.status !== 0 || !existsSync(join(extDir, 'manifest.json'))) {
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    build = {
      extDir: '',
      error: `\`npx wxt build\` for the e2e tests failed (${run.error?.message ?? `exit ${run.status}`}):\n${output}`,
    };
  } else {
    build = { extDir, error: '' };
    console.log(`[e2e] built the extension into ${extDir} in ${Date.now() - started} ms`);
  }
  project.provide('e2eBuild', build);
  return () => rmSync(out, { recursive: true, force: true });
}
