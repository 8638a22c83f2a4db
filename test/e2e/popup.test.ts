// End-to-end: the built extension in real Chromium on the week-view fixture served as https://calendar.google.com.
// Contract section 7: the overlay host is [data-trellis="overlay"] with an open shadow root, each prompt
// [data-trellis="prompt"] inside it (CSS locators pierce open shadow roots).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROMPTS } from '../../shared/prompts/bank';
import { EVENTS, ORIGIN, WAIT, foreignRequests, openEvent, openNote, openWeek, overlay, panel, prompts, useSession } from './harness';

/** DEFAULT_SETTINGS.promptCount in extension/storage.ts: how many prompts a fresh install shows for today. */
const PROMPTS_SHOWN = 3;
const BANK_TEXTS = new Set(PROMPTS.map((p) => p.text));

const session = useSession();

/** The session, its first page on the week view (opened by the first test that runs). */
async function calendar() {
  const s = await session();
  if (!s.page.url().startsWith(ORIGIN)) await openWeek(s.page);
  return s;
}

/** The overlay's panel (the region inside the shadow root): what a user sees of it. */
const visiblePrompts = (p: Page) => prompts(p).filter({ visible: true });

async function panelText(p: Page): Promise<string> {
  await panel(p).waitFor({ state: 'visible', timeout: WAIT });
  return panel(p).innerText();
}

describe('prompts appear for 1:1s and not for other events', () => {
  it.each([
    { title: EVENTS.devOneOnOne.title, event: EVENTS.devOneOnOne, person: 'Dev Patel', why: '"A / B 1:1" title, two guests, recurring' },
    { title: EVENTS.catchUp.title, event: EVENTS.catchUp, person: 'Sam Chen', why: 'two guests, recurring, plain title' },
    { title: EVENTS.ola.title, event: EVENTS.ola, person: 'Ola', why: '"A <> B" title, no guest list' },
    { title: EVENTS.hostile.title, event: EVENTS.hostile, person: 'Kim Park', why: 'hostile "A / B 1:1" title, two guests' },
  ])("$title ($why): the overlay names $person and shows today's prompts", async ({ event, person }) => {
    const { page } = await calendar();
    await openEvent(page, event);
    await expect.poll(() => panelText(page), { timeout: WAIT }).toContain(`1:1 with ${person}`);
    await expect.poll(() => visiblePrompts(page).count(), { timeout: WAIT }).toBe(PROMPTS_SHOWN);
    for (const text of await visiblePrompts(page).allInnerTexts()) expect(BANK_TEXTS.has(text.trim()), text).toBe(true);
    // Each prompt is a real checkbox a manager can tick.
    await expect(visiblePrompts(page).getByRole('checkbox').count()).resolves.toBe(PROMPTS_SHOWN);
  });

  it('Sprint planning (5 people): no prompts, only the quiet "Treat as 1:1"', async () => {
    const { page } = await calendar();
    await openEvent(page, EVENTS.sprint);
    await overlay(page).getByRole('button', { name: 'Treat as 1:1' }).waitFor({ state: 'visible', timeout: WAIT });
    expect(await prompts(page).count()).toBe(0);
    const text = await panelText(page);
    expect(text.trim()).toBe('Treat as 1:1');
    expect(await overlay(page).getByRole('checkbox').count()).toBe(0);
    expect(await overlay(page).getByRole('textbox').count()).toBe(0);
  });

  it('"Treat as 1:1" on Sprint planning (5 guests) asks with whom, brings prompts for that person, is remembered over a reload, and "Not a 1:1" undoes it', async () => {
    const { page } = await calendar();
    await openEvent(page, EVENTS.sprint);
    await overlay(page).getByRole('button', { name: 'Treat as 1:1' }).click();
    const question = overlay(page).getByRole('group', { name: 'With whom?' });
    await question.waitFor({ state: 'visible', timeout: WAIT });
    // Everyone invited but the calendar's owner, as Calendar's popup names them.
    expect(await question.getByRole('listitem').allInnerTexts()).toEqual(['Dev Patel', 'Sam Chen', 'Ola Nowak', 'Kim Park']);
    await question.getByRole('button', { name: 'Sam Chen' }).click();
    await expect.poll(() => panelText(page), { timeout: WAIT }).toContain('1:1 with Sam Chen');
    await expect.poll(() => visiblePrompts(page).count(), { timeout: WAIT }).toBe(PROMPTS_SHOWN);
    await page.reload();
    await openEvent(page, EVENTS.sprint);
    await expect.poll(() => visiblePrompts(page).count(), { timeout: WAIT }).toBe(PROMPTS_SHOWN);
    expect(await panelText(page)).toContain('1:1 with Sam Chen');
    await overlay(page).getByRole('button', { name: 'Not a 1:1' }).click();
    await expect.poll(() => prompts(page).count(), { timeout: WAIT }).toBe(0);
    await overlay(page).getByRole('button', { name: 'Treat as 1:1' }).waitFor({ state: 'visible', timeout: WAIT });
  });
});

