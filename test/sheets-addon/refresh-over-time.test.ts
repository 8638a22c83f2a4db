// Plans over time in the real bundle (contract section 9): a path change closes the earlier path's untouched steps in
// place (their Status and Notes cells alone) and adds the new path with a new sign-off round; the plan status follows
// the latest path; a progress review Done brings the next one a quarter on. Every range read or written is recorded.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { loadAddon, type AddonRun } from './harness';
import { recordAccess } from './record-access';
import { ANA, CARA, NOW, P, PL, S, TODAY, dayIn, roster } from './team';

const RAVI = ['Ravi Singh', 'ravi@example.com', 'Developer', 'Priya Nair', 'priya@example.com', '', '', ''];
const LINE = `Closed on ${TODAY}: path changed to Mentor`;

const cell = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? `Date(${(v as Date).getTime()})` : v);
const rowOf = (addon: AddonRun, key: string) => addon.spreadsheet.sheet('Plans')!.values.findIndex((r) => r[P('Key')] === key) + 1;
const key = (id: string) => `ravi@example.com#${id}`;

describe('Ravi moves from Undecided to Mentor', () => {
  let addon: AddonRun;
  let access: string[];
  let before: { values: unknown[][]; formulas: string[][]; notes: string[][] };
  const UNDECIDED_OWN = ['arrange-path-conversations', 'hold-path-conversations', 'find-trial-work', 'try-trial-work', 'choose-path'];

  beforeAll(() => {
    addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, RAVI, CARA) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    // What the team typed: Ravi's conversations arranged (Done), one in progress, a note on a step still untouched,
    // a formula in a column of their own and a cell note on rows about to be closed.
    plans.write(`${PL('Status')}${rowOf(addon, key('arrange-path-conversations'))}`, [['Done']]);
    plans.write(`${PL('Status')}${rowOf(addon, key('hold-path-conversations'))}`, [['In progress']]);
    const find = rowOf(addon, key('find-trial-work'));
    plans.write(`${PL('Notes')}${find}`, [['Asked Priya about the data team']]);
    plans.write('N1', [['Check']]);
    plans.write(`N${find}`, [[`=${PL('Status')}${find}="Done"`]]);
    plans.noteGrid.set(find - 1, P('Status'), 'Priya: maybe next quarter');
    before = { values: plans.values.map((r) => r.map(cell)), formulas: plans.formulas, notes: plans.notes };

    addon.spreadsheet.sheet('Roster')!.write('F3', [['mentor']]);
    addon.calls.reset();
    access = recordAccess('Plans', () => addon.call('generatePlans'));
  });

  it('closes the untouched steps of Undecided, and its sign-off round, in place: Status and Notes, nothing else', () => {
    expect(addon.ui.alerts).toEqual([]);
    const plans = addon.spreadsheet.sheet('Plans')!;
    const closed = [...UNDECIDED_OWN.filter((id) => !id.includes('path-conv')), 'sign-off-employee', 'sign-off-manager'];
    for (const id of closed) {
      const r = rowOf(addon, key(id));
      expect(plans.values[r - 1]![P('Status')], id).toBe('Skipped');
      expect(plans.values[r - 1]![P('Notes')], id).toBe(id === 'find-trial-work' ? `Asked Priya about the data team\n${LINE}` : LINE);
    }
    const find = rowOf(addon, key('find-trial-work'));
    expect(plans.cell(`N${find}`).formula).toBe(`=${PL('Status')}${find}="Done"`);
    expect(plans.cell(`${PL('Status')}${find}`).note).toBe('Priya: maybe next quarter');
    expect(plans.cell(`${PL('Status')}${find}`).validation?.criteria).toBe('VALUE_IN_LIST');
    // Every other cell of every row that was there is as it was (Ravi's new rows taken out).
    const old = new Set(before.values.map((r) => r[P('Key')]));
    const kept = plans.values.map((r, i) => ({ r, i })).filter(({ r }) => old.has(r[P('Key')]));
    const blankClosed = (row: unknown[]) =>
      closed.some((id) => row[P('Key')] === key(id)) ? row.map((v, c) => (c === P('Status') || c === P('Notes') ? '' : v)) : row;
    expect(kept.map(({ r }) => blankClosed(r.map(cell)))).toEqual(before.values.map(blankClosed));
    expect(kept.map(({ i }) => plans.formulas[i])).toEqual(before.formulas);
    expect(kept.map(({ i }) => plans.notes[i])).toEqual(before.notes);
  });

  it('leaves Done and In progress rows as they are, and the shared steps on their old Path', () => {
    const plans = addon.spreadsheet.sheet('Plans')!.values;
    expect(plans[rowOf(addon, key('arrange-path-conversations')) - 1]![P('Status')]).toBe('Done');
    expect(plans[rowOf(addon, key('hold-path-conversations')) - 1]![P('Status')]).toBe('In progress');
    expect(plans[rowOf(addon, key('goals-conversation')) - 1]).toMatchObject({ [P('Status')]: 'Not started', [P('Path')]: 'Undecided' });
  });

  it("adds Mentor's steps and a second sign-off round right after Ravi's rows, on the new path", () => {
    const plans = addon.spreadsheet.sheet('Plans')!.values;
    const ravi = plans.map((r, i) => ({ r, i })).filter(({ r }) => r[P('Email')] === 'ravi@example.com');
    const added = ravi.filter(({ r }) => r[P('Path')] === 'Mentor');
    expect(added.map(({ r }) => r[P('Key')])).toContain(key('pair-with-colleague'));
    expect(added.map(({ r }) => r[P('Key')])).toEqual(expect.arrayContaining([key('sign-off-employee-2'), key('sign-off-manager-2')]));
    expect(added.every(({ r }) => r[P('Target role')] === 'Senior Developer' && r[P('Status')] === 'Not started')).toBe(true);
    expect(added.map(({ i }) => i)).toEqual(ravi.slice(-added.length).map(({ i }) => i));
    expect(plans[ravi.at(-1)!.i + 1]![P('Email')]).toBe('cara@example.com');
  });

  it('reads the Notes of the closed rows only, writes them (one run of rows) once, before the new rows go in', () => {
    const last = rowOf(addon, key('choose-path'));
    const signOff = rowOf(addon, key('sign-off-employee'));
    const reads = access.filter((a) => a.startsWith('get'));
    expect(reads.slice(0, 5).map((a) => a.split(' ')[1]!.replace(/\d+/g, ''))).toEqual([
      'A:N',
      ...(['Key', 'Email', 'Path', 'Status'] as const).map((h) => `${PL(h)}:${PL(h)}`),
    ]);
    expect(reads.slice(5)).toEqual([`getValues ${PL('Notes')}${signOff}:${PL('Notes')}${last}`]);
    const writes = access.filter((a) => a.startsWith('set'));
    expect(writes).toEqual([`setValues ${PL('Status')}${signOff}:${PL('Notes')}${last}`, expect.stringMatching(/^setValues A\d+:N\d+$/)]);
  });

  it('says who changed path, how many steps it closed, and which row of Undecided is still open', () => {
    const open = rowOf(addon, key('hold-path-conversations'));
    expect(addon.ui.toasts.at(-1)?.message).toContain(
      `Ravi Singh changed path from Undecided to Mentor: closed 5 untouched steps of Undecided and added a new sign-off round. Still open from an earlier path, left as it is: row ${open}.`,
    );
  });

  it('rolls Ravi up on Mentor, unsigned, the closed steps not counted', () => {
    addon.call('exportPlanStatus');
    const status = addon.spreadsheet.sheet('Plan status')!.values.find((r) => r[S('Email')] === 'ravi@example.com')!;
    const rows = addon.spreadsheet.sheet('Plans')!.values.filter((r) => r[P('Email')] === 'ravi@example.com');
    expect(status).toMatchObject({ [S('Path')]: 'Mentor', [S('Target role')]: 'Senior Developer', [S('Plan signed')]: 'No' });
    expect(status[S('Steps')]).toBe(rows.filter((r) => r[P('Status')] !== 'Skipped').length);
  });

  it('a second refresh changes nothing', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    const snapshot = { values: plans.values.map((r) => r.map(cell)), notes: plans.notes, formulas: plans.formulas };
    const again = recordAccess('Plans', () => addon.call('generatePlans'));
    expect(again.filter((a) => a.startsWith('set'))).toEqual([]);
    expect({ values: plans.values.map((r) => r.map(cell)), notes: plans.notes, formulas: plans.formulas }).toEqual(snapshot);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/added 0 new steps\.$/);
  });
});

