// Export plan status: the Plan status sheet (contract section 3) and the same table as a CSV download.
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../shared/csv';
import { planAll } from '../../shared/plan';
import { plansTableToGrid, readPlansTable } from '../../shared/plans-table';
import { readRoster } from '../../shared/roster';
import { MANAGER_STATUS_HEADERS, managerRowCells, managerStatus } from '../../shared/manager-rollup';
import { rollUp, statusRowCells } from '../../shared/status';
import { STATUS_HEADERS } from '../../shared/types';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, C, CARA, NOW, PL, S, bigRoster, dayIn, roster } from './team';
import { CASES_TODAY, STATUS_CASES, caseEmail, caseCells, caseGrid } from '../shared/status-cases';

const LATER = new Date('2026-06-15T12:00:00Z');

/** The CSV a status dialog carries, read back out of its script. */
function csvOf(html: string): string {
  const m = /var CSV = ("(?:[^"\\]|\\.)*");/.exec(html);
  if (!m) throw new Error('no CSV in the dialog');
  return JSON.parse(m[1]!) as string;
}

describe('Export plan status', () => {
  let addon: AddonRun;

  function exported(): AddonRun {
    // Plans generated on 2 March, as a person would have them typed in; by mid-June some steps are overdue.
    const people = readRoster(roster(ANA, BOB, ['=HYPERLINK("http://x")', ...CARA.slice(1)])).people;
    const grid = plansTableToGrid({ rows: planAll(people, '2026-03-02'), extraHeaders: [] });
    // A sheet made before December 2026: the contract's column order.
    grid[1]![C('Status')] = 'Done';
    const typed = grid.map((row, i) => row.map((v, c) => ((i > 0 && c === C('Due')) || v === '' ? v : `'${v}`)));
    const addon = loadAddon({ now: LATER, sheets: { Plans: typed } });
    addon.call('exportPlanStatus');
    return addon;
  }

  it('writes one row a person with the contract columns, counts as numbers and Next due as a date', () => {
    addon = exported();
    expect(addon.ui.alerts).toEqual([]);
    const sheet = addon.spreadsheet.sheet('Plan status')!;
    expect(sheet.values[0]).toEqual([...STATUS_HEADERS]);
    expect(sheet.values.slice(0, 5).map((r) => r[S('Email')])).toEqual([
      'Email',
      'ana@example.com',
      'bob@example.com',
      'cara@example.com',
      '',
    ]);
    const ana = sheet.values[1]!;
    expect(ana[S('Person')]).toBe('Ana Lopez');
    expect(ana[S('Done')]).toBe(1);
    expect(typeof ana[S('Steps')]).toBe('number');
    expect(ana[S('Overdue')]).toBeGreaterThan(0);
    expect(ana[S('Plan signed')]).toBe('No');
    expect(dayIn(ana[S('Next due')], 'Etc/UTC')).toMatch(/^2026-\d\d-\d\d$/);
    expect(sheet.values[3]![S('Person')]).toBe('=HYPERLINK("http://x")');
    expect(sheet.formulas.flat().filter((f) => f !== '')).toEqual([]);
  });

  it('matches the core roll-up of the Plans table exactly', () => {
    const plans = readPlansTable(addon.spreadsheet.sheet('Plans')!.displayValues).table;
    const expected = rollUp(plans.rows, '2026-06-15').map(statusRowCells);
    const sheet = addon.spreadsheet.sheet('Plan status')!;
    expect(sheet.displayValues.slice(1, 1 + expected.length)).toEqual(expected);
    expect(sheet.values.slice(1, 1 + expected.length).map((r) => r[S('Percent done')])).toEqual(
      expected.map((r) => Number(r[S('Percent done')])),
    );
  });

  it('writes the team’s per-manager summary below a blank row: the same core, counts as numbers, header bold', () => {
    const plans = readPlansTable(addon.spreadsheet.sheet('Plans')!.displayValues).table;
    const managers = managerStatus(plans.rows, '2026-06-15');
    const sheet = addon.spreadsheet.sheet('Plan status')!;
    expect(sheet.values[4]!.every((v) => v === '')).toBe(true);
    expect(sheet.displayValues.slice(5).map((r) => r.slice(0, MANAGER_STATUS_HEADERS.length))).toEqual([
      [...MANAGER_STATUS_HEADERS],
      ...managers.map(managerRowCells),
    ]);
    expect(managers.map((m) => [m.manager, m.people])).toEqual([
      ['Priya Nair', 1],
      ['Sam Okafor', 2],
    ]);
    // The owner-role split in view: the manager's own overdue steps beside their people's.
    expect(sheet.values[7]!.slice(7, 10)).toEqual([managers[1]!.overdueEmployee, managers[1]!.overdueManager, managers[1]!.reviewsOverdue]);
    expect(managers[1]!.overdueManager).toBeGreaterThan(0);
    expect(sheet.fontWeights[5]!.slice(0, 11)).toEqual([...new Array(10).fill('bold'), 'normal']);
    expect(sheet.values.slice(5).every((r) => r.slice(MANAGER_STATUS_HEADERS.length).every((v) => v === ''))).toBe(true);
  });

  it('names people with no Manager row on a row of their own, "No manager named"', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    const grid = plans.values.map((r, i) =>
      i > 0 && r[C('Email')] === 'cara@example.com' ? r.map((v, c) => (c === C('Owner role') ? 'Employee' : v)) : r,
    );
    const run = loadAddon({
      now: LATER,
      sheets: { Plans: grid.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v))) },
    });
    run.call('exportPlanStatus');
    expect(
      run.spreadsheet
        .sheet('Plan status')!
        .values.slice(6)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ['No manager named', '', 1],
      ['Sam Okafor', 'sam@example.com', 2],
    ]);
  });

  it('shows percent done as a bar of colour and overdue counts in red, with a frozen header', () => {
    const sheet = addon.spreadsheet.sheet('Plan status')!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cell('I2').numberFormat).toBe('0"%"');
    expect(sheet.conditionalRules.map((r) => r.criteria)).toEqual(['GRADIENT', 'CUSTOM_FORMULA', 'CUSTOM_FORMULA']);
    // The percent-done colour scale: white at 0 to green at 100, over each table's Percent done column.
    expect(sheet.conditionalRules[0]).toEqual({
      criteria: 'GRADIENT',
      values: [],
      format: {},
      ranges: ['I2:I4', 'G7:G8'],
      gradient: {
        min: { color: '#ffffff', type: 'NUMBER', value: '0' },
        max: { color: '#57bb8a', type: 'NUMBER', value: '100' },
      },
    });
    expect(sheet.conditionalRules.slice(1).map((r) => [r.values[0], r.ranges, r.format.fontColor])).toEqual([
      ['=$H2>0', ['H2:H4'], '#c5221f'],
      ['=H7>0', ['H7:J8'], '#c5221f'],
    ]);
    expect(sheet.cell('G7').numberFormat).toBe('0"%"');
  });

  it('offers the same table as a CSV download, guarded against formula injection', () => {
    const dialog = addon.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Plan status');
    expect(dialog.html).toContain('Download CSV');
    expect(dialog.html).toMatch(/download', FILE\)|setAttribute\('download'/);
    expect(dialog.html).toContain('new Blob([CSV]');
    expect(dialog.html).toContain('"plan-status-2026-06-15.csv"');
    const csv = csvOf(dialog.html);
    const plans = readPlansTable(addon.spreadsheet.sheet('Plans')!.displayValues).table;
    expect(csv).toBe(toCsv([[...STATUS_HEADERS], ...rollUp(plans.rows, '2026-06-15').map(statusRowCells)]));
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(parseCsv(csv).rows[0]).toEqual([...STATUS_HEADERS]);
    expect(dialog.html.split('</script>')).toHaveLength(2);
  });

  it('a second export replaces the sheet: no row of an earlier export is left behind', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    const keep = plans.values.filter((r) => r[C('Email')] !== 'cara@example.com');
    plans.write(
      'A1',
      plans.values.map((r) => r.map(() => '')),
    );
    plans.write(
      'A1',
      keep.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v))),
    );
    addon.call('exportPlanStatus');
    const sheet = addon.spreadsheet.sheet('Plan status')!;
    expect(sheet.values.map((r) => r[0])).toEqual(['Person', 'Ana Lopez', 'Bob Stone', '', 'Manager', 'Sam Okafor']);
    // The per-manager header moved up a row: the bold of the last export's is gone with it.
    expect(sheet.fontWeights.map((r) => r[0])).toEqual(['bold', 'normal', 'normal', 'normal', 'bold', 'normal']);
    expect(sheet.cell('I6').numberFormat).not.toBe('0"%"');
  });

  it('lists Status and Due cells it could not read, with their cells', () => {
    const plans = addon.spreadsheet.sheet('Plans')!;
    plans.write('L3', [['Waiting']]);
    plans.write('K4', [['next week']]);
    addon.call('exportPlanStatus');
    const html = addon.ui.dialogs.at(-1)!.html;
    expect(html).toContain('L3');
    expect(html).toContain('unknown status &quot;Waiting&quot;');
    expect(html).toContain('K4');
  });

  it('reads Status and Due by the core rule: the same problems and Next due as every front end', () => {
    const typed = caseGrid().map((row) => row.map((v) => (v === '' ? v : `'${v}`)));
    const run = loadAddon({ now: new Date(`${CASES_TODAY}T12:00:00Z`), sheets: { Plans: typed } });
    run.call('exportPlanStatus');
    const html = run.ui.dialogs.at(-1)!.html;
    expect([...html.matchAll(/\b([KL]\d+)\b/g)].map((m) => m[1])).toEqual(caseCells());
    const status = run.spreadsheet.sheet('Plan status')!.values;
    const nextDue = (i: number) => status.find((r) => r[S('Email')] === caseEmail(i))![S('Next due')];
    expect(STATUS_CASES.map((_, i) => (nextDue(i) === '' ? '' : dayIn(nextDue(i), 'Etc/UTC')))).toEqual(STATUS_CASES.map((c) => c[4]));
  });

  it('without a Plans sheet, says to generate plans first', () => {
    const empty = loadAddon({ now: NOW, sheets: { Roster: roster(ANA) } });
    empty.call('exportPlanStatus');
    expect(empty.ui.alerts[0]!.prompt).toMatch(/no Plans sheet yet.*Generate or refresh plans/s);
    expect(empty.spreadsheet.sheet('Plan status')).toBeNull();
  });

  it('counts overdue by calendar days in the spreadsheet time zone: a step due today is not overdue', () => {
    // 15:00 UTC on 2 March is 04:00 on 3 March in Auckland.
    const auckland = loadAddon({ now: NOW, timeZone: 'Pacific/Auckland', sheets: { Roster: roster(ANA) } });
    auckland.call('generatePlans');
    const plans = auckland.spreadsheet.sheet('Plans')!;
    const rows = plans.values.length - 1;
    plans.write(`${PL('Due')}2`, [['2026-03-02'], ...new Array(rows - 1).fill(['2026-03-03'])]);
    auckland.call('exportPlanStatus');
    const ana = auckland.spreadsheet.sheet('Plan status')!.displayValues[1]!;
    expect(ana[S('Overdue')]).toBe('1');
    expect(ana[S('Next due')]).toBe('2026-03-02');
  });

  it('makes the same Spreadsheet calls, method for method, for 6 people under 2 managers as for 90 under 30', () => {
    const calls = (people: number, managers: number) => {
      const team = bigRoster(people).map((row, i) =>
        i === 0 ? row : [...row.slice(0, 3), `Lead ${i % managers}`, `lead${i % managers}@example.com`, ...row.slice(5)],
      );
      const run = loadAddon({ now: NOW, sheets: { Roster: team } });
      run.call('generatePlans');
      run.calls.reset();
      run.call('exportPlanStatus');
      expect(run.spreadsheet.sheet('Plan status')!.values.filter((r) => /^lead\d+@/.test(String(r[1])))).toHaveLength(managers);
      return run.calls.byMethod();
    };
    expect(calls(90, 30)).toEqual(calls(6, 2));
  });
});