describe('the overlay follows the event that is open', () => {
  it('switching events in the re-used dialog updates the overlay to the new person, never a stale one', async () => {
    const { page } = await calendar();
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => panelText(page), { timeout: WAIT }).toContain('1:1 with Dev Patel');
    const dialog = await page.locator('[role="dialog"][data-chips-dialog="true"]').elementHandle();
    const steps = [
      { event: EVENTS.catchUp, person: 'Sam Chen', stale: 'Dev Patel' },
      { event: EVENTS.hostile, person: 'Kim Park', stale: 'Sam Chen' },
      { event: EVENTS.ola, person: 'Ola', stale: 'Kim Park' },
      { event: EVENTS.devOneOnOne, person: 'Dev Patel', stale: 'Ola' },
    ];
    for (const { event, person, stale } of steps) {
      await openEvent(page, event);
      await expect.poll(() => panelText(page), { timeout: WAIT }).toContain(`1:1 with ${person}`);
      expect(await panelText(page)).not.toContain(stale);
      expect(await panel(page).count()).toBe(1);
    }
    // The fixture (like Calendar) kept the same dialog element throughout.
    expect(await dialog!.evaluate((d) => d.isConnected)).toBe(true);
    // And a 1:1 followed by a non-1:1 leaves no prompt behind.
    await openEvent(page, EVENTS.sprint);
    await expect.poll(() => prompts(page).count(), { timeout: WAIT }).toBe(0);
    await expect.poll(() => panelText(page), { timeout: WAIT }).not.toContain('1:1 with');
  });

  it.each([
    { how: 'the close button', close: (p: Page) => p.locator('#xDetDlgCloseBu').click() },
    { how: 'Escape', close: (p: Page) => p.keyboard.press('Escape') },
  ])('closing the popup with $how removes the overlay', async ({ close }) => {
    const { page } = await calendar();
    await openEvent(page, EVENTS.devOneOnOne);
    await panel(page).waitFor({ state: 'visible', timeout: WAIT });
    await close(page);
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    await expect.poll(() => panel(page).filter({ visible: true }).count(), { timeout: WAIT }).toBe(0);
    expect(await prompts(page).filter({ visible: true }).count()).toBe(0);
  });
});

