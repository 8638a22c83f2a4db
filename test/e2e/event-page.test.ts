// End-to-end: the full event page (/r/eventedit/<eventid>), loaded directly and reached in place from the popup.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EVENTS, ORIGIN, WAIT, foreignRequests, openEvent, openWeek, panel, prompts, useSession } from './harness';

const session = useSession();

async function openEventPage(page: Page, event: { eventid: string }): Promise<void> {
  await page.goto(`${ORIGIN}/r/eventedit/${event.eventid}`);
  await page.locator('div[data-is-create="false"] input[data-initial-value]').waitFor();
}

describe('the full event page', () => {
  it.each([
    { title: EVENTS.devOneOnOne.title, event: EVENTS.devOneOnOne, person: 'Dev Patel' },
    { title: EVENTS.catchUp.title, event: EVENTS.catchUp, person: 'Sam Chen' },
    { title: EVENTS.hostile.title, event: EVENTS.hostile, person: 'Kim Park' },
  ])('loaded directly for "$title" shows the overlay for $person with prompts', async ({ event, person }) => {
    const { page } = await session();
    await openEventPage(page, event);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain(`1:1 with ${person}`);
    await expect.poll(() => prompts(page).filter({ visible: true }).count(), { timeout: WAIT }).toBeGreaterThan(0);
  });

  it('for Sprint planning shows no prompts', async () => {
    const { page } = await session();
    await openEventPage(page, EVENTS.sprint);
    // Give the content script time to have read the page before checking it added nothing.
    await page.waitForTimeout(1_000);
    expect(await prompts(page).count()).toBe(0);
    expect(await panel(page).filter({ hasText: '1:1 with' }).count()).toBe(0);
  });

  it('reached in place from the popup ("Edit", no page load) shows the overlay, and Back leaves no stale one', async () => {
    const { page } = await session();
    await openWeek(page);
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain('1:1 with Dev Patel');
    await page.locator('#xDetDlg').getByRole('button', { name: 'Edit event' }).click();
    await page.locator('div[data-is-create="false"]').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/r/eventedit/${EVENTS.devOneOnOne.eventid}`);
    await expect.poll(() => panel(page).filter({ visible: true }).innerText(), { timeout: WAIT }).toContain('1:1 with Dev Patel');
    await page.goBack();
    await page.locator('[data-eventchip]').first().waitFor();
    await expect.poll(() => panel(page).filter({ visible: true }).count(), { timeout: WAIT }).toBe(0);
    await openEvent(page, EVENTS.catchUp);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain('1:1 with Sam Chen');
  });

  it('made no request anywhere but the fixture origin and the extension', async () => {
    const { browser } = await session();
    expect(foreignRequests(browser.requests, browser.extensionId)).toEqual([]);
  });
});
