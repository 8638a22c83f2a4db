import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors';

/**
 * Writes a whole file or nothing: the text goes to a temporary file beside the target, is flushed to disk and then
 * renamed over it, so an interrupted run never leaves half a file and a failure leaves the old one untouched.
 */
export function writeAtomic(path: string, text: string): void {
  try {
    if (statSync(path).isDirectory()) throw new UserError(`${path} is a folder: give a file name for --out`);
  } catch (error) {
    if (error instanceof UserError) throw error;
  }
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UserError(`${path}: cannot be written (${code}); nothing was changed`);
  }
}
