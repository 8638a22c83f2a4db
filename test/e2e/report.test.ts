// The HR report page (contract 10) in Debian's Chromium: opened from disk as HR would open a mailed file, it asks for
// nothing but itself, logs no error, fits a 320 px phone, and prints on A4. With TRELLIS_SCREENSHOT_DIR set (docs/),
// it also takes the README's pictures of the page on screen, on a 320 px phone and in print.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportHtml } from '../../shared/report-html';
import { reportModel } from '../../shared/report-model';
import type { PlanRow } from '../../shared/types';
import { CHROMIUM, requireChromium } from './harness';

const TODAY = '2026-11-28';
const FIRST = ['Ana', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Mo', 'Nia', 'Oli'];
const LAST = ['Lopez', 'Chen', 'Okafor', 'Park', 'Singh', 'Novak', 'Haddad', 'Berg', 'Costa', 'Ito', 'Mensah'];
const PATHS = ['Technical ladder', 'Subject-matter expert', 'Mentor', 'Undecided', 'Management', 'Technical ladder'];

/** A plans row of one person; the manager's steps are owned by the manager. */
function row(person: string, manager: string, path: string, id: string, managers: boolean, due: string, status: string): PlanRow {
  const email = `${person.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`;
  const managerEmail = `${manager.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`;
  return {
    key: `${email}#${id}`,
    person,
    email,
    manager,
    path,
    targetRole: '',
    step: id,
    owner: managers ? manager : person,
    ownerRole: managers ? 'Manager' : 'Employee',
    ownerEmail: managers ? managerEmail : email,
    due,
    status,
    notes: '',
  };
}

/** An organisation of `managers` teams of three, every count varied by the team's and the person's number. */
function organisation(managers: number, managerName = (m: number) => `${FIRST[m % 15]} ${LAST[(m * 7) % 11]} ${m + 1}`): PlanRow[] {
  const rows: PlanRow[] = [];
  for (let m = 0; m < managers; m++) {
    for (let p = 0; p < 3; p++) {
      const n = m * 3 + p;
      const person = `${FIRST[(n * 4) % 15]} ${LAST[n % 11]} ${n + 1}`;
      const path = PATHS[n % PATHS.length]!;
      const add = (id: string, managers: boolean, due: string, status: string) =>
        rows.push(row(person, managerName(m), path, id, managers, due, status));
      add('goals-conversation', false, '2026-09-15', 'Done');
      add('sign-off-employee', false, '2026-10-01', n % 5 === 0 ? 'Not started' : 'Done');
      add('sign-off-manager', true, '2026-10-01', n % 4 === 0 ? 'In progress' : 'Done');
      add('progress-review', true, m % 3 === 0 ? '2026-11-20' : '2027-01-05', 'Not started');
      add('first-step', false, (n + m) % 4 === 0 ? '2026-11-10' : '2026-12-15', n % 3 === 0 ? 'Done' : 'In progress');
    }
  }
  return rows;
}

let browser: Browser;
let dir: string;

/** Writes the page of `rows` to disk and returns its file:// address. */
function reportFile(name: string, rows: PlanRow[]): string {
  const path = join(dir, name);
  writeFileSync(path, reportHtml(reportModel(rows, TODAY)));
  return pathToFileURL(path).href;
}

/** Opens `url` in a fresh page of `width` px, recording every request and every console or page error. */
async function open(url: string, width: number, height = 900) {
  const context = await browser.newContext({ viewport: { width, height } });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page: Page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors, close: () => context.close() };
}

