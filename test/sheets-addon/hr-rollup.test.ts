// HR's roll-up (hr-rollup/dist/Code.js, contract section 10) in node:vm against the fakes: team spreadsheets opened by
// id from a registry, the clock moving with every Spreadsheet call so a run meets the 4.5-minute budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LINKS_SHEET, MANAGERS_SHEET, PROBLEMS_SHEET, STATUS_SHEET } from '../../hr-rollup/src/names';
import { buildHr } from '../../scripts/build-hr';
import { problemWords } from '../../shared/hr-problems';
import type { RollupIssue } from '../../shared/hr-rollup';
import { planFor } from '../../shared/plan';
import { plansTableToGrid } from '../../shared/plans-table';
import { STATUS_HEADERS } from '../../shared/types';
import { person } from '../shared/person';
import { FakeSpreadsheet } from './fakes';
import { openDialog } from './dialog';
import { loadAddon, type LoadOptions } from './harness';

const REPO = join(import.meta.dirname, '..', '..');
let bundlePath = '';
beforeAll(() => {
  bundlePath = join(buildHr().outDir, 'Code.js');
});

const NOW = new Date('2026-11-28T09:00:00Z');
const idOf = (n: number) => `team-${String(n).padStart(4, '0')}-spreadsheet-id`;
const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

/** A team spreadsheet named `name` whose Plans sheet plans these people (name@example.com) under `manager`. */
function team(name: string, people: string[], manager = 'Sam Okafor', sheets?: Record<string, unknown[][]>): FakeSpreadsheet {
  const rows = people.flatMap((p) =>
    planFor(
      person({ name: p, email: `${p}@example.com`, manager, managerEmail: `${manager.split(' ')[0]!.toLowerCase()}@example.com` }),
      '2026-10-01',
    ),
  );
  // Typed as the team add-on writes a plans table: text that Sheets would run as a formula keeps its apostrophe.
  const plans = plansTableToGrid({ rows, extraHeaders: [] }).map((row) => row.map((cell) => (cell.startsWith('=') ? `'${cell}` : cell)));
  const book = new FakeSpreadsheet('Etc/UTC', sheets ?? { Plans: plans });
  book.name = name;
  return book;
}

function load(links: string[], spreadsheets: Record<string, FakeSpreadsheet>, options: LoadOptions = {}) {
  return loadAddon({
    bundlePath,
    now: NOW,
    sheets: { 'HR roll-up': [['Team spreadsheet'], ...links.map((l) => [l])] },
    spreadsheets,
    ...options,
  });
}

const sheetOf = (run: ReturnType<typeof load>, name: string) => run.spreadsheet.sheet(name)?.displayValues;
const lastAlert = (run: ReturnType<typeof load>) => run.ui.alerts.at(-1)?.prompt;

