// Apply status updates (contract section 11): the real dialog (happy-dom) talking to the real bundle (node:vm). A
// step still as the extension saw it takes the new Status and the Note; anything else is skipped and listed with its
// cell; no other cell of Plans is written, whatever the order of its columns.
import { afterEach, describe, expect, it } from 'vitest';
import { columnLetter } from '../../shared/a1';
import { openDialog, type Dialog } from './dialog';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, NOW, P, roster } from './team';

const ANA_GOALS = 'ana@example.com#goals-conversation';
const ANA_SIGN = 'ana@example.com#sign-off-employee';
const BOB_GOALS = 'bob@example.com#goals-conversation';
const HEADER = 'Key,Status was,Status,Changed on,Note';

let dialogs: Dialog[] = [];
afterEach(async () => {
  for (const d of dialogs) await d.close();
  dialogs = [];
});

function openUpdates(addon: AddonRun): Dialog {
  addon.call('importStatusUpdates');
  const dialog = openDialog(addon);
  dialogs.push(dialog);
  return dialog;
}

async function apply(dialog: Dialog, text: string): Promise<void> {
  dialog.byId<HTMLTextAreaElement>('text').value = text;
  await dialog.click('apply');
}

const plansOf = (addon: AddonRun) => addon.spreadsheet.sheet('Plans')!;
/** The 1-based sheet row of a Key in Plans, whose Key column is `keyColumn`. */
const rowOf = (addon: AddonRun, key: string, keyColumn = P('Key')) => plansOf(addon).values.findIndex((r) => r[keyColumn] === key) + 1;
const items = (dialog: Dialog, id: string) => Array.from(dialog.byId(id).querySelectorAll('li'), (li) => li.textContent);

/** Ana and Bob planned; Bob's goals conversation set to Blocked and a note typed on Ana's, as people would. */
function planned(): AddonRun {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, BOB) } });
  addon.call('generatePlans');
  const plans = plansOf(addon);
  plans.write(`${columnLetter(P('Status'))}${rowOf(addon, BOB_GOALS)}`, [['Blocked']]);
  plans.write(`${columnLetter(P('Notes'))}${rowOf(addon, ANA_GOALS)}`, [['Booked for May']]);
  return addon;
}

