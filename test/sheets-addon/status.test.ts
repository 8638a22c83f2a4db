// Export plan status: the Plan status sheet (contract section 3) and the same table as a CSV download.
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../shared/csv';
import { planAll } from '../../shared/plan';
import { plansTableToGrid, readPlansTable } from '../../shared/plans-table';
import { readRoster } from '../../shared/roster';
import { rollUp, statusRowCells } from '../../shared/status';
import { STATUS_HEADERS } from '../../shared/types';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, C, CARA, NOW, PL, S, dayIn, roster } from './team';
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
    expect(sheet.values.map((r) => r[S('Email')])).toEqual(['Email', 'ana@example.com', 'bob@example.com', 'cara@example.com']);
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
    expect(sheet.displayValues.slice(1)).toEqual(expected);
    expect(sheet.values.slice(1).map((r) => r[S('Percent done')])).toEqual(expected.map((r) => Number(r[S('Percent done')])));
  });

  it('shows percent done as a bar of colour and overdue counts in red, with a frozen header', () => {
    const sheet = addon.spreadsheet.sheet('Plan status')!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cell('I2').numberFormat).toBe('0"%"');
    expect(sheet.conditionalRules.map((r) => r.criteria)).toEqual(['GRADIENT', 'CUSTOM_FORMULA']);
    // The percent-done colour scale: white at 0 to green at 100, over the Percent done column down to the last row.
    expect(sheet.conditionalRules[0]).toEqual({
      criteria: 'GRADIENT',
      values: [],
      format: {},
      ranges: [`I2:I${sheet.maxRows}`],
      gradient: {
        min: { color: '#ffffff', type: 'NUMBER', value: '0' },
        max: { color: '#57bb8a', type: 'NUMBER', value: '100' },
      },
    });
    expect(sheet.conditionalRules.some((r) => r.values[0] === '=$H2>0' && r.format.fontColor === '#c5221f')).toBe(true);
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
    expect(addon.spreadsheet.sheet('Plan status')!.values).toHaveLength(3);
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
});