describe('Trellis HR', () => {
  it('has its own manifest: read-only on other spreadsheets, the HR spreadsheet itself, its menu, its trigger', () => {
    const manifest = JSON.parse(readFileSync(join(bundlePath, '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.readonly',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
  });

  it('onOpen adds the Trellis HR menu', () => {
    const run = load([], {});
    run.call('onOpen');
    expect(run.ui.menu?.title).toBe('Trellis HR');
    expect(run.ui.menu?.items.map((i) => `${i.caption} → ${i.functionName}`)).toEqual([
      'Set up roll-up sheet → setUpRollup',
      'Roll up → rollUp',
      'Turn on the continue-trigger → turnOnTrigger',
      'Turn it off → turnOffTrigger',
      'Help → showHelp',
    ]);
  });

  it('Set up roll-up sheet makes the links sheet once and never rewrites it', () => {
    const run = loadAddon({ bundlePath, now: NOW });
    run.call('setUpRollup');
    expect(sheetOf(run, 'HR roll-up')).toEqual([['Team spreadsheet']]);
    run.call('setUpRollup');
    expect(lastAlert(run)).toMatch(/^The HR roll-up sheet is already there/);
  });

  it('rolls up a few teams, each person once, and lists the links it could not read with why', () => {
    const run = load([url(idOf(1)), idOf(2), url(idOf(3)), idOf(4), idOf(5), '', idOf(1)], {
      [idOf(1)]: team('Payments team', ['ana', 'ben']),
      // idOf(2) is not shared with HR: no access.
      [idOf(3)]: team('Search team', [], 'Ola Berg', { Roster: [['Name']] }),
      [idOf(4)]: team('Mobile team', [], 'Ola Berg', {
        Plans: [
          ['Name', 'Goal'],
          ['x', 'y'],
        ],
      }),
      [idOf(5)]: team('Data team', ['cleo', 'ana'], 'Ola Berg'),
    });
    run.call('rollUp');
    expect(lastAlert(run)).toBe(
      'Rolled up 5 team spreadsheets. 5 problems are listed on the HR roll-up problems sheet, each with what to do.',
    );
    const status = sheetOf(run, 'HR status')!;
    expect(status[0]).toEqual([...STATUS_HEADERS, 'Source']);
    expect(status.slice(1).map((r) => [r[0], r[2], r.at(-1)])).toEqual([
      ['ana', 'Sam Okafor', 'Payments team'],
      ['ben', 'Sam Okafor', 'Payments team'],
      ['cleo', 'Ola Berg', 'Data team'],
    ]);
    expect(sheetOf(run, 'HR managers')!.map((r) => r.slice(0, 3))).toEqual([
      ['Manager', 'Manager email', 'People'],
      ['Ola Berg', 'ola@example.com', '1'],
      ['Sam Okafor', 'sam@example.com', '2'],
    ]);
    // One row a problem, in the order of the HR roll-up sheet: its row, the link, the name if it opened, why, what to do.
    const problems = sheetOf(run, 'HR roll-up problems')!;
    expect(problems[0]).toEqual(['Row', 'Team spreadsheet link', 'Team spreadsheet', 'Problem', 'What to do']);
    expect(problems.slice(1).map((r) => [r[0], r[1], r[2], r[3]!.split(':')[0]])).toEqual([
      ['3', idOf(2), '', 'No access'],
      ['4', url(idOf(3)), 'Search team', 'No Plans sheet'],
      ['5', idOf(4), 'Mobile team', 'Wrong columns'],
      ['6', idOf(5), 'Data team', 'Planned twice'],
      ['8', idOf(1), '', 'Listed twice'],
    ]);
    expect(problems[4]![3]).toBe('Planned twice: ana (ana@example.com) is also planned in Payments team, row 2.');
    expect(problems.slice(1).every((r) => r[4]!.length > 20)).toBe(true);
    // A table to read: the header bold and frozen, long text wrapped in wide columns rather than cut off.
    const sheet = run.spreadsheet.sheet('HR roll-up problems')!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidths).toEqual({ 1: 50, 2: 260, 3: 160, 4: 340, 5: 380 });
    expect(run.properties).toEqual({});
    expect(run.spreadsheet.sheet('HR roll-up progress')).toMatchObject({ hidden: true, lastRow: 0 });
  });

  it('a run cut short by the time budget keeps the last complete result, and the next runs reach the uncut answer', () => {
    const books = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [idOf(i), team(`Team ${i}`, [`p${i}a`, `p${i}b`], i % 2 ? 'Ola Berg' : 'Sam Okafor')]),
    );
    const all = Object.keys(books);
    const uncut = load(all, books);
    uncut.call('rollUp');
    const answer = ['HR status', 'HR managers', 'HR roll-up problems'].map((name) => sheetOf(uncut, name));

    // The same spreadsheet had rolled up the first two teams; now all 40 are listed, and every call takes 10 s.
    const run = load(all.slice(0, 2), books, { msPerCall: 10_000 });
    run.call('rollUp');
    const before = sheetOf(run, 'HR status');
    expect(before).toHaveLength(5);
    const script = run.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    const linksSheet = script.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('HR roll-up')!;
    linksSheet.getRange(2, 1, all.length, 1).setValues(all.map((id) => [id]));
    const runs: string[] = [];
    for (let i = 0; i < 40 && runs.at(-1)?.startsWith('Rolled up 40 ') !== true; i++) {
      run.call('rollUp');
      runs.push(lastAlert(run)!);
      // Until the last link is read, the last complete result stays as it was.
      if (!runs.at(-1)!.startsWith('Rolled up 40 ')) expect(sheetOf(run, 'HR status')).toEqual(before);
    }
    expect(runs.length).toBeGreaterThan(1);
    expect(runs[0]).toMatch(
      /^Rolled up \d+ of 40 team spreadsheets; run Roll up again \(or turn on the 10-minute trigger\) to continue\.$/,
    );
    expect(['HR status', 'HR managers', 'HR roll-up problems'].map((name) => sheetOf(run, name))).toEqual(answer);
  });
});

