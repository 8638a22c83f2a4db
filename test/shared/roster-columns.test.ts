import { describe, expect, it } from 'vitest';
import { missingColumns, rosterColumns } from '../../shared/roster-columns';

describe('rosterColumns', () => {
  it.each([
    [['Name', 'Email'], { name: 0, email: 1 }],
    [['Start date', 'FULL_NAME', 'e-mail', 'Full name'], { name: 1, email: 2 }],
    [
      [' Employee Name ', 'WORK EMAIL', 'Supervisor', 'career.track', 'Next role'],
      { name: 0, email: 1, manager: 2, path: 3, targetRole: 4 },
    ],
    [['Manager email', 'Focus', null, 42], { managerEmail: 0, focus: 1 }],
    [[], {}],
  ])('%j → %j', (header, expected) => {
    expect(Object.fromEntries(rosterColumns(header))).toEqual(expected);
  });
});

describe('missingColumns', () => {
  it.each([
    [['Name', 'Email'], 1, undefined],
    [['Name'], 3, { cell: 'A3', message: 'no Email column (Email, E-mail, Work email, Employee email) in the header row 3' }],
    [['Email'], 1, { cell: 'A1', message: 'no Name column (Name, Full name, Employee, Employee name, Person) in the header row 1' }],
    [['Role'], 2, { cell: 'A2', message: expect.stringMatching(/^no Name column \(.*\) and no Email column \(.*\) in the header row 2$/) }],
  ])('%j at row %i → %j', (header, row, expected) => {
    expect(missingColumns(rosterColumns(header), row)).toEqual(expected);
  });
});
