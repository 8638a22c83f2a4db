// End-to-end: Chrome's storage for the extension is full (storage.local's 10 MB quota, filled for real). A note typed
// in the panel cannot be saved: the panel says so in words, keeps the note, and saves it once there is room again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EVENTS, WAIT, openEvent, openNote, openWeek, overlay, useSession } from './harness';

const session = useSession();

const noteBox = (page: Page) => overlay(page).getByRole('textbox', { name: 'Private note for this meeting' });

/** Runs `code` in the extension's options page, where chrome.storage is at hand. */
async function inExtension(extensionId: string, newPage: () => Promise<Page>, code: string): Promise<unknown> {
  const page = await newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const result = await page.evaluate(code);
  await page.close();
  return result;
}

describe('storage full', () => {
  it('a note that cannot be stored is shown as "Not saved", kept in the panel, and stored once there is room', async () => {
    const { browser, page } = await session();
    await openWeek(page);
    await openEvent(page, EVENTS.devOneOnOne);
    await openNote(page);
    await expect.poll(() => noteBox(page).isVisible(), { timeout: WAIT }).toBe(true);

    // Fill storage.local up to about 2 KB under its quota, so the next meeting write is refused by Chrome itself.
    const fill = `(async () => {
      const quota = chrome.storage.local.QUOTA_BYTES;
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({ filler: 'x'.repeat(quota - used - 2048) });
      return chrome.storage.local.getBytesInUse(null);
    })()`;
    expect(await inExtension(browser.extensionId, () => browser.newPage(), fill)).toBeGreaterThan(10_000_000);

    const note = `Wants to lead the API work. ${'Details of the plan we agreed. '.repeat(120)}`;
    await noteBox(page).fill(note);
    await noteBox(page).blur();
    const notice = overlay(page).getByRole('alert');
    await expect.poll(() => notice.innerText(), { timeout: 20_000 }).toMatch(/^Not saved: Chrome's storage for Trellis is full\./);
    expect(await noteBox(page).inputValue()).toBe(note);
    // TRELLIS_SCREENSHOT_DIR=folder keeps a picture of the panel in this state, to look at.
    if (process.env.TRELLIS_SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.TRELLIS_SCREENSHOT_DIR}/storage-full.png` });

    await inExtension(browser.extensionId, () => browser.newPage(), `chrome.storage.local.remove('filler')`);
    await overlay(page).getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => notice.count(), { timeout: WAIT }).toBe(0);
    const stored = `(async () => Object.values((await chrome.storage.local.get('meetings')).meetings ?? {}).map((m) => m.note))()`;
    expect(await inExtension(browser.extensionId, () => browser.newPage(), stored)).toContain(note);
  }, 60_000);
});
