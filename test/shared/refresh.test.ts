import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAll, planFor } from '../../shared/plan';
import { placeNewRows, refreshPlans, spliceInsertions } from '../../shared/refresh';
import { STATUSES, type PathId, type PlanRow } from '../../shared/types';
import { person } from './person';

const TODAY = '2026-11-28';
const ana = person({ name: 'Ana', email: 'ana@example.com' });
const bea = person({ name: 'Bea', email: 'bea@example.com', path: 'mentor' });
const cai = person({ name: 'Cai', email: 'cai@example.com', path: 'expert', focus: 'data analytics' });
const table = (rows: PlanRow[]) => ({ rows, extraHeaders: [] as string[] });
const emails = (rows: PlanRow[]) => rows.map((r) => r.email);

describe('refreshPlans', () => {
  it('changes nothing when nothing changed', () => {
    const rows = planAll([ana, bea], TODAY);
    const result = refreshPlans(table(rows), planAll([ana, bea], '2027-03-01'));
    expect(result.table.rows).toEqual(rows);
    expect(result.added).toBe(0);
    expect(result.left).toEqual([]);
  });

  it('keeps an edited row exactly, even when regeneration would write it differently', () => {
    const rows = planAll([ana], TODAY);
    rows[0] = { ...rows[0]!, status: 'Done', notes: 'Went well, "really"', due: '2026-12-01', step: 'My own words' };
    const result = refreshPlans(table(rows), planAll([person({ ...ana, manager: 'New Boss' })], TODAY));
    expect(result.table.rows).toEqual(rows);
  });

  it('adds a new person at the end, in roster order', () => {
    const rows = planAll([ana], TODAY);
    const result = refreshPlans(table(rows), planAll([cai, ana, bea], TODAY));
    const order = [...new Set(emails(result.table.rows))];
    expect(order).toEqual(['ana@example.com', 'cai@example.com', 'bea@example.com']);
    expect(result.added).toBe(planFor(cai, TODAY).length + planFor(bea, TODAY).length);
  });

  it("puts a known person's new steps right after their last row", () => {
    const rows = [...planAll([ana], TODAY), ...planAll([bea], TODAY)];
    const anaExpert = person({ ...ana, path: 'expert' });
    const result = refreshPlans(table(rows), planAll([anaExpert, bea], TODAY));
    const out = result.table.rows;
    const anaRows = planAll([ana], TODAY).length;
    expect(out.slice(0, anaRows)).toEqual(rows.slice(0, anaRows));
    const added = planFor(anaExpert, TODAY).filter((r) => !rows.some((e) => e.key === r.key));
    expect(out.slice(anaRows, anaRows + added.length)).toEqual(added);
    expect(out.slice(anaRows + added.length)).toEqual(rows.slice(anaRows));
  });

  it('keeps rows with an empty or unknown key, and people who left (reported)', () => {
    const handMade: PlanRow = { ...planFor(ana, TODAY)[0]!, key: '', step: 'Read a book on architecture' };
    const stranger: PlanRow = { ...handMade, key: 'x#y', email: '' };
    const rows = [...planAll([ana, bea], TODAY), handMade, stranger];
    const result = refreshPlans(table(rows), planAll([bea], TODAY));
    expect(result.table.rows).toEqual(rows);
    expect(result.left).toEqual([
      { email: 'ana@example.com', person: 'Ana', rows: planFor(ana, TODAY).length + 1 },
      { email: 'x', person: 'Ana', rows: 1 },
    ]);
  });

  it('matches keys case-insensitively and reports keys that are already duplicated', () => {
    const rows = planAll([ana], TODAY).map((r) => ({ ...r, key: r.key.toUpperCase() }));
    rows.push({ ...rows[0]! });
    const result = refreshPlans(table(rows), planAll([ana], TODAY));
    expect(result.added).toBe(0);
    expect(result.duplicateKeys).toEqual(['ana@example.com#goals-reflection']);
  });

  it('gives new rows blank values in columns the user added', () => {
    const rows = planAll([ana], TODAY).map((r) => ({ ...r, extra: ['mine'] }));
    const result = refreshPlans({ rows, extraHeaders: ['Comments'] }, planAll([ana, bea], TODAY));
    expect(result.table.extraHeaders).toEqual(['Comments']);
    expect(result.table.rows.filter((r) => r.email === 'bea@example.com').every((r) => r.extra?.[0] === '')).toBe(true);
    expect(result.table.rows.filter((r) => r.email === 'ana@example.com').every((r) => r.extra?.[0] === 'mine')).toBe(true);
  });
});

