// End-to-end (contract 11): a manager marks a step Done in the panel of the real Calendar fixture; it is still done
// after a reload; the options page exports it as status updates; the real `trellis plan … --updates` applies that
// file to the plans CSV, and the Status is changed there. Importing those plans again leaves nothing waiting.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS, REPO, WAIT, openEvent, openWeek, panel, useSession } from './harness';

const ROSTER = [
  'Name,Email,Role,Manager,Manager email,Path,Target role,Focus area',
  'Dev Patel,dev.patel@example.com,Developer,Maria Lopez,maria.lopez@example.com,technical,,',
  '',
].join('\r\n');

let dir = '';

/** The real command, run as a user would from the folder holding the files. */
function trellis(...args: string[]) {
  return spawnSync(process.execPath, [join(REPO, 'cli/bin/trellis.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
}

const session = useSession(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-updates-'));
  writeFileSync(join(dir, 'roster.csv'), ROSTER);
  const run = trellis('plan', 'roster.csv', '--out', 'plans.csv');
  if (run.status !== 0) throw new Error(`trellis plan failed (exit ${run.status}): ${run.stderr}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const plansRows = () =>
  Papa.parse<Record<string, string>>(readFileSync(join(dir, 'plans.csv'), 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;

describe('a step marked in the panel goes back into the plans', () => {
  let step = '';
  let key = '';
  let exported = '';

  it('imports the plans on the options page', async () => {
    const { browser } = await session();
    const first = plansRows()
      .filter((r) => r.Status === 'Not started' && /^\d{4}-/.test(r.Due ?? ''))
      .sort((a, b) => a.Due!.localeCompare(b.Due!))[0]!;
    step = first.Step!;
    key = first.Key!;
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel(/Import plans/).setInputFiles(join(dir, 'plans.csv'));
    await expect.poll(() => options.locator('body').innerText(), { timeout: WAIT }).toMatch(/plans\.csv[^\n]*1 person/);
    await options.close();
  });

  it('marks the next step Done in the panel: shown at once, the popup still open, and still done after a reload', async () => {
    const { page } = await session();
    await openWeek(page);
    await openEvent(page, EVENTS.devOneOnOne);
    const done = () =>
      panel(page)
        .getByRole('group', { name: `Status of ${step}` })
        .getByRole('button', { name: 'Done' });
    await done().click();
    await expect.poll(() => done().getAttribute('aria-pressed'), { timeout: WAIT }).toBe('true');
    await expect.poll(() => page.locator('#xDetDlg').isVisible(), { timeout: WAIT }).toBe(true);
    await expect
      .poll(() => panel(page).innerText(), { timeout: WAIT })
      .not.toMatch(new RegExp(`Next: ${step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

    await page.reload();
    await page.locator('[data-eventchip]').first().waitFor();
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => done().getAttribute('aria-pressed'), { timeout: WAIT }).toBe('true');
  });

  it('the options page says one change waits and exports it as the status updates CSV', async () => {
    const { browser } = await session();
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('body').innerText(), { timeout: WAIT }).toContain('1 marked step waits to go into the plans.');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export status updates (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^trellis-status-updates-\d{4}-\d{2}-\d{2}\.csv$/);
    exported = join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    const lines = readFileSync(exported, 'utf8').split('\r\n');
    expect(lines[0]).toBe('Key,Status was,Status,Changed on,Note');
    expect(lines[1]).toMatch(new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},Not started,Done,\\d{4}-\\d{2}-\\d{2},$`, 'i'));
    await options.close();
  });

  it('trellis plan --updates applies that file: the Status is Done in the plans CSV, nothing skipped', () => {
    const run = trellis('plan', 'roster.csv', '--out', 'plans.csv', '--updates', exported);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Applied 1 status update');
    const rows = plansRows();
    expect(rows.find((r) => r.Key === key)?.Status).toBe('Done');
    expect(rows.filter((r) => r.Status === 'Done')).toHaveLength(1);
  });

  it('importing the changed plans leaves nothing waiting, and the panel shows the step done by the plans', async () => {
    const { browser, page } = await session();
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel(/Import plans/).setInputFiles(join(dir, 'plans.csv'));
    await expect.poll(() => options.locator('body').innerText(), { timeout: WAIT }).toContain('No marked step waits to go into the plans.');
    await options.close();
    await page.reload();
    await page.locator('[data-eventchip]').first().waitFor();
    await openEvent(page, EVENTS.devOneOnOne);
    await expect.poll(() => panel(page).innerText(), { timeout: WAIT }).toContain('1:1 with Dev Patel');
    expect(await panel(page).innerText()).not.toContain(step);
  });
});
