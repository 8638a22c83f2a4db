import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../shared/user-error';
import { removeOnExit } from './cleanup';
import { resolveOutput } from './output-target';

/** The two calls a test replaces to act out a full disk: the rest of a write uses the real file system. */
export interface WriteCalls {
  /** Like fs.writeSync: may write fewer bytes than asked, or throw ENOSPC. */
  write: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsync: (fd: number) => void;
  /** Flushes a folder's entries (the rename) to disk. */
  syncFolder: (folder: string) => void;
}

const REAL: WriteCalls = {
  write: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsync: (fd) => fs.fsyncSync(fd),
  syncFolder: (folder) => syncFolder(folder),
};

export interface WriteOptions {
  calls?: WriteCalls;
  /** More bytes than this are refused before anything is replaced, with `tooLarge(bytes)` as the message. */
  maxBytes?: number;
  tooLarge?: (bytes: number) => string;
}

/** What a failed system call means to a person, and what to do about it. */
const CAUSES: Record<string, [what: string, todo: string]> = {
  ENOSPC: ['the disk is full', 'free some space and run again'],
  EDQUOT: ['your disk quota is used up', 'free some space and run again'],
  EROFS: ['the file system is read-only', 'choose an --out on a writable disk'],
  EACCES: ['permission denied', 'choose an --out in a folder you can write to'],
  EPERM: ['permission denied', 'choose an --out in a folder you can write to'],
  EIO: ['the disk reported an input/output error', 'check the disk and run again'],
  ENAMETOOLONG: ['the file name is too long', 'choose a shorter --out'],
};

/** Every byte of `buffer`, however few bytes each call takes; a call that writes nothing is a full disk. */
function writeAll(calls: WriteCalls, fd: number, buffer: Uint8Array): void {
  let offset = 0;
  while (offset < buffer.length) {
    const written = calls.write(fd, buffer, offset, buffer.length - offset);
    if (!(written > 0)) throw Object.assign(new Error('no byte written'), { code: 'ENOSPC' });
    offset += written;
  }
}

/** Opens a new temporary file beside the target: exclusive and randomly named, so a planted file or link is never used. */
function createTemporary(folder: string, name: string, mode: number): { path: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const path = join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      return { path, fd: fs.openSync(path, 'wx', mode) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw error;
    }
  }
}

/** Flushes a folder's entry for a renamed file; a file system that cannot sync folders is no reason to fail. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const yieldToSignals = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes a whole file or nothing. The text goes to a new temporary file beside the target, every byte of it, is
 * synced with the folder, and only then renamed over the target: a full disk, a crash or a signal leaves the old file
 * as it was. A symlinked target is updated where it points; its mode (and, for root, owner) is kept. Text is written
 * as UTF-8; bytes (a workbook) as they are.
 */
export async function writeAtomic(path: string, chunks: Iterable<string | Uint8Array>, options: WriteOptions = {}): Promise<void> {
  const calls = options.calls ?? REAL;
  const target = resolveOutput(path);
  const folder = dirname(target.path);
  let temp: { path: string; fd: number } | undefined;
  let forget = () => {};
  let replaced = false;
  try {
    fs.mkdirSync(folder, { recursive: true });
    temp = createTemporary(folder, basename(target.path), target.mode ?? 0o666);
    forget = removeOnExit(temp.path, 'temporary');
    const encoder = new TextEncoder();
    let bytes = 0;
    for (const chunk of chunks) {
      const buffer = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      bytes += buffer.length;
      if (options.maxBytes !== undefined && bytes > options.maxBytes)
        throw new UserError(options.tooLarge?.(bytes) ?? `${path}: too large`);
      writeAll(calls, temp.fd, buffer);
      await yieldToSignals();
    }
    if (target.mode !== undefined) fs.fchmodSync(temp.fd, target.mode);
    if (target.owner && process.getuid?.() === 0) fs.fchownSync(temp.fd, target.owner.uid, target.owner.gid);
    calls.fsync(temp.fd);
    fs.closeSync(temp.fd);
    temp.fd = -1;
    fs.renameSync(temp.path, target.path);
    replaced = true;
    forget();
    temp = undefined;
    calls.syncFolder(folder);
  } catch (error) {
    if (temp) {
      if (temp.fd >= 0) fs.closeSync(temp.fd);
      fs.rmSync(temp.path, { force: true });
      forget();
    }
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const [what, todo] = CAUSES[code] ?? [`the system refused (${code})`, 'check the path and run again'];
    // Past the rename the new file is in place, whole: only flushing the folder's entry to disk failed.
    if (replaced) throw new UserError(`${path} was written, but the disk did not confirm it (${code}); run again to be sure it is kept`);
    const kept = target.mode === undefined ? 'nothing was written' : `${path} is as it was`;
    throw new UserError(`${path}: cannot be written: ${what}${what.includes(code) ? '' : ` (${code})`}; ${kept}: ${todo}`);
  }
}
