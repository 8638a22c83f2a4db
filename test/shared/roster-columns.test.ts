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

describe('rosterColumns: headers as HR systems export them (docs/contract.md lists the sources)', () => {
  it.each([
    [
      'BambooHR custom report',
      [
        'Employee #',
        'First Name',
        'Last Name',
        'Preferred Name',
        'Job Title',
        'Department',
        'Work Email',
        'Reports To',
        'Supervisor Email',
      ],
      { firstName: 1, lastName: 2, preferredName: 3, role: 4, email: 6, manager: 7, managerEmail: 8 },
    ],
    [
      'BambooHR with the calculated Name (Display Name) and Supervisor',
      ['Display Name', 'Employee ID', 'Job Title', 'Work Email', 'Supervisor', 'Supervisor ID', 'Supervisor Email'],
      { name: 0, role: 2, email: 3, manager: 4, managerEmail: 6 },
    ],
    [
      'Workday report (column headings)',
      ['Worker', 'Employee ID', 'Business Title', 'Job Profile', 'Manager', 'Email - Primary Work', 'Supervisory Organization'],
      { name: 0, role: 2, manager: 4, email: 5 },
    ],
    [
      'Workday report (XML aliases)',
      [
        'Employee_ID',
        'Legal_Name_-_First_Name',
        'Legal_Name_-_Last_Name',
        'Preferred_Name',
        'Primary_Work_Email',
        'Business_Title',
        'Manager',
      ],
      { firstName: 1, lastName: 2, preferredName: 3, email: 4, role: 5, manager: 6 },
    ],
    [
      'Workday legal and preferred first names',
      ['Legal First Name', 'Legal Last Name', 'Preferred Name - First Name', 'Primary Work Email', 'Manager ID'],
      { firstName: 0, lastName: 1, preferredName: 2, email: 3 },
    ],
    [
      'HiBob people report',
      ['Employee ID', 'Display name', 'First name', 'Last name', 'Email', 'Job title', 'Department', 'Site', 'Reports to', 'Manager email'],
      { name: 1, firstName: 2, lastName: 3, email: 4, role: 5, manager: 8, managerEmail: 9 },
    ],
    [
      'Personio employee export',
      ['ID', 'First name', 'Last name', 'Preferred name', 'Email', 'Position', 'Supervisor', 'Department', 'Team', 'Office'],
      { firstName: 1, lastName: 2, preferredName: 3, email: 4, role: 5, manager: 6 },
    ],
    [
      'Rippling report',
      [
        'Legal first name',
        'Legal last name',
        'Preferred first name',
        'Work email',
        'Title',
        'Department',
        'Manager',
        'Manager - Work email',
      ],
      { firstName: 0, lastName: 1, preferredName: 2, email: 3, role: 4, manager: 6, managerEmail: 7 },
    ],
    [
      'Rippling with the whole name',
      ['Employee name', 'Work email', 'Title', 'Manager', 'Manager - Work email', 'Employment status'],
      { name: 0, email: 1, role: 2, manager: 3, managerEmail: 4 },
    ],
  ])('%s', (_system, header, expected) => {
    expect(Object.fromEntries(rosterColumns(header))).toEqual(expected);
    expect(ambiguousColumns(header, 1)).toBeUndefined();
    expect(missingColumns(rosterColumns(header), 1)).toBeUndefined();
  });

  // Ids and numbers name no field: a manager's id is not the manager, an employee number not the employee.
  it.each([['Employee #'], ['Employee ID'], ['Employee number'], ['Supervisor ID'], ['Supervisor E ID'], ['Manager ID'], ['Worker ID']])(
    '%s names no field',
    (header) => {
      expect(Object.fromEntries(rosterColumns([header]))).toEqual({});
    },
  );
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
        message:
          'no Name column (Name, Full name, Employee, Employee name, Person, Display name, Worker or First name and Last name) in the header row 1',
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