/** Makes the Advanced Sheets service's Spreadsheets.get of this run answer with `get` (the real one passed to it). */
function replaceGet(run: ReturnType<typeof load>, get: (real: SheetsGet, id: string, options: object) => unknown): () => void {
  const context = run.context as unknown as { Sheets: { Spreadsheets: { get: SheetsGet } } };
  const real = context.Sheets.Spreadsheets;
  context.Sheets = { Spreadsheets: { get: (id, options) => get(real.get.bind(real), id, options) as never } };
  return () => {
    context.Sheets = { Spreadsheets: real };
  };
}
type SheetsGet = (id: string, options: object) => unknown;

describe('Trellis HR where the project cannot read team spreadsheets', () => {
  const refusedWith = (message: string) =>
    `Trellis HR could not read the team spreadsheets: Google refused with "${message}". No team spreadsheet was read. ` +
    "Whoever set up Trellis HR should compare the project's appsscript.json with hr-rollup/README.md (Scopes).";
  it.each([
    [
      'a scope the manifest does not grant',
      'GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Request had insufficient authentication scopes.',
    ],
    [
      'a scope Apps Script asks for',
      'Specified permissions are not sufficient to call Sheets.Spreadsheets.get. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    ],
    [
      'the Sheets API turned off in its own Cloud project',
      'GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Google Sheets API has not been used in project 1234 before or it is disabled.',
    ],
  ])('refused %s: says so once and rolls nothing up, rather than list every link as no access', (_what, refused) => {
    const run = load([idOf(1), idOf(2)], { [idOf(1)]: team('Payments team', ['ana']), [idOf(2)]: team('Data team', ['cleo']) });
    const restore = replaceGet(run, () => {
      throw new Error(refused);
    });
    run.call('rollUp');
    expect(lastAlert(run)).toBe(refusedWith(refused));
    expect(sheetOf(run, 'HR roll-up problems')).toBeUndefined();
    expect(sheetOf(run, 'HR status')).toBeUndefined();
    // Set up right, the next Roll up reads both teams.
    restore();
    run.call('rollUp');
    expect(lastAlert(run)).toBe('Rolled up 2 team spreadsheets.');
  });

  it('without the Sheets advanced service in the manifest, says what to add and reads nothing', () => {
    const run = load([idOf(1)], { [idOf(1)]: team('Payments team', ['ana']) });
    const context = run.context as unknown as { Sheets?: unknown };
    delete context.Sheets;
    run.call('rollUp');
    expect(lastAlert(run)).toBe(
      'Trellis HR could not read the team spreadsheets: the Google Sheets advanced service is not turned on in this Apps Script project. ' +
        "No team spreadsheet was read. Whoever set up Trellis HR should paste hr-rollup/appsscript.json over the project's manifest " +
        '(it turns the service on), or add it under Services → Google Sheets API; hr-rollup/README.md (Scopes) says more.',
    );
    expect(sheetOf(run, 'HR status')).toBeUndefined();
  });

  it('has the service in its manifest, as Apps Script reads it', () => {
    const manifest = JSON.parse(readFileSync(join(bundlePath, '..', 'appsscript.json'), 'utf8')) as {
      dependencies: { enabledAdvancedServices: unknown[] };
    };
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }]);
  });
});