describe('a path change in a Plans sheet whose Notes are not next to Status', () => {
  it('writes the Notes of each run, then its Status', () => {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(RAVI) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    // Notes moved to column N, and its old column given over to the team's own comments.
    plans.write(
      'N1',
      plans.values.map((r) => [r[P('Notes')]]),
    );
    plans.write(`${PL('Notes')}1`, [['Comments'], ...plans.values.slice(1).map(() => ['ok'])]);
    addon.spreadsheet.sheet('Roster')!.write('F2', [['expert']]);
    const access = recordAccess('Plans', () => addon.call('generatePlans'));
    const first = rowOf(addon, key('arrange-path-conversations'));
    const last = rowOf(addon, key('choose-path'));
    expect(access.filter((a) => a.startsWith('set')).slice(0, 2)).toEqual([
      `setValues N${first}:N${last}`,
      `setValues ${PL('Status')}${first}:${PL('Status')}${last}`,
    ]);
    const row = plans.values[first - 1]!;
    expect([row[P('Status')], row[P('Notes')], row[13]]).toEqual([
      'Skipped',
      'ok',
      `Closed on ${TODAY}: path changed to Subject-matter expert`,
    ]);
    expect(addon.ui.alerts).toEqual([]);
  });
});

describe('the review rhythm', () => {
  /** Cara planned, her review marked Done with the Due given; then a refresh. */
  function reviewDone(due: string | undefined) {
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster(ANA, CARA) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    const review = plans.values.findIndex((r) => r[P('Key')] === 'cara@example.com#progress-review') + 1;
    plans.write(`${PL('Status')}${review}`, [['Done']]);
    if (due) plans.write(`${PL('Due')}${review}`, [[due]]);
    const access = recordAccess('Plans', () => addon.call('generatePlans'));
    return { addon, access, review, plans: plans.values };
  }

  it("adds the next review right after Cara's rows, due a quarter after the last one's Due, reading that one Due", () => {
    const { addon, access, review, plans } = reviewDone(undefined);
    const next = plans.findIndex((r) => r[P('Key')] === 'cara@example.com#progress-review-2');
    expect(next).toBe(plans.length - 1);
    expect(plans[next]).toMatchObject({ [P('Path')]: 'Mentor', [P('Status')]: 'Not started', [P('Owner role')]: 'Manager' });
    expect(dayIn(plans[next]![P('Due')], 'Etc/UTC')).toBe(addDays(addDays(TODAY, 90), 91));
    expect(access.filter((a) => a.startsWith('get')).at(-1)).toBe(`getValues ${PL('Due')}${review}`);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/added 1 new step\./);
    addon.call('generatePlans');
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/added 0 new steps\./);
  });

  it('a review Done but due months ago: the next one is a quarter from today', () => {
    const { plans } = reviewDone('2025-10-01');
    const next = plans.find((r) => r[P('Key')] === 'cara@example.com#progress-review-2')!;
    expect(dayIn(next[P('Due')], 'Etc/UTC')).toBe(addDays(TODAY, 91));
  });
});
