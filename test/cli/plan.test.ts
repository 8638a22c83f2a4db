// End-to-end: `trellis plan ROSTER` on messy rosters (contract sections 1, 2, 4 and 5), run as a user runs it.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PLAN_HEADER,
  REPO,
  TODAY,
  csvObjects,
  csvRows,
  expectFatal,
  fixture,
  listing,
  read,
  tempDir,
  trellis,
  unguard,
  write,
  type RunResult,
} from './run';

interface Planned {
  name: string;
  email: string;
  manager: string;
  managerEmail: string;
  path: string;
  target: string;
}

/** The people of test/fixtures/cli/messy-roster.csv that are planned, in roster order. */
const MESSY_PLANNED: Planned[] = [
  {
    name: 'Ana Lopez',
    email: 'ana@example.com',
    manager: 'Sam Okafor',
    managerEmail: 'sam.okafor@example.com',
    path: 'Technical ladder',
    target: 'Senior Developer',
  },
  {
    name: 'José Núñez',
    email: 'Jose.Nunez@Example.com',
    manager: 'María Peña',
    managerEmail: 'maria.pena@example.com',
    path: 'Technical ladder',
    target: 'Lead Developer',
  },
  {
    name: '中文 名字',
    email: 'zhong@example.com',
    manager: 'María Peña',
    managerEmail: 'maria.pena@example.com',
    path: 'Undecided',
    target: '',
  },
  {
    name: 'Zoë 🌱 Brontë',
    email: 'zoe@example.com',
    manager: 'María Peña',
    managerEmail: 'maria.pena@example.com',
    path: 'Mentor',
    target: 'Senior Developer',
  },
  { name: '=SUM(A1:A9)', email: 'eq@example.com', manager: '', managerEmail: '', path: 'Undecided', target: '' },
  { name: '+Plus Person', email: 'plus@example.com', manager: '', managerEmail: '', path: 'Undecided', target: '' },
  { name: '-Minus Person', email: 'minus@example.com', manager: '', managerEmail: '', path: 'Undecided', target: '' },
  { name: '@At Person', email: 'at@example.com', manager: '', managerEmail: '', path: 'Undecided', target: '' },
  {
    name: 'Quinn, Jr.',
    email: 'quinn@example.com',
    manager: 'Lee, Pat',
    managerEmail: 'pat.lee@example.com',
    path: 'Subject-matter expert',
    target: '',
  },
];

const ACCEPTED_PATHS =
  'technical, technical ladder, individual contributor, ic, engineering, expert, subject matter expert, sme, specialist, mentor, coach, coaching, management, manager';

/** The problem lines of messy-roster.csv: the leading blank row and the blank rows are counted in the row numbers. */
const MESSY_PROBLEMS = [
  'roster.csv:B4: malformed email "bob@example"',
  'roster.csv:E6: malformed manager email "sam@"',
  'roster.csv:B7: duplicate email "ana@example.com" (first at B3)',
  'roster.csv:A8: missing name',
  'roster.csv:B9: missing email',
  `roster.csv:F10: unknown path "wizard" (accepted: ${ACCEPTED_PATHS}, or blank for undecided)`,
  'roster.csv:B12: duplicate email "ANA@EXAMPLE.COM" (first at B3)',
];

