// End-to-end: the panel under Calendar's modal event popup (issue 11). The fixture's popup behaves as the real one is
// reported to: role=dialog aria-modal=true, closed by a pointer event outside it seen in the capture phase on
// document (a click in our shadow root arrives there as a click on our host), focus pulled back into it, and its
// content stripped of children it did not make. Ticking, typing and copying must never close it; the panel is
// reachable by keyboard (Tab from the popup, Alt+Shift+J), Escape gives focus back; and at 1366×768 and 1024×700 it
// sits beside, above or below the popup, never over it, its footer on screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROMPTS } from '../../shared/prompts/bank';
import { EVENTS, ORIGIN, WAIT, foreignRequests, openEvent, openNote, openWeek, overlay, panel, prompts, useSession } from './harness';

const session = useSession();

const DIALOG = '[role="dialog"][data-chips-dialog="true"]';

/** A fresh page on the week view with Dev's 1:1 open and the panel showing its prompts. */
async function devPopup(size = { width: 1280, height: 860 }): Promise<Page> {
  const { browser } = await session();
  const page = await browser.newPage();
  await page.setViewportSize(size);
  await openWeek(page);
  await openEvent(page, EVENTS.devOneOnOne);
  await expect.poll(() => prompts(page).filter({ visible: true }).count(), { timeout: WAIT }).toBe(3);
  return page;
}

/** Whether the event popup is still open, showing Dev's 1:1. */
async function popupOpen(page: Page): Promise<boolean> {
  return (
    (await page
      .locator(`${DIALOG} #xDetDlg`)
      .getAttribute('data-eventid')
      .catch(() => null)) === EVENTS.devOneOnOne.eventid
  );
}

