// A refresh cut short (an error, the 6-minute limit, a closed tab) leaves Plans a valid table at every point: rows
// already there unchanged with their notes, or closed whole (Status and Notes) where a path changed, each new row
// whole or absent, no key twice; the alert says how far it got; and the next run finishes the job without duplicates.
// Proved by cutting a small refresh at every call.
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlansTable } from '../../shared/plans-table';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, CARA, DAN, NOW, P, PL, roster } from './team';

const cell = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? `Date(${(v as Date).getTime()})` : v);
const isBlank = (row: unknown[]) => row.every((v) => v === '');

/**
 * Plans as rows: values, formulas and notes of each row, blank rows left out (a cut between inserting and writing
 * leaves some). A formula's reference to its own row reads `#`, so one that still points at its row compares equal
 * wherever the row went.
 */
function table(addon: AddonRun) {
  const plans = addon.spreadsheet.sheet('Plans')!;
  const { values, formulas, notes } = plans;
  const own = (formula: string, row: number) => formula.replace(new RegExp(`([A-Z])${row}(?!\\d)`, 'g'), '$1#');
  return values
    .map((row, r) => ({ values: row.map(cell), formulas: formulas[r]!.map((f) => own(f, r + 1)), notes: notes[r]! }))
    .filter((row) => !isBlank(row.values));
}

/** Ana, Bob, Cara planned and edited (a formula, a cell note, a status); then Ana and Bob get new steps and Dan joins. */
function team(): AddonRun {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB, CARA) } });
  addon.call('generatePlans');
  const plans = addon.spreadsheet.sheet('Plans')!;
  const bob = plans.values.map((r) => r[P('Email')]).lastIndexOf('bob@example.com') + 1;
  plans.write('N1', [['Done?']]);
  plans.write(`N${bob}`, [[`=L${bob}="Done"`]]);
  plans.write(`${PL('Status')}${bob}`, [['Done']]);
  plans.noteGrid.set(bob - 1, P('Due'), 'Bob moved this');
  plans.noteGrid.set(bob, P('Status'), 'Cara asked to wait');
  addon.spreadsheet
    .sheet('Roster')!
    .write('A2', [
      [...ANA.slice(0, 5), 'expert', '', 'databases'],
      [...BOB.slice(0, 5), 'mentor', '', ''],
      CARA,
      DAN,
      ['Eve Park', '', 'Developer', '', '', '', '', ''],
    ]);
  return addon;
}

