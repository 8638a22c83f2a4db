// End-to-end: a manager's first minutes with the built extension in real Chromium, on a fresh profile. Installing
// opens the options page by itself with the plans import in view; and a 1:1 with no plan yet imports the plans file
// from the panel itself (the file goes to the background service worker, which stores it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { STATUS_HEADERS } from '../../shared/types';
import { EVENTS, WAIT, foreignRequests, openEvent, openWeek, panel, useSession } from './harness';

let dir = '';
const file = (name: string) => join(dir, name);

/** A plan status CSV (contract section 3) with Dev's next step, and a file that is no plans file at all. */
function writeFiles(): void {
  dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-first-run-'));
  const status = [
    STATUS_HEADERS.join(','),
    'Dev Patel,dev.patel@example.com,Maria Lopez,Technical,Senior Developer,5,1,0,20,Give a talk at the guild,Dev Patel,2027-01-15,Yes',
  ];
  writeFileSync(file('plan-status.csv'), `${status.join('\r\n')}\r\n`);
  writeFileSync(file('notes.csv'), 'Name,Colour\r\nDev,blue\r\n');
}

const session = useSession(writeFiles);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Chooses a file in the panel the way a manager does: the button, then the browser's file chooser. */
async function chooseInPanel(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: WAIT });
  await panel(page).getByRole('button', { name: 'Choose plans file' }).click();
  await (await chooser).setFiles(path);
}

describe('first run', () => {
  it('installing opens the options page by itself, with the plans import above the fold at 1366×768', async () => {
    const { browser } = await session();
    const url = `chrome-extension://${browser.extensionId}/options.html`;
    await expect.poll(() => browser.context.pages().some((p) => p.url() === url), { timeout: WAIT }).toBe(true);
    const options = browser.context.pages().find((p) => p.url() === url)!;
    await options.setViewportSize({ width: 1366, height: 768 });
    await options.getByRole('heading', { name: 'Written plans' }).waitFor({ timeout: WAIT });
    const welcome = await options.locator('header').innerText();
    expect(welcome).toContain('Google Calendar');
    expect(welcome).toContain('Treat as 1:1');
    // The import is the first card, and its control is on screen without scrolling.
    const headings = await options.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings[0]).toBe('Written plans');
    const box = await options.getByLabel('Import plans (.csv or .json)').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    expect(await options.evaluate(() => window.scrollY)).toBe(0);
  });
});

describe('no plan yet: "Choose plans file" in the panel', () => {
  it('says what went wrong with a file that is not a plans file, and the panel stays as it was', async () => {
    const { page } = await session();
    await openWeek(page);
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain('No written plan for Dev Patel here yet.');
    await chooseInPanel(page, file('notes.csv'));
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toMatch(/notes\.csv has neither the plans columns/);
    expect(await panel(page).innerText()).toContain('No written plan for Dev Patel here yet.');
  });

  it('imports the chosen file and the plan shows at once, in this tab and on the options page', async () => {
    const { page, browser } = await session();
    await chooseInPanel(page, file('plan-status.csv'));
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain('Give a talk at the guild');
    const text = await panel(page).innerText();
    expect(text).toContain('Technical, towards Senior Developer');
    expect(text).not.toContain('No written plan');
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('body').innerText(), { timeout: WAIT }).toMatch(/plan-status\.csv: 1 person, imported/);
    await options.close();
  });

  it('made no request anywhere but the fixture origin and the extension, and threw nothing', async () => {
    const { browser } = await session();
    expect(foreignRequests(browser.requests, browser.extensionId)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
