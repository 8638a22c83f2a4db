import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAll, planFor } from '../../shared/plan';
import { addDays } from '../../shared/dates';
import { closedNotes } from '../../shared/plan-changes';
import { generatedId, numbered, SHARED_IDS, signOffRound } from '../../shared/plan-rounds';
import { keyIdentity, personOf, stepIdOf } from '../../shared/plans-table';
import { PATHS } from '../../shared/paths/templates';
import { placeNewRows, refreshPlans, spliceInsertions, type RefreshResult } from '../../shared/refresh';
import { parseStatus, statusOf } from '../../shared/status';
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
    const result = refreshPlans(table(rows), planAll([ana, bea], '2027-03-01'), '2027-03-01');
    expect(result.table.rows).toEqual(rows);
    expect(result.added).toBe(0);
    expect(result.left).toEqual([]);
  });

  it('keeps an edited row exactly, even when regeneration would write it differently', () => {
    const rows = planAll([ana], TODAY);
    rows[0] = { ...rows[0]!, status: 'Done', notes: 'Went well, "really"', due: '2026-12-01', step: 'My own words' };
    const result = refreshPlans(table(rows), planAll([person({ ...ana, manager: 'New Boss' })], TODAY), TODAY);
    expect(result.table.rows).toEqual(rows);
  });

  it('adds a new person at the end, in roster order', () => {
    const rows = planAll([ana], TODAY);
    const result = refreshPlans(table(rows), planAll([cai, ana, bea], TODAY), TODAY);
    const order = [...new Set(emails(result.table.rows))];
    expect(order).toEqual(['ana@example.com', 'cai@example.com', 'bea@example.com']);
    expect(result.added).toBe(planFor(cai, TODAY).length + planFor(bea, TODAY).length);
  });

  it("puts a known person's new steps (two deleted) right after their last row", () => {
    const anaPlan = planFor(ana, TODAY).filter((_, i) => i !== 2 && i !== 3);
    const rows = [...anaPlan, ...planAll([bea], TODAY)];
    const result = refreshPlans(table(rows), planAll([ana, bea], TODAY), TODAY);
    const out = result.table.rows;
    expect(out.slice(0, anaPlan.length)).toEqual(anaPlan);
    expect(out.slice(anaPlan.length, anaPlan.length + 2)).toEqual(planFor(ana, TODAY).slice(2, 4));
    expect(out.slice(anaPlan.length + 2)).toEqual(rows.slice(anaPlan.length));
  });

  it('keeps rows with an empty or unknown key, and people who left (reported)', () => {
    const handMade: PlanRow = { ...planFor(ana, TODAY)[0]!, key: '', step: 'Read a book on architecture' };
    const stranger: PlanRow = { ...handMade, key: 'x#y', email: '' };
    const rows = [...planAll([ana, bea], TODAY), handMade, stranger];
    const result = refreshPlans(table(rows), planAll([bea], TODAY), TODAY);
    expect(result.table.rows).toEqual(rows);
    expect(result.left).toEqual([
      { email: 'ana@example.com', person: 'Ana', rows: planFor(ana, TODAY).length + 1 },
      { email: 'x', person: 'Ana', rows: 1 },
    ]);
  });

  it('matches keys case-insensitively and reports keys that are already duplicated', () => {
    const rows = planAll([ana], TODAY).map((r) => ({ ...r, key: r.key.toUpperCase() }));
    rows.push({ ...rows[0]! });
    const result = refreshPlans(table(rows), planAll([ana], TODAY), TODAY);
    expect(result.added).toBe(0);
    expect(result.duplicateKeys).toEqual(['ana@example.com#goals-reflection']);
  });

  it('gives new rows blank values in columns the user added', () => {
    const rows = planAll([ana], TODAY).map((r) => ({ ...r, extra: ['mine'] }));
    const result = refreshPlans({ rows, extraHeaders: ['Comments'] }, planAll([ana, bea], TODAY), TODAY);
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
    const result = refreshPlans(table(rows), planFor(ana, TODAY), TODAY);
    expect(result.added).toBe(added);
    expect(result.matchedByStep).toBe(1 - added);
    expect(result.table.rows.slice(0, rows.length)).toEqual(rows);
  });

  it('one blanked row stands for one generated row, not two', () => {
    const twin = { ...plan[1]!, key: 'ana@example.com#twin' };
    const rows = blank(plan, 1);
    const result = placeNewRows(rows, [...plan, twin], TODAY);
    expect(result.added).toBe(1);
    expect(result.insertions).toEqual([{ after: rows.length - 1, rows: [twin] }]);
  });
});

