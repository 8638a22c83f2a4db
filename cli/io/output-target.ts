import { accessSync, constants, lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../../shared/user-error';

/** The file a write really replaces, with what must survive the replacement. */
export interface OutputTarget {
  /** The path written: the given one, or the file a symlink points to. */
  path: string;
  /** The existing file's permission bits, kept on the new file; undefined when there is no file yet. */
  mode?: number;
  owner?: { uid: number; gid: number };
}

function kindOf(stats: Stats): string | undefined {
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return undefined;
}

function isReadOnly(path: string, stats: Stats): boolean {
  // Root may write anything, so access() alone would let a plans file someone made read-only be replaced.
  if ((stats.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Where a write to `path` lands, or a UserError when it must not happen: a folder, a device, a pipe, a read-only file. */
export function resolveOutput(path: string): OutputTarget {
  let real = path;
  let stats: Stats;
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      try {
        real = realpathSync(path);
      } catch {
        // A link to a file not made yet: the write makes that file.
        return { path: resolve(dirname(path), readlinkSync(path)) };
      }
    }
    stats = statSync(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path };
    throw new UserError(`${path}: cannot be checked (${code ?? 'unknown error'}); nothing was written`);
  }
  if (stats.isDirectory())
    throw new UserError(`${path} is a folder: give a file name for --out, such as ${path.replace(/\/+$/, '')}/plans.csv`);
  const kind = kindOf(stats);
  if (kind)
    throw new UserError(
      `${path} is ${kind}, not a file; nothing was written: give --out the name of an ordinary file, or leave --out out to print to the terminal`,
    );
  if (isReadOnly(real, stats)) {
    throw new UserError(`${path} is read-only, so it was left untouched: make it writable (chmod u+w ${path}) or choose another --out`);
  }
  return { path: real, mode: stats.mode & 0o7777, owner: { uid: stats.uid, gid: stats.gid } };
}
