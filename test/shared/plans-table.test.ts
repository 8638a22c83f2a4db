import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAll, planFor } from '../../shared/plan';
import { groupByPerson, personOf, plansTableToGrid, readPlansTable, stepIdOf } from '../../shared/plans-table';
import { PLAN_HEADERS, type PlanRow } from '../../shared/types';
import { person } from './person';

const rows = planFor(person(), '2026-11-28');

describe('readPlansTable', () => {
  it('reads back what plansTableToGrid wrote', () => {
    const grid = plansTableToGrid({ rows, extraHeaders: [] });
    expect(grid[0]).toEqual([...PLAN_HEADERS]);
    expect(readPlansTable(grid).table.rows).toEqual(rows);
  });

  it('finds columns by header in any order and case, after leading blank rows', () => {
    const grid = plansTableToGrid({ rows: rows.slice(0, 2), extraHeaders: [] });
    const order = [...grid[0]!.keys()].reverse();
    const shuffled = [[], ...grid.map((r, i) => order.map((c) => (i === 0 ? r[c]!.toUpperCase() : r[c]!)))];
    const { table, fatal } = readPlansTable(shuffled);
    expect(fatal).toBeUndefined();
    expect(table.rows).toEqual(rows.slice(0, 2));
    expect(table.sourceRows).toEqual([3, 4]);
    expect(table.sourceColumns?.key).toBe(12);
  });

  it('keeps columns a user added, and their values', () => {
    const grid = plansTableToGrid({ rows: rows.slice(0, 1), extraHeaders: [] });
    grid[0]!.push('Comments');
    grid[1]!.push('talked on Monday');
    const { table } = readPlansTable(grid);
    expect(table.extraHeaders).toEqual(['Comments']);
    expect(table.rows[0]!.extra).toEqual(['talked on Monday']);
    expect(plansTableToGrid(table)).toEqual(grid);
  });

  it('skips blank rows and reads dates and guarded text', () => {
    const grid: unknown[][] = plansTableToGrid({ rows: rows.slice(0, 1), extraHeaders: [] });
    grid.push([]);
    const edited = [...grid[1]!];
    edited[1] = "'=Ana";
    edited[10] = new Date(Date.UTC(2027, 0, 4));
    grid.push(edited);
    const { table } = readPlansTable(grid);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1]).toMatchObject({ person: '=Ana', due: '2027-01-04' });
    expect(table.sourceRows).toEqual([2, 4]);
  });

  it.each([
    ['an empty grid', [], /no header row/],
    [
      'a roster',
      [
        ['Name', 'Email'],
        ['Ana', 'ana@example.com'],
      ],
      /not a Trellis plans table: no Key, Person, Manager/,
    ],
    ['one column missing', [PLAN_HEADERS.filter((h) => h !== 'Notes')], /no Notes column in the header row 1$/],
  ])('refuses %s', (_, grid, message) => {
    expect(readPlansTable(grid as unknown[][]).fatal?.message).toMatch(message);
  });

  it('keeps cells exactly as typed: spaces, newlines, and a column with no header', () => {
    const grid: string[][] = plansTableToGrid({ rows: rows.slice(0, 2), extraHeaders: [] });
    grid[1]![12] = '  indented\nnote\n';
    grid[2]!.push('', 'call Sam first');
    const { table } = readPlansTable(grid);
    expect(table.rows[0]!.notes).toBe('  indented\nnote\n');
    expect(table.extraHeaders).toEqual(['']);
    expect(table.rows.map((r) => r.extra)).toEqual([[''], ['call Sam first']]);
  });
});

describe('groupByPerson', () => {
  it('groups by email case-insensitively in first-seen order', () => {
    const ana = person({ name: 'Ana Lopez', email: 'ana@example.com' });
    const bea = person({ name: 'Bea', email: 'bea@example.com' });
    const rows = planAll([ana, bea], '2026-11-28');
    rows.push({ ...rows[0]!, email: 'ANA@example.com', key: '' });
    expect(groupByPerson(rows).map((g) => [g[0]!.person, g.length])).toEqual([
      ['Ana Lopez', planFor(ana, '2026-11-28').length + 1],
      ['Bea', planFor(bea, '2026-11-28').length],
    ]);
  });
});

describe('groupByPerson as the plain grouping by personOf', () => {
  // The rows of a person, usually together, sometimes not: the same groups in the same order as one lookup a row.
  const plain = (list: readonly PlanRow[]) => {
    const groups = new Map<string, PlanRow[]>();
    for (const row of list) {
      const who = personOf(row);
      if (who) groups.set(who, [...(groups.get(who) ?? []), row]);
    }
    return [...groups.values()];
  };
  const email = fc.constantFrom('', ' ', 'ana@example.com', 'ANA@example.com', ' ana@example.com', 'bea@example.com', 'x');
  const key = fc.constantFrom('', 'ana@example.com#a', 'bea@example.com#b', 'BEA@example.com#c', '#d', 'zoe@example.com');
  it('gives the same groups, in the same order, for any rows', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ email, key }), { maxLength: 30 }), (fields) => {
        const list = fields.map((f) => ({ ...rows[0]!, ...f }));
        expect(groupByPerson(list)).toEqual(plain(list));
      }),
      { numRuns: 500 },
    );
  });
});

describe('personOf and stepIdOf', () => {
  const row = rows[0]!;
  it.each([
    [{ email: ' Ana@Example.com ', key: 'x@example.com#a' }, 'ana@example.com', 'a'],
    [{ email: '', key: 'Bea@Example.com#Sign-Off-Manager ' }, 'bea@example.com', 'sign-off-manager'],
    [{ email: '', key: '' }, '', ''],
    [{ email: 'a@example.com', key: 'a@example.com#Step-One#more' }, 'a@example.com', 'step-one'],
    [{ email: 'a@example.com', key: 'a@example.com' }, 'a@example.com', ''],
    [{ email: 'a@example.com', key: '#' }, 'a@example.com', ''],
  ])('%j → %j, %j', (fields, personKey, stepId) => {
    expect(personOf({ ...row, ...fields })).toBe(personKey);
    expect(stepIdOf({ ...row, ...fields })).toBe(stepId);
  });
});
