import { describe, expect, it } from 'vitest';
import { freshPlansGrid, NEW_SHEET_HEADERS, NEW_SHEET_LAYOUT, newRowsGrid, type PlanColumns } from '../../../sheets-addon/src/plans-grid';
import { PLAN_COLUMNS } from '../../../shared/plans-table';
import { PLAN_HEADERS, type PlanRow } from '../../../shared/types';

const row: PlanRow = {
  key: 'ana@example.com#goals-conversation',
  person: 'Ana Lopez',
  email: 'ana@example.com',
  manager: 'Sam Okafor',
  path: 'Technical ladder',
  targetRole: 'Senior Developer',
  step: '=Hold the career-goals conversation',
  owner: 'Sam Okafor',
  ownerRole: 'Manager',
  ownerEmail: 'sam@example.com',
  due: '2026-12-08',
  status: 'Not started',
  notes: '',
};

describe('newRowsGrid', () => {
  it.each<[string, keyof PlanRow, unknown]>([
    ['a Due that is a day stays an ISO day, for Sheets to make a date', 'due', '2026-12-08'],
    ['text is written as text (a leading apostrophe), so nothing becomes a formula', 'step', "'=Hold the career-goals conversation"],
    ['an empty cell stays empty, with no apostrophe', 'notes', ''],
    ['a name is text', 'person', "'Ana Lopez"],
  ])('%s', (_, field, cell) => {
    const [cells] = newRowsGrid([row], NEW_SHEET_LAYOUT.columns, NEW_SHEET_LAYOUT.width);
    expect(cells![NEW_SHEET_LAYOUT.columns[field as keyof PlanColumns]]).toEqual(cell);
  });

  it('a Due that is not a day is written as text', () => {
    const [cells] = newRowsGrid([{ ...row, due: 'next week' }], NEW_SHEET_LAYOUT.columns, NEW_SHEET_LAYOUT.width);
    expect(cells![NEW_SHEET_LAYOUT.columns.due]).toBe("'next week");
  });

  it("puts each field in the sheet's own column and leaves the user's columns blank", () => {
    // A sheet whose columns were moved: Person first, Key last, and a column of the user's own at index 2.
    const moved = new Set<string>(['Key', 'Person', 'Email']);
    const header = ['Person', 'Email', 'Mine', ...PLAN_HEADERS.filter((h) => !moved.has(h)), 'Key', 'Mine too'];
    const columns = Object.fromEntries(PLAN_COLUMNS.map((c) => [c.field, header.indexOf(c.header)])) as PlanColumns;
    const [cells] = newRowsGrid([row], columns, 15);
    expect(cells).toHaveLength(15);
    expect([cells![0], cells![1], cells![2], cells![13], cells![14]]).toEqual([
      "'Ana Lopez",
      "'ana@example.com",
      '',
      "'ana@example.com#goals-conversation",
      '',
    ]);
  });
});

describe('freshPlansGrid', () => {
  it('is the header in the order people read, then a row per plan row in that order', () => {
    const grid = freshPlansGrid([row, { ...row, key: 'ana@example.com#sign-off-employee' }]);
    expect(grid[0]).toEqual([
      'Person',
      'Step',
      'Owner',
      'Due',
      'Status',
      'Notes',
      'Path',
      'Target role',
      'Owner role',
      'Manager',
      'Key',
      'Email',
      'Owner email',
    ]);
    expect(grid).toHaveLength(3);
    expect(grid.slice(1).map((r) => r[0])).toEqual(["'Ana Lopez", "'Ana Lopez"]);
    expect(grid.slice(1).map((r) => r[10])).toEqual(["'ana@example.com#goals-conversation", "'ana@example.com#sign-off-employee"]);
  });

  it('has every contract header exactly once: the names stay, only the order is new', () => {
    expect([...NEW_SHEET_HEADERS].sort()).toEqual([...PLAN_HEADERS].sort());
  });
});
