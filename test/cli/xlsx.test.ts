// End-to-end: `trellis plan roster.xlsx`, with workbooks built here the way a spreadsheet saves them.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TODAY, csvObjects, expectFatal, listing, tempDir, trellis, write } from './run';
import { workbook } from './workbook';

const HEADER = ['Name', 'Email', 'Role', 'Manager', 'Manager email', 'Path', 'Target role', 'Focus area'];

describe('trellis plan on an .xlsx roster', () => {
  it('uses the sheet named Roster even when it is not the first, with the values cells display', async () => {
    const dir = tempDir();
    await workbook(dir, 'team.xlsx', [
      ['Notes', [HEADER, ['Wrong Sheet', 'wrong@example.com']]],
      [
        'Roster',
        [
          HEADER,
          [
            { richText: [{ text: 'Ana ' }, { font: { bold: true }, text: 'Lopez' }] },
            { text: 'ana@example.com', hyperlink: 'mailto:ana@example.com' },
            'Developer',
            'Sam Okafor',
            { text: 'sam@example.com', hyperlink: 'mailto:sam@example.com' },
            'technical',
            null,
            null,
          ],
          [
            { formula: 'CONCATENATE("Dev"," Patel")', result: 'Dev Patel' } as ExcelJS.CellValue,
            'dev@example.com',
            'Analyst',
            'Sam Okafor',
            'sam@example.com',
            'sme',
            new Date(Date.UTC(2027, 0, 15)),
            3.5,
          ],
          ['Bad Row', 'not-an-email', null, null, null, null, null, null],
          ['Num Person', 'num@example.com', null, null, null, 'mentor', 2027, null],
        ],
      ],
    ]);
    const run = trellis(dir, 'plan', 'team.xlsx', '--today', TODAY);
    expect(run.status, run.stderr).toBe(2);
    expect(run.errLines[0]).toBe('team.xlsx:B4: malformed email "not-an-email"');
    const rows = csvObjects(run.stdout);
    expect([...new Set(rows.map((r) => r.Person))]).toEqual(['Ana Lopez', 'Dev Patel', 'Num Person']);
    const ana = rows.filter((r) => r.Person === 'Ana Lopez');
    expect(new Set(ana.map((r) => r.Email))).toEqual(new Set(['ana@example.com']));
    expect(ana.find((r) => r['Owner role'] === 'Manager')?.['Owner email']).toBe('sam@example.com');
    expect(ana[0]!.Key).toBe('ana@example.com#goals-reflection');
    const dev = rows.filter((r) => r.Person === 'Dev Patel');
    expect(new Set(dev.map((r) => r['Target role']))).toEqual(new Set(['2027-01-15']));
    expect(dev.some((r) => r.Step!.includes(' 3.5'))).toBe(true);
    const num = rows.filter((r) => r.Person === 'Num Person');
    expect(new Set(num.map((r) => r['Target role']))).toEqual(new Set(['2027']));
    expect(rows.some((r) => r.Person === 'Wrong Sheet')).toBe(false);
    expect(run.stdout).not.toMatch(/mailto:|\[object Object\]|richText|CONCATENATE/);
  });

  it('uses the first sheet when none is named Roster', async () => {
    const dir = tempDir();
    await workbook(dir, 'team.xlsx', [
      [
        'Team',
        [HEADER, ['Mei Chen', 'mei@example.com', 'Network Engineer', 'Sam Okafor', 'sam@example.com', 'expert', null, 'network security']],
      ],
      ['Other', [HEADER, ['Wrong Sheet', 'wrong@example.com']]],
    ]);
    const run = trellis(dir, 'plan', 'team.xlsx', '--today', TODAY, '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.Person))).toEqual(new Set(['Mei Chen']));
    expect(rows.some((r) => r.Step!.includes('network security'))).toBe(true);
  });

  it('a corrupt .xlsx (text renamed) is one clear line, exit 1, nothing written', () => {
    const dir = tempDir();
    write(dir, 'team.xlsx', 'Name,Email\nAna Lopez,ana@example.com\n');
    expectFatal(
      trellis(dir, 'plan', 'team.xlsx', '--out', 'plans.csv', '--today', TODAY),
      /team\.xlsx could not be read as an Excel workbook/,
    );
    expect(listing(dir)).toEqual(['team.xlsx']);
  });
});
