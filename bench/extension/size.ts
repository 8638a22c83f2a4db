/**
 * The content script's size: bytes and gzipped bytes (node:zlib, level 9) of content-scripts/calendar.js and its
 * CSS, and what takes the space, from the bundle's source map: each generated character is given to the source it
 * maps to, sources are grouped (the prompt bank, Preact, WXT's storage, …), and each group's gzipped share is what
 * gzip of the bundle saves when that group's characters are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size of the content script, and where its bytes come from. */
export interface SizeFigures {
  jsBytes: number;
  jsGzip: number;
  cssBytes: number;
  cssGzip: number;
  /** js + css, each gzipped on its own (they are two files). */
  totalGzip: number;
  groups: { label: string; bytes: number; gzipSaved: number }[];
}

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The groups of sources, first match wins; the last one takes every source left. */
const GROUPS: { label: string; test: (source: string) => boolean }[] = [
  {
    label: 'prompt bank (shared/prompts: bank, questions, follow-ups)',
    test: (s) => /shared\/prompts\/(bank|questions|follow-ups)\.ts$/.test(s),
  },
  { label: 'Preact (preact, hooks, jsx-runtime)', test: (s) => s.includes('node_modules/preact/') },
  { label: 'WXT storage (@wxt-dev/storage, superlock)', test: (s) => /node_modules\/(@wxt-dev\/storage|superlock)\//.test(s) },
  { label: 'WXT content-script runtime (context, browser, …)', test: (s) => s.includes('node_modules/') },
  { label: 'overlay CSS inlined in the script (.css sources)', test: (s) => /\.css(\?|$)/.test(s) },
  { label: 'rest of the shared core (shared/…)', test: (s) => s.includes('/shared/') },
  { label: 'overlay components (extension/components/overlay)', test: (s) => s.includes('/extension/components/') },
  { label: 'reader, controller, store, entry (rest of extension/)', test: () => true },
];
const UNMAPPED = 'not mapped to a source (bundler glue, an inlined CSS string)';

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one segment of a source map's `mappings` (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.get(char);
    if (digit === undefined) throw new Error(`bad source map segment ${segment}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** For each group, the generated text that maps to it (character ranges of each line, joined). */
function attribute(code: string, map: { sources: string[]; mappings: string }): Map<string, string[]> {
  const groupOf = map.sources.map((source) => GROUPS.find((g) => g.test(source))!.label);
  const pieces = new Map<string, string[]>([...GROUPS.map((g) => [g.label, []] as [string, string[]]), [UNMAPPED, []]]);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let source = 0;
  lines.forEach((line, index) => {
    const segments = (mapLines[index] ?? '').split(',').filter(Boolean);
    let column = 0;
    const marks: { column: number; group: string }[] = [];
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0]!;
      if (fields.length >= 4) {
        source += fields[1]!;
        marks.push({ column, group: groupOf[source]! });
      } else {
        marks.push({ column, group: UNMAPPED });
      }
      // fields[2] and fields[3] (original line and column) and [4] (name) are not needed here.
    }
    const first = marks[0]?.column ?? line.length;
    if (first > 0) pieces.get(UNMAPPED)!.push(line.slice(0, first));
    marks.forEach((mark, i) => pieces.get(mark.group)!.push(line.slice(mark.column, marks[i + 1]?.column ?? line.length)));
    if (index < lines.length - 1) pieces.get(UNMAPPED)!.push('\n');
  });
  return pieces;
}

/** Measures content-scripts/calendar.js (+ .css) of the built extension in `extDir`. */
export function measureSize(extDir: string): SizeFigures {
  const js = readFileSync(join(extDir, 'content-scripts', 'calendar.js'));
  // The CSS is a file of its own when WXT injects it, and a string inside calendar.js when the script inlines it.
  const cssPath = join(extDir, 'content-scripts', 'calendar.css');
  const css = existsSync(cssPath) ? readFileSync(cssPath) : Buffer.alloc(0);
  const jsGzip = gzipBytes(js);
  const cssGzip = css.length ? gzipBytes(css) : 0;
  const code = js.toString('utf8');
  let groups: SizeFigures['groups'] = [];
  try {
    const map = JSON.parse(readFileSync(join(extDir, 'content-scripts', 'calendar.js.map'), 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    const pieces = attribute(code, map);
    const labels = [...pieces.keys()];
    groups = labels
      .map((label) => {
        const without = labels
          .filter((l) => l !== label)
          .map((l) => pieces.get(l)!.join(''))
          .join('');
        return { label, bytes: Buffer.byteLength(pieces.get(label)!.join('')), gzipSaved: jsGzip - gzipBytes(without) };
      })
      .filter((g) => g.bytes > 0)
      .sort((a, b) => b.gzipSaved - a.gzipSaved);
    const total = groups.reduce((sum, g) => sum + g.bytes, 0);
    if (total !== js.length) throw new Error(`the breakdown covers ${total} bytes of ${js.length}`);
  } catch (error) {
    process.stderr.write(`bench: no breakdown of the content script (${(error as Error).message})\n`);
    groups = [];
  }
  return { jsBytes: js.length, jsGzip, cssBytes: css.length, cssGzip, totalGzip: jsGzip + cssGzip, groups };
}
