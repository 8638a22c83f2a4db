/**
 * The content script at work in real Chromium (headless, Debian's /usr/bin/chromium, through test/e2e/harness.ts:
 * the fixture pages served over HTTPS as https://calendar.google.com, the built extension loaded).
 *
 * - Popup to prompts: in the page's main world, performance.now() just before the chip's click inserts the event
 *   popup, then the first moment the overlay's open shadow root holds `[data-trellis="prompt"]` elements, laid out
 *   (non-zero size), under "1:1 with <the person just opened>" (a MutationObserver on the shadow root and on
 *   <body>, plus a requestAnimationFrame poll). Openings alternate between two 1:1s with different people, the
 *   popup is closed in between and the prompts must be gone before the next opening, so a stale overlay can never
 *   count.
 * - Unrelated mutations: the same workload (chip text replaced, a div appended to a day column, a chip's style
 *   changed, the div removed; each mutation in its own task) run on the fixture at https://calendar.google.com
 *   (content script injected) and at https://calendar.example.test (the same file answered by page.route: the
 *   content script does not match, nothing else differs), in alternate rounds in one browser. Each round's cost is
 *   the renderer main thread's TaskDuration and ScriptDuration from CDP Performance.getMetrics (thread time, so
 *   time stolen by other processes is not counted), from before the workload to two frames after it ends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EVENTS, FIXTURES, launchBrowser, openWeek, startFixtureServer, type Browser } from '../../test/e2e/harness';

/** Where the same fixture is served without the content script (it matches https://calendar.google.com/* only). */
export const PLAIN_ORIGIN = 'https://calendar.example.test';
/** Mutations per round of the mutation workload. */
export const MUTATIONS = 1_000;

/** The two 1:1s the openings alternate between, and the person each overlay must name. */
const OPENINGS = [
  { eventid: EVENTS.devOneOnOne.eventid, person: 'Dev Patel' },
  { eventid: EVENTS.catchUp.eventid, person: 'Sam Chen' },
] as const;

/** One opening: ms from the popup's insertion to the new person's prompts in the overlay, and the part of that spent
 * in the frame that shows them (from the start of that frame's animation callbacks), NaN when not in a frame. */
export interface Opening {
  ms: number;
  inFrame: number;
}

export interface PopupFigures {
  /** One per counted opening, in order. */
  samples: Opening[];
  warmups: number;
}

export interface CostSample {
  task: number;
  script: number;
}

/** One way of running the workload, and per round its ms of main-thread time (`with` the content script, `without`). */
export interface MutationScenario {
  popup: 'closed' | 'open';
  /** Mutations made in each task (1: every mutation a task of its own, the content script's worst case). */
  perTask: number;
  with: CostSample[];
  without: CostSample[];
}

export interface MutationFigures {
  rounds: number;
  mutations: number;
  scenarios: MutationScenario[];
}

/** The workloads: popup closed or a 1:1 popup open, each with every mutation in its own task and in tasks of 50. */
export const SCENARIOS: readonly Pick<MutationScenario, 'popup' | 'perTask'>[] = [
  { popup: 'closed', perTask: 1 },
  { popup: 'closed', perTask: 50 },
  { popup: 'open', perTask: 1 },
  { popup: 'open', perTask: 50 },
];

export interface BrowserFigures {
  chromium: string;
  popup: PopupFigures;
  mutations: MutationFigures;
}

/**
 * tsx compiles this file (and scripts/screenshots.ts) with esbuild's keepNames, which wraps the functions inside page
 * scripts in calls to its __name helper; the pages have no such helper, so give every page one that does nothing.
 */
export async function allowKeptNames(browser: Browser): Promise<void> {
  await browser.context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
}

