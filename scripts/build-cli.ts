// Bundles the trellis command into cli/dist/ (npm run build:cli; npm install runs it): an ESM entry, trellis.mjs, and
// its chunks, with shared/ and every runtime dependency inlined, so the command starts without compiling TypeScript
// and installs from a tarball with no dependencies. Each command is a chunk loaded when it runs, and exceljs one loaded
// only for a workbook, so `trellis --help` loads a few KB.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the bundle goes; cli/bin/trellis.js runs ENTRY from here. */
export const DIST = join(REPO, 'cli', 'dist');
export const ENTRY = join(DIST, 'trellis.mjs');
/** The sources the bundle is made of (cli/dist and node_modules aside). */
const SOURCES = ['cli', 'shared', 'scripts/build-cli.ts', 'package-lock.json'];
/** The entry's first line names the sources it was built from: `// sources <sha256>`. */
const STAMP = '// sources ';

/**
 * One hash of every source file's path and bytes. By content, not time: with two builds at once (two test runs in
 * one working tree), the one that read older sources may finish last, and its newer file time would hide that.
 */
export function sourcesHash(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!statSync(path).isDirectory()) {
      hash.update(`${relative(REPO, path)}\0`).update(readFileSync(path));
      return;
    }
    for (const name of readdirSync(path).sort()) if (name !== 'dist' && name !== 'node_modules') visit(join(path, name));
  };
  for (const source of SOURCES) visit(join(REPO, source));
  return hash.digest('hex');
}

/** Whether cli/dist is missing or was built from other sources than those in the tree now. */
export function cliIsStale(): boolean {
  try {
    return !readFileSync(ENTRY, 'utf8').startsWith(`${STAMP}${sourcesHash()}\n`);
  } catch {
    return true;
  }
}

/**
 * Builds the command into `outDir` (cli/dist). `clean` empties it first (npm install, npm run build:cli). Without it
 * (a rebuild while tests or other runs may be using cli/dist) nothing is removed: chunk names hold a hash of their
 * content, so a new build's chunks sit beside the old ones, and the entry, written last and renamed into place, is
 * the only file that switches a run from one build to the next.
 */
export async function buildCli(outDir = DIST, { clean = true } = {}): Promise<{ file: string; bytes: number }[]> {
  if (clean) rmSync(outDir, { recursive: true, force: true });
  const sources = sourcesHash();
  const result = await build({
    entryPoints: { trellis: join(REPO, 'cli', 'entry.ts') },
    outdir: outDir,
    bundle: true,
    write: false,
    // Chunks: each command, and the .xlsx reader with exceljs, is a file of its own, loaded only when used.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // exceljs and its dependencies are CommonJS that call require(): give the ESM bundle one that Node understands.
    banner: { js: "import { createRequire as __trellisRequire } from 'node:module';\nconst require = __trellisRequire(import.meta.url);" },
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'silent',
  });
  const files = result.outputFiles;
  const entry = files.find((f) => f.path === join(outDir, 'trellis.mjs'))!;
  for (const file of files) if (file !== entry) writeAtomic(file.path, file.contents);
  // Last, so that the entry never names a chunk not yet written; stamped with its sources (not the chunks: their
  // names hold a hash of their content, which would then change with every build).
  writeAtomic(entry.path, Buffer.concat([Buffer.from(`${STAMP}${sources}\n`), entry.contents]));
  return files.map((f) => ({ file: relative(REPO, f.path), bytes: f.contents.byteLength })).sort((a, b) => a.file.localeCompare(b.file));
}

/** Writes through a temporary name, so a run never loads half a file. */
function writeAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** Builds cli/dist/ only when it is stale; returns whether it built. */
export async function buildCliIfStale(): Promise<boolean> {
  if (!cliIsStale()) return false;
  await buildCli(DIST, { clean: false });
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildCli();
  const { version } = JSON.parse(readFileSync(join(REPO, 'cli', 'package.json'), 'utf8')) as { version: string };
  const kb = Math.round(files.reduce((sum, f) => sum + f.bytes, 0) / 1024);
  console.log(`built cli/dist/ (trellis ${version}): ${files.length} files, ${kb} KB`);
}
