// End-to-end: the toolbar popup of the built extension in real Chromium lists the people met in 1:1s on the Calendar
// fixture, what needs attention first, in the panel's words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATUS_HEADERS } from '../../shared/types';
import { EVENTS, WAIT, openEvent, openWeek, panel, prompts, useSession } from './harness';

let dir = '';

/** A plan status CSV in which Kim's next step was due on 1 January 2026: overdue whenever the tests run. */
function writeStatus(): void {
  dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-toolbar-'));
  const row = 'Kim Park,kim.park@example.com,Maria Lopez,Technical,Staff engineer,4,1,0,25,Lead the design review,Kim Park,2026-01-01,Yes';
  writeFileSync(join(dir, 'plan-status.csv'), `${STATUS_HEADERS.join(',')}\r\n${row}\r\n`);
}

const session = useSession(writeStatus);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the toolbar popup', () => {
  it('puts an overdue step first, then first career conversations by name, then someone talked with today', async () => {
    const { page, browser } = await session();
    await openWeek(page);
    // A prompt ticked with Ola today: a career conversation held. Dev, Sam and Kim are only opened.
    await openEvent(page, EVENTS.ola);
    await panel(page).waitFor({ state: 'visible', timeout: WAIT });
    await prompts(page).first().getByRole('checkbox').check();
    for (const event of [EVENTS.devOneOnOne, EVENTS.catchUp, EVENTS.hostile]) {
      await openEvent(page, event);
      await panel(page).waitFor({ state: 'visible', timeout: WAIT });
    }
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Import plans (.csv or .json)').setInputFiles(join(dir, 'plan-status.csv'));
    await expect.poll(() => options.locator('body').innerText(), { timeout: WAIT }).toMatch(/plan-status\.csv: 1 person/);

    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const names = popup.locator('.person .name');
    await expect.poll(() => names.allInnerTexts(), { timeout: WAIT }).toEqual(['Kim Park', 'Dev Patel', 'Sam Chen', 'Ola']);
    const cards = await popup.locator('.person').allInnerTexts();
    expect(cards[0]).toContain('Overdue');
    expect(cards[1]).toContain('First career conversation');
    expect(cards[3]).toMatch(/Last career conversation: \d+ \w+ \d{4}/);
    expect(cards.join('\n')).not.toContain('Career conversation due');
    await popup.close();
    await options.close();
  });
});
