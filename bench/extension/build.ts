/**
 * The extension as the benchmark measures it: `wxt build` with the project's config (bench/extension/wxt.config.ts
 * adds hidden source maps only, so the bundles are those of `npm run build`) into a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../config';

export interface ExtensionBuild {
  /** Absolute, symlink-free path of the unpacked extension (the directory holding manifest.json). */
  extDir: string;
  remove(): void;
}

/** Builds the extension into a new temporary directory; a failed build stops the benchmark with its output. */
export function buildExtension(): ExtensionBuild {
  const out = realpathSync(mkdtempSync(join(tmpdir(), 'trellis-bench-build-')));
  const remove = () => rmSync(out, { recursive: true, force: true });
  const run = spawnSync('npx', ['wxt', 'build', '-c', 'bench/extension/wxt.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TRELLIS_BENCH_OUT: out, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const extDir = join(out, 'chrome-mv3');
  if (run.error || run.status !== 0 || !existsSync(join(extDir, 'manifest.json'))) {
    remove();
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`npx wxt build\` for the benchmark failed (${run.error?.message ?? `exit ${run.status}`}):\n${output}`);
  }
  return { extDir, remove };
}
