// Paste or upload career goals: the real dialog (happy-dom) talking to the real bundle (node:vm). Blank cells are
// filled and new people added; a cell holding something else is replaced only when the person says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultFramework } from '../../shared/framework/defaults';
import { frameworkToGrids } from '../../shared/framework/grids';
import { GOALS_HEADERS } from '../../shared/goals';
import { openDialog, type Dialog } from './dialog';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, NOW, bigRoster, dayIn, roster } from './team';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'goals');
/** Exactly what the extension's "Copy row for the Career goals sheet" puts on the clipboard as text. */
const COPIED_ROW = readFileSync(join(FIXTURES, 'copied-row.tsv'), 'utf8');
const GOALS_CSV = readFileSync(join(FIXTURES, 'goals.csv'), 'utf8');
const GOALS = 'Career goals';
const column = (header: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(header);

let dialogs: Dialog[] = [];
afterEach(async () => {
  for (const d of dialogs) await d.close();
  dialogs = [];
});

/** A team with its Career goals sheet set up, and the dialog open. */
function setUp(...people: string[][]): { addon: AddonRun; dialog: Dialog } {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(...people) } });
  addon.call('setUpCareerGoals');
  addon.call('importCareerGoals');
  const dialog = openDialog(addon);
  dialogs.push(dialog);
  return { addon, dialog };
}

async function paste(dialog: Dialog, text: string): Promise<void> {
  dialog.byId<HTMLTextAreaElement>('text').value = text;
  await dialog.click('add');
}

const goalsOf = (addon: AddonRun) => addon.spreadsheet.sheet(GOALS)!;
const shown = (dialog: Dialog, id: string) => !dialog.byId(id).hidden;

describe('the dialog', () => {
  it('opens from the menu: a box to paste into and a file input, sharing the add-on look', () => {
    const { addon, dialog } = setUp(ANA);
    expect(addon.ui.dialogs.at(-1)).toMatchObject({ title: 'Paste or upload career goals', width: 560, height: 500, modal: true });
    expect(addon.ui.dialogs.at(-1)!.html).toContain('add-ons1.css');
    expect(dialog.window.document.querySelector('label[for="text"]')?.textContent).toBe('Paste here');
    expect(dialog.byId<HTMLInputElement>('file').type).toBe('file');
    expect(shown(dialog, 'add') && !shown(dialog, 'replace') && !shown(dialog, 'keep')).toBe(true);
  });
});

describe('pasting the row the extension copies', () => {
  it('fills the blank cells of that person: answers with their line breaks, a leading "-" as text, dates as date cells', async () => {
    const { addon, dialog } = setUp(ANA, BOB);
    await paste(dialog, COPIED_ROW);
    expect(dialog.byId('summary').textContent).toBe('In Career goals, Trellis filled 11 empty cells for 1 person.');
    expect(shown(dialog, 'done')).toBe(true);
    expect(dialog.byId('close').textContent).toBe('Close');
    const row = goalsOf(addon).values[1]!;
    expect(row[column('How the job feels')]).toBe('Good, but busy.\nThe on-call weeks are hard.');
    expect(row[column('Progressing as wanted')]).toBe('- not yet');
    expect(row[column('Manager support')]).toBe('Time for the "design" course');
    expect(dayIn(row[column('Conversation date')], 'Etc/UTC')).toBe('2026-02-20');
    expect(goalsOf(addon).cell('M2').display).toBe('2026-09-30');
    expect(goalsOf(addon).formulas.flat().filter(Boolean)).toEqual([]);
    expect(
      goalsOf(addon)
        .values[2]!.slice(2)
        .every((v) => v === ''),
    ).toBe(true);
    expect(addon.spreadsheet.activeSheet.name).toBe(GOALS);
  });

  it('pasted a second time, changes nothing and says so', async () => {
    const { addon, dialog } = setUp(ANA);
    await paste(dialog, COPIED_ROW);
    const before = goalsOf(addon).values;
    addon.call('importCareerGoals');
    const again = openDialog(addon);
    dialogs.push(again);
    await paste(again, COPIED_ROW);
    expect(again.byId('summary').textContent).toBe('Nothing new: Career goals already holds all of this.');
    expect(goalsOf(addon).values).toEqual(before);
  });

  it('text that looks like a formula stays text', async () => {
    const { addon, dialog } = setUp(ANA);
    await paste(dialog, 'ana@example.com\tAna Lopez\t\t=HYPERLINK("http://x","click")\t+1 more\t@team');
    expect(goalsOf(addon).values[1]!.slice(3, 6)).toEqual(['=HYPERLINK("http://x","click")', '+1 more', '@team']);
    expect(goalsOf(addon).formulas.flat().filter(Boolean)).toEqual([]);
  });
});

