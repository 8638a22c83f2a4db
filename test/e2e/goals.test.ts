// End-to-end: a person's career goals in the real panel (issue 10, contract 8). Answers typed beside the 1:1 are
// still there after a reload; "Copy row for the Career goals sheet" puts the row on the real clipboard in the
// contract's columns, as tab-separated text and as an HTML table; the options page exports the goals as a CSV,
// and after everything is deleted, importing that file brings every answer back. Hostile text stays text.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GOALS_HEADERS } from '../../shared/goals';
import { EVENTS, ORIGIN, WAIT, foreignRequests, openEvent, openWeek, overlay, panel, useSession } from './harness';

const session = useSession();

/** What is typed, by the field's label (the six seed questions are found by their place, not their wording). */
const HOSTILE = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">';
const ANSWERS = {
  jobFeels: 'Good, mostly.\nThe on-call weeks are heavy.',
  whatsNext: '=HYPERLINK("http://evil.example","click")',
  howLong: '\u001b[31mA year\u001b[0m, give or take',
  notWanted: HOSTILE,
} as const;
const TARGET = '2027-06-30';

const goalsToggle = (page: Page) => panel(page).getByRole('button', { name: /^Career goals:/ });
/** The answer boxes in the order the view shows them: the six questions, then short-term, long-term, not wanted. */
const answers = (page: Page) => panel(page).locator('#trellis-goals textarea');
const ORDER = ['jobFeels', 'progressing', 'whatsNext', 'steps', 'howLong', 'managerSupport', 'shortTerm', 'longTerm', 'notWanted'];
const box = (page: Page, field: keyof typeof ANSWERS) => answers(page).nth(ORDER.indexOf(field));

async function openGoals(page: Page): Promise<void> {
  await openWeek(page);
  await openEvent(page, EVENTS.devOneOnOne);
  await expect.poll(() => goalsToggle(page).getAttribute('aria-expanded'), { timeout: WAIT }).toBe('false');
  await goalsToggle(page).click();
  await expect.poll(() => answers(page).count(), { timeout: WAIT }).toBe(9);
}

/** The clipboard's text and HTML flavours, read in the page (the permission is granted for the fixture origin). */
async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

describe('career goals in the panel', () => {
  it('typed answers are saved for the person and are there after a reload', async () => {
    const { page } = await session();
    await openGoals(page);
    for (const [field, text] of Object.entries(ANSWERS)) await box(page, field as keyof typeof ANSWERS).fill(text);
    await panel(page).getByLabel('Target date').fill(TARGET);
    await panel(page).getByLabel('Target date').blur();
    await expect.poll(() => goalsToggle(page).innerText(), { timeout: WAIT }).toMatch(/^Career goals: 4 of 9 answered, \d+ \w{3} \d{4}$/);
    // Saved shortly after typing stops; then a reload reads it back from storage.
    await page.waitForTimeout(1_200);
    await page.reload();
    await openGoals(page);
    for (const [field, text] of Object.entries(ANSWERS)) expect(await box(page, field as keyof typeof ANSWERS).inputValue()).toBe(text);
    expect(await panel(page).getByLabel('Target date').inputValue()).toBe(TARGET);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(await overlay(page).locator('img, script').count()).toBe(0);
  });

  it('"Copy row for the Career goals sheet" puts the row on the clipboard in the contract columns, as TSV and HTML', async () => {
    const { browser, page } = await session();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await openGoals(page);
    await page.bringToFront();
    await panel(page).getByRole('button', { name: 'Copy row for the Career goals sheet' }).click();
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain("click the Email cell of Dev's row and paste");
    const { text, html } = await readClipboard(page);

    // Tab-separated: one row, a cell per contract column; a cell with a line break or a quote is quoted.
    const cells = text.split('\t');
    expect(cells).toHaveLength(GOALS_HEADERS.length);
    const byHeader = Object.fromEntries(GOALS_HEADERS.map((h, i) => [h, cells[i]]));
    expect(byHeader).toMatchObject({
      Email: 'dev.patel@example.com',
      Person: 'Dev Patel',
      'How the job feels': `"${ANSWERS.jobFeels}"`,
      "What's next": `"'=HYPERLINK(""http://evil.example"",""click"")"`,
      'How long': ANSWERS.howLong,
      'Not wanted': `"${HOSTILE.replace(/"/g, '""')}"`,
      'Target date': TARGET,
    });
    expect(byHeader['Conversation date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // HTML: the same cells in one table row, escaped, the line break a <br>, the formula guarded. Chromium's
    // clipboard re-serializes the markup, so quotes in text come back unescaped; angle brackets stay escaped.
    const row = /<tr>([\s\S]*)<\/tr>/.exec(html)?.[1] ?? '';
    const tds = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(tds).toHaveLength(GOALS_HEADERS.length);
    expect(tds[3]).toBe('Good, mostly.<br>The on-call weeks are heavy.');
    expect(tds[5]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(tds[11]).toBe('&lt;script&gt;window.hacked=1&lt;/script&gt;&lt;img src=x onerror="window.hacked=2"&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('the options page exports the goals CSV; after deleting everything, importing it brings every answer back', async () => {
    const { browser, page } = await session();
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const card = options.getByRole('region', { name: 'Career goals' });
    await expect.poll(() => card.innerText(), { timeout: WAIT }).toContain('Career goals for 1 person are kept in this browser.');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      card.getByRole('button', { name: 'Export career goals (.csv)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^trellis-career-goals-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(GOALS_HEADERS.join(','));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);

    const backup = options.getByRole('region', { name: 'Backup' });
    await backup.getByRole('button', { name: 'Delete everything Trellis stored' }).click();
    await backup.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await expect.poll(() => card.innerText(), { timeout: WAIT }).toContain('No career goals kept here yet.');

    await card.getByLabel('Import career goals (.csv)').setInputFiles(path);
    await expect.poll(() => card.innerText(), { timeout: WAIT }).toContain('1 person added');
    await options.close();

    await page.reload();
    await openGoals(page);
    for (const [field, text] of Object.entries(ANSWERS)) expect(await box(page, field as keyof typeof ANSWERS).inputValue()).toBe(text);
    expect(await panel(page).getByLabel('Target date').inputValue()).toBe(TARGET);
  });

  it('opened no dialog, threw nothing, and asked nothing of anywhere but the fixture origin and the extension', async () => {
    const { browser } = await session();
    expect(browser.dialogs).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(foreignRequests(browser.requests, browser.extensionId)).toEqual([]);
  });
});
