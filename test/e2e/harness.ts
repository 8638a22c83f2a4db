// Harness of the end-to-end tests: the built extension (global-setup.ts) loaded into Debian's Chromium driven by
// playwright-core, with fixture pages from test/fixtures/e2e served over HTTPS as https://calendar.google.com
// (flags exactly as ../shared/handbook/toolchain.md, "Real browser"). Never `npx playwright install`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, 'test/fixtures/e2e');
export const ORIGIN = 'https://calendar.google.com';

/** How long to wait for the overlay to react (a shared 2-core machine: generous, still well under the test timeout). */
export const WAIT = 10_000;

/** The fixture's events (test/fixtures/e2e/week-popup.html), by title as its chips show it. */
export const EVENTS = {
  devOneOnOne: { title: 'Maria / Dev 1:1', eventid: 'NHExa2Q5czBtdjhyajFsMV8yMDI2MTIwMVQxNTAwMDBaIG1hcmlhLmxvcGV6QGV4YW1wbGUuY29t' },
  sprint: { title: 'Sprint planning', eventid: 'MGM4czJqcTZmMWtiM2E5ZyBtYXJpYS5sb3BlekBleGFtcGxlLmNvbQ' },
  catchUp: { title: 'Catch-up', eventid: 'N2h2M20ycDlxMHIxczJ0M18yMDI2MTIwM1QwOTAwMDBaIG1hcmlhLmxvcGV6QGV4YW1wbGUuY29t' },
  ola: { title: 'Ola <> Maria', eventid: 'OWE4YjdjNmQ1ZTRmM2cyaCBtYXJpYS5sb3BlekBleGFtcGxlLmNvbQ' },
  hostile: { title: '<img src=x onerror=alert(1)> / Kim 1:1', eventid: 'MXoyeTN4NHc1djZ1N3Q4cyBtYXJpYS5sb3BlekBleGFtcGxlLmNvbQ' },
} as const;

/** Debian's Chromium (CHROMIUM_PATH overrides it, e.g. to check the message below). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails, never skips, when there is no browser to run the end-to-end tests in. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing, so the end-to-end tests cannot run: install Debian's Chromium with ` +
        '`apt-get install -y chromium` (.ci/run does this; never `npx playwright install`).',
    );
  }
}

/** The path of the built extension (global-setup.ts), or a failure that says why there is none. */
export function extensionDir(): string {
  const build = inject('e2eBuild');
  if (!build) throw new Error('no e2e build was provided: run the e2e tests through vitest.config.ts (project "e2e")');
  if (build.error) throw new Error(build.error);
  return build.extDir;
}

/**
 * The id Chromium gives an unpacked extension: SHA-256 of its absolute path, first 32 hex digits with 0-f written
 * as a-p (components/crx_file/id_util.cc, GenerateIdForPath).
 */
