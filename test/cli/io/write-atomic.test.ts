// writeAtomic with the disk acting up: short writes, a full disk, a quota, a failing sync. Whatever happens, the old
// file is as it was and no temporary file (it holds private notes) is left in the folder.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/user-error';
import { writeAtomic, type WriteCalls } from '../../../cli/io/write-atomic';
import * as fs from 'node:fs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OLD = 'Key,Person\r\nana@example.com#goals,Ana\r\n';
const NEW = ['Key,Person\r\n', 'ana@example.com#goals,Ana\r\n', 'bo@example.com#goals,Bo\r\n'];

const failure = (code: string) => Object.assign(new Error(code), { code });

/** Real writes, at most `size` bytes a call. */
const shortWrites = (size: number): WriteCalls => ({
  write: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, Math.min(size, length)),
  fsync: (fd) => fs.fsyncSync(fd),
  syncFolder: () => {},
});

/** Real writes until `limit` bytes are on disk, then `code` (a disk filling up mid-file). */
const failingAfter = (limit: number, code: string): WriteCalls => {
  let written = 0;
  return {
    write: (fd, buffer, offset, length) => {
      if (written >= limit) throw failure(code);
      const n = fs.writeSync(fd, buffer, offset, Math.min(length, limit - written));
      written += n;
      return n;
    },
    fsync: (fd) => fs.fsyncSync(fd),
    syncFolder: () => {},
  };
};

describe('a write that completes', () => {
  it.each([1, 3, 7, 4096])('writes every byte when the system takes %i bytes a call', async (size) => {
    const path = join(dir, 'plans.csv');
    writeFileSync(path, OLD);
    await writeAtomic(path, NEW, { calls: shortWrites(size) });
    expect(readFileSync(path, 'utf8')).toBe(NEW.join(''));
    expect(readdirSync(dir)).toEqual(['plans.csv']);
  });

  it.each([0o600, 0o640, 0o664])('keeps the mode %o of the file it replaces', async (mode) => {
    const path = join(dir, 'plans.csv');
    writeFileSync(path, OLD);
    chmodSync(path, mode);
    await writeAtomic(path, NEW);
    expect(statSync(path).mode & 0o777).toBe(mode);
  });

  it('updates the file a symlinked target points to, and keeps the link', async () => {
    const real = join(dir, 'real.csv');
    const link = join(dir, 'plans.csv');
    writeFileSync(real, OLD);
    symlinkSync(real, link);
    await writeAtomic(link, NEW);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe(NEW.join(''));
  });

  it('refuses more bytes than maxBytes, and leaves the old file', async () => {
    const path = join(dir, 'plans.csv');
    writeFileSync(path, OLD);
    await expect(writeAtomic(path, NEW, { maxBytes: 20, tooLarge: (n) => `too large: ${n}` })).rejects.toThrow(/^too large: \d+$/);
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['plans.csv']);
  });
});

describe('a write that fails leaves the old file and no temporary file', () => {
  const full = failingAfter(10, 'ENOSPC');
  it.each<[string, () => WriteCalls, RegExp]>([
    [
      'the disk fills up mid-file (ENOSPC)',
      () => failingAfter(10, 'ENOSPC'),
      /cannot be written: the disk is full \(ENOSPC\); .*plans\.csv is as it was: free some space/,
    ],
    ['the quota runs out (EDQUOT)', () => failingAfter(10, 'EDQUOT'), /your disk quota is used up \(EDQUOT\)/],
    ['a write call writes nothing', () => ({ ...shortWrites(5), write: () => 0 }), /the disk is full \(ENOSPC\)/],
    [
      'the disk fails the sync (EIO)',
      () => ({
        ...shortWrites(4096),
        fsync: () => {
          throw failure('EIO');
        },
      }),
      /input\/output error \(EIO\)/,
    ],
    ['an error Trellis has no words for', () => failingAfter(0, 'EWEIRD'), /the system refused \(EWEIRD\)/],
  ])('%s', async (_, calls, message) => {
    const path = join(dir, 'plans.csv');
    writeFileSync(path, OLD);
    const before = statSync(path).mtimeMs;
    const error = await writeAtomic(path, NEW, { calls: calls() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(statSync(path).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(['plans.csv']);
  });

  it('says nothing was written when there was no file before', async () => {
    const path = join(dir, 'plans.csv');
    await expect(writeAtomic(path, NEW, { calls: full })).rejects.toThrow(/nothing was written/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a folder that cannot be synced after the rename', () => {
  it('says the new file is in place, not that the old one is', async () => {
    const path = join(dir, 'plans.csv');
    writeFileSync(path, OLD);
    const calls = {
      ...shortWrites(4096),
      syncFolder: () => {
        throw failure('EIO');
      },
    };
    await expect(writeAtomic(path, NEW, { calls })).rejects.toThrow(
      /plans\.csv was written, but the disk did not confirm it \(EIO\); run again/,
    );
    expect(readFileSync(path, 'utf8')).toBe(NEW.join(''));
    expect(readdirSync(dir)).toEqual(['plans.csv']);
  });
});

describe('targets that are refused before anything is written', () => {
  it('a read-only file is refused, not replaced (even for root)', async () => {
    const path = join(dir, 'plans.csv');
    writeFileSync(path, OLD);
    chmodSync(path, 0o444);
    await expect(writeAtomic(path, NEW)).rejects.toThrow(/plans\.csv is read-only, so it was left untouched: make it writable/);
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['plans.csv']);
  });

  it.each([['/dev/null', /is a device, not a file/]])('%s is refused', async (path, message) => {
    await expect(writeAtomic(path, NEW)).rejects.toThrow(message);
    expect(statSync(path).isCharacterDevice()).toBe(true);
  });

  it('a folder is refused', async () => {
    await expect(writeAtomic(dir, NEW)).rejects.toThrow(/is a folder: give a file name/);
  });
});