describe('Trellis HR and the Sheets API', () => {
  it('reads each team spreadsheet in one call, at most 60 a minute (Google allows a person no more)', () => {
    const books = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [idOf(i), team(`Team ${i}`, [`p${i}`])]));
    const run = load(Object.keys(books), books);
    const times: number[] = [];
    const clock = (run.context as unknown as { Date: DateConstructor }).Date;
    replaceGet(run, (real, id, options) => {
      times.push(clock.now());
      return real(id, options);
    });
    run.call('rollUp');
    expect(lastAlert(run)).toBe('Rolled up 150 team spreadsheets.');
    expect(times).toHaveLength(150);
    for (let i = 60; i < times.length; i++) expect(times[i]! - times[i - 60]!).toBeGreaterThanOrEqual(60_000);
  });

  it("stops at Google's reads-a-minute limit, marks no link for it, and the next run goes on from there", () => {
    const books = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [idOf(i), team(`Team ${i}`, [`p${i}`])]));
    const uncut = load(Object.keys(books), books);
    uncut.call('rollUp');
    const run = load(Object.keys(books), books);
    let calls = 0;
    const restore = replaceGet(run, (real, id, options) => {
      if (++calls === 4)
        throw new Error(
          "GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'",
        );
      return real(id, options);
    });
    run.call('rollUp');
    expect(lastAlert(run)).toBe(
      'Rolled up 3 of 6 team spreadsheets: Google allows only so many reads a minute. Run Roll up again in a minute (or turn on the 10-minute trigger) to continue.',
    );
    restore();
    run.call('rollUp');
    expect(['HR status', 'HR managers', 'HR roll-up problems'].map((name) => sheetOf(run, name))).toEqual(
      ['HR status', 'HR managers', 'HR roll-up problems'].map((name) => sheetOf(uncut, name)),
    );
  });

  it("reads a date cell as the day it shows, whatever its format or the team's time zone", () => {
    const iso = team('Iso team', ['ana']);
    // The same plans with each Due typed as a US date (Sheets shows it M/d/yyyy), in a spreadsheet in Sydney.
    const plans = iso
      .sheet('Plans')!
      .displayValues.map((row, r) =>
        row.map((cell, c) => (r > 0 && c === 10 && cell ? cell.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1') : cell)),
      );
    const us = new FakeSpreadsheet('Australia/Sydney', {
      Plans: plans.map((row) => row.map((cell) => (cell.startsWith('=') ? `'${cell}` : cell))),
    });
    us.name = 'Iso team';
    expect(us.sheet('Plans')!.displayValues[1]![10]).toMatch(/^\d{1,2}\/\d{1,2}\/2026$/);
    const read = (book: FakeSpreadsheet) => {
      const run = load([idOf(1)], { [idOf(1)]: book });
      run.call('rollUp');
      return sheetOf(run, 'HR status');
    };
    const status = read(iso);
    expect(status!.slice(1).every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row[STATUS_HEADERS.indexOf('Next due')]!))).toBe(true);
    expect(read(us)).toEqual(status);
  });
});

describe('Trellis HR and typed text', () => {
  it('a name typed like a formula, or a team spreadsheet named like one, stays text on HR status and HR managers', () => {
    const run = load([idOf(1)], { [idOf(1)]: team('=IMPORTRANGE("x")', ['=1+1'], '=2+2') });
    run.call('rollUp');
    const status = run.spreadsheet.sheet('HR status')!;
    expect(status.displayValues.slice(1).map((r) => [r[0], r[2], r.at(-1)])).toEqual([['=1+1', '=2+2', '=IMPORTRANGE("x")']]);
    expect(status.formulas.flat().every((f) => f === '')).toBe(true);
    const managers = run.spreadsheet.sheet('HR managers')!;
    expect(managers.displayValues[1]![0]).toBe('=2+2');
    expect(managers.formulas.flat().every((f) => f === '')).toBe(true);
  });

  it('a team spreadsheet named like a formula stays text on HR roll-up problems', () => {
    const run = load([idOf(1)], { [idOf(1)]: team('=HYPERLINK("x")', [], 'Sam Okafor', { Roster: [['Name']] }) });
    run.call('rollUp');
    const problems = run.spreadsheet.sheet('HR roll-up problems')!;
    expect(problems.displayValues[1]!.slice(0, 3)).toEqual(['2', idOf(1), '=HYPERLINK("x")']);
    expect(problems.formulas.flat().every((f) => f === '')).toBe(true);
  });
});

describe('Trellis HR Help', () => {
  it('is a dialog of its own pages, with the shared head, that closes', async () => {
    const run = load([], {});
    run.call('showHelp');
    expect(run.ui.alerts).toEqual([]);
    const { html, title } = run.ui.dialogs[0]!;
    expect(title).toBe('Trellis HR help');
    expect(html).not.toContain('<!--slot:');
    expect(html).toContain(
      readFileSync(join(REPO, 'sheets-addon', 'src', 'head.html'), 'utf8')
        .trim()
        .split('\n')[0]!
        .trim(),
    );
    const dialog = openDialog(run);
    await dialog.click('close');
    expect(dialog.open).toBe(false);
    await dialog.close();
  });

  it('tells HR how to list the teams, what access they need, what Roll up does, how a long roll-up goes on', () => {
    const run = load([], {});
    run.call('showHelp');
    const text = run.ui.dialogs[0]!.html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
    for (const words of [
      'Set up roll-up sheet',
      'Under Team spreadsheet, paste one',
      'Viewer is enough.',
      'reads the Plans sheet of every listed spreadsheet',
      'Apps Script stops any run after 6 minutes',
      'Roll up again to go on where it stopped',
      'Turn on the continue-trigger: it goes on by itself every 10 minutes',
      'keep the last complete roll-up',
      ...[STATUS_SHEET, MANAGERS_SHEET, PROBLEMS_SHEET, LINKS_SHEET],
    ])
      expect(text, words).toContain(words);
  });

  it('explains every problem the problems sheet can list, by the words that open it there', () => {
    const run = load([], {});
    run.call('showHelp');
    const terms = [...run.ui.dialogs[0]!.html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]!);
    const issues: RollupIssue[] = [
      { kind: 'no-access' },
      { kind: 'no-plans-sheet' },
      { kind: 'wrong-columns', detail: 'x' },
      { kind: 'not-a-link' },
      { kind: 'duplicate', firstRow: 2 },
      { kind: 'planned-twice', person: 'Ana', email: 'a@example.com', first: 'Team A', firstRow: 2 },
    ];
    for (const issue of issues) {
      const { problem } = problemWords(issue);
      expect(terms, problem).toContain(problem.split(':')[0]);
    }
  });
});