describe('Apply status updates', () => {
  it('opens from the menu: a box to paste into and a file input', () => {
    const addon = loadAddon({ now: NOW });
    const dialog = openUpdates(addon);
    expect(addon.ui.dialogs.at(-1)).toMatchObject({ title: 'Apply status updates', width: 560, height: 500, modal: true });
    expect(dialog.byId<HTMLInputElement>('file').type).toBe('file');
    expect(dialog.byId('apply').textContent).toBe('Apply to Plans');
  });

  it('sets the Statuses still as the extension saw them, appends the Note, and lists what it skipped with cells', async () => {
    const addon = planned();
    const before = plansOf(addon).values;
    const dialog = openUpdates(addon);
    addon.calls.reset();
    await apply(
      dialog,
      [
        '\uFEFFNote,Status,Key,Status was,Changed on',
        `Talked it through,Done,${ANA_GOALS},Not started,2026-03-02`,
        `,In progress,${BOB_GOALS},Not started,2026-03-02`,
        ',Done,kim@example.com#goals-conversation,Not started,2026-03-02',
        `,in progress,${ANA_SIGN.toUpperCase()},,2026-03-02`,
      ].join('\r\n'),
    );
    const status = columnLetter(P('Status'));
    const [ana, sign, bob] = [rowOf(addon, ANA_GOALS), rowOf(addon, ANA_SIGN), rowOf(addon, BOB_GOALS)];
    const after = plansOf(addon).values;
    expect(after[ana - 1]![P('Status')]).toBe('Done');
    expect(after[ana - 1]![P('Notes')]).toBe('Booked for May\nTalked it through');
    expect(after[sign - 1]![P('Status')]).toBe('In progress');
    // Nothing else of the sheet changed.
    const blank = (grid: unknown[][]) =>
      grid.map((r, i) => (i === ana - 1 || i === sign - 1 ? r.map((c, j) => (j === P('Status') || j === P('Notes') ? '' : c)) : r));
    expect(blank(after)).toEqual(blank(before));
    expect(addon.calls.byMethod()['Range.setValues']).toBe(2);
    expect(dialog.byId('summary').textContent).toBe(
      'In Plans, Trellis set 2 Statuses. 2 updates were skipped, each listed with its cell: the step changed since the plans were imported, or the row is wrong.',
    );
    expect(items(dialog, 'skipped')).toEqual([
      `${status}${bob}${BOB_GOALS}: Status is now Blocked, the update expected Not started: skipped`,
      'C4no row of Plans has the Key kim@example.com#goals-conversation: skipped (in what you added)',
    ]);
    expect(items(dialog, 'applied')).toEqual([`${status}${ana}${ANA_GOALS}: Done`, `${status}${sign}${ANA_SIGN}: In progress`]);
    expect(addon.lock).toMatchObject({ held: false, waits: 2, releases: 2, flushedBeforeRelease: true });
  });

  it('a Go to button selects that Status cell in Plans; a cell of the pasted text has no button', async () => {
    const addon = planned();
    const dialog = openUpdates(addon);
    await apply(dialog, `${HEADER}\n${BOB_GOALS},Not started,Done,2026-03-02,\nkim@example.com#x,Not started,Done,2026-03-02,`);
    const buttons = dialog.byId('skipped').querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    (buttons[0] as unknown as HTMLButtonElement).click();
    await dialog.settle();
    expect(addon.spreadsheet.activeSheet.name).toBe('Plans');
    expect(addon.spreadsheet.activeRange).toMatchObject({ row: rowOf(addon, BOB_GOALS), col: P('Status') + 1 });
  });

  it('applied a second time, changes nothing and says the steps already have their new Status', async () => {
    const addon = planned();
    const text = `${HEADER}\n${ANA_GOALS},Not started,Done,2026-03-02,Talked it through\n${ANA_SIGN},Not started,In progress,,`;
    await apply(openUpdates(addon), text);
    const once = plansOf(addon).values;
    const again = openUpdates(addon);
    await apply(again, text);
    expect(plansOf(addon).values).toEqual(once);
    expect(again.byId('summary').textContent).toBe('No Status in Plans was changed. 2 steps already had their new Status.');
  });

  it('finds Status and Notes by header in a Plans sheet with its own column order', async () => {
    const header = [
      'Person',
      'Step',
      'Owner',
      'Due',
      'Status',
      'Notes',
      'Key',
      'Email',
      'Manager',
      'Path',
      'Target role',
      'Owner role',
      'Owner email',
    ];
    const row = (key: string, status: string) => [
      'Ana Lopez',
      'A step',
      'Ana Lopez',
      '2026-04-01',
      status,
      '',
      key,
      'ana@example.com',
      'Sam',
      'technical',
      '',
      'Employee',
      'ana@example.com',
    ];
    const addon = loadAddon({ now: NOW, sheets: { Plans: [header, row(ANA_GOALS, 'Not started'), row(ANA_SIGN, 'Not started')] } });
    await apply(openUpdates(addon), `${HEADER}\n${ANA_SIGN},Not started,Done,2026-03-02,Signed at the 1:1`);
    const plans = plansOf(addon);
    expect(plans.values[2]!.slice(4, 8)).toEqual(['Done', 'Signed at the 1:1', ANA_SIGN, 'ana@example.com']);
    expect(plans.values[1]![4]).toBe('Not started');
  });

  it.each<[string, (addon: AddonRun) => void, string, RegExp]>([
    [
      'text that is not an updates file',
      () => {},
      'Name,Email\nAna,ana@example.com',
      /Nothing was applied: not a Trellis status updates file.*Export the status updates again/,
    ],
    ['an empty box', () => {}, '', /Nothing was applied: nothing to apply/],
    [
      'no Plans sheet',
      (addon) => addon.spreadsheet.removeSheet(plansOf(addon)),
      `${HEADER}\n${ANA_GOALS},Not started,Done,,`,
      /There is no Plans sheet yet/,
    ],
    [
      'another run holding the lock',
      (addon) => (addon.lock.busy = true),
      `${HEADER}\n${ANA_GOALS},Not started,Done,,`,
      /Someone else is updating/,
    ],
  ])('says what is wrong with %s in the dialog, and writes nothing', async (_, arrange, text, message) => {
    const addon = planned();
    const dialog = openUpdates(addon);
    arrange(addon);
    const before = plansOf(addon)?.values;
    await apply(dialog, text);
    expect(dialog.byId('status').textContent).toMatch(message);
    expect(dialog.byId('input').hidden).toBe(false);
    expect(plansOf(addon)?.values).toEqual(before);
  });
});