describe('with no Career goals sheet yet', () => {
  it.each([
    ['a roster', { Roster: roster(ANA, BOB) }, ['Email', 'ana@example.com', 'bob@example.com']],
    ['no roster either', {}, ['Email', 'ana@example.com']],
  ])('with %s, makes it first (a row a roster person), then adds what was pasted', async (_, sheets, emails) => {
    const addon = loadAddon({ now: NOW, sheets });
    addon.call('importCareerGoals');
    const dialog = openDialog(addon);
    dialogs.push(dialog);
    await paste(dialog, COPIED_ROW);
    expect(goalsOf(addon).values.map((r) => r[0])).toEqual(emails);
    expect(goalsOf(addon).values[1]![column('Long-term goal')]).toBe('Staff engineer');
    expect(goalsOf(addon).frozenRows).toBe(1);
  });
});

describe('a CSV with a header, pasted or uploaded', () => {
  it('fills the rows there and adds new people at the end, dates as dates, saying who is not on the roster', async () => {
    const { addon, dialog } = setUp(ANA, BOB);
    await paste(dialog, GOALS_CSV);
    expect(dialog.byId('summary').textContent).toBe(
      'In Career goals, Trellis filled 11 empty cells for 1 person and added 1 person at the end.',
    );
    const values = goalsOf(addon).values;
    expect(values).toHaveLength(4);
    expect(values[2]![column("What's next")]).toBe("Become the team's security expert");
    expect(values[3]!.slice(0, 2)).toEqual(['cara@example.com', 'Cara Diaz']);
    expect(dayIn(values[3]![column('Target date')], 'Etc/UTC')).toBe('2026-08-15');
    const problems = dialog.byId('problems');
    expect(problems.hidden).toBe(false);
    expect(problems.textContent).toContain(
      'cara@example.com is not on the roster; the row was added, and is used for no plan until they are',
    );
    const button = problems.querySelector('button.cell') as unknown as HTMLButtonElement;
    expect(button.textContent).toBe('A4');
    button.click();
    await dialog.settle();
    expect(addon.spreadsheet.activeRange).toMatchObject({ row: 4, col: 1 });
  });

  it('an uploaded file is read into the box, then added the same way', async () => {
    const { addon, dialog } = setUp(ANA, BOB);
    const input = dialog.byId<HTMLInputElement>('file');
    Object.defineProperty(input, 'files', { value: [new dialog.window.File([GOALS_CSV], 'goals.csv', { type: 'text/csv' })] });
    input.dispatchEvent(new dialog.window.Event('change') as unknown as Event);
    // The file is read asynchronously (FileReader): wait until the dialog says it is loaded, however busy the machine.
    await vi.waitFor(() => expect(dialog.byId('status').textContent).toBe('Loaded goals.csv. Choose Add to Career goals.'), {
      timeout: 5_000,
    });
    expect(dialog.byId<HTMLTextAreaElement>('text').value).toBe(GOALS_CSV);
    await dialog.click('add');
    expect(goalsOf(addon).values.map((r) => r[0])).toEqual(['Email', 'ana@example.com', 'bob@example.com', 'cara@example.com']);
  });

  it('while another run holds the document lock, says so in the dialog and writes nothing', async () => {
    const { addon, dialog } = setUp(ANA);
    const before = goalsOf(addon).values;
    addon.lock.busy = true;
    await paste(dialog, COPIED_ROW);
    expect(dialog.byId('status').textContent).toMatch(/Someone else is updating .* try again/);
    expect(shown(dialog, 'input')).toBe(true);
    expect(goalsOf(addon).values).toEqual(before);
    expect(addon.ui.alerts).toEqual([]);
  });

  it('says what is wrong with text that is not a goals table, and writes nothing', async () => {
    const { addon, dialog } = setUp(ANA);
    const before = goalsOf(addon).values;
    await paste(dialog, 'Ana, Lead the API\n');
    expect(dialog.byId('status').textContent).toMatch(/does not start with an email.*Nothing was added/);
    expect(dialog.byId('status').className).toBe('error');
    expect(shown(dialog, 'input')).toBe(true);
    expect(goalsOf(addon).values).toEqual(before);
  });
});