describe('a refresh cut short after every one of its Spreadsheet calls', () => {
  let before: ReturnType<typeof table>;
  let finished: ReturnType<typeof table>;
  let calls: number;

  beforeAll(() => {
    const whole = team();
    before = table(whole);
    whole.calls.reset();
    whole.call('generatePlans');
    expect(whole.ui.alerts).toEqual([]);
    finished = table(whole);
    calls = whole.calls.spreadsheetService();
  });

  it('has new rows in three places to cut between', () => {
    expect(finished.length).toBeGreaterThan(before.length);
    expect(calls).toBeGreaterThan(40);
  });

  it('leaves a valid table at every cut, says how far it got, and the next run finishes it', () => {
    const keyOf = (row: { values: unknown[] }) => String(row.values[P('Key')]);
    const finishedByKey = new Map(finished.map((row) => [keyOf(row), row]));
    const seen = { blank: 0, progress: 0, closed: 0, closing: 0 };
    for (let cut = 0; cut < calls; cut++) {
      const addon = team();
      addon.calls.cutAfter(cut);
      // Cut before the menu item has even its Ui (the first call), the run ends with nothing said and nothing done.
      const threw = (() => {
        try {
          addon.call('generatePlans');
          return false;
        } catch {
          return true;
        }
      })();
      addon.calls.cutAfter(undefined);
      const now = table(addon);
      const where = `cut after ${cut} of ${calls} calls`;

      // A valid plans table: it reads, no key is on two rows, every row is one that was there or a whole new one.
      expect(readPlansTable(addon.spreadsheet.sheet('Plans')!.values).fatal, where).toBeUndefined();
      const keys = now.map(keyOf).filter(Boolean);
      expect(new Set(keys).size, where).toBe(keys.length);
      const old = new Set(before.map(keyOf));
      // Each row that was there is as it was, or as the whole refresh leaves it: a step of an earlier path closed.
      const kept = now.filter((row) => old.has(keyOf(row)));
      const changed = (row: (typeof kept)[number], i: number) => JSON.stringify(row) !== JSON.stringify(before[i]);
      expect(kept.map(keyOf), where).toEqual(before.map(keyOf));
      kept.forEach((row, i) => {
        if (changed(row, i)) expect(row, where).toEqual(finishedByKey.get(keyOf(row)));
      });
      if (kept.some(changed)) seen.closed++;
      for (const row of now.filter((r) => !old.has(keyOf(r)))) expect(row, where).toEqual(finishedByKey.get(keyOf(row)));

      // One alert, saying what was written: the people whose rows are in, out of those who were getting some.
      expect(addon.ui.alerts, where).toHaveLength(threw ? 0 : 1);
      const text = addon.ui.alerts[0]?.prompt ?? '';
      const progress = /Added new rows for (\d+) of (\d+) (?:person|people)/.exec(text);
      const newPeople = new Set(now.filter((r) => !old.has(keyOf(r))).map((r) => r.values[P('Email')]));
      if (progress) {
        expect(Number(progress[2]), where).toBe(3);
        expect(Number(progress[1]), where).toBe(newPeople.size);
        expect(text, where).toMatch(/Generate or refresh plans again to (add the rest|finish)/);
      } else {
        // Stopped before the first new row (closing the steps of an earlier path, or before), or after the last one and
        // its formats (at the closing toast or flush).
        if (!threw) expect(text, where).toMatch(/^Trellis stopped while (generating the plans|closing the untouched steps)/);
        if (/^Trellis stopped while closing/.test(text)) seen.closing++;
        expect([0, 3], where).toContain(newPeople.size);
      }

      // Rows made for new rows but not yet written are blank, and the alert says which.
      const blank = addon.spreadsheet.sheet('Plans')!.values.filter(isBlank).length;
      const said = /Sheet rows? (\d+)(?: to (\d+))? (?:was|were) made for new rows and left blank/.exec(text);
      expect(said ? Number(said[2] ?? said[1]) - Number(said[1]) + 1 : 0, where).toBe(blank);
      if (blank) seen.blank++;
      if (progress) seen.progress++;

      // Run again: the same table as a refresh never cut short, and a third run adds nothing.
      addon.call('generatePlans');
      expect(addon.ui.alerts, where).toHaveLength(threw ? 0 : 1);
      expect(table(addon), where).toEqual(finished);
      addon.call('generatePlans');
      expect(addon.ui.toasts.at(-1)?.message, where).toMatch(/added 0 new steps/);
      expect(
        addon.spreadsheet
          .sheet('Roster')!
          .notes.flat()
          .filter((n) => n.startsWith('Trellis: ')),
        where,
      ).toHaveLength(1);
    }
    // The cuts did land between an insertion and its write, part way through the places, and while closing steps.
    expect(seen.blank).toBeGreaterThan(0);
    expect(seen.progress).toBeGreaterThan(5);
    expect(seen.closing).toBeGreaterThan(0);
    expect(seen.closed).toBeGreaterThan(5);
  });
});

describe('a refresh that would outrun the time Google allows one run', () => {
  /** Ana and Bob change path, Dan joins; the refresh runs on a clock that moves `msPerCall` with every call. */
  function slowRefresh(msPerCall: number): AddonRun {
    const addon = loadAddon({ now: NOW, msPerCall, sheets: { Roster: roster(ANA, BOB, CARA) } });
    addon.call('generatePlans');
    addon.spreadsheet
      .sheet('Roster')!
      .write('A2', [[...ANA.slice(0, 5), 'expert', '', 'databases'], [...BOB.slice(0, 5), 'mentor', '', ''], CARA, DAN]);
    addon.call('generatePlans');
    return addon;
  }
  const between =
    /^Trellis stopped early, before Google's time limit for one run\. Added new rows for [12] of 3 people; choose Extensions → Trellis → Generate or refresh plans again to add the rest\./;

  it('stops between two people well before, formats what it wrote, says so, and the next run adds the rest', () => {
    // The clock speed at which the time runs out between two people depends on how many calls come before: find it.
    let addon: AddonRun | undefined;
    for (let ms = 3_000; ms <= 30_000 && !addon; ms += 500) {
      const run = slowRefresh(ms);
      if (between.test(run.ui.alerts[0]?.prompt ?? '')) addon = run;
    }
    expect(addon).toBeDefined();
    expect(addon!.ui.alerts).toHaveLength(1);
    expect(addon!.ui.alerts[0]!.prompt).toMatch(/19 untouched steps of an earlier path were closed\.$/);
    const plans = addon!.spreadsheet.sheet('Plans')!;
    expect(plans.cell(`${PL('Status')}${plans.lastRow}`).validation?.criteria).toBe('VALUE_IN_LIST');
    for (let run = 0; run < 5 && !/added 0 new steps/.test(addon!.ui.toasts.at(-1)?.message ?? ''); run++) addon!.call('generatePlans');
    const keys = plans.values.map((r) => r[P('Key')]).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
    expect(plans.values.filter((r) => r[P('Email')] === 'dan@example.com').length).toBeGreaterThan(5);
    expect(addon!.ui.toasts.at(-1)?.message).toMatch(/added 0 new steps/);
  });
});
