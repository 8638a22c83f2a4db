/**
 * `npm run screenshots`: the PNGs of docs/ that show the extension, made in real Chromium (headless, through the
 * end-to-end tests' harness: the fixture pages served as https://calendar.google.com, the built extension loaded).
 *
 * The Calendar pictures are taken at 1366×768, a common laptop screen, where the panel must fit beside the popup.
 * - docs/screenshot-overlay-light.png: the overlay beside the 1:1 popup of "Maria / Dev 1:1" (week-popup.html),
 *   with Dev's imported plan ("Next: …" under the name), one prompt ticked with its follow-ups open, and a short note.
 * - docs/screenshot-overlay-first.png: the 1:1 with Sam before anything was ticked or written: the calm "First career
 *   conversation" line rather than a warning.
 * - docs/screenshot-overlay-no-plan.png: the 1:1 with Ola, who is in no imported plan: "Choose plans file" right there.
 * - docs/screenshot-overlay-with-whom.png: "Treat as 1:1" on Sprint planning (five people): "With whom?" and the guests.
 * - docs/screenshot-overlay-dark.png: the same on Calendar's dark theme (/dark), for "Catch-up" with Sam.
 * - docs/screenshot-overlay-goals.png: the same 1:1 with Dev, scrolled to the Career goals view, opened, with a few
 *   answers typed.
 * - docs/screenshot-options.png: the options page after the plans CSV was imported.
 * - docs/screenshot-options-goals.png: the options page's Career goals card after importing a goals CSV whose answer
 *   for Dev differs from the one typed in the panel: the card lists it and asks.
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
import { GOALS_HEADERS } from '../shared/goals';
import { EVENTS, REPO, launchBrowser, openNote, openWeek, overlay, panel, startFixtureServer, type Browser } from '../test/e2e/harness';

const DOCS = join(REPO, 'docs');
const WAIT = 10_000;
/** The Calendar pictures' screen: a common laptop's, where the panel must still fit beside the popup. */
const LAPTOP = { width: 1366, height: 768 };

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

/** No caret blinking in the picture, no focus ring, no hover. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(5, 5);
  await page.waitForTimeout(200);
}

/**
 * Ticks the first of today's prompts (opening its follow-ups, with `followUps`) and types a note, then lets the overlay
 * settle (the note is saved after 600 ms).
 */
async function tickAndNote(page: Page, note: string, followUps = false): Promise<void> {
  const prompt = overlay(page).locator('[data-trellis="prompt"]').first();
  const first = prompt.getByRole('checkbox');
  if (!(await first.isChecked())) await first.check();
  if (followUps) await prompt.getByRole('button', { name: 'Follow-ups' }).click();
  await (await openNote(page)).fill(note);
  await page.waitForTimeout(900);
  await settle(page);
}

/** Dev's answers as typed in the panel for the goals picture, by the place of their box in the view. */
const DEV_ANSWERS: [number, string][] = [
  [0, 'Good on the whole. The on-call weeks are heavy.'],
  [2, 'Lead the design of the API migration.'],
  [4, 'About a year.'],
  [7, 'Staff engineer'],
  [8, 'Managing people'],
];

/** Opens the Career goals view in the panel, types Dev's answers and scrolls the view into sight. */
async function typeGoals(page: Page): Promise<void> {
  const toggle = panel(page).getByRole('button', { name: /^Career goals:/ });
  await toggle.click();
  const boxes = panel(page).locator('#trellis-goals textarea');
  for (const [index, text] of DEV_ANSWERS) await boxes.nth(index).fill(text);
  await panel(page).getByLabel('Target date').fill('2027-09-30');
  await page.waitForTimeout(900);
  await toggle.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await settle(page);
}

/** A goals CSV as a colleague might send it back: Dev's "What's next" differs from the panel's, Sam is new. */
function goalsCsv(dir: string): string {
  const path = join(dir, 'career-goals.csv');
  writeFileSync(
    path,
    [
      GOALS_HEADERS.join(','),
      'dev.patel@example.com,Dev Patel,,,,"Lead the API migration, then mentor two juniors on it",,,,,,,',
      'sam.chen@example.com,Sam Chen,2026-11-20,Settled and busy,,Become the go-to person for caching,,,,,,,',
      '',
    ].join('\r\n'),
  );
  return path;
}

async function shoot(browser: Browser, plans: string, dir: string): Promise<string[]> {
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
  await light.setViewportSize(LAPTOP);
  await openWeek(light);
  await openOneOnOne(light, EVENTS.devOneOnOne, 'Dev Patel');
  await panel(light).getByText('Technical ladder', { exact: false }).first().waitFor({ timeout: WAIT });
  await tickAndNote(light, 'Dev wants to lead the API migration design review next quarter.', true);
  await save(light, 'screenshot-overlay-light.png');
  await typeGoals(light);
  await save(light, 'screenshot-overlay-goals.png');

  // Sam before anything was ticked or written: the first career conversation, said calmly.
  await openOneOnOne(light, EVENTS.catchUp, 'Sam Chen');
  await panel(light).getByText('First career conversation', { exact: false }).waitFor({ timeout: WAIT });
  await settle(light);
  await save(light, 'screenshot-overlay-first.png');

  // Ola is in no plan: the import is offered in the panel itself.
  await openOneOnOne(light, EVENTS.ola, 'Ola');
  const choose = panel(light).getByRole('button', { name: 'Choose plans file' });
  await choose.waitFor({ timeout: WAIT });
  await choose.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  await settle(light);
  await save(light, 'screenshot-overlay-no-plan.png');

  // A meeting of several made a 1:1: the panel asks with whom (left unanswered, so no one is added to the popup's list).
  await light.locator(`[data-eventchip][data-eventid="${EVENTS.sprint.eventid}"]`).click();
  await panel(light).getByRole('button', { name: 'Treat as 1:1' }).click();
  await panel(light).getByRole('group', { name: 'With whom?' }).waitFor({ timeout: WAIT });
  await settle(light);
  await save(light, 'screenshot-overlay-with-whom.png');

  const dark = await browser.newPage();
  await dark.setViewportSize(LAPTOP);
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

  const card = options.getByRole('region', { name: 'Career goals' });
  await card.getByLabel('Import career goals (.csv)').setInputFiles(goalsCsv(dir));
  await card.getByRole('group').waitFor({ timeout: WAIT });
  await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await options.waitForTimeout(300);
  const shotPath = join(DOCS, 'screenshot-options-goals.png');
  await card.screenshot({ path: shotPath, animations: 'disabled' });
  written.push(shotPath);

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
    for (const path of await shoot(browser, plans, dir)) process.stdout.write(`Wrote ${path}\n`);
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