/** What has focus, looking into shadow roots: its tag, id and text, and whether it is inside our panel. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inPanel = false;
    while (el?.shadowRoot?.activeElement) {
      inPanel ||= el.matches('[data-trellis="overlay"]');
      el = el.shadowRoot.activeElement;
    }
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', text: (el?.textContent ?? '').trim().slice(0, 40), inPanel };
  });
}

describe('the panel under the modal popup', () => {
  it('ticking a prompt keeps the popup open, and the tick is kept', async () => {
    const page = await devPopup();
    const box = prompts(page).first().getByRole('checkbox');
    await box.click();
    await page.waitForTimeout(300);
    expect(await popupOpen(page)).toBe(true);
    expect(await box.isChecked()).toBe(true);
    await page.close();
  });

  it("opening a prompt's follow-ups keeps the popup open and shows them, as the extension's worker holds them", async () => {
    const page = await devPopup();
    const first = prompts(page).first();
    await first.getByRole('button', { name: 'Follow-ups' }).click();
    const list = first.getByRole('list', { name: 'Follow-ups' });
    await list.waitFor({ state: 'visible', timeout: WAIT });
    const asked = (await first.locator('label').innerText()).trim();
    const bank = PROMPTS.find((p) => p.text === asked);
    expect(bank, asked).toBeDefined();
    expect((await list.getByRole('listitem').allInnerTexts()).map((t) => t.trim())).toEqual(bank!.followUps);
    expect(await popupOpen(page)).toBe(true);
    await page.close();
  });

  it('typing a note keeps the popup open and the focus in the note', async () => {
    const page = await devPopup();
    const box = await openNote(page);
    await box.click();
    await page.keyboard.type('Wants to lead the API work');
    expect(await box.inputValue()).toBe('Wants to lead the API work');
    expect(await focused(page)).toMatchObject({ tag: 'textarea', inPanel: true });
    expect(await popupOpen(page)).toBe(true);
    await page.close();
  });

  it('copying the agenda keeps the popup open and puts the agenda on the clipboard', async () => {
    const { browser } = await session();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    const page = await devPopup();
    await page.bringToFront();
    await panel(page).getByRole('button', { name: 'Copy as agenda' }).click();
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain('Copied. Paste it into the event description.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Dev Patel');
    expect(await popupOpen(page)).toBe(true);
    await page.close();
  });

  it("survives the popup's controller: our host is a direct child of the dialog, and stays after a section loads", async () => {
    const page = await devPopup();
    // The fixture's controller does strip a foreign child of the popup's content...
    await page.evaluate(() => document.querySelector('#xDetDlg')!.append(document.createElement('aside')));
    await expect.poll(() => page.locator('#xDetDlg aside').count()).toBe(0);
    // ...and a section loading later (300 ms after opening) leaves our panel where it is, shown.
    await page.waitForTimeout(600);
    const parent = await overlay(page).evaluate((host) => host.parentElement?.getAttribute('role'));
    expect(parent).toBe('dialog');
    expect(await overlay(page).count()).toBe(1);
    await expect.poll(() => prompts(page).filter({ visible: true }).count(), { timeout: WAIT }).toBe(3);
    await page.close();
  });

  it('a click outside both still closes the popup, and the panel with it', async () => {
    const page = await devPopup();
    await page.mouse.click(5, 300);
    await expect.poll(() => page.locator(DIALOG).count(), { timeout: WAIT }).toBe(0);
    await expect.poll(() => panel(page).filter({ visible: true }).count(), { timeout: WAIT }).toBe(0);
    await page.close();
  });
});

describe('the panel by keyboard', () => {
  it('Tab from the popup goes on into the panel, Shift+Tab comes back', async () => {
    const page = await devPopup();
    await page.locator('#xDetDlgCloseBu').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', inPanel: true, text: expect.stringContaining('1:1 with Dev Patel') });
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ id: 'xDetDlgCloseBu', inPanel: false });
    expect(await popupOpen(page)).toBe(true);
    await page.close();
  });

  it('Alt+Shift+J focuses the panel; Escape gives focus back to the popup element that had it, the popup open', async () => {
    const page = await devPopup();
    await page.locator('#xDetDlgCloseBu').focus();
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await focused(page)).toMatchObject({ tag: 'button', inPanel: true, text: expect.stringContaining('1:1 with Dev Patel') });
    // Further in, then Escape: back to the close button, not closed.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ id: 'xDetDlgCloseBu', inPanel: false });
    expect(await popupOpen(page)).toBe(true);
    // A second Escape, in the popup, closes it as Calendar does.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(DIALOG).count(), { timeout: WAIT }).toBe(0);
    await page.close();
  });

  it('Escape after clicking into the note gives focus back to the popup', async () => {
    const page = await devPopup();
    const box = await openNote(page);
    await box.click();
    await page.keyboard.press('Escape');
    const back = await focused(page);
    expect(back.inPanel).toBe(false);
    expect(await page.evaluate((selector) => document.querySelector(selector)!.contains(document.activeElement), DIALOG)).toBe(true);
    expect(await popupOpen(page)).toBe(true);
    await page.close();
  });
});

describe('small screens', () => {
  it.each([
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ])('at $width×$height the panel never covers the popup and its footer stays on screen', async (size) => {
    const page = await devPopup(size);
    // Everything open, so the body must scroll inside the panel.
    await panel(page).getByRole('button', { name: 'More prompts' }).click();
    await panel(page)
      .getByRole('button', { name: /^How the job feels/ })
      .click();
    await panel(page)
      .getByRole('button', { name: /^Career goals:/ })
      .click();
    const dialog = (await page.locator(DIALOG).boundingBox())!;
    const region = (await panel(page).boundingBox())!;
    const intersects =
      region.x < dialog.x + dialog.width &&
      region.x + region.width > dialog.x &&
      region.y < dialog.y + dialog.height &&
      region.y + region.height > dialog.y;
    expect(intersects, `panel ${JSON.stringify(region)} over popup ${JSON.stringify(dialog)}`).toBe(false);
    expect(region.x).toBeGreaterThanOrEqual(0);
    expect(region.x + region.width).toBeLessThanOrEqual(size.width);
    expect(region.y + region.height).toBeLessThanOrEqual(size.height);
    for (const name of ['Copy as agenda', 'Not a 1:1']) {
      const button = (await panel(page).getByRole('button', { name }).boundingBox())!;
      expect(button.y + button.height, name).toBeLessThanOrEqual(size.height);
      expect(button.y, name).toBeGreaterThanOrEqual(region.y);
    }
    const body = panel(page).locator('#trellis-body');
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await page.close();
  });

  it('made no request anywhere but the fixture origin and the extension, and threw nothing', async () => {
    const { browser } = await session();
    expect(foreignRequests(browser.requests, browser.extensionId)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