describe('Trellis HR on a thousand team spreadsheets', () => {
  it('the continue-trigger finishes the roll-up over several runs, keeps a small cursor, and turns itself off', () => {
    const books = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [idOf(i), team(`Team ${i}`, [`p${i}`], i % 3 ? 'Ola Berg' : 'Sam Okafor')]),
    );
    const run = load(Object.keys(books), books, { msPerCall: 1000 });
    run.call('turnOnTrigger');
    expect(run.triggers).toEqual([{ handler: 'continueRollup', everyMinutes: 10 }]);
    run.call('rollUp');
    expect(lastAlert(run)).toMatch(/^Rolled up \d+ of 1,000 team spreadsheets; run Roll up again/);
    let runs = 1;
    while (run.triggers.length > 0 && runs < 100) {
      expect(Object.values(run.properties).every((value) => value.length < 9 * 1024)).toBe(true);
      run.call('continueRollup');
      runs++;
    }
    // One read a team, started 1.1 s apart at the most: about 245 teams a run.
    expect(runs).toBeGreaterThanOrEqual(4);
    expect(run.triggers).toEqual([]);
    expect(run.logs.at(-1)).toBe('info: Rolled up 1,000 team spreadsheets.');
    const status = sheetOf(run, 'HR status')!;
    expect(status).toHaveLength(1001);
    expect(status.slice(1).map((r) => r.at(-1))).toEqual(Object.values(books).map((b) => b.name));
    expect(sheetOf(run, 'HR managers')!.map((r) => r.slice(0, 3))).toEqual([
      ['Manager', 'Manager email', 'People'],
      ['Ola Berg', 'ola@example.com', '666'],
      ['Sam Okafor', 'sam@example.com', '334'],
    ]);
    // With nothing left to continue, the trigger's function does nothing.
    run.call('continueRollup');
    expect(run.logs.at(-1)).toBe('info: Rolled up 1,000 team spreadsheets.');
  });
});

describe('Trellis HR stopped by Apps Script at any call', () => {
  it('a run cut at any point leaves whole tables, and the next runs reach the uncut answer', () => {
    const books = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [idOf(i), team(`Team ${i}`, [`p${i}`, `q${i}`], i % 2 ? 'Ola Berg' : 'Sam Okafor')]),
    );
    const uncut = load(Object.keys(books), books);
    uncut.call('rollUp');
    const answer = ['HR status', 'HR managers', 'HR roll-up problems'].map((name) => sheetOf(uncut, name));
    // Cut after every other call the uncut run makes: while reading teams, saving progress and writing tables.
    const total = uncut.calls.spreadsheetCallsEver;
    let stopped = 0;
    let cuts = 0;
    for (let cut = 1; cut < total; cut += 2, cuts++) {
      const run = load(Object.keys(books), books);
      run.calls.cutAfter(cut);
      try {
        run.call('rollUp');
      } catch (error) {
        expect((error as Error).message).toBe('Exceeded maximum execution time');
        stopped++;
      }
      run.calls.cutAfter(undefined);
      // Whatever is on HR status now is a whole table: none yet, or the complete one.
      const partial = sheetOf(run, 'HR status');
      if (partial && partial.length > 1) expect(partial).toEqual(answer[0]);
      for (let i = 0; i < 20 && !lastAlert(run)?.startsWith('Rolled up 12 '); i++) run.call('rollUp');
      expect(
        ['HR status', 'HR managers', 'HR roll-up problems'].map((name) => sheetOf(run, name)),
        `cut after ${cut} calls`,
      ).toEqual(answer);
    }
    expect(stopped).toBe(cuts);
    expect(cuts).toBeGreaterThan(20);
  });
});
