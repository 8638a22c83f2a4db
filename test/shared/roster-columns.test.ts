import { describe, expect, it } from 'vitest';
import { ambiguousColumns, missingColumns, rosterColumns } from '../../shared/roster-columns';

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
    // As HR systems export them: punctuation, an apostrophe and repeated spaces ignored.
    [
      ['Full Name', 'E-mail Address', 'Job Title', 'Line Manager', "Manager's Email"],
      { name: 0, email: 1, role: 2, manager: 3, managerEmail: 4 },
    ],
    [['Employee Name', 'Work Email Address', 'Supervisor', 'Supervisor email'], { name: 0, email: 1, manager: 2, managerEmail: 3 }],
    [['Name', 'Email address', 'Reports  to', 'Manager’s email address'], { name: 0, email: 1, manager: 2, managerEmail: 3 }],
    [['Name', 'Work email', 'Line manager name', 'Line manager email'], { name: 0, email: 1, manager: 2, managerEmail: 3 }],
    // An employee number is not the Employee (name) column.
    [['Employee #', 'Employee ID', 'Name', 'Email'], { name: 2, email: 3 }],
    [['First Name', 'Last Name', 'Preferred Name', 'Email'], { firstName: 0, lastName: 1, preferredName: 2, email: 3 }],
  ])('%j → %j', (header, expected) => {
    expect(Object.fromEntries(rosterColumns(header))).toEqual(expected);
  });
});

describe('missingColumns', () => {
  it.each([
    [['Name', 'Email'], 1, undefined],
    [
      ['Name'],
      3,
      { cell: 'A3', message: expect.stringMatching(/^no Email column \(Email, E-mail, Work email, .*\) in the header row 3$/) },
    ],
    [
      ['Email'],
      1,
      {
        cell: 'A1',
        message: 'no Name column (Name, Full name, Employee, Employee name, Person or First name and Last name) in the header row 1',
      },
    ],
    [['Given name', 'Surname', 'Email'], 1, undefined],
    [['Last name', 'Email'], 1, undefined],
    [['Preferred name', 'Email'], 1, expect.objectContaining({ message: expect.stringMatching(/^no Name column/) })],
    [['Role'], 2, { cell: 'A2', message: expect.stringMatching(/^no Name column \(.*\) and no Email column \(.*\) in the header row 2$/) }],
  ])('%j at row %i → %j', (header, row, expected) => {
    expect(missingColumns(rosterColumns(header), row)).toEqual(expected);
  });
});

describe('ambiguousColumns: two columns for one field are reported with both cells', () => {
  it.each([
    [['Name', 'Email'], 1, undefined],
    [['Name', 'Email', 'Manager', 'Manager email'], 1, undefined],
    [
      ['Name', 'Email', 'Role', 'Work email'],
      1,
      {
        cell: 'D1',
        message:
          '2 columns for the email (B1 "Email" and D1 "Work email"): Trellis cannot tell which to use. Keep one, rename or delete the others, then plan again',
      },
    ],
    [
      ['Name', 'Email', 'Manager email', "Supervisor's email", 'Line manager email'],
      2,
      {
        cell: 'D2',
        message: expect.stringMatching(/^3 columns for the manager's email \(C2 "Manager email", D2 "Supervisor's email" and E2/),
      },
    ],
    [
      ['Full name', 'E-mail', 'Title', 'Job title'],
      1,
      { cell: 'D1', message: expect.stringMatching(/^2 columns for the role \(C1 "Title" and D1 "Job title"\)/) },
    ],
    [
      ['Name', 'Person', 'Email', 'E-mail'],
      1,
      { cell: 'B1', message: expect.stringMatching(/^2 columns for the name \(A1 "Name" and B1 "Person"\); 2 columns for the email \(C1/) },
    ],
  ])('%j at row %i → %j', (header, row, expected) => {
    expect(ambiguousColumns(header, row)).toEqual(expected);
  });
});