beforeAll(async () => {
  requireChromium();
  dir = mkdtempSync(join(tmpdir(), 'trellis-report-'));
  // Every host name fails to resolve: a request the page made would show in the log and fetch nothing.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the report page in Chromium', () => {
  it('asks for nothing but its own file and logs no error', async () => {
    const url = reportFile('report.html', organisation(12));
    const { requests, errors, page, close } = await open(url, 1366);
    expect(await page.locator('h1').textContent()).toBe('Career plans across the organisation, 2026-11-28');
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps hostile names as text: no element they could forge', async () => {
    const names = ['<script>alert(1)</script>', '</style><b>Kim</b> & "Park"'];
    const url = reportFile(
      'hostile.html',
      organisation(2, (m) => names[m]!),
    );
    const { page, errors, close } = await open(url, 1366);
    expect(await page.locator('script, b, img, iframe, object').count()).toBe(0);
    const shown = await page.locator('tbody th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent));
    expect(shown.sort()).toEqual([...names].sort());
    expect(errors).toEqual([]);
    await close();
  });

  it('fits 320 px with 100 managers: nothing but the table scrolls sideways', async () => {
    const { page, close } = await open(reportFile('hundred.html', organisation(100)), 320, 640);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      charts: Math.max(...Array.from(document.querySelectorAll('.chart')).map((c) => c.getBoundingClientRect().right)),
    }));
    expect(widths).toEqual({ page: 320, body: 320, charts: expect.any(Number) });
    expect(widths.charts).toBeLessThanOrEqual(320);
    expect(await page.locator('tbody tr').count()).toBe(100);
    await close();
  });

  it('at 320 px says in words that the table scrolls, and keeps each manager in view while it does', async () => {
    const { page, close } = await open(reportFile('narrow.html', organisation(100)), 320, 640);
    await expect.poll(() => page.locator('.scroll-hint').isVisible()).toBe(true);
    expect(await page.locator('.scroll-hint').textContent()).toMatch(/^Scroll sideways → The table is wider than your screen/);
    const scrolled = await page.evaluate(() => {
      const box = document.querySelector('.scroll')!;
      const name = () => document.querySelector('tbody th')!.getBoundingClientRect().left;
      const before = name();
      box.scrollLeft = 200;
      return {
        moved: box.scrollLeft,
        overflows: box.scrollWidth > box.clientWidth,
        before,
        after: name(),
        box: box.getBoundingClientRect().left,
      };
    });
    expect(scrolled).toMatchObject({ moved: 200, overflows: true });
    expect(scrolled.after).toBe(scrolled.before);
    expect(scrolled.after).toBe(scrolled.box);
    // Each manager's email wraps inside the kept column and still reads (and copies) whole.
    const emails = await page.locator('tbody th .email').evaluateAll((spans) =>
      spans.map((span) => {
        const cell = span.closest('th')!.getBoundingClientRect();
        const box = span.getBoundingClientRect();
        return { inside: box.left >= cell.left && box.right <= cell.right, text: span.textContent };
      }),
    );
    expect(emails).toHaveLength(100);
    expect(emails.every((e) => e.inside && /^[a-z0-9.]+@example\.com$/.test(e.text ?? ''))).toBe(true);
    await close();
  });

  it('shows the scroll words only where the table is wider than the screen, and never in print', async () => {
    const wide = await open(reportFile('wide.html', organisation(12)), 1366);
    expect(await wide.page.locator('.scroll-hint').isVisible()).toBe(false);
    expect(
      await wide.page.evaluate(() => document.querySelector('.scroll')!.scrollWidth <= document.querySelector('.scroll')!.clientWidth),
    ).toBe(true);
    await wide.close();
    const print = await open(reportFile('print-hint.html', organisation(12)), 320, 640);
    await print.page.emulateMedia({ media: 'print' });
    expect(await print.page.locator('.scroll-hint').isVisible()).toBe(false);
    // Printed, the Manager column is an ordinary column again, its header as plain as the others.
    const manager = await print.page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        position: style('tbody th').position,
        header: style('thead th:first-child').backgroundColor,
        next: style('thead th + th').backgroundColor,
      };
    });
    expect(manager).toEqual({ position: 'static', header: manager.next, next: 'rgba(0, 0, 0, 0)' });
    await print.close();
  });

  it('prints 100 managers on A4 pages, charts within the printed width', async () => {
    // A4 is 210 mm wide; less the page's 12 mm margins that is 186 mm, 703 CSS px.
    const { page, close } = await open(reportFile('print.html', organisation(100)), 703, 1000);
    await page.emulateMedia({ media: 'print' });
    const right = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll('.chart, table')).map((c) => c.getBoundingClientRect().right)),
    );
    expect(right).toBeLessThanOrEqual(703);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
    // The page box of every page is A4 (595 × 842 points).
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d* 84[12]\.\d*\s*\]/);
    await close();
  });

  it('takes the pictures for docs/ when asked (TRELLIS_SCREENSHOT_DIR)', async () => {
    const out = process.env.TRELLIS_SCREENSHOT_DIR;
    const url = reportFile('docs.html', organisation(12));
    const screen = await open(url, 1366);
    if (out) await screen.page.screenshot({ path: join(out, 'screenshot-report.png'), fullPage: true, animations: 'disabled' });
    await screen.close();
    // A phone's view of the per-manager table, part way through its sideways scroll.
    const phone = await open(url, 320, 640);
    await phone.page.evaluate(() => {
      document.querySelector('#managers')!.scrollIntoView();
      document.querySelector('.scroll')!.scrollLeft = 120;
    });
    if (out) await phone.page.screenshot({ path: join(out, 'screenshot-report-320.png'), animations: 'disabled' });
    await phone.close();
    const print = await open(url, 703, 1000);
    await print.page.emulateMedia({ media: 'print' });
    if (out) await print.page.screenshot({ path: join(out, 'screenshot-report-print.png'), fullPage: true, animations: 'disabled' });
    expect(await print.page.locator('tbody tr').count()).toBe(12);
    await print.close();
  });
});