describe('a Key someone blanked is matched back by person and step', () => {
  const plan = planFor(ana, TODAY);
  const blank = (rows: PlanRow[], i: number, step = rows[i]!.step) => rows.map((r, j) => (j === i ? { ...r, key: '', step } : r));

  it.each<[string, PlanRow[], number]>([
    ['the Key blanked, Step as generated', blank(plan, 1), 0],
    ['the Step in other case and spacing', blank(plan, 1, `  ${plan[1]!.step.toUpperCase().replace(' ', '   ')} `), 0],
    ['the Step reworded: a row of its own, so the step is added', blank(plan, 1, 'My own words'), 1],
    ['the Email of someone else: not a match', blank(plan, 1).map((r, j) => (j === 1 ? { ...r, email: 'bea@example.com' } : r)), 1],
  ])('%s', (_, rows, added) => {
    const result = refreshPlans(table(rows), planFor(ana, TODAY));
    expect(result.added).toBe(added);
    expect(result.matchedByStep).toBe(1 - added);
    expect(result.table.rows.slice(0, rows.length)).toEqual(rows);
  });

  it('one blanked row stands for one generated row, not two', () => {
    const twin = { ...plan[1]!, key: 'ana@example.com#twin' };
    const rows = blank(plan, 1);
    const result = placeNewRows(rows, [...plan, twin]);
    expect(result.added).toBe(1);
    expect(result.insertions).toEqual([{ after: rows.length - 1, rows: [twin] }]);
  });
});

describe('the insertions, as data', () => {
  it.each<[string, PlanRow[], PlanRow[], { after: number | 'end'; keys: string[] }[]]>([
    ['nothing new', planAll([ana], TODAY), planAll([ana], TODAY), []],
    [
      'an empty table: everything at the end',
      [],
      planFor(ana, TODAY).slice(0, 2),
      [
        {
          after: 'end',
          keys: planFor(ana, TODAY)
            .slice(0, 2)
            .map((r) => r.key),
        },
      ],
    ],
    [
      "new steps after each person's last row, new people at the end",
      [...planFor(ana, TODAY).slice(0, 2), ...planFor(bea, TODAY).slice(0, 1)],
      [...planFor(ana, TODAY).slice(0, 3), ...planFor(bea, TODAY).slice(0, 2), planFor(cai, TODAY)[0]!],
      [
        { after: 1, keys: [planFor(ana, TODAY)[2]!.key] },
        { after: 2, keys: [planFor(bea, TODAY)[1]!.key] },
        { after: 'end', keys: [planFor(cai, TODAY)[0]!.key] },
      ],
    ],
  ])('%s', (_, existing, generated, expected) => {
    const { insertions } = placeNewRows(existing, generated);
    expect(insertions.map((i) => ({ after: i.after, keys: i.rows.map((r) => r.key) }))).toEqual(expected);
  });

  it('needs only Key, Email and Step: the same places from those three columns as from whole rows', () => {
    const rows = [...planAll([ana, bea], TODAY)].filter((_, i) => i % 3 !== 0);
    const facts = rows.map(({ key, email, step }) => ({ key, email, step }));
    const generated = planAll([ana, bea, cai], TODAY);
    expect(placeNewRows(facts, generated).insertions).toEqual(refreshPlans(table(rows), generated).insertions);
  });
});