/** Planned people whose manager email is blank: told with the cell, exit 2 (their manager's steps have no owner). */
const MESSY_WARNINGS = ['=SUM(A1:A9)', '+Plus Person', '-Minus Person', '@At Person'].map(
  (name, i) =>
    `roster.csv:E${16 + i}: ${name} has no manager email: their manager's steps have no named owner. Fill in the cell and plan again.`,
);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Contract section 2, checked row by row for each planned person (values already unguarded). */
function expectPlans(rows: Record<string, string>[], people: Planned[]): void {
  const keys = rows.map((r) => r.Key);
  expect(new Set(keys).size, 'no key is duplicated').toBe(keys.length);
  // Each person's rows are together, people in roster order.
  const order = rows.map((r) => r.Email!.toLowerCase()).filter((e, i, all) => all[i - 1] !== e);
  expect(order).toEqual(people.map((p) => p.email.toLowerCase()));
  for (const p of people) {
    const own = rows.filter((r) => r.Email!.toLowerCase() === p.email.toLowerCase());
    const prefix = `${p.email.toLowerCase()}#`;
    for (const r of own) {
      expect(r.Key!.startsWith(prefix), r.Key).toBe(true);
      expect(r.Key!.slice(prefix.length)).toMatch(STEP_ID);
      expect(r.Person).toBe(p.name);
      expect(r.Manager).toBe(p.manager);
      expect(r.Path).toBe(p.path);
      expect(r['Target role']).toBe(p.target);
      expect(r.Step).not.toBe('');
      expect(['Employee', 'Manager']).toContain(r['Owner role']);
      expect(r.Owner, `one named owner for ${r.Key}`).not.toBe('');
      if (r['Owner role'] === 'Employee') {
        expect(r.Owner).toBe(p.name);
        expect(r['Owner email']).toBe(p.email);
      } else {
        expect(r.Owner).toBe(p.manager || p.managerEmail || 'Manager (not named)');
        expect(r['Owner email']).toBe(p.managerEmail);
      }
      expect(r.Due).toMatch(ISO_DAY);
      expect(r.Due! > TODAY, `${r.Key} due ${r.Due} after ${TODAY}`).toBe(true);
      expect(r.Status).toBe('Not started');
      expect(r.Notes).toBe('');
    }
    const ownerOf = (id: string) => own.find((r) => r.Key === `${prefix}${id}`)?.['Owner role'];
    expect(ownerOf('goals-conversation'), `${p.email} goals-conversation`).toBe('Manager');
    expect(ownerOf('sign-off-employee'), `${p.email} sign-off-employee`).toBe('Employee');
    expect(ownerOf('sign-off-manager'), `${p.email} sign-off-manager`).toBe('Manager');
    expect(ownerOf('progress-review'), `${p.email} progress-review`).toBe('Manager');
    // Both parties commit to something beyond signing.
    const body = own.filter((r) => !/#(sign-off-employee|sign-off-manager|progress-review)$/.test(r.Key!));
    expect(body.some((r) => r['Owner role'] === 'Employee')).toBe(true);
    expect(body.some((r) => r['Owner role'] === 'Manager')).toBe(true);
  }
}

describe('trellis plan on a messy roster (messy-roster.csv)', () => {
  let dir: string;
  let csv: RunResult;
  let json: RunResult;
  let md: RunResult;
  let text: RunResult;

  beforeAll(() => {
    dir = tempDir();
    fixture(dir, 'messy-roster.csv', 'roster.csv');
    csv = trellis(dir, 'plan', 'roster.csv', '--today', TODAY);
    json = trellis(dir, 'plan', 'roster.csv', '--today', TODAY, '--format', 'json');
    md = trellis(dir, 'plan', 'roster.csv', '--today', TODAY, '--format', 'md');
    text = trellis(dir, 'plan', 'roster.csv', '--today', TODAY, '--format', 'text');
  });

  it('reports every rejected row with its cell, one a line, and exits 2', () => {
    for (const run of [csv, json, md, text]) {
      expect(run.status, run.stderr).toBe(2);
      expect(run.errLines).toEqual([
        ...MESSY_PROBLEMS,
        ...MESSY_WARNINGS,
        `${MESSY_PROBLEMS.length} problems in roster.csv: those rows were left out; fix them and run again.`,
        `${MESSY_WARNINGS.length} cells in roster.csv to fill in: those people are planned, but their manager's steps have no named owner or no owner email; fill them in and run again.`,
      ]);
    }
  });

  it('plans every other row, with the contract header, and skips blank rows silently', () => {
    const rows = csvRows(csv.stdout);
    expect(rows[0]).toEqual(PLAN_HEADER);
    const objects = csvObjects(csv.stdout).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unguard(v)])));
    expectPlans(objects, MESSY_PLANNED);
    const rejected = ['Bob Stone', 'Cara Diaz', 'Ana Again', 'Eve Moss', 'Fay Wong', 'ANA LOPEZ'];
    expect(objects.filter((r) => rejected.includes(r.Person!) || r.Email === 'dan@example.com')).toEqual([]);
  });

  it('keys use the lower-case email', () => {
    const keys = csvObjects(csv.stdout).map((r) => r.Key!);
    expect(keys).toContain('jose.nunez@example.com#goals-conversation');
    expect(keys.every((k) => k === k.toLowerCase())).toBe(true);
  });

  it('writes no CSV field that a spreadsheet would read as a formula (contract 4)', () => {
    const rows = csvRows(csv.stdout);
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r\n]/);
    const byName = (raw: string) => csvObjects(csv.stdout).filter((r) => r.Person === raw);
    for (const name of ['=SUM(A1:A9)', '+Plus Person', '-Minus Person', '@At Person']) {
      const own = byName(`'${name}`);
      expect(own.length, name).toBeGreaterThan(0);
      for (const r of own.filter((r) => r['Owner role'] === 'Employee')) expect(r.Owner).toBe(`'${name}`);
    }
  });

  it('keeps unicode, quoted commas and embedded newlines intact', () => {
    const objects = csvObjects(csv.stdout);
    for (const name of ['José Núñez', '中文 名字', 'Zoë 🌱 Brontë', 'Quinn, Jr.']) {
      expect(
        objects.some((r) => r.Person === name),
        name,
      ).toBe(true);
    }
    expect(objects.some((r) => r.Manager === 'María Peña')).toBe(true);
    const quinn = objects.filter((r) => r.Email === 'quinn@example.com');
    expect(quinn.every((r) => r.Manager === 'Lee, Pat')).toBe(true);
    expect(quinn.some((r) => r.Step!.includes('network security, "zero trust"\nand more'))).toBe(true);
  });

  it('--format json holds the same rows with the real names (no guard)', () => {
    const objects = JSON.parse(json.stdout) as Record<string, string>[];
    expect(Object.keys(objects[0]!)).toEqual(PLAN_HEADER);
    const fromCsv = csvObjects(csv.stdout).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unguard(v)])));
    expect(objects).toEqual(fromCsv);
    expect(objects.filter((r) => r.Person === '=SUM(A1:A9)').length).toBeGreaterThan(0);
    expectPlans(objects, MESSY_PLANNED);
  });

  it('--format md prints a written plan per person with a sign-off section', () => {
    // Markdown escapes what could be markup in a name: `\@At Person` reads back as `@At Person`.
    for (const p of MESSY_PLANNED)
      expect(md.stdout).toContain(`# Career plan: ${p.name.replace(/[\\`*_[\]<>#|~!&@]/g, (c) => `\\${c}`)}\n`);
    expect(md.stdout.match(/^# Career plan: /gm)).toHaveLength(MESSY_PLANNED.length);
    expect(md.stdout.match(/^## Sign-off$/gm)).toHaveLength(MESSY_PLANNED.length);
    expect(md.stdout).toContain('Signature:');
  });

  it('--format text prints the same plans as plain text', () => {
    for (const p of MESSY_PLANNED) expect(text.stdout).toContain(`Career plan: ${p.name}\n`);
    expect(text.stdout.match(/^Sign-off$/gm)).toHaveLength(MESSY_PLANNED.length);
    expect(text.stdout).not.toContain('# Career plan');
  });
});

describe('trellis plan reads header synonyms', () => {
  // Each fixture spells the headers differently; the two people and their fields must land the same way.
  it.each([
    ['synonyms-a.csv', 'Full name, E-mail, Job title, Reports to, Reports to email, Career track, Next role, Specialty'],
    ['synonyms-b.csv', 'EMPLOYEE_NAME, "  Work.Email  ", current-role, SUPERVISOR, supervisor_email, career path, GOAL ROLE, subject area'],
    ['synonyms-c.csv', 'Person, Employee Email, Position, Manager Name, Manager-Email, Track, Target_Role, Expertise'],
  ])('%s (%s)', (file) => {
    const dir = tempDir();
    fixture(dir, file, 'roster.csv');
    const run = trellis(dir, 'plan', 'roster.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const rows = csvObjects(run.stdout);
    expectPlans(rows, [
      {
        name: 'Ana Lopez',
        email: 'ana@example.com',
        manager: 'Sam Okafor',
        managerEmail: 'sam@example.com',
        path: 'Mentor',
        target: 'Senior Mentor',
      },
      {
        name: 'Mei Chen',
        email: 'mei@example.com',
        manager: 'Sam Okafor',
        managerEmail: 'sam@example.com',
        path: 'Subject-matter expert',
        target: '',
      },
    ]);
    expect(rows.some((r) => r.Email === 'mei@example.com' && r.Step!.includes('network security'))).toBe(true);
  });
});

describe('trellis plan --out on a clean roster', () => {
  it('writes the plans table and the written plans, says so on stderr and exits 0', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    const run = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--written', 'written.md', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const rows = csvObjects(read(dir, 'plans.csv'));
    expect(run.errLines).toEqual([`Planned 3 people (${rows.length} steps) into plans.csv.`, 'Wrote the written plans to written.md.']);
    expect(read(dir, 'plans.csv').startsWith(`${PLAN_HEADER.join(',')}\r\n`)).toBe(true);
    expect(new Set(rows.map((r) => r.Person))).toEqual(new Set(['Ana Lopez', 'Mei Chen', 'Ravi Singh']));
    const written = read(dir, 'written.md');
    expect(written).toContain('# Career plan: Ravi Singh');
    expect(written).toContain('## Sign-off');
    expect(listing(dir)).toEqual(['plans.csv', 'team.csv', 'written.md']);
  });

  it('refuses to write a document over an existing plans table (--format md), leaving it untouched', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    const plans = 'Key,Person,Email,Manager,Path,Target role,Step,Owner,Owner role,Owner email,Due,Status,Notes\r\n';
    write(dir, 'plans.csv', plans);
    const run = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--format', 'md', '--today', TODAY);
    expectFatal(run, /plans\.csv/);
    expect(read(dir, 'plans.csv')).toBe(plans);
  });
});

describe('trellis plan --written', () => {
  it.each(['plans.csv', 'roster.json', 'notes'])('refuses %s, which is not a Markdown name, and writes nothing', (name) => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    const before = listing(dir);
    expectFatal(
      trellis(dir, 'plan', 'team.csv', '--out', 'out.csv', '--written', name, '--today', TODAY),
      /--written .*give a file name ending \.md/,
    );
    expect(listing(dir)).toEqual(before);
  });
});

describe('trellis plan --out over an empty file', () => {
  it('writes the plans table into it as new (an empty file holds nothing typed)', () => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    write(dir, 'plans.csv', '');
    const run = trellis(dir, 'plan', 'team.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(read(dir, 'plans.csv').startsWith('Key,Person,Email')).toBe(true);
  });
});

describe('trellis --help', () => {
  it.each([
    [['--help'], /^Usage: trellis <command>/],
    [['plan', '--help'], /^Usage: trellis plan ROSTER/],
    [['status', '--help'], /^Usage: trellis status PLANS/],
    [['prompts', '-h'], /^Usage: trellis prompts/],
  ])('trellis %j prints usage and exits 0', (args, usage) => {
    const run = trellis(tempDir(), ...args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(usage);
    expect(run.stderr).toBe('');
  });
});

describe('wrong usage is one line on stderr and exit 1', () => {
  it.each([
    ['an unknown plan option', ['plan', 'team.csv', '--bogus'], /--bogus/],
    ['an unknown status option', ['status', 'plans.csv', '--colour'], /--colour/],
    ['an unknown prompts option', ['prompts', '--verbose'], /--verbose/],
    ['an unknown command', ['plant', 'team.csv'], /unknown command "plant"/],
    ['no command at all', [], /give a command: plan, status, report, prompts, goals or framework/],
    ['no roster', ['plan'], /needs a roster file/],
    ['two rosters', ['plan', 'team.csv', 'team2.csv'], /one roster file/],
    ['a --today that is not a date', ['plan', 'team.csv', '--today', '2026-02-30'], /--today/],
    ['an unknown --format', ['plan', 'team.csv', '--format', 'xml'], /--format/],
    // CSV bytes in a .xlsx file open nowhere and could not be refreshed next time.
    [
      'a plan --out named .xlsx',
      ['plan', 'team.csv', '--out', 'plans.xlsx'],
      /--out plans\.xlsx: Trellis writes text files, not Excel workbooks/,
    ],
    ['a status --out named .xlsx', ['status', 'plans.csv', '--out', 'status.XLSX'], /not Excel workbooks; use --out status\.csv/],
  ])('%s', (_, args, message) => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    expectFatal(trellis(dir, ...args), message);
    expect(listing(dir)).toEqual(['team.csv']);
  });
});

describe('fatal rosters: one clear line, exit 1, nothing written', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing file', () => 'roster.csv', /^trellis plan: roster\.csv: no such file/],
    ['a directory', (dir) => (mkdirSync(join(dir, 'roster.csv')), 'roster.csv'), /roster\.csv is a folder/],
    ['an empty file', (dir) => write(dir, 'roster.csv', ''), /roster\.csv is empty/],
    [
      'a binary file',
      (dir) => {
        const bytes = randomBytes(4096);
        bytes[100] = 0;
        return write(dir, 'roster.csv', bytes);
      },
      /roster\.csv looks like a binary file/,
    ],
    [
      'a 100 MB file',
      (dir) => {
        write(dir, 'roster.csv', 'Name,Email\nAna Lopez,ana@example.com\n');
        truncateSync(join(dir, 'roster.csv'), 100 * 1024 * 1024);
        return 'roster.csv';
      },
      /roster\.csv is 100\.0 MB; Trellis reads files up to 96\.0 MB .*: split it/,
    ],
    [
      'a .txt file',
      (dir) => write(dir, 'roster.txt', 'Name,Email\nAna Lopez,ana@example.com\n'),
      /roster\.txt: Trellis reads \.csv or \.xlsx files/,
    ],
    [
      'no Name column',
      (dir) => write(dir, 'roster.csv', 'Who,Email\nAna Lopez,ana@example.com\n'),
      /^trellis plan: roster\.csv:A1: no Name column/,
    ],
    [
      'no Email column',
      (dir) => write(dir, 'roster.csv', 'Name,Mail\nAna Lopez,ana@example.com\n'),
      /^trellis plan: roster\.csv:A1: no Email column/,
    ],
    ['a header row only', (dir) => write(dir, 'roster.csv', 'Name,Email,Role\r\n'), /no person left to plan/],
    ['only blank lines', (dir) => write(dir, 'roster.csv', '\n\n   \r\n\n'), /roster\.csv is empty/],
    ['only empty cells', (dir) => write(dir, 'roster.csv', ',,,\n , ,\n'), /no header row/],
    ['a latin-1 file', (dir) => write(dir, 'roster.csv', Buffer.from('Name,Email\nJosé Núñez,jose@example.com\n', 'latin1')), /not UTF-8/],
    ['an unclosed quote', (dir) => write(dir, 'roster.csv', 'Name,Email\n"Ana Lopez,ana@example.com\nDev,dev@example.com\n'), /quote/],
    [
      'semicolons between columns',
      (dir) => write(dir, 'roster.csv', 'Name;Email\nAna;ana@example.com\n'),
      /no Name column .* seems to use semicolons/,
    ],
    ['tabs between columns', (dir) => write(dir, 'roster.csv', 'Name\tEmail\nAna\tana@example.com\n'), /seems to use tabs/],
  ];

  it.each(cases)('%s', (_, make, message) => {
    const dir = tempDir();
    const roster = make(dir);
    const before = listing(dir);
    const run = trellis(dir, 'plan', roster, '--out', 'plans.csv', '--today', TODAY);
    expectFatal(run, message);
    expect(listing(dir)).toEqual(before);
  });

  it('a roster whose every row is rejected says why, then fails without writing', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', 'Name,Email\nAna Lopez,ana@\n,dev@example.com\n');
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status).toBe(1);
    expect(run.errLines).toEqual([
      'roster.csv:B2: malformed email "ana@"',
      'roster.csv:A3: missing name',
      'trellis plan: roster.csv: no person left to plan: every row was blank or rejected',
    ]);
    expect(listing(dir)).toEqual(['roster.csv']);
  });
});

describe('npx', () => {
  it('npx trellis --help works from the repository', () => {
    const run = spawnSync('npx', ['--no-install', 'trellis', '--help'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: trellis <command>/);
  });
});
