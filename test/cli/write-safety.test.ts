// The real `trellis` command writing where things go wrong: a special file, a link, a read-only or private file,
// a second run on the same --out, a signal mid-write, a disk that fills up. Nothing a person typed is ever lost.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rosterGrid } from '../../bench/roster';
import { BIN, TODAY, csvRows, expectFatal, listing, read, snapshot, tempDir, toCsv, trellis, write } from './run';

const ROSTER = 'Name,Email,Role,Manager,Manager email,Path\nAna Lopez,ana@example.com,Developer,Sam Okafor,sam@example.com,technical\n';
const ROSTER_2 = `${ROSTER}Bo Chen,bo@example.com,Developer,Sam Okafor,sam@example.com,mentor\n`;

/** A directory holding roster.csv and the plans.csv planned from it, edited by a person (a note on its first row). */
function planned(): string {
  const dir = tempDir();
  write(dir, 'roster.csv', ROSTER);
  expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
  const rows = csvRows(read(dir, 'plans.csv'));
  rows[1]![12] = 'Private: talked about leaving if nothing changes';
  write(dir, 'plans.csv', toCsv(rows));
  write(dir, 'roster.csv', ROSTER_2);
  return dir;
}

/** Runs trellis without waiting, for the tests that need two at once or a signal. */
function start(cwd: string, ...args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stderr })),
  );
  return { child, done };
}

describe('--out that is not an ordinary file is refused', () => {
  it('/dev/null (a device) is refused and stays a device', () => {
    const dir = planned();
    expectFatal(
      trellis(dir, 'plan', 'roster.csv', '--out', '/dev/null', '--today', TODAY),
      /\/dev\/null is a device, not a file; nothing was written/,
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a named pipe is refused', () => {
    const dir = planned();
    expect(spawnSync('mkfifo', [join(dir, 'pipe.csv')]).status).toBe(0);
    expectFatal(
      trellis(dir, 'plan', 'roster.csv', '--out', 'pipe.csv', '--today', TODAY),
      /pipe\.csv is a named pipe \(FIFO\), not a file/,
    );
    expect(lstatSync(join(dir, 'pipe.csv')).isFIFO()).toBe(true);
  });

  it('a socket is refused', async () => {
    const dir = planned();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock.csv'), resolve));
    try {
      expectFatal(trellis(dir, 'plan', 'roster.csv', '--out', 'sock.csv', '--today', TODAY), /sock\.csv is a socket, not a file/);
    } finally {
      server.close();
    }
  });
});

describe('the file behind --out keeps what it was', () => {
  it('a symlinked --out refreshes the file it points to; the link stays a link', () => {
    const dir = planned();
    symlinkSync('plans.csv', join(dir, 'current.csv'));
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'current.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(lstatSync(join(dir, 'current.csv')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'plans.csv')).toContain('bo@example.com#');
    expect(read(dir, 'plans.csv')).toContain('Private: talked about leaving');
  });

  it('a private (0600) plans file stays 0600 after a refresh', () => {
    const dir = planned();
    chmodSync(join(dir, 'plans.csv'), 0o600);
    expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
    expect(statSync(join(dir, 'plans.csv')).mode & 0o777).toBe(0o600);
  });

  it('a read-only plans file is refused, not replaced', () => {
    const dir = planned();
    chmodSync(join(dir, 'plans.csv'), 0o444);
    const before = snapshot(dir, 'plans.csv');
    expectFatal(
      trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY),
      /plans\.csv is read-only, so it was left untouched/,
    );
    expect(snapshot(dir, 'plans.csv')).toEqual(before);
    expect(listing(dir)).toEqual(['plans.csv', 'roster.csv']);
  });
});