describe('refreshPlans properties', () => {
  const pathArb = fc.constantFrom<PathId>('technical', 'expert', 'mentor', 'management', 'undecided');
  const personArb = fc.record({
    local: fc.constantFrom('ana', 'bea', 'cai', 'dev', 'eli', 'fay', 'gus', 'hal'),
    upper: fc.boolean(),
    path: pathArb,
    role: fc.constantFrom('Developer', 'Senior Developer', 'Lead Developer', 'Software Architect', 'Analyst', ''),
  });
  const rosterArb = fc
    .uniqueArray(personArb, { selector: (p) => p.local, maxLength: 6 })
    .map((list) =>
      list.map((p) =>
        person({ name: p.local, email: `${p.upper ? p.local.toUpperCase() : p.local}@example.com`, path: p.path, role: p.role }),
      ),
    );
  const editArb = fc.record({
    index: fc.nat(),
    kind: fc.constantFrom('status', 'notes', 'due', 'step', 'delete', 'blank-key-row', 'blank-key', 'move'),
    text: fc.string({ maxLength: 12 }),
    status: fc.constantFrom(...STATUSES),
  });

  function edit(rows: PlanRow[], edits: { index: number; kind: string; text: string; status: string }[]): PlanRow[] {
    const out = rows.map((r) => ({ ...r }));
    for (const e of edits) {
      if (out.length === 0) break;
      const i = e.index % out.length;
      const row = out[i]!;
      if (e.kind === 'status') row.status = e.status;
      if (e.kind === 'notes') row.notes = e.text;
      if (e.kind === 'due') row.due = e.text;
      if (e.kind === 'step') row.step = e.text;
      if (e.kind === 'delete') out.splice(i, 1);
      if (e.kind === 'blank-key-row') out.splice(i, 0, { ...row, key: '', step: e.text });
      if (e.kind === 'blank-key') row.key = '';
      if (e.kind === 'move') out.push(...out.splice(i, 1));
    }
    return out;
  }

  it('never loses or changes an existing row, never duplicates a key, and plans everyone on the roster', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, fc.array(editArb, { maxLength: 12 }), (before, after, edits) => {
        const existing = edit(planAll(before, TODAY), edits);
        const generated = planAll(after, '2027-01-15');
        const snapshot = structuredClone(existing);
        const { table: result } = refreshPlans(table(existing), generated);

        // Existing rows come out unchanged (every column) and in their order.
        expect(result.rows.filter((r) => existing.includes(r))).toEqual(snapshot);
        expect(result.rows.length).toBe(existing.length + result.rows.filter((r) => !existing.includes(r)).length);
        // Every added row is a generated row.
        for (const row of result.rows.filter((r) => !existing.includes(r))) expect(generated).toContainEqual(row);
        // No key is duplicated unless the existing table already had it twice.
        const keys = result.rows.map((r) => r.key.toLowerCase()).filter(Boolean);
        const existingKeys = existing.map((r) => r.key.toLowerCase()).filter(Boolean);
        expect(keys.length - new Set(keys).size).toBe(existingKeys.length - new Set(existingKeys).size);
        // Everyone on the roster has every generated step: by its Key, or on a row whose Key was blanked.
        const keyless = result.rows.filter((r) => !r.key).map((r) => `${r.email.toLowerCase()} ${r.step.trim().toLowerCase()}`);
        for (const row of generated) {
          if (!keys.includes(row.key)) expect(keyless).toContain(`${row.email.toLowerCase()} ${row.step.trim().toLowerCase()}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: refreshing the refreshed table adds nothing', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, fc.array(editArb, { maxLength: 8 }), (before, after, edits) => {
        const generated = planAll(after, TODAY);
        const once = refreshPlans(table(edit(planAll(before, TODAY), edits)), generated).table;
        const twice = refreshPlans(once, generated);
        expect(twice.added).toBe(0);
        expect(twice.table.rows).toEqual(once.rows);
      }),
      { numRuns: 200 },
    );
  });

  it('says where rows go by index, not by object: the insertions laid into a copy give the same table', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, fc.array(editArb, { maxLength: 12 }), (before, after, edits) => {
        const existing = edit(planAll(before, TODAY), edits);
        const result = refreshPlans(table(existing), planAll(after, TODAY));
        expect(spliceInsertions(structuredClone(existing), structuredClone(result.insertions))).toEqual(result.table.rows);
        const places = result.insertions.map((i) => (i.after === 'end' ? Infinity : i.after));
        expect(places).toEqual([...places].sort((a, b) => a - b));
        expect(new Set(places).size).toBe(places.length);
        expect(result.insertions.reduce((n, i) => n + i.rows.length, 0)).toBe(result.added);
      }),
      { numRuns: 300 },
    );
  });
});
