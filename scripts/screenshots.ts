/**
 * `npm run screenshots`: the PNGs of docs/ that show the extension, made in real Chromium (headless, through the
 * end-to-end tests' harness: the fixture pages served as https://calendar.google.com, the built extension loaded).
 *
 * - docs/screenshot-overlay-light.png: the overlay beside the 1:1 popup of "Maria / Dev 1:1" (week-popup.html),
 *   with Dev's imported plan, one prompt ticked and a short note typed.
 * - docs/screenshot-overlay-dark.png: the same on Calendar's dark theme (week-popup-dark.html), for "Catch-up" with Sam.
 * - docs/screenshot-options.png: the options page after the plans CSV was imported.
 * - docs/screenshot-popup.png: the toolbar popup (popup.html in a 380×600 tab) after a few 1:1s were opened.
 *
 * The plans CSV is made as a user makes it (`npx trellis plan roster.csv`), and imported on the options page as
 * test/e2e/plan.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { allowKeptNames } from '../bench/extension/browser';
import { buildExtension } from '../bench/extension/build';
import { EVENTS, REPO, launchBrowser, openWeek, overlay, panel, startFixtureServer, type Browser } from '../test/e2e/harness';

const DOCS = join(REPO, 'docs');
const WAIT = 10_000;

/** The fixture's people (plan.test.ts's roster): Dev Patel is in "Maria / Dev 1:1", Sam Chen in "Catch-up". */
const ROSTER = [
  'Name,Email,Role,Manager,Manager email,Path,Target role,Focus area',
  'Dev Patel,dev.patel@example.com,Developer,Maria Lopez,maria.lopez@example.com,technical,,',
  'Sam Chen,sam.chen@example.com,Developer,Maria Lopez,maria.lopez@example.com,expert,,',
  '',
].join('\r\n');

function makePlans(dir: string): string {
  writeFileSync(join(dir, 'roster.csv'), ROSTER);
  const plans = join(dir, 'plans.csv');
  const run = spawnSync('npx', ['--no-install', 'trellis', 'plan', join(dir, 'roster.csv'), '--out', plans], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`npx trellis plan failed (exit ${run.status}): ${run.stderr}`);
  return plans;
}

/** Opens an event's popup and waits for the overlay to name the person and show today's prompts and the plan. */
async function openOneOnOne(page: Page, event: { eventid: string }, person: string): Promise<void> {
  await page.locator(`[data-eventchip][data-eventid="${event.eventid}"]`).click();
  await page.waitForFunction(
    (person) => {
      const root = document.querySelector('[data-trellis="overlay"]')?.shadowRoot;
      return Boolean(root?.querySelector('[data-trellis="prompt"]') && root.textContent?.includes(`1:1 with ${person}`));
    },
    person,
    { timeout: WAIT },
  );
}

/** Ticks the first of today's prompts and types a note, then lets the overlay settle (the note is saved after 600 ms). */
async function tickAndNote(page: Page, note: string): Promise<void> {
  const first = overlay(page).locator('[data-trellis="prompt"]').first().getByRole('checkbox');
  if (!(await first.isChecked())) await first.check();
  const box = overlay(page).getByRole('textbox', { name: 'Private note for this meeting' });
  await box.fill(note);
  await page.waitForTimeout(900);
  // No caret blinking in the picture, no focus ring on the note.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(5, 5);
  await page.waitForTimeout(200);
}

async function shoot(browser: Browser, plans: string): Promise<string[]> {
  const written: string[] = [];
  const save = async (page: Page, name: string, fullPage = false) => {
    const path = join(DOCS, name);
    await page.screenshot({ path, fullPage, animations: 'disabled' });
    written.push(path);
  };

  // A plan first, through the options page.
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByLabel(/Import plans/).setInputFiles(plans);
  await options.waitForFunction(() => /plans\.csv[^\n]*2 people/.test(document.body.innerText), undefined, { timeout: WAIT });

  const light = await browser.newPage();
  await openWeek(light);
  await openOneOnOne(light, EVENTS.devOneOnOne, 'Dev Patel');
  await panel(light).getByText('Technical ladder', { exact: false }).first().waitFor({ timeout: WAIT });
  await tickAndNote(light, 'Dev wants to lead the API migration design review next quarter.');
  await save(light, 'screenshot-overlay-light.png');

  const dark = await browser.newPage();
  await openWeek(dark, '/dark');
  await openOneOnOne(dark, EVENTS.catchUp, 'Sam Chen');
  await panel(dark).getByText('Subject-matter expert', { exact: false }).first().waitFor({ timeout: WAIT });
  await tickAndNote(dark, 'Sam will present the caching deep-dive at the guild.');
  await save(dark, 'screenshot-overlay-dark.png');

  // A few more 1:1s, so the toolbar popup lists several people.
  await openOneOnOne(dark, EVENTS.hostile, 'Kim Park');
  await openOneOnOne(dark, EVENTS.ola, 'Ola');

  await options.reload();
  await options.locator('body').waitFor();
  await options.waitForTimeout(500);
  await options.setViewportSize({ width: 1000, height: 860 });
  await save(options, 'screenshot-options.png', true);

  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForFunction(() => document.body.innerText.includes('Dev Patel'), undefined, { timeout: WAIT });
  await popup.waitForTimeout(300);
  await save(popup, 'screenshot-popup.png');

  if (browser.pageErrors.length) throw new Error(`errors in the pages: ${browser.pageErrors.join('; ')}`);
  return written;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-screenshots-'));
  const build = buildExtension();
  const server = await startFixtureServer();
  let browser: Browser | undefined;
  try {
    const plans = makePlans(dir);
    browser = await launchBrowser(server, build.extDir);
    await allowKeptNames(browser);
    for (const path of await shoot(browser, plans)) process.stdout.write(`Wrote ${path}\n`);
  } finally {
    await browser?.close();
    await server.close();
    build.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