describe('what a manager writes survives a reload', () => {
  it('a ticked prompt and the private note are there again when the same event is reopened', async () => {
    const { page } = await calendar();
    const note = `Wants to lead the Q1 design review (${Date.now()})`;
    await openEvent(page, EVENTS.catchUp);
    await expect.poll(() => visiblePrompts(page).count(), { timeout: WAIT }).toBe(PROMPTS_SHOWN);
    const second = visiblePrompts(page).nth(1);
    const ticked = (await second.innerText()).trim();
    await second.getByRole('checkbox').check();
    const box = await openNote(page);
    await box.fill(note);
    // No blur and no closing: the note must be saved on its own shortly after typing (or when the page goes away).
    await page.waitForTimeout(1_500);
    await page.reload();
    await page.locator('[data-eventchip]').first().waitFor();
    await openEvent(page, EVENTS.catchUp);
    await expect.poll(() => visiblePrompts(page).count(), { timeout: WAIT }).toBe(PROMPTS_SHOWN);
    const again = visiblePrompts(page).filter({ hasText: ticked });
    expect(await again.count()).toBe(1);
    expect(await again.getByRole('checkbox').isChecked()).toBe(true);
    expect(await visiblePrompts(page).getByRole('checkbox', { checked: true }).count()).toBe(1);
    await expect
      .poll(() => overlay(page).getByRole('textbox', { name: 'Private note for this meeting' }).inputValue(), { timeout: WAIT })
      .toBe(note);
    // The note is this meeting's: another 1:1 shows an empty one.
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => panelText(page), { timeout: WAIT }).toContain('1:1 with Dev Patel');
    expect(await (await openNote(page)).inputValue()).toBe('');
  });
});

describe('a hostile event title stays text', () => {
  it('no <img> is made anywhere, no dialog fires, and the overlay shows Kim', async () => {
    const { page, browser } = await calendar();
    const before = browser.dialogs.length;
    await openEvent(page, EVENTS.hostile);
    await expect.poll(() => panelText(page), { timeout: WAIT }).toContain('1:1 with Kim Park');
    // Give an injected onerror handler every chance to run.
    await page.waitForTimeout(500);
    expect(await page.locator('img').count()).toBe(0); // page DOM and our (open) shadow root alike
    const images = await page.evaluate(() => {
      const count = (root: Document | ShadowRoot): number =>
        root.querySelectorAll('img').length +
        Array.from(root.querySelectorAll('*')).reduce((n, e) => n + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
      return count(document);
    });
    expect(images).toBe(0);
    expect(browser.dialogs.slice(before)).toEqual([]);
    // The title in Calendar's own popup is still the literal text.
    expect(await page.locator('#rAECCd').innerText()).toBe(EVENTS.hostile.title);
  });
});

describe('the overlay belongs to the Calendar theme it sits on', () => {
  /** WCAG relative luminance of the region's own computed background (0 black … 1 white); null when transparent. */
  const panelLuminance = (p: Page) =>
    panel(p).evaluate((el) => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(getComputedStyle(el).backgroundColor);
      if (!m || m[4] === '0') return null;
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(Number(m[1])) + 0.7152 * lin(Number(m[2])) + 0.0722 * lin(Number(m[3]));
    });

  it.each([
    { theme: 'light', path: '/', dark: false },
    { theme: 'dark', path: '/dark', dark: true },
  ])('$theme Calendar ($path): a $theme overlay', async ({ path, dark }) => {
    const { browser } = await calendar();
    const themed = await browser.newPage();
    await openWeek(themed, path);
    await openEvent(themed, EVENTS.devOneOnOne);
    await expect.poll(() => panelText(themed), { timeout: WAIT }).toContain('1:1 with Dev Patel');
    const lum = await panelLuminance(themed);
    expect(lum, 'the overlay paints its own background').not.toBeNull();
    if (dark) expect(lum!).toBeLessThan(0.2);
    else expect(lum!).toBeGreaterThan(0.5);
    await themed.close();
  });
});

describe('privacy', () => {
  it('neither the page nor the extension made a request anywhere but the fixture origin and the extension', async () => {
    const { browser, server } = await calendar();
    // Everything the tests above did happened in this browser: every request since launch was recorded.
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(browser.requests, browser.extensionId)).toEqual([]);
    // And the fixture server was only ever asked for the page itself (the extension fetched nothing from it).
    expect(server.served.filter((r) => !['/', '/dark', '/favicon.ico'].includes(r.path))).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
