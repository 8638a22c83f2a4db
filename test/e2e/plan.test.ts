// End-to-end: a plans CSV made by `trellis plan`, imported on the real options page, shows its next step in the
// overlay of that person's 1:1 (issue 3: "an imported plan shows its next step").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS, REPO, WAIT, foreignRequests, openEvent, openWeek, panel, useSession } from './harness';

/** A roster with the fixture's people; Dev Patel is the other person of "Maria / Dev 1:1". */
const ROSTER = [
  'Name,Email,Role,Manager,Manager email,Path,Target role,Focus area',
  'Dev Patel,dev.patel@example.com,Developer,Maria Lopez,maria.lopez@example.com,technical,,',
  'Sam Chen,sam.chen@example.com,Developer,Maria Lopez,maria.lopez@example.com,expert,,',
  '',
].join('\r\n');

let dir = '';
let plansCsv = '';

/** The plans table as a user makes it: `npx trellis plan roster.csv --out plans.csv`. */
function makePlans(): void {
  dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-plan-'));
  writeFileSync(join(dir, 'roster.csv'), ROSTER);
  // Run from the repository so npx finds the workspace's own bin (--no-install: never fetch a package of that name).
  const run = spawnSync('npx', ['--no-install', 'trellis', 'plan', join(dir, 'roster.csv'), '--out', join(dir, 'plans.csv')], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`npx trellis plan failed (exit ${run.status}): ${run.stderr}`);
  plansCsv = join(dir, 'plans.csv');
}

const session = useSession(makePlans);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Dev's next step by the plan's own rule: the open (not Done) step due first. */
function devNextStep(): { step: string; owner: string; due: string } {
  const rows = Papa.parse<Record<string, string>>(readFileSync(plansCsv, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;
  const open = rows
    .filter((r) => r.Email === 'dev.patel@example.com' && r.Status !== 'Done' && /^\d{4}-\d{2}-\d{2}$/.test(r.Due ?? ''))
    .sort((a, b) => a.Due!.localeCompare(b.Due!));
  expect(open.length).toBeGreaterThan(0);
  return { step: open[0]!.Step!.replace(/^'/, ''), owner: open[0]!.Owner!, due: open[0]!.Due! };
}

describe('an imported plan in the overlay', () => {
  it('the extension id computed from the unpacked path is the one Chromium gave it', async () => {
    const { browser } = await session();
    const page = await browser.newPage();
    const response = await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    expect(response?.ok()).toBe(true);
    expect(JSON.parse(await page.locator('body').innerText()).short_name).toBe('Trellis');
    await page.close();
  });

  it('before any import, the overlay says how to import one', async () => {
    const { browser } = await session();
    const page = await browser.newPage();
    await openWeek(page);
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toMatch(/No written plan for Dev Patel/);
    await page.close();
  });

  it('the options page imports the plans CSV and the 1:1 with Dev shows the next step', async () => {
    const { browser } = await session();
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const input = options.getByLabel(/Import plans/);
    await input.setInputFiles(plansCsv);
    // The options page says what it imported: the file and both people.
    await expect.poll(() => options.locator('body').innerText(), { timeout: WAIT }).toMatch(/plans\.csv[^\n]*2 people/);

    const { step, ...due } = devNextStep();
    const page = await browser.newPage();
    await openWeek(page);
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain(step);
    const text = await panel(page).innerText();
    expect(text).toContain('Technical ladder, towards Senior Developer');
    expect(text).toContain(`${step}\n${due.owner} · due `);
    expect(text).not.toMatch(/No written plan for Dev Patel/);
    // Sam's plan is Sam's: the Catch-up overlay shows Sam's path, nothing of Dev's.
    await openEvent(page, EVENTS.catchUp);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toMatch(/1:1 with Sam Chen[\s\S]*Subject-matter expert/);
    expect(await panel(page).innerText()).not.toMatch(/Technical ladder|Senior Developer/);
    await page.close();
    await options.close();
  });

  it('made no request anywhere but the fixture origin and the extension', async () => {
    const { browser } = await session();
    expect(foreignRequests(browser.requests, browser.extensionId)).toEqual([]);
    expect(browser.requests.some((url) => url.startsWith(`chrome-extension://${browser.extensionId}/options.html`))).toBe(true);
  });
});