export function extensionIdForPath(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export interface ServedRequest {
  method: string;
  path: string;
  host: string;
}

export interface FixtureServer {
  port: number;
  /** Every request the server answered, in order. */
  served: ServedRequest[];
  close(): Promise<void>;
}

/**
 * The fixture file for a path: one page that is the week view at / (in the dark theme at /dark) and the full event
 * page at every /r/eventedit/… (it reads its own path).
 */
function fixtureFor(path: string): string | null {
  const week = path === '/' || path === '/dark' || path === '/r/week' || path.startsWith('/r/week/');
  return week || path.startsWith('/r/eventedit/') ? 'week-popup.html' : null;
}

/** An HTTPS server on 127.0.0.1 (free port) with a certificate for calendar.google.com made for this run. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=calendar.google.com',
        '-addext',
        'subjectAltName=DNS:calendar.google.com',
      ],
      { stdio: 'pipe' },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`openssl could not make the test certificate (apt-get install -y openssl): ${String(error)}`);
  }
  const served: ServedRequest[] = [];
  const server: Server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://calendar.google.com').pathname;
    served.push({ method: req.method ?? 'GET', path, host: req.headers.host ?? '' });
    const file = fixtureFor(path);
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(FIXTURES, file)));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  rmSync(dir, { recursive: true, force: true }); // the key and certificate are in memory now
  return {
    port: (server.address() as AddressInfo).port,
    served,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  extDir: string;
  /** Every URL the page, the extension's pages and its workers asked for, in order (context 'request'). */
  requests: string[];
  /** Every dialog (alert, confirm, prompt) any page opened; each is dismissed. */
  dialogs: string[];
  /** Uncaught errors thrown in any page (console errors of the page are in `consoleErrors`). */
  pageErrors: string[];
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension (the e2e build, or `builtDir` for the bench and screenshots, which
 * build their own outside vitest), a fresh profile, and calendar.google.com mapped to `server`.
 */
export async function launchBrowser(server: FixtureServer, builtDir?: string): Promise<Browser> {
  requireChromium();
  const extDir = realpathSync(builtDir ?? extensionDir());
  const userDataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-profile-'));
  const args = [
    `--host-resolver-rules=MAP calendar.google.com 127.0.0.1:${server.port}, MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args,
      // playwright-core passes --disable-extensions by default, which would undo --load-extension.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 860 },
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const requests: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  const extensionId = extensionIdForPath(extDir);
  // When the extension has a background service worker, check the computed id against the one Chromium gave it.
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (worker) {
    const actual = new URL(worker.url()).host;
    if (actual !== extensionId) throw new Error(`extension id: computed ${extensionId}, Chromium says ${actual}`);
  }
  // A fresh install opens the welcome page (the options page) by itself, and Chromium may open it in a tab a caller
  // has just made: wait for it here, so it never cuts short a caller's first navigation.
  const welcome = `chrome-extension://${extensionId}/options.html`;
  for (let waited = 0; waited < 10_000 && !context.pages().some((p) => p.url() === welcome); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    context,
    extensionId,
    extDir,
    requests,
    dialogs,
    pageErrors,
    consoleErrors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The overlay's host (light DOM) and the shadow-piercing locators inside it. */
export function overlay(page: Page): Locator {
  return page.locator('[data-trellis="overlay"]');
}

/** The panel inside the overlay, by its role and accessible name. */
export function panel(page: Page): Locator {
  return overlay(page).getByRole('region', { name: 'Trellis career conversation' });
}

/** Every prompt of ours on the page (CSS locators pierce open shadow roots). */
export function prompts(page: Page): Locator {
  return page.locator('[data-trellis="overlay"] [data-trellis="prompt"]');
}

/**
 * The private note's box, opened first when it is folded (it is while the note is empty; a note with text shows
 * open by itself).
 */
export async function openNote(page: Page): Promise<Locator> {
  const toggle = overlay(page).getByRole('button', { name: 'Private note', exact: true });
  await toggle.waitFor({ state: 'visible', timeout: WAIT });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return overlay(page).getByRole('textbox', { name: 'Private note for this meeting' });
}

/** Opens the week view fixture and waits for its chips. */
export async function openWeek(page: Page, path = '/'): Promise<void> {
  await page.goto(`${ORIGIN}${path}`);
  await page.locator('[data-eventchip]').first().waitFor();
}

/** Clicks an event's chip in the grid (by its data-eventid) and waits for the popup to show that event. */
export async function openEvent(page: Page, event: { title: string; eventid: string }): Promise<void> {
  await page.locator(`[data-eventchip][data-eventid="${event.eventid}"]`).click();
  await expect.poll(() => page.locator('#xDetDlg').getAttribute('data-eventid'), { timeout: WAIT }).toBe(event.eventid);
}

/** Waits until the overlay is visible and its text contains `text`. */
export async function expectOverlayText(page: Page, text: string | RegExp): Promise<void> {
  const host = overlay(page);
  await host.first().waitFor({ state: 'visible', timeout: WAIT });
  await expect
    .poll(async () => (await host.allInnerTexts()).join('\n'), { timeout: WAIT })
    .toMatch(typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The visible overlay's text (all hosts, should there ever be more than one). */
export async function overlayText(page: Page): Promise<string> {
  return (await overlay(page).allInnerTexts()).join('\n');
}

/**
 * Requests that went anywhere but the fixture origin or the extension's own files (chrome-extension://, which
 * includes the per-session dynamic id of web_accessible_resources with use_dynamic_url), or nowhere at all
 * (data:, blob:). `extensionId` must be among the chrome-extension:// hosts asked for or the list is suspect.
 */
export function foreignRequests(urls: readonly string[], extensionId: string): string[] {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false; // never leave the browser
    if (url.startsWith('chrome-extension://')) return false;
    const parsed = new URL(url);
    return parsed.origin !== ORIGIN;
  });
}

export interface Session {
  server: FixtureServer;
  browser: Browser;
  /** A first page, opened on nothing yet. */
  page: Page;
}

/**
 * One fixture server and one browser for a test file, started by the first test that asks (and closed after the
 * file). Every test awaits it, so when there is no Chromium or no build each test FAILS with the reason: nothing
 * is skipped, as a failing beforeAll would do.
 */
export function useSession(prepare?: () => Promise<void> | void): () => Promise<Session> {
  let ready: Promise<Session> | null = null;
  const start = async (): Promise<Session> => {
    await prepare?.();
    const server = await startFixtureServer();
    try {
      const browser = await launchBrowser(server);
      return { server, browser, page: await browser.newPage() };
    } catch (error) {
      await server.close();
      throw error;
    }
  };
  afterAll(async () => {
    const session = await ready?.catch(() => null);
    await session?.browser.close();
    await session?.server.close();
  });
  return () => (ready ??= start());
}