/** One opening, timed in the page; rejects when the prompts do not come within `timeout` ms. */
function timeOpening(page: Page, eventid: string, person: string, timeout = 5_000): Promise<Opening> {
  return page.evaluate(
    ({ eventid, person, timeout }) =>
      new Promise<{ ms: number; inFrame: number }>((resolve, reject) => {
        const HOST = '[data-trellis="overlay"]';
        const chip = document.querySelector<HTMLElement>(`[data-eventchip][data-eventid="${eventid}"]`);
        if (!chip) return reject(new Error(`no chip ${eventid}`));
        const stale = document.querySelector(HOST)?.shadowRoot?.querySelector('[data-trellis="prompt"]');
        if (stale) return reject(new Error('prompts still shown before the opening'));
        let done = false;
        let watched: ShadowRoot | null = null;
        let t0 = 0;
        let frame = 0; // performance.now() at the start of this page's latest animation frame callbacks
        const inShadow = new MutationObserver(() => check());
        const onBody = new MutationObserver(() => {
          attach();
          check();
        });
        const finish = () => {
          done = true;
          inShadow.disconnect();
          onBody.disconnect();
          clearTimeout(timer);
        };
        function attach() {
          const root = document.querySelector(HOST)?.shadowRoot ?? null;
          if (root && root !== watched) {
            watched = root;
            inShadow.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
          }
        }
        function check() {
          if (done) return;
          const root = document.querySelector(HOST)?.shadowRoot;
          const first = root?.querySelector('[data-trellis="prompt"]');
          if (!root || !first) return;
          if (!(root.textContent ?? '').includes(`1:1 with ${person}`)) return;
          const box = first.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return;
          const t1 = performance.now();
          finish();
          resolve({ ms: t1 - t0, inFrame: frame > t0 ? t1 - frame : NaN });
        }
        const poll = () => {
          if (done) return;
          frame = performance.now();
          check();
          requestAnimationFrame(poll);
        };
        const timer = setTimeout(() => {
          if (done) return;
          finish();
          reject(new Error(`no prompts for ${person} within ${timeout} ms`));
        }, timeout);
        attach();
        onBody.observe(document.body, { childList: true });
        // Click at a random moment of the frame, so the figures are not biased by when the harness happens to call.
        requestAnimationFrame(() =>
          setTimeout(() => {
            t0 = performance.now();
            chip.click(); // the fixture inserts (or re-fills) the popup synchronously, as Calendar does
            // Registered before the content script's own frame callback (its MutationObserver runs after this task),
            // so `frame` is taken just before the content script's work in the frame that shows the prompts.
            requestAnimationFrame(poll);
          }, Math.random() * 16),
        );
      }),
    { eventid, person, timeout },
  );
}

/** Closes the popup and waits until no prompt is left in the overlay and two frames have passed. */
async function closePopup(page: Page): Promise<void> {
  await page.evaluate(() => document.getElementById('xDetDlgCloseBu')?.click());
  await page.waitForFunction(
    () => !document.querySelector('[data-trellis="overlay"]')?.shadowRoot?.querySelector('[data-trellis="prompt"]'),
    undefined,
    { timeout: 5_000 },
  );
  await settle(page);
}

/** Two animation frames and a short pause, so the next measurement starts from a quiet page. */
function settle(page: Page, ms = 30): Promise<void> {
  return page.evaluate(
    (ms) => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms)))),
    ms,
  );
}

async function popupFigures(page: Page, openings: number, warmups: number): Promise<PopupFigures> {
  await openWeek(page);
  await settle(page, 200);
  const samples: Opening[] = [];
  for (let i = 0; i < warmups + openings; i++) {
    const { eventid, person } = OPENINGS[i % OPENINGS.length]!;
    const opening = await timeOpening(page, eventid, person);
    if (i >= warmups) samples.push(opening);
    await closePopup(page);
  }
  return { samples, warmups };
}

/** The workload: `count` unrelated mutations of the week grid, `perTask` per task (a MessageChannel), then two frames. */
function mutate(page: Page, count: number, perTask: number): Promise<void> {
  return page.evaluate(
    ({ count, perTask }) =>
      new Promise<void>((resolve) => {
        const main = document.querySelector('[role=main]')!;
        const cells = Array.from(main.querySelectorAll('[role=gridcell]'));
        const chips = Array.from(main.querySelectorAll<HTMLElement>('[data-eventchip]'));
        const texts = chips.map((c) => c.textContent ?? '');
        const added: HTMLElement[] = [];
        const channel = new MessageChannel();
        let i = 0;
        const one = () => {
          const n = i >> 2;
          const chip = chips[n % chips.length]!;
          switch (i % 4) {
            case 0: // the chip's text replaced (a text node removed and one added)
              chip.textContent = n & 1 ? `${texts[n % chips.length]} ` : texts[n % chips.length]!;
              break;
            case 1: {
              const div = document.createElement('div');
              div.textContent = 'busy';
              cells[n % cells.length]!.append(div);
              added.push(div);
              break;
            }
            case 2: // a style change, as Calendar makes when it lays out chips
              chip.style.opacity = n & 1 ? '0.98' : '1';
              break;
            default:
              added.pop()!.remove();
          }
          i++;
        };
        channel.port1.onmessage = () => {
          for (let k = 0; k < perTask && i < count; k++) one();
          if (i < count) channel.port2.postMessage(0);
          else {
            channel.port1.close();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          }
        };
        channel.port2.postMessage(0);
      }),
    { count, perTask },
  );
}

