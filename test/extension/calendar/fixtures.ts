/** Loads the saved Calendar DOM snippets of test/fixtures/calendar into the test document. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node's own URL: under happy-dom the global URL is the window's.
const dir = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/calendar')}/`;

/** The text of one fixture file. */
export function fixture(name: string): string {
  return readFileSync(dir + name, 'utf8');
}

/** Replaces the document's body with a fixture (a whole page's body, or a snippet) and sets the page's path. */
export function loadFixture(name: string, path = '/calendar/u/0/r/week/2026/12/1'): void {
  history.replaceState(null, '', path);
  const parsed = new DOMParser().parseFromString(fixture(name), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

/** The elements a fixture snippet holds, parsed apart from the document. */
export function parseFixture(name: string): Element[] {
  return Array.from(new DOMParser().parseFromString(fixture(name), 'text/html').body.children);
}
