import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// shared/ is the core all three front ends run: in the browser, in Apps Script and in Node. It must not reach
// for any one platform's API.
const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('shared/ is pure', () => {
  it.each(files(SHARED).map((f) => [relative(SHARED, f), f]))('%s uses no platform API', (_, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(
      /from ['"](node:|fs['"]|path['"]|os['"]|child_process['"])|require\(|\b(document|window|chrome|browser|SpreadsheetApp|HtmlService|process)\s*\./,
    );
    expect(code).not.toMatch(/\b(fetch|XMLHttpRequest|innerHTML)\b/);
  });
});