describe('two runs on the same --out', () => {
  it('run at once, the second waits for the first and adds nothing twice', async () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(rosterGrid(3_000)));
    const [a, b] = await Promise.all([
      start(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).done,
      start(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).done,
    ]);
    // The generated roster leaves some manager emails blank: each told with its cell, exit 2 (contract section 1).
    expect([a.status, b.status]).toEqual([2, 2]);
    const keys = csvRows(read(dir, 'plans.csv'))
      .slice(1)
      .map((r) => r[0]);
    expect(new Set(keys).size).toBe(keys.length);
    // One planned the table; the other refreshed it and found nothing to add.
    const said = [a.stderr, b.stderr].join('\n');
    expect(said).toMatch(/^Planned 3,000 people/m);
    expect(said).toMatch(/^Refreshed plans\.csv: kept [\d,]+ rows, added 0\.$/m);
    expect(listing(dir)).toEqual(['plans.csv', 'roster.csv']);
  });

  it('a lock left by a run that stopped is named, and the plans file is left alone', () => {
    const dir = planned();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(
      join(dir, 'plans.csv.lock'),
      JSON.stringify({ pid: Number(gone.stdout), host: hostname(), started: '2026-11-28T09:00:00.000Z' }),
    );
    const before = snapshot(dir, 'plans.csv');
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expectFatal(
      run,
      /plans\.csv\.lock was left by a trellis run that stopped \(process \d+, started 2026-11-28T09:00:00\.000Z\); if no trellis run is writing plans\.csv now, delete .*plans\.csv\.lock and run again/,
    );
    expect(snapshot(dir, 'plans.csv')).toEqual(before);
  });
});

describe('a signal mid-write', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)(
    '%s removes the temporary file and the lock, and leaves the plans file as it was',
    async (signal, code) => {
      const dir = tempDir();
      write(dir, 'roster.csv', toCsv(rosterGrid(4_000).slice(0, 201)));
      // 2: the generated roster leaves some manager emails blank, each told with its cell.
      expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(2);
      write(dir, 'roster.csv', toCsv(rosterGrid(4_000)));
      const before = snapshot(dir, 'plans.csv');
      const watcher = watch(dir);
      const run = start(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
      let signalled = false;
      watcher.on('change', (_, name) => {
        if (!signalled && String(name).endsWith('.tmp') && existsSync(join(dir, String(name)))) {
          signalled = true;
          run.child.kill(signal);
        }
      });
      const result = await run.done;
      watcher.close();
      expect(signalled, 'the temporary file was seen').toBe(true);
      expect(result.status, result.stderr).toBe(code);
      expect(result.stderr).toContain(
        `trellis: stopped by ${signal}: the file being written was not replaced, and its temporary copy was removed`,
      );
      expect(readdirSync(dir).sort()).toEqual(['plans.csv', 'roster.csv']);
      expect(snapshot(dir, 'plans.csv')).toEqual(before);
    },
    60_000,
  );
});

describe('a disk that fills up', () => {
  // A real full disk: a 1 MB tmpfs, where this machine lets the tests mount one (root in CI); the injected
  // ENOSPC of test/cli/io/write-atomic.test.ts covers the same promise everywhere else.
  const mountPoint = join(tempDir(), 'small-disk');
  const mounted =
    spawnSync('mkdir', ['-p', mountPoint]).status === 0 &&
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]).status === 0;

  it.runIf(mounted)('a refresh that does not fit is refused with one line, and the plans file is as it was', () => {
    try {
      write(mountPoint, 'roster.csv', toCsv(rosterGrid(400).slice(0, 61)));
      // 2: the generated roster leaves some manager emails blank, each told with its cell.
      expect(trellis(mountPoint, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(2);
      write(mountPoint, 'roster.csv', toCsv(rosterGrid(400)));
      const before = snapshot(mountPoint, 'plans.csv');
      const run = trellis(mountPoint, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
      expectFatal(
        run,
        /^trellis plan: plans\.csv: cannot be written: the disk is full \(ENOSPC\); plans\.csv is as it was: free some space and run again$/,
      );
      expect(run.stderr).not.toContain('Refreshed');
      expect(snapshot(mountPoint, 'plans.csv')).toEqual(before);
      expect(readdirSync(mountPoint).sort()).toEqual(['plans.csv', 'roster.csv']);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

it('keeps the test honest: the plans file a refresh reads is the edited one', () => {
  const dir = planned();
  expect(readFileSync(join(dir, 'plans.csv'), 'utf8')).toContain('Private: talked about leaving');
});
