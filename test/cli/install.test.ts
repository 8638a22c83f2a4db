// The trellis command installed as a user outside the repository would: the CLI package packed into a tarball (npm
// pack), installed globally under a temporary prefix with no network (npm install --offline: the bundle holds every
// dependency, so the package has none), then run from another folder, away from the repository's node_modules.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';
import { REPO, TODAY, csvObjects, read, tempDir } from './run';

// npm run by `npm test` passes its settings down as npm_config_* variables; the installs here take only their own.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return result;
}

const { version, name } = JSON.parse(readFileSync(join(REPO, 'cli/package.json'), 'utf8')) as { version: string; name: string };
let prefix = '';
let tarball = '';

beforeAll(async () => {
  // The package as npm pack makes it from cli/: its package.json and bin, and a clean build of dist.
  const work = tempDir();
  const pkg = join(work, 'cli');
  cpSync(join(REPO, 'cli/package.json'), join(pkg, 'package.json'));
  cpSync(join(REPO, 'cli/bin'), join(pkg, 'bin'), { recursive: true });
  await buildCli(join(pkg, 'dist'));
  const packed = run('npm', ['pack', '--pack-destination', work, '--silent'], pkg);
  expect(packed.status, packed.stderr).toBe(0);
  tarball = join(work, packed.stdout.trim().split('\n').pop()!);
  prefix = join(work, 'global');
  const installed = run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work);
  expect(installed.status, installed.stderr).toBe(0);
}, 180_000);

describe('trellis installed from a packed tarball', () => {
  it('the package is private, named in its own scope, and has no dependencies to fetch', () => {
    const listed = run('tar', ['-tzf', tarball], REPO).stdout.split('\n').filter(Boolean);
    expect(listed).toContain('package/bin/trellis.js');
    expect(listed).toContain('package/dist/trellis.mjs');
    expect(listed.every((file) => /^package\/(package\.json|bin\/|dist\/)/.test(file))).toBe(true);
    const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], REPO).stdout) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: '@trellis-careers/cli', private: true, bin: { trellis: 'bin/trellis.js' } });
    expect(manifest.dependencies).toBeUndefined();
    expect(existsSync(join(prefix, 'lib/node_modules', name, 'node_modules'))).toBe(false);
  });

  it('trellis --version runs from any folder', () => {
    const result = run(join(prefix, 'bin/trellis'), ['--version'], tempDir());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('plans the sample roster, reports its status, and reads and writes a workbook (exceljs, bundled)', () => {
    const dir = tempDir();
    cpSync(join(REPO, 'examples/roster.csv'), join(dir, 'roster.csv'));
    const trellis = (...args: string[]) => run(join(prefix, 'bin/trellis'), args, dir);

    const planned = trellis('plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(planned.status, planned.stderr).toBe(0);
    expect(planned.stderr).toMatch(/^Planned 8 people \(\d+ steps\) into plans\.csv\.$/m);
    const status = trellis('status', 'plans.csv', '--today', TODAY);
    expect(status.status, status.stderr).toBe(0);
    expect(csvObjects(status.stdout).map((s) => s.Email)).toEqual(csvObjects(read(dir, 'roster.csv')).map((r) => r.Email));

    expect(trellis('goals', 'roster.csv', '--out', 'goals.xlsx').status).toBe(0);
    const withGoals = trellis('plan', 'roster.csv', '--goals', 'goals.xlsx', '--format', 'md', '--today', TODAY);
    expect(withGoals.status, withGoals.stderr).toBe(0);
    expect(withGoals.stdout).toContain('Ana Lopez');
    expect(readdirSync(dir).sort()).toEqual(['goals.xlsx', 'plans.csv', 'roster.csv']);
  });
});
