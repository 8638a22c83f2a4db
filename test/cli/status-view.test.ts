import { describe, expect, it } from 'vitest';
import { fitText, otherTable, statusJson, statusSummary, statusTable, textWidth } from '../../cli/status-view';
import type { StatusRow } from '../../shared/types';

function row(person: string, fields: Partial<StatusRow> = {}): StatusRow {
  return {
    person,
    email: `${person.split(' ')[0]!.toLowerCase()}@example.com`,
    manager: 'Sam Okafor',
    path: 'Mentor',
    targetRole: '',
    steps: 12,
    done: 3,
    overdue: 0,
    percentDone: 25,
    nextStep: 'Career conversation',
    nextOwner: 'Sam Okafor',
    nextDue: '2026-12-06',
    planSigned: 'No',
    ...fields,
  };
}

describe('textWidth and fitText: terminal columns', () => {
  it.each([
    ['Ana', 3],
    ['Tomás', 5],
    ['To\u0301mas', 5], // a combining accent takes no column
    ['李小龙', 6], // wide characters take two
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it.each([
    ['Ana', 5, false, 'Ana  '],
    ['Ana', 5, true, '  Ana'],
    ['Ana Lopez', 5, false, 'Ana… '], // no space left before the …
    ['Ana Lopez', 9, false, 'Ana Lopez'],
    ['李小龙李小龙', 5, false, '李小…'],
  ] as const)('%j in %i columns (right: %j) is %j', (text, width, right, fitted) => {
    expect(fitText(text, width, right)).toBe(fitted);
    expect(textWidth(fitText(text, width, right))).toBe(width);
  });
});

describe('statusSummary', () => {
  it.each([
    ['one person', [row('Ana Lopez')], '1 person · 0 signed · 0 overdue'],
    [
      'overdue steps added up',
      [row('Ana Lopez', { planSigned: 'Yes', overdue: 2 }), row('Dev Patel', { overdue: 5 }), row('Mei Chen', { planSigned: 'Yes' })],
      '3 people · 2 signed · 7 overdue',
    ],
  ])('%s: %j', (_, rows, summary) => {
    expect(statusSummary(rows)).toBe(summary);
  });
});

describe('statusTable: what a person at a terminal reads', () => {
  it('aligns the columns under their headers, numbers to the right, and ends with the summary', () => {
    const table = statusTable([row('Ana Lopez', { done: 10, steps: 12, overdue: 2 }), row('Dev Patel', { planSigned: 'Yes' })]);
    expect(table).toBe(
      [
        'Person      Done  Overdue  Next step            Owner       Due         Signed',
        'Ana Lopez  10/12        2  Career conversation  Sam Okafor  2026-12-06  No',
        'Dev Patel   3/12        0  Career conversation  Sam Okafor  2026-12-06  Yes',
        '',
        '2 people · 1 signed · 2 overdue',
        '',
      ].join('\n'),
    );
  });

  it('fits 100 columns: a long step is cut with …, a long name at its column width', () => {
    const long = row('Maximiliana Alexandrova-Featherstonehaugh', {
      nextStep: 'Note, before the career conversation, the work that gives energy, the work that drains it, and where to be',
      nextOwner: 'Bartholomew Featherstonehaugh',
    });
    const lines = statusTable([long]).split('\n');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(100);
    expect(lines[1]).toBe('Maximiliana Alexand…  3/12        0  Note, before the career…   Bartholomew Fea…  2026-12-06  No');
    // An 80-column terminal: the person and owner columns give up room so the step keeps some.
    const narrow = statusTable([long], 80).split('\n');
    expect(narrow.every((line) => textWidth(line) <= 80)).toBe(true);
    expect(narrow[1]).toBe('Maximiliana…  3/12        0  Note, before th…  Bartholomew…   2026-12-06  No');
  });

  it('a typed line break, tab or escape cannot break a row or drive the terminal', () => {
    const table = statusTable([row('Ana\nLopez', { nextStep: 'Read\tthis \u001b[31mnow' })]);
    expect(table.split('\n')[1]).toMatch(/^Ana Lopez +\d/);
    expect(table).toContain('Read this \uFFFD[31mnow');
    expect(table).not.toContain('\u001b');
  });

  it('a person with nothing left to do shows blank next-step cells', () => {
    const done = row('Ana Lopez', { done: 12, nextStep: '', nextOwner: '', nextDue: '', planSigned: 'Yes' });
    expect(statusTable([done]).split('\n')[1]).toBe('Ana Lopez  12/12        0                         Yes');
  });
});

describe('statusJson: counts are numbers', () => {
  it('gives Steps, Done, Overdue and Percent done as numbers, the rest as the CSV has them', () => {
    expect(JSON.parse(statusJson([row('Ana Lopez', { overdue: 1 })]))).toEqual([
      {
        Person: 'Ana Lopez',
        Email: 'ana@example.com',
        Manager: 'Sam Okafor',
        Path: 'Mentor',
        'Target role': '',
        Steps: 12,
        Done: 3,
        Overdue: 1,
        'Percent done': 25,
        'Next step': 'Career conversation',
        'Next owner': 'Sam Okafor',
        'Next due': '2026-12-06',
        'Plan signed': 'No',
      },
    ]);
  });
});

describe('otherTable: a roster or a plan status given where a plans table belongs', () => {
  it.each([
    [[['Name', 'Email', 'Role', 'Manager']], 'roster'],
    [[[], ['Full name', 'Work email']], 'roster'],
    [[['Person', 'Email', 'Steps', 'Plan signed']], 'status'],
    [[['Key', 'Person', 'Email']], undefined], // a plans table with a column missing: its own message
    [[['Name', 'Email', 'Step']], undefined],
    [[['Name', 'Phone']], undefined],
    [[], undefined],
  ])('%j is %j', (grid, kind) => {
    expect(otherTable(grid)).toBe(kind);
  });
});