describe('spliceInsertions', () => {
  it('lays in hundreds of thousands of rows in one place without overflowing the stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => `new ${i}`);
    const out = spliceInsertions(
      ['a', 'b', 'c'],
      [
        { after: 0, rows: many },
        { after: 'end', rows: ['z'] },
      ],
    );
    expect(out).toHaveLength(300_004);
    expect([out[0], out[1], out[300_000], out[300_001], out[300_003]]).toEqual(['a', 'new 0', 'new 299999', 'b', 'z']);
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
    const { insertions } = placeNewRows(existing, generated, TODAY);
    expect(insertions.map((i) => ({ after: i.after, keys: i.rows.map((r) => r.key) }))).toEqual(expected);
  });

  it('needs only Key, Email, Step, Path and Status: the same places from those columns as from whole rows', () => {
    const rows = [...planAll([ana, bea], TODAY)].filter((_, i) => i % 3 !== 0);
    const facts = rows.map(({ key, email, step, path, status }) => ({ key, email, step, path, status }));
    const generated = planAll([ana, bea, cai], TODAY);
    expect(placeNewRows(facts, generated, TODAY).insertions).toEqual(refreshPlans(table(rows), generated, TODAY).insertions);
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
    kind: fc.constantFrom('status', 'status', 'notes', 'due', 'step', 'path', 'delete', 'blank-key-row', 'blank-key', 'move', 'copy'),
    text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Mentor', 'Undecided', 'Technical ladder', 'sme', '2027-02-01')),
    status: fc.constantFrom(...STATUSES, '', 'Waiting'),
  });
  const dayArb = fc.constantFrom('2026-12-01', '2027-01-15', '2027-04-30', '2027-09-01');

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
      if (e.kind === 'path') row.path = e.text;
      if (e.kind === 'delete') out.splice(i, 1);
      if (e.kind === 'blank-key-row') out.splice(i, 0, { ...row, key: '', step: e.text });
      if (e.kind === 'blank-key') row.key = '';
      if (e.kind === 'move') out.push(...out.splice(i, 1));
      if (e.kind === 'copy') out.push({ ...row });
    }
    return out;
  }

  /** The existing rows as a refresh leaves them, and each one either as it was or closed the one way contract 9 allows. */
  function keptRows(existing: readonly PlanRow[], result: RefreshResult, today: string): void {
    const inserted = new Set(result.insertions.flatMap((i) => i.rows));
    const kept = result.table.rows.filter((r) => !inserted.has(r));
    expect(kept).toHaveLength(existing.length);
    const updated = new Map(result.updates.map((u) => [u.index, u]));
    const newPath = new Map(result.pathChanges.map((c) => [c.email.toLowerCase(), c.to]));
    kept.forEach((row, i) => {
      const before = existing[i]!;
      if (!updated.has(i)) return expect(row).toEqual(before);
      // The one change: a generated, Not started row of someone whose path changed, closed with the line appended.
      expect(parseStatus(before.status)).toBe('Not started');
      expect(generatedId(before)).not.toBe('');
      const to = newPath.get(personOf(before));
      expect(to).toBeDefined();
      expect(row).toEqual({ ...before, status: 'Skipped', notes: closedNotes(before.notes, today, to!) });
    });
  }

  const duplicatesIn = (rows: readonly PlanRow[]) => {
    const keys = rows.map((r) => keyIdentity(r.key)).filter(Boolean);
    return keys.length - new Set(keys).size;
  };

  it('loses nothing, changes an existing row only the contract-9 way, never duplicates a key, plans everyone', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, fc.array(editArb, { maxLength: 12 }), dayArb, (before, after, edits, today) => {
        const existing = edit(planAll(before, TODAY), edits);
        const generated = planAll(after, today);
        const snapshot = structuredClone(existing);
        const result = refreshPlans(table(existing), generated, today);
        expect(existing).toEqual(snapshot);
        keptRows(existing, result, today);
        // Every added row is a generated row, its numbered steps (sign-off, review) in their round.
        for (const row of result.insertions.flatMap((i) => i.rows)) {
          const plain = { ...row, key: row.key.replace(/-\d+$/, '') };
          const twin = generated.find((g) => g.key === plain.key);
          expect(twin).toBeDefined();
          if (numbered(stepIdOf(row)).round === 1) expect(row).toEqual(twin);
          else expect({ ...row, key: twin!.key, due: twin!.due }).toEqual(twin);
        }
        // No key is duplicated unless the existing table already had it twice.
        expect(duplicatesIn(result.table.rows)).toBe(duplicatesIn(existing));
        // Everyone on the roster has every step of their path that is not numbered: by its Key, or a blanked one.
        const keys = new Set(result.table.rows.map((r) => keyIdentity(r.key)));
        const keyless = result.table.rows.filter((r) => !r.key).map((r) => `${personOf(r)} ${r.step.trim().toLowerCase()}`);
        for (const row of generated.filter((g) => !SHARED_IDS.has(stepIdOf(g)) || stepIdOf(g).startsWith('goals'))) {
          if (!keys.has(keyIdentity(row.key))) expect(keyless).toContain(`${personOf(row)} ${row.step.trim().toLowerCase()}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a second refresh changes nothing', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, fc.array(editArb, { maxLength: 8 }), dayArb, (before, after, edits, today) => {
        const once = refreshPlans(table(edit(planAll(before, TODAY), edits)), planAll(after, today), today).table;
        const twice = refreshPlans(once, planAll(after, today), today);
        expect([twice.added, twice.updates.length]).toEqual([0, 0]);
        expect(twice.table.rows).toEqual(once.rows);
      }),
      { numRuns: 300 },
    );
  });

  it("over many refreshes with path changes, goals done and edits: one more sign-off round a change, the latest path the roster's", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ path: pathArb, edits: fc.array(editArb, { maxLength: 4 }) }), { minLength: 1, maxLength: 6 }),
        (steps) => {
          const ana2 = (path: PathId) => person({ name: 'Ana', email: 'ana@example.com', path });
          let rows = planFor(ana2('undecided'), TODAY);
          let day = TODAY;
          let changes = 0;
          for (const step of steps) {
            day = addDays(day, 40);
            // Edits that keep the sign-off rows' Keys and Path: the rounds are what is being counted.
            const safe = step.edits.filter((e) => ['status', 'notes', 'due', 'step', 'blank-key-row', 'move'].includes(e.kind));
            rows = edit(rows, safe);
            const result = refreshPlans(table(rows), planFor(ana2(step.path), day), day);
            keptRows(rows, result, day);
            changes += result.pathChanges.length;
            rows = result.table.rows;
            expect(duplicatesIn(rows)).toBe(0);
            expect(statusOf(rows, day).path).toBe(PATHS[step.path].label);
            expect(signOffRound(rows)).toBe(changes + 1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says where rows go by index, not by object: the insertions laid into a copy give the same table', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, fc.array(editArb, { maxLength: 12 }), (before, after, edits) => {
        const existing = edit(planAll(before, TODAY), edits);
        const result = refreshPlans(table(existing), planAll(after, TODAY), TODAY);
        const updated = structuredClone(existing);
        for (const u of result.updates) Object.assign(updated[u.index]!, { status: u.status, notes: u.notes });
        expect(spliceInsertions(updated, structuredClone(result.insertions))).toEqual(result.table.rows);
        const places = result.insertions.map((i) => (i.after === 'end' ? Infinity : i.after));
        expect(places).toEqual([...places].sort((a, b) => a - b));
        expect(new Set(places).size).toBe(places.length);
        expect(result.insertions.reduce((n, i) => n + i.rows.length, 0)).toBe(result.added);
      }),
      { numRuns: 300 },
    );
  });
});