describe('cells that already hold something else', () => {
  async function conflicting(): Promise<{ addon: AddonRun; dialog: Dialog }> {
    const { addon, dialog } = setUp(ANA, BOB);
    goalsOf(addon).write('D2', [['Fine <script>alert(1)</script>\nmostly']]);
    goalsOf(addon).write('B2', [['Ana L.']]);
    await paste(dialog, COPIED_ROW);
    return { addon, dialog };
  }

  it('are listed (cell, column, person, now and new, shortened) and nothing is written until the person answers', async () => {
    const { addon, dialog } = await conflicting();
    expect(shown(dialog, 'ask')).toBe(true);
    expect(dialog.byId('question').textContent).toBe(
      '2 cells in Career goals already hold something else. Replace them with what you added, or keep what is in the sheet? Empty cells are filled and new people added either way.',
    );
    expect(dialog.byId('replace').textContent).toBe('Replace these 2 cells');
    expect(dialog.byId('keep').textContent).toBe('Keep what is in the sheet');
    const items = Array.from(dialog.byId('conflicts').querySelectorAll('li'), (li) => li.textContent);
    expect(items).toEqual([
      'B2Person, Ana L.NowAna L.NewAna Lopez',
      'D2How the job feels, Ana L.NowFine <script>alert(1)</script> ↵ mostlyNewGood, but busy. ↵ The on-call weeks are hard.',
    ]);
    expect(dialog.byId('conflicts').querySelectorAll('script')).toHaveLength(0);
    expect(goalsOf(addon).values[1]!.slice(2).filter(Boolean)).toEqual(['Fine <script>alert(1)</script>\nmostly']);
  });

  it('"Keep what is in the sheet" fills the blanks and keeps them', async () => {
    const { addon, dialog } = await conflicting();
    await dialog.click('keep');
    expect(dialog.byId('summary').textContent).toBe(
      'In Career goals, Trellis filled 10 empty cells for 1 person. 2 cells were kept as they were.',
    );
    const row = goalsOf(addon).values[1]!;
    expect([row[1], row[3], row[4]]).toEqual(['Ana L.', 'Fine <script>alert(1)</script>\nmostly', '- not yet']);
  });

  it('"Replace these 2 cells" replaces exactly those', async () => {
    const { addon, dialog } = await conflicting();
    await dialog.click('replace');
    expect(dialog.byId('summary').textContent).toBe('In Career goals, Trellis filled 10 empty cells for 1 person and replaced 2 cells.');
    expect(goalsOf(addon).values[1]![1]).toBe('Ana Lopez');
    expect(goalsOf(addon).values[1]![3]).toBe('Good, but busy.\nThe on-call weeks are hard.');
  });

  it('a cell changed in the sheet after the question is asked about again, not replaced unseen', async () => {
    const { addon, dialog } = await conflicting();
    goalsOf(addon).write('F2', [['Something typed meanwhile']]);
    await dialog.click('replace');
    expect(shown(dialog, 'ask')).toBe(true);
    expect(dialog.byId('replace').textContent).toBe('Replace these 3 cells');
    expect(goalsOf(addon).values[1]![1]).toBe('Ana L.');
  });
});

describe('a goals CSV for a large team', () => {
  it('fills 500 people in a few block writes, never a call a cell', async () => {
    const team = bigRoster(500);
    const csv = [
      GOALS_HEADERS.join(','),
      ...team
        .slice(1)
        .map((p) =>
          [p[1], p[0], '2026-02-20', 'Good', 'Yes', 'Lead', 'Pair', '6 months', 'Time', 'Lead X', 'Staff', 'Managing', '2026-09-30'].join(
            ',',
          ),
        ),
    ].join('\n');
    const { addon, dialog } = setUp(...team.slice(1));
    addon.calls.reset();
    await paste(dialog, csv);
    expect(dialog.byId('summary').textContent).toBe('In Career goals, Trellis filled 5,500 empty cells for 500 people.');
    const calls = addon.calls.byMethod();
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Range.setValue']).toBeUndefined();
    expect(goalsOf(addon).values[500]![column('Short-term goal')]).toBe('Lead X');
  }, 60_000);
});

// A path the team's career framework adds (Levels and Steps, contract 12) is one the roster accepts here too.
describe("pasting for someone on a path the team's framework adds", () => {
  it('fills their row as for anyone, with no roster problem', async () => {
    const { levels, steps } = frameworkToGrids(defaultFramework());
    const steward = ['Data steward', 'catalogue-datasets', 'List the datasets {first} looks after', 'Employee', '21', '', '', ''];
    const onNewPath = ANA.map((cell, i) => (i === 5 ? 'Data steward' : cell));
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(onNewPath, BOB), Levels: levels, Steps: [...steps, steward] } });
    addon.call('setUpCareerGoals');
    addon.call('importCareerGoals');
    const dialog = openDialog(addon);
    dialogs.push(dialog);
    await paste(dialog, COPIED_ROW);
    expect(addon.ui.alerts).toEqual([]);
    expect(dialog.byId('summary').textContent).toBe('In Career goals, Trellis filled 11 empty cells for 1 person.');
    expect(goalsOf(addon).values.map((r) => r[0])).toEqual(['Email', 'ana@example.com', 'bob@example.com']);
  });
});
