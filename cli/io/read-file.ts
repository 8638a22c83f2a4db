import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../../shared/user-error';

/**
 * Larger inputs are refused, and Trellis never writes a plans table larger than this: 20,000 people's plans (the
 * most one run makes) take about 72 MB, and refreshing them stays under 1.5 GB of memory.
 */
export const MAX_BYTES = 96 * 1024 * 1024;

/** A size as people read it: `72.4 MB` (binary megabytes, as file managers show them). */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The bytes of an input file, or a UserError that says what is wrong with the path and what to do. With `reuse`, the
 * bytes are read into one buffer kept for the next file, and are only good until then: for a reading that is done
 * with them before it next awaits anything.
 */
export function readInput(path: string, accepted: readonly string[], { reuse = false } = {}): Buffer {
  const kind = extname(path).toLowerCase().slice(1);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(`${path} is a folder, not a file: give the path of a ${listKinds(accepted)} file`);
    // A pipe or a device would be read for ever, or say it is empty: only ordinary files hold a table.
    if (!stat.isFile())
      throw new UserError(`${path} is not an ordinary file (a device, pipe or socket): give the path of a ${listKinds(accepted)} file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file; check the path (it is read from ${process.cwd()})`);
    if (code === 'EACCES') throw new UserError(`${path}: permission denied; check that you can read the file`);
    throw new UserError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (!accepted.includes(kind)) {
    throw new UserError(`${path}: Trellis reads ${listKinds(accepted)} files; save it as one of those and try again`);
  }
  if (size === 0) throw new UserError(`${path} is empty: it needs a header row and at least one person`);
  if (size > MAX_BYTES) {
    throw new UserError(
      `${path} is ${megabytes(size)}; Trellis reads files up to ${megabytes(MAX_BYTES)} (about 25,000 people's plans): split it by team or department and run once for each part`,
    );
  }
  try {
    return reuse ? readReused(path, size) : readFileSync(path);
  } catch (error) {
    throw new UserError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** The buffer files are read into with `reuse`, grown as needed (see readReused). */
let scratch = Buffer.allocUnsafe(0);

/**
 * The bytes of a file read into the reused buffer: a fresh buffer for each of a thousand team files cost about a
 * second in new pages. Read to the end, as readFileSync does, even when the file has grown since `size` was seen.
 */
function readReused(path: string, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const bigger = Buffer.allocUnsafe(Math.max(size + 1, 2 * scratch.length, 64 * 1024));
        scratch.copy(bigger, 0, 0, length);
        scratch = bigger;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) return scratch.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** The text of a file that should be UTF-8 text (CSV, JSON): binary files and other encodings are refused clearly. */
export function decodeText(path: string, bytes: Buffer): string {
  checkText(path, bytes);
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Throws the UserError for bytes that are not UTF-8 text (binary, or another encoding), naming what to do. */
export function checkText(path: string, bytes: Buffer): void {
  // A NUL byte anywhere, not only near the start: text with one in it was not saved as text.
  if (bytes.includes(0)) {
    throw new UserError(`${path} looks like a binary file, not text: export the sheet as CSV (UTF-8) and try again`);
  }
  // isUtf8 checks at memory speed; a fatal TextDecoder took seconds over a thousand team files.
  if (!isUtf8(bytes)) throw new UserError(`${path} is not UTF-8 text: save it as "CSV UTF-8" and try again`);
}

function listKinds(kinds: readonly string[]): string {
  const names = kinds.map((k) => `.${k}`);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
