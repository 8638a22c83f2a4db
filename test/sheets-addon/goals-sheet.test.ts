// The Career goals sheet (contract section 8): made with a row for everyone on the roster by Generate or by its own
// menu item, kept in step with the roster without ever writing a cell that is there, its problems listed with cells.
import { describe, expect, it } from 'vitest';
import { GOALS_HEADERS } from '../../shared/goals';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, CARA, NOW, P, bigRoster, dayIn, roster } from './team';

const GOALS = 'Career goals';
const goalsSheet = (addon: AddonRun) => addon.spreadsheet.sheet(GOALS)!;
/** A row as a person fills it in: Email, Person, then the rest by header. */
const goalsRow = (email: string, fields: Partial<Record<(typeof GOALS_HEADERS)[number], string>> = {}) =>
  GOALS_HEADERS.map((h) => (h === 'Email' ? email : (fields[h] ?? '')));

describe('Generate or refresh plans sets up Career goals', () => {
  it('with the contract headers, one row a roster person, date columns as dates, answers wrapped, a styled frozen header', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB) } });
    addon.call('generatePlans');
    expect(addon.ui.alerts).toEqual([]);
    expect(addon.ui.dialogs).toEqual([]);
    const sheet = goalsSheet(addon);
    expect(sheet.values).toEqual([
      [...GOALS_HEADERS],
      goalsRow('ana@example.com', { Person: 'Ana Lopez' }),
      goalsRow('bob@example.com', { Person: 'Bob Stone' }),
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.fontWeights[0]!.every((w) => w === 'bold')).toBe(true);
    expect(sheet.backgrounds[0]!.every((b) => b === '#f1f3f4')).toBe(true);
    // Down to the sheet's last row, so the rows a person types below get them too.
    for (const cell of ['C2', 'M2', 'C900', 'M900']) {
      expect(sheet.cell(cell).numberFormat).toBe('yyyy-mm-dd');
      expect(sheet.cell(cell).validation).toMatchObject({ criteria: 'DATE_IS_VALID_DATE', allowInvalid: true });
    }
    expect(sheet.style('wrap')[1]![3]).toBe('true');
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/Career goals is ready/);
  });

  it('a date typed in Conversation date or Target date is a date cell showing YYYY-MM-DD', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) } });
    addon.call('generatePlans');
    goalsSheet(addon).write('C2', [['2026-02-20']]);
    goalsSheet(addon).write('M2', [['2026-09-30']]);
    expect(dayIn(goalsSheet(addon).cell('C2').value, 'Etc/UTC')).toBe('2026-02-20');
    expect(goalsSheet(addon).cell('M2').display).toBe('2026-09-30');
  });

  it('is not made when nobody can be planned from the roster', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: [['Name', 'Role']] } });
    addon.call('generatePlans');
    expect(addon.spreadsheet.sheet(GOALS)).toBeNull();
  });
});