/** Puts the chips back as the fixture made them (outside the timed window). */
function restoreChips(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const chip of Array.from(document.querySelectorAll<HTMLElement>('[data-eventchip]'))) {
      chip.textContent = (chip.textContent ?? '').trimEnd();
      chip.style.removeProperty('opacity');
      if (!chip.getAttribute('style')) chip.removeAttribute('style');
    }
  });
}

async function metrics(cdp: CDPSession): Promise<CostSample> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { task: value('TaskDuration') * 1_000, script: value('ScriptDuration') * 1_000 };
}

async function round(page: Page, cdp: CDPSession, perTask: number): Promise<CostSample> {
  await page.bringToFront();
  await settle(page);
  const before = await metrics(cdp);
  await mutate(page, MUTATIONS, perTask);
  const after = await metrics(cdp);
  await restoreChips(page);
  return { task: after.task - before.task, script: after.script - before.script };
}

async function mutationFigures(browser: Browser, rounds: number): Promise<MutationFigures> {
  const fixture = readFileSync(join(FIXTURES, 'week-popup.html'));
  const withPage = await browser.newPage();
  const withoutPage = await browser.newPage();
  await withoutPage.route(`${PLAIN_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture }),
  );
  await openWeek(withPage);
  await withoutPage.goto(`${PLAIN_ORIGIN}/`);
  await withoutPage.locator('[data-eventchip]').first().waitFor();
  if (await withoutPage.locator('[data-trellis="overlay"]').count()) throw new Error(`the content script ran on ${PLAIN_ORIGIN}`);
  const cdpWith = await browser.context.newCDPSession(withPage);
  const cdpWithout = await browser.context.newCDPSession(withoutPage);
  for (const cdp of [cdpWith, cdpWithout]) {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  }
  const figures: MutationFigures = { rounds, mutations: MUTATIONS, scenarios: [] };
  for (const { popup, perTask } of SCENARIOS) {
    if (popup === 'open' && !figures.scenarios.some((f) => f.popup === 'open')) {
      for (const page of [withPage, withoutPage]) {
        await page.bringToFront();
        await page.locator(`[data-eventchip][data-eventid="${EVENTS.devOneOnOne.eventid}"]`).click();
      }
      await withPage.bringToFront();
      await withPage.locator('[data-trellis="overlay"] [data-trellis="prompt"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    }
    const scenario: MutationScenario = { popup, perTask, with: [], without: [] };
    // One untimed round each to warm up, then alternate which page goes first.
    await round(withPage, cdpWith, perTask);
    await round(withoutPage, cdpWithout, perTask);
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const side of order) {
        scenario[side].push(side === 'with' ? await round(withPage, cdpWith, perTask) : await round(withoutPage, cdpWithout, perTask));
      }
    }
    figures.scenarios.push(scenario);
  }
  if (!(await withPage.locator('[data-trellis="overlay"] [data-trellis="prompt"]').count())) {
    throw new Error('the overlay lost its prompts during the mutation workload');
  }
  await withPage.close();
  await withoutPage.close();
  return figures;
}

/** Runs both measurements in one headless Chromium with the extension in `extDir`. */
export async function benchBrowser(
  extDir: string,
  options: { openings: number; warmups: number; rounds: number },
): Promise<BrowserFigures> {
  const server = await startFixtureServer();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(server, extDir);
    await allowKeptNames(browser);
    const chromium = browser.context.browser()?.version() ?? '';
    const page = await browser.newPage();
    const popup = await popupFigures(page, options.openings, options.warmups);
    await page.close();
    const mutations = await mutationFigures(browser, options.rounds);
    if (browser.pageErrors.length) throw new Error(`errors in the page: ${browser.pageErrors.join('; ')}`);
    return { chromium, popup, mutations };
  } finally {
    await browser?.close();
    await server.close();
  }
}
