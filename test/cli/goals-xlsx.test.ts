// End-to-end: `trellis goals ROSTER --out GOALS.xlsx`: a new workbook written whole, an existing one never rewritten.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxGrid } from '../../cli/io/xlsx';
import { GOALS_HEADERS } from '../../shared/goals';
import { TODAY, listing, snapshot, tempDir, toCsv, trellis, write } from './run';
import { workbook } from './workbook';

const HOSTILE = '=HYPERLINK("http://evil.example","Ana")';
const ROSTER = [
  ['Name', 'Email', 'Path'],
  [HOSTILE, 'ana@example.com', 'technical'],
  ['Bo Chen', 'bo@example.com', 'mentor'],
];

async function sheetOf(dir: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, name)) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Career goals']);
  return wb.worksheets[0]!;
}

describe('trellis goals --out GOALS.xlsx', () => {
  it('writes a new workbook: the contract header bold and frozen, a row per person, names as text, ISO date columns', async () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    const run = trellis(dir, 'goals', 'roster.csv', '--out', 'goals.xlsx');
    expect(run.status, run.stderr).toBe(0);
    expect(run.errLines).toEqual(['Wrote the career goals template for 2 people to goals.xlsx.']);
    expect(listing(dir)).toEqual(['goals.xlsx', 'roster.csv']);

    const grid = await readXlsxGrid('goals.xlsx', readFileSync(join(dir, 'goals.xlsx')), 'Career goals');
    expect(grid[0]).toEqual([...GOALS_HEADERS]);
    expect(grid.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['ana@example.com', `'${HOSTILE}`],
      ['bo@example.com', 'Bo Chen'],
    ]);

    const sheet = await sheetOf(dir, 'goals.xlsx');
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const numFmts = GOALS_HEADERS.map((_, i) => sheet.getColumn(i + 1).numFmt);
    expect(numFmts[2]).toBe('yyyy-mm-dd');
    expect(numFmts[12]).toBe('yyyy-mm-dd');
    expect(numFmts.filter(Boolean)).toHaveLength(2);
    expect(sheet.getColumn(4).alignment?.wrapText).toBe(true);
  });

  it('trellis plan --goals reads the written template once answers are typed into it', async () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    expect(trellis(dir, 'goals', 'roster.csv', '--out', 'goals.xlsx').status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'goals.xlsx'));
    const sheet = wb.getWorksheet('Career goals')!;
    sheet.getCell('J3').value = 'Lead the API redesign';
    sheet.getCell('M3').value = new Date(Date.UTC(2027, 5, 30));
    await wb.xlsx.writeFile(join(dir, 'goals.xlsx'));
    const run = trellis(dir, 'plan', 'roster.csv', '--goals', 'goals.xlsx', '--today', TODAY, '--format', 'md');
    expect(run.status, run.stderr).toBe(0);
    const [ana, bo] = run.stdout.split('\n---\n');
    expect(ana).toMatch(/draft until the career-goals conversation/);
    expect(bo).toContain('Lead the API redesign');
    expect(bo).toContain('- **Target date:** 30 Jun 2027');
  });

  it('an existing workbook is left byte for byte; its problems are told with their cells, and the people it lacks printed to paste', async () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv([...ROSTER, ['Cy Diaz', 'cy@example.com', '']]));
    await workbook(dir, 'goals.xlsx', [
      ['Notes', [['Email'], ['wrong@example.com']]],
      [
        'Career goals',
        [
          ['Person', 'Email', 'Conversation date', 'My column'],
          ['Bo', 'bo@example.com', 'last week', 'typed'],
        ],
      ],
    ]);
    const before = snapshot(dir, 'goals.xlsx');
    const run = trellis(dir, 'goals', 'roster.csv', '--out', 'goals.xlsx');
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      'goals.xlsx:C2: "last week" is not a date written YYYY-MM-DD; that field was ignored',
      'goals.xlsx lacks 2 people on the roster (ana@example.com, cy@example.com) and was left as it was: their rows went to stdout, tab-separated, to paste under its last row from column A; or save that sheet as CSV and run again with --out goals.csv.',
      '1 problem: those rows were left out or those cells ignored; fix them and run again.',
    ]);
    // In the sheet's own columns (Person, then Email), the name guarded and quoted as a paste into a sheet needs.
    expect(run.stdout).toBe(`"'=HYPERLINK(""http://evil.example"",""Ana"")"\tana@example.com\nCy Diaz\tcy@example.com\n`);
    expect(snapshot(dir, 'goals.xlsx')).toEqual(before);
    expect(listing(dir)).toEqual(['goals.xlsx', 'roster.csv']);
  });

  it('an existing workbook with everyone on the roster says so and exits 0', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(ROSTER));
    expect(trellis(dir, 'goals', 'roster.csv', '--out', 'goals.xlsx').status).toBe(0);
    const before = snapshot(dir, 'goals.xlsx');
    const run = trellis(dir, 'goals', 'roster.csv', '--out', 'goals.xlsx');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.errLines).toEqual(['goals.xlsx has a row for each of the 2 people on the roster; it was left as it was.']);
    expect(snapshot(dir, 'goals.xlsx')).toEqual(before);
  });
});