describe('a refresh keeps Career goals in step with the roster', () => {
  const answer = 'Good, but busy.\nThe on-call weeks are hard.\n\n# not a heading';
  function edited(): AddonRun {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB) } });
    addon.call('generatePlans');
    const sheet = goalsSheet(addon);
    sheet.write('B2', [['Ana L. (she/her)']]);
    sheet.write('C2', [['2026-02-20', answer, "'=SUM(1,2)", '=1+1']]);
    sheet.write('N1', [['Mood']]);
    sheet.write('N3', [['calm']]);
    sheet.write('M3', [['next spring']]);
    sheet.noteGrid.set(1, 3, 'Said in the 1:1 on the 20th');
    addon.spreadsheet.sheet('Roster')!.write(
      'A2',
      roster(ANA, CARA)
        .slice(1)
        .concat([new Array(8).fill('')]),
    );
    return addon;
  }

  it('keeps every cell exactly, adds the new person at the end, keeps the one who left, and reports both problems', () => {
    const addon = edited();
    const sheet = goalsSheet(addon);
    const before = { values: sheet.values, formulas: sheet.formulas, notes: sheet.notes };
    addon.ui.toasts.length = 0;
    addon.call('generatePlans');
    expect(addon.ui.alerts).toEqual([]);
    const after = goalsSheet(addon);
    expect(after.values.slice(0, 3)).toEqual(before.values);
    expect(after.formulas.slice(0, 3)).toEqual(before.formulas);
    expect(after.notes.slice(0, 3)).toEqual(before.notes);
    expect(after.values[1]![3]).toBe(answer);
    expect(after.values[1]![4]).toBe('=SUM(1,2)');
    expect(after.formulas[1]![5]).toBe('=1+1');
    expect(after.values[3]).toEqual([...goalsRow('cara@example.com', { Person: 'Cara Diaz' }), '']);
    expect(after.values).toHaveLength(4);

    expect(addon.ui.dialogs).toHaveLength(1);
    const { html, title } = addon.ui.dialogs[0]!;
    expect(title).toBe('Problems in Career goals');
    expect(html).toContain('data-cell="A3" data-sheet="goals" title="Go to A3 in Career goals"');
    expect(html).toContain('bob@example.com is not on the roster; the row is kept as it is, and used for no plan');
    expect(html).toContain('data-cell="M3" data-sheet="goals"');
    expect(html).toContain('&quot;next spring&quot; is not a date');
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/Added 1 person to Career goals\. 2 problems in Career goals; see the list\./);
  });

  it('a second refresh with nothing new writes nothing to Career goals', () => {
    const addon = edited();
    addon.call('generatePlans');
    const before = goalsSheet(addon).values;
    addon.calls.reset();
    addon.call('generatePlans');
    expect(goalsSheet(addon).values).toEqual(before);
    expect(addon.calls.byMethod()['Range.setValues']).toBeUndefined();
  });

  it('adds new people in the columns of a sheet a person rearranged', () => {
    const header = ['Target date', 'Name', 'Notes of mine', 'E-mail', 'Short term goal'];
    const addon = loadAddon({
      now: NOW,
      sheets: { Roster: roster(ANA, BOB), [GOALS]: [header, ['', 'Ana', 'likes maps', 'ana@example.com', 'Lead the API work']] },
    });
    addon.call('generatePlans');
    expect(goalsSheet(addon).values).toEqual([
      header,
      ['', 'Ana', 'likes maps', 'ana@example.com', 'Lead the API work'],
      ['', 'Bob Stone', '', 'bob@example.com', ''],
    ]);
  });

  it('leaves a sheet with no Email header as it is, says so with the cell, and still plans', () => {
    const mine = [
      ['Who', 'Next'],
      ['Ana', 'Lead'],
    ];
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA), [GOALS]: mine } });
    addon.call('generatePlans');
    expect(goalsSheet(addon).values).toEqual(mine);
    expect(addon.ui.dialogs[0]!.html).toMatch(/data-cell="A1"[^>]*>A1<\/button> no Email column.*left as it is/);
    expect(addon.spreadsheet.sheet('Plans')!.values.length).toBeGreaterThan(1);
  });

  it('lists roster and Career goals problems in one dialog, a duplicate and a malformed email with their cells', () => {
    const addon = loadAddon({
      now: NOW,
      sheets: {
        Roster: roster(ANA, ['', 'x@example.com', 'Developer', '', '', 'technical', '', '']),
        [GOALS]: [[...GOALS_HEADERS], goalsRow('ana@example.com'), goalsRow('not-an-email'), goalsRow('ANA@example.com')],
      },
    });
    addon.call('generatePlans');
    expect(addon.ui.dialogs).toHaveLength(1);
    const { html, title } = addon.ui.dialogs[0]!;
    expect(title).toBe('Problems in the roster and Career goals');
    expect(html).toMatch(/<h2>Roster<\/h2>[\s\S]*data-cell="A3" title="Go to A3 in Roster"[\s\S]*<h2>Career goals<\/h2>/);
    expect(html).toContain('data-cell="A3" data-sheet="goals" title="Go to A3 in Career goals">A3</button> malformed email');
    expect(html).toContain('data-cell="A4" data-sheet="goals" title="Go to A4 in Career goals">A4</button> duplicate email');
    expect(html).toContain('google.script.run.goToGoalsCell(cell)');
    addon.call('goToGoalsCell', 'A4');
    expect(addon.spreadsheet.activeSheet.name).toBe(GOALS);
    expect(addon.spreadsheet.activeRange).toMatchObject({ row: 4, col: 1 });
  });
});

