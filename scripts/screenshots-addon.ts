/**
 * `npm run screenshots:addon`: pictures of the Sheets add-on's output for docs/, made from the test fakes, not from
 * Google Sheets (there is no Google account here). The built Code.js runs in node:vm against the fakes
 * (test/sheets-addon/harness.ts) on the people of examples/roster.csv; what it left in the fake sheets is drawn by
 * scripts/sheet-render.ts and photographed in headless Chromium.
 *
 * - docs/screenshot-addon-plans.png: Plans after "Generate or refresh plans", with some statuses changed to Done and
 *   In progress and one due date moved into the past, so both conditional formats (done, overdue) show.
 * - docs/screenshot-addon-written-plan.png: the written-plan sidebar's HTML, as the fake Ui recorded it, at 300 px: Ana's
 *   plan, opening with her goals from the Career goals sheet (examples/goals.csv).
 * - docs/screenshot-addon-status.png: Plan status after "Export plan status", with its percent-done colour scale.
 * - docs/screenshot-addon-goals-import.png: the "Paste or upload career goals" dialog, its own script running in
 *   Chromium with google.script.run going to the add-on in the vm, after the row the extension copies was pasted over
 *   a Career goals row that already had two answers: it asks about those two cells.
 *
 * - docs/screenshot-addon-levels.png: the Levels sheet "Set up career framework" adds to a fresh spreadsheet.
 *
 * `npm run screenshots:addon -- goals-import` (or `-- framework`) makes only that one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { parseCsv } from '../shared/csv';
import { CHROMIUM, REPO } from '../test/e2e/harness';
import { loadAddon, type AddonRun } from '../test/sheets-addon/harness';
import { P } from '../test/sheets-addon/team';
import { sheetPage } from './sheet-render';

const DOCS = join(REPO, 'docs');
/** The day of the pictures, as the fake clock gives it to the add-on. */
const TODAY = new Date('2026-03-09T12:00:00Z');

/** TODAY() in a UTC sheet: the day's midnight. */
const midnight = (d: Date) => new Date(d.toISOString().slice(0, 10));

/** The Plans row (1-based) of the `n`th step (0-based) of the person with this email. */
function rowOf(values: unknown[][], email: string, n: number): number {
  const rows = values.map((r, i) => ({ r, i })).filter(({ r }) => String(r[P('Email')]).toLowerCase() === email);
  return rows[n]!.i + 1;
}

/**
 * google.script.run in the page: each call goes to the add-on's global function of that name (the answer crossing as
 * JSON, as Apps Script sends it), then to the page's success or failure handler.
 */
const SCRIPT_RUN = `window.google = { script: { host: { close() {} }, run: (function chain(ok, fail) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => chain(f, fail);
    if (name === 'withFailureHandler') return (f) => chain(ok, f);
    return (...args) => { window.__trellisRun(name, JSON.stringify(args)).then((r) => ok && ok(r && JSON.parse(r)), (e) => fail && fail(e)); };
  } });
})() } };`;

/** The paste-or-upload dialog asking about two cells: Ana's row already has two answers that the pasted row changes. */
async function shootGoalsImport(page: Page, addon: AddonRun): Promise<void> {
  addon.call('setUpCareerGoals');
  const goals = addon.spreadsheet.sheet('Career goals')!;
  const row = goals.values.findIndex((r) => r[0] === 'ana.lopez@example.com') + 1;
  goals.write(`D${row}`, [['Fine. Busy with the on-call rota, and I miss the design work.']]);
  goals.write(`F${row}`, [['Own the payments API']]);
  addon.call('importCareerGoals');
  const dialog = addon.ui.dialogs.at(-1)!;
  await page.exposeFunction('__trellisRun', (name: string, args: string) =>
    JSON.stringify(addon.call(name, ...(JSON.parse(args) as unknown[])) ?? null),
  );
  await page.setViewportSize({ width: dialog.width ?? 560, height: dialog.height ?? 500 });
  // Before the page's own script, as Apps Script's page has google.script.run before ours runs.
  await page.setContent(dialog.html.replace('<head>', `<head><script>${SCRIPT_RUN}</script>`), { waitUntil: 'load' });
  const copied = readFileSync(join(REPO, 'test', 'fixtures', 'goals', 'copied-row.tsv'), 'utf8').replace(
    'ana@example.com',
    'ana.lopez@example.com',
  );
  await page.fill('#text', copied);
  await page.click('#add');
  await page.waitForSelector('#ask:not([hidden])');
}

