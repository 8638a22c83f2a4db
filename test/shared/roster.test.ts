import { describe, expect, it } from 'vitest';
import { readRoster, ROSTER_HEADERS } from '../../shared/roster';

const header = ['Name', 'Email', 'Role', 'Manager', 'Manager email', 'Path', 'Target role', 'Focus area'];
const ana = ['Ana Lopez', 'ana@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical', '', ''];

describe('readRoster: headers', () => {
  const synonyms = Object.entries(ROSTER_HEADERS).flatMap(([field, names]) => names.map((n) => [field, n] as const));
  it.each(synonyms)('%s is read from a column headed %j', (field, name) => {
    const cells = [
      ['Name', 'Email', name === 'Name' || name === 'Email' ? 'Other' : name],
      ['Ana Lopez', 'ana@example.com', field === 'path' ? 'mentor' : field === 'managerEmail' ? 'm@example.com' : 'value'],
    ];
    if (field === 'name' || field === 'email') {
      cells[0] = field === 'name' ? [name, 'Email'] : ['Name', name];
      cells[1] = ['Ana Lopez', 'ana@example.com'];
    }
    const { people, problems, fatal } = readRoster(cells);
    expect(fatal).toBeUndefined();
    expect(problems).toEqual([]);
    expect(people).toHaveLength(1);
  });

  it.each([
    [['FULL_NAME', 'e-mail', 'reports to', 'career.track'], 'Full name, E-mail, loose case and punctuation'],
    [[' Employee Name ', 'WORK EMAIL', 'Supervisor', 'Track'], 'padded and upper case'],
  ])('matches %j (%s)', (headers) => {
    const { people } = readRoster([headers, ['Ana', 'ana@example.com', 'Sam', 'expert']]);
    expect(people[0]).toMatchObject({ name: 'Ana', email: 'ana@example.com', manager: 'Sam', path: 'expert' });
  });

  it('ignores other columns', () => {
    const { people } = readRoster([
      ['Start date', 'Name', 'Employee #', 'Email'],
      ['2020-01-01', 'Ana', '1042', 'ana@example.com'],
    ]);
    expect(people[0]).toMatchObject({ name: 'Ana', email: 'ana@example.com' });
  });
});