describe('Set up career goals sheet', () => {
  it('makes the sheet for the roster and opens it; run again, it changes nothing and says so', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB) } });
    addon.call('setUpCareerGoals');
    expect(addon.ui.alerts).toEqual([]);
    expect(addon.spreadsheet.activeSheet.name).toBe(GOALS);
    expect(goalsSheet(addon).values.map((r) => r[0])).toEqual(['Email', 'ana@example.com', 'bob@example.com']);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/Career goals is ready/);
    addon.call('setUpCareerGoals');
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/already has a row for everyone on the roster/);
    expect(addon.spreadsheet.sheet('Plans')).toBeNull();
  });

  it('without a roster says to set one up first', () => {
    const addon = loadAddon({ now: NOW });
    addon.call('setUpCareerGoals');
    expect(addon.ui.alerts[0]!.prompt).toMatch(/no Roster sheet yet.*Set up roster/s);
    expect(addon.spreadsheet.sheet(GOALS)).toBeNull();
  });
});

describe('Career goals batching', () => {
  /** Generate for n people, a person joins, then the refresh's calls. */
  function refreshCalls(people: number): Record<string, number> {
    const team = bigRoster(people + 1);
    const addon = loadAddon({ now: NOW, sheets: { Roster: team.slice(0, -1) } });
    addon.call('generatePlans');
    expect(goalsSheet(addon).values).toHaveLength(people + 1);
    addon.spreadsheet.sheet('Roster')!.write(`A${people + 2}`, [team.at(-1)!]);
    addon.calls.reset();
    addon.call('generatePlans');
    expect(goalsSheet(addon).values.at(-1)![0]).toBe(`p${people + 1}@example.com`);
    return addon.calls.byMethod();
  }

  it('a 500-person team makes the same calls as a 10-person one: Career goals read once and its new row written once', () => {
    const small = refreshCalls(10);
    expect(refreshCalls(500)).toEqual(small);
    expect(small['Range.setValue']).toBeUndefined();
  }, 60_000);
});

describe('a Target date far from the plan’s review date (contract section 8)', () => {
  /** Ana planned, her review step's row and Due, then a Target date typed in Career goals. */
  function planned(targetDate: (due: string) => string) {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    const index = plans.values.findIndex((r) =>
      /#(propose-title-change|propose-senior-title|record-recognition)$/.test(String(r[P('Key')])),
    );
    expect(index).toBeGreaterThan(0);
    const due = dayIn(plans.values[index]![P('Due')], 'Etc/UTC');
    goalsSheet(addon).write('M2', [[targetDate(due)]]);
    addon.ui.dialogs.length = 0;
    return { addon, cell: `${String.fromCharCode(65 + P('Due'))}${index + 1}`, due };
  }
  const shift = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

  it('is told with the Due cell in Plans, and neither date is changed', () => {
    const { addon, cell, due } = planned((d) => shift(d, -90));
    const before = addon.spreadsheet.sheet('Plans')!.values;
    addon.call('generatePlans');
    expect(addon.ui.dialogs).toHaveLength(1);
    const { title, html } = addon.ui.dialogs[0]!;
    expect(title).toBe('Dates to agree in Plans');
    expect(html).toContain(`data-cell="${cell}" data-sheet="plans" title="Go to ${cell} in Plans">${cell}</button>`);
    expect(html).toMatch(/90 days after the Target date/);
    expect(addon.spreadsheet.sheet('Plans')!.values).toEqual(before);
    expect(goalsSheet(addon).cell('M2').display).toBe(shift(due, -90));
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/1 Due date is far from a Target date; see the list\./);
    addon.call('goToPlansCell', cell);
    expect(addon.spreadsheet.activeSheet.name).toBe('Plans');
  });

  it('within 30 days says nothing', () => {
    const { addon } = planned((d) => shift(d, 30));
    addon.call('generatePlans');
    expect(addon.ui.dialogs).toEqual([]);
  });
});