/** Levels after "Set up career framework" on a fresh spreadsheet: the built-in ladder, ready for a team to edit. */
async function shootFramework(shoot: (name: string, html: string, viewport: { width: number; height: number }) => Promise<void>) {
  const addon = loadAddon({ now: TODAY, sheets: {} });
  addon.call('setUpCareerFramework');
  if (addon.ui.alerts.length) throw new Error(`the add-on did not run cleanly: ${JSON.stringify(addon.ui.alerts[0])}`);
  const levels = addon.spreadsheet.sheet('Levels')!;
  await shoot(
    'screenshot-addon-levels.png',
    sheetPage(levels, addon.spreadsheet.sheetNames(), { rows: levels.lastRow + 1, today: midnight(TODAY) }),
    {
      width: 0,
      height: 210,
    },
  );
}

async function main(): Promise<void> {
  process.env.TZ = 'Etc/UTC'; // the script's zone, as in the add-on tests
  const only = process.argv[2];
  const roster = parseCsv(readFileSync(join(REPO, 'examples', 'roster.csv'), 'utf8')).rows;
  // The answers as typed in the sheet: a leading apostrophe keeps each text (and its line breaks) exactly as written.
  const goals = parseCsv(readFileSync(join(REPO, 'examples', 'goals.csv'), 'utf8')).rows.map((row, r) =>
    row.map((cell, c) => (r > 0 && c !== 2 && c !== 12 && cell ? `'${cell}` : cell)),
  );
  const addon = loadAddon({ now: TODAY, sheets: { Roster: roster, 'Career goals': goals } });
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  const values = plans.values;
  const ana = 'ana.lopez@example.com';
  const dev = 'dev.patel@example.com';
  const col = (h: Parameters<typeof P>[0]) => String.fromCharCode(65 + P(h));
  plans.write(`${col('Status')}${rowOf(values, ana, 0)}`, [['Done']]);
  plans.write(`${col('Status')}${rowOf(values, ana, 1)}`, [['Done']]);
  plans.write(`${col('Status')}${rowOf(values, ana, 2)}`, [['In progress']]);
  plans.write(`${col('Notes')}${rowOf(values, ana, 2)}`, [['Shadowing the on-call lead in April']]);
  for (const n of [3, 4]) plans.write(`${col('Status')}${rowOf(values, ana, n)}`, [['Done']]);
  for (let n = 0; n < 9; n++) plans.write(`${col('Status')}${rowOf(values, 'mei.chen@example.com', n)}`, [['Done']]);
  plans.write(`${col('Status')}${rowOf(values, dev, 0)}`, [['Done']]);
  plans.write(`${col('Due')}${rowOf(values, dev, 1)}`, [['2026-03-06']]);
  plans.write(`${col('Status')}${rowOf(values, dev, 2)}`, [['In progress']]);

  // Edited as a team would, then refreshed: the picture is the add-on's output after a refresh.
  addon.call('generatePlans');
  addon.spreadsheet.setActiveRange('Plans', `A${rowOf(plans.values, ana, 0)}`);
  addon.call('showWrittenPlan');
  addon.call('exportPlanStatus');
  for (const what of [addon.ui.alerts, addon.ui.sidebars.length === 1 ? [] : ['no sidebar']]) {
    if (what.length) throw new Error(`the add-on did not run cleanly: ${JSON.stringify(what[0])}`);
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tabs = addon.spreadsheet.sheetNames();
    /** `width` 0: as wide as the drawn sheet. */
    const shoot = async (name: string, html: string, viewport: { width: number; height: number }, fullPage = false) => {
      const page: Page = await browser.newPage({ viewport: { ...viewport, width: viewport.width || 800 }, deviceScaleFactor: 1 });
      await page.setContent(html, { waitUntil: 'load' });
      if (!viewport.width) await page.setViewportSize({ ...viewport, width: await page.evaluate(() => document.body.scrollWidth) });
      await page.screenshot({ path: join(DOCS, name), fullPage, animations: 'disabled' });
      await page.close();
      process.stdout.write(`wrote docs/${name}\n`);
    };
    if (!only || only === 'goals-import') {
      const page = await browser.newPage({ deviceScaleFactor: 1 });
      await shootGoalsImport(page, addon);
      await page.screenshot({ path: join(DOCS, 'screenshot-addon-goals-import.png'), animations: 'disabled' });
      await page.close();
      process.stdout.write('wrote docs/screenshot-addon-goals-import.png\n');
    }
    if (!only || only === 'framework') await shootFramework(shoot);
    if (only) return;
    const plansSheet = addon.spreadsheet.sheet('Plans')!;
    await shoot('screenshot-addon-plans.png', sheetPage(plansSheet, tabs, { rows: 26, today: midnight(TODAY) }), { width: 0, height: 620 });
    await shoot('screenshot-addon-written-plan.png', addon.ui.sidebars[0]!.html, { width: 300, height: 900 });
    const status = addon.spreadsheet.sheet('Plan status')!;
    await shoot('screenshot-addon-status.png', sheetPage(status, tabs, { rows: status.lastRow + 2, today: midnight(TODAY) }), {
      width: 0,
      height: 300,
    });
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