describe('readRoster: fatal problems', () => {
  it.each([
    ['an empty grid', [], /no header row/],
    ['only blank rows', [[], ['', ' '], [null]], /no header row/],
    ['no Name column', [['Email'], ['ana@example.com']], /no Name column \(Name, Full name/],
    ['no Email column', [['Name'], ['Ana']], /no Email column/],
    ['neither', [['Role'], ['Dev']], /no Name column .* and no Email column/],
    ['a header and nobody', [header], /no person left/],
    ['only rejected rows', [header, ['', 'bad', '', '', '', '', '', '']], /no person left/],
    [
      'two columns for one field',
      [
        ['Name', 'Email', 'Full name'],
        ['Ana', 'ana@example.com', 'Ana Lopez'],
      ],
      /2 columns for the name \(A1 "Name" and C1 "Full name"\)/,
    ],
  ])('%s', (_, cells, message) => {
    const result = readRoster(cells as unknown[][]);
    expect(result.fatal?.message).toMatch(message);
    expect(result.people).toEqual([]);
  });
});

describe('readRoster: row problems carry the A1 cell of the offending value', () => {
  it.each([
    ['missing name', ['', 'bea@example.com', '', '', '', '', '', ''], 'A3', 'missing name'],
    ['missing email', ['Bea', '', '', '', '', '', '', ''], 'B3', 'missing email'],
    ['malformed email', ['Bea', 'bea@', '', '', '', '', '', ''], 'B3', 'malformed email "bea@"'],
    [
      'malformed manager email',
      ['Bea', 'bea@example.com', '', 'Sam', 'sam at example', '', '', ''],
      'E3',
      'malformed manager email "sam at example"',
    ],
    [
      'duplicate email, any case',
      ['Ana Again', 'ANA@example.com', '', '', '', '', '', ''],
      'B3',
      'duplicate email "ANA@example.com" (first at B2)',
    ],
    [
      'unknown path',
      ['Bea', 'bea@example.com', '', '', '', 'wizard', '', ''],
      'F3',
      'unknown path "wizard" (accepted: technical, technical ladder',
    ],
  ])('%s', (_, row, cell, message) => {
    const { people, problems } = readRoster([header, ana, row]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.cell).toBe(cell);
    expect(problems[0]!.message).toContain(message);
    expect(people.map((p) => p.email)).toEqual(['ana@example.com']);
  });

  it('counts a leading blank row and skips blank rows silently', () => {
    const { people, problems } = readRoster([[], header, ana, ['', '', ''], ['Bea', 'bea@', '', '', '', '', '', '']]);
    expect(people).toHaveLength(1);
    expect(problems).toEqual([{ cell: 'B5', message: 'malformed email "bea@"' }]);
  });

  it('reports every problem of a row and leaves the row out', () => {
    const { problems } = readRoster([header, ana, ['', '', '', '', 'x', 'wizard', '', '']]);
    expect(problems.map((p) => p.cell)).toEqual(['A3', 'B3', 'E3', 'F3']);
  });

  it('lists the emails of rejected rows, so a refresh can keep them apart from people who left', () => {
    const { rejectedEmails } = readRoster([
      header,
      ana,
      ['Bea', 'Bea@Example.com', '', '', 'x', '', '', ''],
      ['', '', '', '', '', 'sme', '', ''],
    ]);
    expect(rejectedEmails).toEqual(['bea@example.com']);
  });

  it('names the column where it really is', () => {
    const { problems } = readRoster([
      ['Notes', 'Start', 'Email', 'Name'],
      ['', '', 'ana@example.com', 'Ana'],
      ['', '', 'ana@example.com', 'Ana Two'],
    ]);
    expect(problems).toEqual([{ cell: 'C3', message: 'duplicate email "ana@example.com" (first at C2)' }]);
  });
});

describe('readRoster: values', () => {
  it('trims, reads paths case-insensitively and keeps unicode', () => {
    const { people } = readRoster([
      header,
      ['  Zoë Ñúñez 中文 🙂 ', ' zoe@example.com ', ' Senior Developer ', '', '', ' Technical Ladder ', '', ''],
      ['Kofi', 'kofi@example.com', '', '', '', 'SME', '', 'network security'],
      ['Lin', 'lin@example.com', '', '', '', '', '', ''],
    ]);
    expect(people.map((p) => [p.name, p.email, p.role, p.path, p.focus])).toEqual([
      ['Zoë Ñúñez 中文 🙂', 'zoe@example.com', 'Senior Developer', 'technical', ''],
      ['Kofi', 'kofi@example.com', '', 'expert', 'network security'],
      ['Lin', 'lin@example.com', '', 'undecided', ''],
    ]);
  });

  it('reads numbers and dates from spreadsheet cells as text', () => {
    const { people } = readRoster([
      ['Name', 'Email', 'Role'],
      [12345, 'n@example.com', new Date(Date.UTC(2026, 0, 2))],
    ]);
    expect(people[0]).toMatchObject({ name: '12345', role: '2026-01-02' });
  });

  it('keeps a name that starts with a formula character as the name', () => {
    const { people } = readRoster([
      ['Name', 'Email'],
      ['=HYPERLINK("x")', 'h@example.com'],
      ["'+Plus", 'p@example.com'],
    ]);
    expect(people.map((p) => p.name)).toEqual(['=HYPERLINK("x")', '+Plus']);
  });
});

describe('readRoster: a manager email left blank is told with its cell, and the person planned', () => {
  const manager = (name: string, email: string) => ['Dev Patel', 'dev@example.com', 'Developer', name, email, 'technical', '', ''];
  it.each([
    ['name and email', manager('Sam Okafor', 'sam@example.com'), []],
    [
      'a name, no email',
      manager('Sam Okafor', ''),
      [
        {
          cell: 'E3',
          message:
            "Dev Patel has no manager email: their manager's steps name Sam Okafor but have no owner email. Fill in the cell and plan again.",
        },
      ],
    ],
    [
      'neither',
      manager('', ''),
      [
        {
          cell: 'E3',
          message: "Dev Patel has no manager email: their manager's steps have no named owner. Fill in the cell and plan again.",
        },
      ],
    ],
  ])('%s', (_, row, warnings) => {
    const result = readRoster([header, ana, row]);
    expect(result.warnings).toEqual(warnings);
    expect([result.problems, result.notice]).toEqual([[], undefined]);
    expect(result.people.map((p) => p.name)).toEqual(['Ana Lopez', 'Dev Patel']);
  });

  it('with a Manager column and no Manager email column: one notice for the roster, a warning for each blank manager', () => {
    const { warnings, notice, people } = readRoster([
      ['Name', 'Email', 'Line manager'],
      ['Ana', 'ana@example.com', 'Sam Okafor'],
      ['Dev Patel', 'dev@example.com', ''],
    ]);
    expect(warnings).toEqual([
      { cell: 'C3', message: "Dev Patel has no manager: their manager's steps have no named owner. Fill in the cell and plan again." },
    ]);
    expect(notice).toMatch(/^no Manager email column: .* no owner email; add a Manager email column/);
    expect(people).toHaveLength(2);
  });

  it('with no manager columns at all: no warning, one notice for the whole roster', () => {
    const { warnings, notice, people } = readRoster([
      ['Name', 'Email', 'Path'],
      ['Ana', 'ana@example.com', 'expert'],
      ['Dev Patel', 'dev@example.com', ''],
    ]);
    expect([warnings, people.length]).toEqual([[], 2]);
    expect(notice).toMatch(/^no Manager or Manager email column: manager's steps are planned with no named owner; add/);
  });

  it('warns only about people planned: a rejected row has its problem, not a warning too', () => {
    const { warnings, problems } = readRoster([header, ana, ['', 'bea@example.com', '', '', '', '', '', '']]);
    expect([warnings, problems.map((p) => p.cell)]).toEqual([[], ['A3']]);
  });
});

describe('readRoster: a name in parts, as HR systems export it (contract section 12)', () => {
  const header = ['Employee ID', 'First name', 'Last name', 'Preferred name', 'Work email'];
  it.each([
    [['1042', 'Olusegun', 'Bello', '', 'olu@example.com'], 'Olusegun Bello'],
    [['1043', 'Robert', 'Lee', 'Bob', 'bob@example.com'], 'Bob Lee'],
    [['1044', 'Mei', '', '', 'mei@example.com'], 'Mei'],
    [['1045', '', 'Okafor', '', 'okafor@example.com'], 'Okafor'],
    // Workday's Preferred Name is the whole name: the surname is not said twice.
    [['1046', 'Logan', 'McNeil', 'Logan McNeil', 'logan@example.com'], 'Logan McNeil'],
    [['1047', 'Elizabeth', 'Van der Berg', 'Liz van der Berg', 'liz@example.com'], 'Liz van der Berg'],
    [['1048', 'Thomas', 'Thomas', 'Thomas', 'tt@example.com'], 'Thomas Thomas'],
    [['1049', 'Marie', 'Arie', 'Ann Marie', 'am@example.com'], 'Ann Marie Arie'],
  ])('%j is %j', (row, name) => {
    const { people, problems } = readRoster([header, row]);
    expect(problems).toEqual([]);
    expect(people.map((p) => p.name)).toEqual([name]);
  });

  it('a row with neither part is missing its name, told at the first name cell', () => {
    const { problems } = readRoster([header, ['1', 'Ana', 'Lopez', '', 'ana@example.com'], ['2', '', '', '', 'x@example.com']]);
    expect(problems).toEqual([{ cell: 'B3', message: 'missing name' }]);
  });

  it('a Name column wins: the parts are then other columns', () => {
    const { people } = readRoster([
      ['Name', 'First name', 'Email'],
      ['Ana Lopez', 'Ana', 'ana@example.com'],
    ]);
    expect(people[0]!.name).toBe('Ana Lopez');
  });
});
