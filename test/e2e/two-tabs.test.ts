// End-to-end: two Calendar tabs in one real Chromium on the same 1:1. What one tab saves is never undone by the
// other, each tab shows what the other saved, and typing not yet saved in one tab survives a save in the other.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EVENTS, WAIT, openEvent, openNote, openWeek, overlay, prompts, useSession } from './harness';

const session = useSession();

const noteBox = (page: Page) => overlay(page).getByRole('textbox', { name: 'Private note for this meeting' });
const prompt = (page: Page, text: string) => prompts(page).filter({ visible: true, hasText: text }).getByRole('checkbox');

/** Two tabs, each on the week view with `event` open, and the texts of the prompts they both show. */
async function twoTabs(event: { title: string; eventid: string }) {
  const { browser, page: a } = await session();
  const b = await browser.newPage();
  for (const page of [a, b]) {
    await openWeek(page);
    await openEvent(page, event);
    await expect.poll(() => prompts(page).filter({ visible: true }).count(), { timeout: WAIT }).toBeGreaterThan(1);
  }
  const texts = (await prompts(a).filter({ visible: true }).allInnerTexts()).map((t) => t.trim());
  return { a, b, texts };
}

/** Both tabs again from storage alone: reloaded and the event reopened. */
async function reopen(pages: Page[], event: { title: string; eventid: string }) {
  for (const page of pages) {
    await page.reload();
    await page.locator('[data-eventchip]').first().waitFor();
    await openEvent(page, event);
  }
}

describe('two Calendar tabs on one 1:1', () => {
  it("a tick in one tab and a note in the other are both kept, and each tab shows the other's", async () => {
    const { a, b, texts } = await twoTabs(EVENTS.devOneOnOne);
    await prompt(a, texts[0]!).check();
    await (await openNote(b)).fill('Wants to lead the API work');
    await noteBox(b).blur();
    await expect.poll(() => noteBox(a).inputValue(), { timeout: WAIT }).toBe('Wants to lead the API work');
    await expect.poll(() => prompt(b, texts[0]!).isChecked(), { timeout: WAIT }).toBe(true);
    await reopen([a, b], EVENTS.devOneOnOne);
    for (const page of [a, b]) {
      await expect.poll(() => noteBox(page).inputValue(), { timeout: WAIT }).toBe('Wants to lead the API work');
      expect(await prompt(page, texts[0]!).isChecked()).toBe(true);
    }
    await b.close();
  });

  it('a note being typed in one tab is kept when the other tab saves a tick, and is saved after', async () => {
    const { a, b, texts } = await twoTabs(EVENTS.catchUp);
    await (await openNote(a)).fill('Typed in A, not saved yet');
    await prompt(b, texts[1]!).check();
    await expect.poll(() => prompt(a, texts[1]!).isChecked(), { timeout: WAIT }).toBe(true);
    expect(await noteBox(a).inputValue()).toBe('Typed in A, not saved yet');
    await expect.poll(() => noteBox(b).inputValue(), { timeout: WAIT }).toBe('Typed in A, not saved yet');
    await reopen([b], EVENTS.catchUp);
    await expect.poll(() => noteBox(b).inputValue(), { timeout: WAIT }).toBe('Typed in A, not saved yet');
    expect(await prompt(b, texts[1]!).isChecked()).toBe(true);
    await b.close();
  });
});
