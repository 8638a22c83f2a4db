// Plans over time (contract section 9), rule by rule: a path change closes the earlier path's untouched steps and
// starts a new sign-off round; the progress review recurs a quarter on; nothing else of an existing row is changed.
import { describe, expect, it } from 'vitest';
import { planFor } from '../../shared/plan';
import { closedNotes, planChanges, type ChangeFacts } from '../../shared/plan-changes';
import { generatedId, type KnownPaths, latestPathRow, numbered, pathKeyOf, pathOfCell, roundId } from '../../shared/plan-rounds';
import { refreshPlans } from '../../shared/refresh';
import { isSigned, statusOf } from '../../shared/status';
import type { PathId, PlanRow } from '../../shared/types';
import { person } from './person';

const TODAY = '2026-11-28';
const LATER = '2027-01-15';
const ravi = (path: PathId) => person({ name: 'Ravi Singh', email: 'ravi@example.com', path });
const idOf = (row: Pick<PlanRow, 'key'>) => row.key.split('#')[1]!;
/** Ravi's plan on a path, each row's Status set from `statuses` by step id. */
function plan(path: PathId, statuses: Record<string, string> = {}, day = TODAY): PlanRow[] {
  return planFor(ravi(path), day).map((r) => ({ ...r, status: statuses[idOf(r)] ?? r.status }));
}
const refresh = (rows: PlanRow[], path: PathId, day = LATER) => refreshPlans({ rows, extraHeaders: [] }, planFor(ravi(path), day), day);

describe('numbered steps', () => {
  it.each<[string, string, number]>([
    ['sign-off-employee', 'sign-off-employee', 1],
    ['sign-off-manager-2', 'sign-off-manager', 2],
    ['progress-review-13', 'progress-review', 13],
    ['sign-off-employee-1', 'sign-off-employee-1', 1],
    ['sign-off-employee-02', 'sign-off-employee-02', 1],
    ['goals-conversation-2', 'goals-conversation-2', 1],
    ['progress-review-9999999', 'progress-review-9999999', 1],
  ])('%s is %s, round %i', (id, base, round) => {
    expect(numbered(id)).toEqual({ base, round });
  });

  it('round 1 is the template id itself', () => {
    expect([roundId('sign-off-employee', 1), roundId('sign-off-employee', 3)]).toEqual(['sign-off-employee', 'sign-off-employee-3']);
  });

  it.each<[string, PathId | undefined]>([
    ['Mentor', 'mentor'],
    ['  subject-matter   EXPERT ', 'expert'],
    ['sme', 'expert'],
    ['Undecided', 'undecided'],
    ['', undefined],
    ['Mentr', undefined],
  ])('the Path cell %j names %j', (text, path) => {
    expect(pathOfCell(text)).toBe(path);
  });
});

describe('the latest path is that of the latest generated rows', () => {
  const rows = (...cells: [string, string][]) => cells.map(([id, path]) => ({ key: id ? `ravi@example.com#${id}` : '', path }));
  it.each<[string, { key: string; path: string }[], number]>([
    ['the latest sign-off round wins over table order', rows(['sign-off-employee-2', 'Mentor'], ['sign-off-employee', 'Undecided']), 0],
    ['its first readable row', rows(['sign-off-manager-2', ''], ['sign-off-employee-2', 'Mentor'], ['sign-off-employee', 'Undecided']), 1],
    ['no sign-off row: the last generated row', rows(['choose-path', 'Undecided'], ['pair-with-colleague', 'Mentor'], ['', 'Expert']), 1],
    ['a row of its own (no template) never counts', rows(['my-own-step', 'Mentor']), -1],
    ['no Path that names a path', rows(['sign-off-employee', 'whatever']), -1],
  ])('%s', (_, list, index) => {
    expect(latestPathRow(list)).toBe(index);
  });

  // A framework's new path (contract section 12) is a path, and its steps are generated, only where it is known.
  const known: KnownPaths = { newPaths: ['Data Science'], stepIds: new Set(['ship-model']) };
  it.each<[string, { key: string; path: string }[], number, number]>([
    ['a later round on a new path', rows(['sign-off-employee-2', 'data  science'], ['sign-off-employee', 'Technical ladder']), 1, 0],
    [
      'back from it: the latest round on a built-in path',
      rows(['sign-off-employee-2', 'Data Science'], ['sign-off-employee-3', 'IC']),
      1,
      1,
    ],
    ['no sign-off row: a new path step', rows(['goals-conversation', 'Mentor'], ['ship-model', 'Data Science']), 0, 1],
    ['a path no framework names', rows(['sign-off-employee-2', 'Data Sciences'], ['sign-off-employee', 'Mentor']), 1, 1],
  ])('%s', (_, list, without, withKnown) => {
    expect([latestPathRow(list), latestPathRow(list, undefined, known)]).toEqual([without, withKnown]);
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['Technical ladder', 'technical', 'technical'],
    [' data   SCIENCE ', undefined, '+data science'],
    ['Data Sciences', undefined, undefined],
    ['', undefined, undefined],
  ])('the Path cell %j is path %j, %j with the framework', (cell, without, withKnown) => {
    expect([pathKeyOf(cell), pathKeyOf(cell, known)]).toEqual([without, withKnown]);
  });

  it.each<[string, string, string]>([
    ['ravi@example.com#ship-model', '', 'ship-model'],
    ['ravi@example.com#goals-conversation', 'goals-conversation', 'goals-conversation'],
    ['ravi@example.com#my-own-step', '', ''],
  ])('the Key %s is generated as %j, %j with the framework', (key, without, withKnown) => {
    expect([generatedId({ key }), generatedId({ key }, undefined, known)]).toEqual([without, withKnown]);
  });
});

describe('a path change: Ravi moves from Undecided to Mentor', () => {
  const before = plan('undecided', {
    'goals-conversation': 'Done',
    'arrange-path-conversations': 'Done',
    'hold-path-conversations': 'In progress',
  });
  before[before.findIndex((r) => idOf(r) === 'find-trial-work')]!.notes = 'Asked Priya about the data team';
  const result = refresh(before, 'mentor');
  const byId = new Map(result.table.rows.map((r) => [idOf(r), r]));
  const CLOSED = ['find-trial-work', 'try-trial-work', 'choose-path', 'sign-off-employee', 'sign-off-manager'];

  it('closes every untouched step of Undecided, its sign-off round too, with a line in Notes', () => {
    expect(result.updates.map((u) => idOf(before[u.index]!)).sort()).toEqual([...CLOSED].sort());
    for (const id of CLOSED) expect(byId.get(id)).toMatchObject({ status: 'Skipped', path: 'Undecided' });
    expect(byId.get('choose-path')!.notes).toBe(`Closed on ${LATER}: path changed to Mentor`);
    expect(byId.get('find-trial-work')!.notes).toBe(`Asked Priya about the data team\nClosed on ${LATER}: path changed to Mentor`);
  });

  it('leaves In progress, Done and the shared steps exactly as they were, and reports the open one', () => {
    for (const id of [
      'hold-path-conversations',
      'arrange-path-conversations',
      'goals-reflection',
      'goals-conversation',
      'progress-review',
    ]) {
      expect(byId.get(id)).toEqual(before.find((r) => idOf(r) === id));
    }
    expect(result.pathChanges).toEqual([
      {
        email: 'ravi@example.com',
        person: 'Ravi Singh',
        from: 'Undecided',
        to: 'Mentor',
        round: 2,
        closed: result.updates.map((u) => u.index),
        stillOpen: [before.findIndex((r) => idOf(r) === 'hold-path-conversations')],
        skippedBefore: [],
      },
    ]);
  });

  it("adds Mentor's own steps and a second sign-off round, on the new path and target role, due from today", () => {
    const added = result.insertions.flatMap((i) => i.rows);
    const mentor = planFor(ravi('mentor'), LATER);
    expect(added.map(idOf)).toEqual(
      mentor
        .map(idOf)
        .filter((id) => !before.some((r) => idOf(r) === id) || id.startsWith('sign-off'))
        .map((id) => (id.startsWith('sign-off') ? `${id}-2` : id)),
    );
    expect(new Set(added.map((r) => r.path))).toEqual(new Set(['Mentor']));
    expect(added.every((r) => r.targetRole === 'Senior Developer' && r.status === 'Not started' && r.notes === '')).toBe(true);
    expect(byId.get('sign-off-manager-2')!.due).toBe('2027-02-14');
  });

  it('puts the status on the new path, the plan unsigned, and the closed steps neither counted nor overdue', () => {
    const status = statusOf(result.table.rows, '2027-06-01');
    expect(status).toMatchObject({ path: 'Mentor', targetRole: 'Senior Developer', planSigned: 'No' });
    expect(status.steps).toBe(result.table.rows.length - CLOSED.length);
    const open = result.table.rows.filter((r) => !['Done', 'Skipped'].includes(r.status) && r.due < '2027-06-01');
    expect(status.overdue).toBe(open.length);
  });

  it('a second refresh changes nothing', () => {
    const again = refreshPlans(result.table, planFor(ravi('mentor'), '2027-02-01'), '2027-02-01');
    expect(again.table.rows).toEqual(result.table.rows);
    expect([again.added, again.updates.length, again.pathChanges.length]).toEqual([0, 0, 0]);
  });
});

describe('changing path again', () => {
  it('Undecided → Mentor → Undecided: round 3, no key twice, the closed steps of Undecided stay Skipped and are reported', () => {
    const first = refresh(plan('undecided'), 'mentor').table.rows;
    const second = refresh(first, 'undecided', '2027-03-01');
    const rows = second.table.rows;
    const keys = rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.includes('#sign-off-employee'))).toEqual([
      'ravi@example.com#sign-off-employee',
      'ravi@example.com#sign-off-employee-2',
      'ravi@example.com#sign-off-employee-3',
    ]);
    const choose = rows.find((r) => idOf(r) === 'choose-path')!;
    expect(choose).toMatchObject({ status: 'Skipped', notes: `Closed on ${LATER}: path changed to Mentor` });
    expect(rows.find((r) => idOf(r) === 'pair-with-colleague')).toMatchObject({
      status: 'Skipped',
      notes: 'Closed on 2027-03-01: path changed to Undecided',
    });
    expect(second.pathChanges[0]).toMatchObject({ from: 'Mentor', to: 'Undecided', round: 3 });
    expect(second.pathChanges[0]!.skippedBefore.map((i) => idOf(first[i]!))).toEqual([
      'arrange-path-conversations',
      'hold-path-conversations',
      'find-trial-work',
      'try-trial-work',
      'choose-path',
    ]);
    expect(statusOf(rows, '2027-03-01')).toMatchObject({ path: 'Undecided', planSigned: 'No' });
  });
});

describe('what a path change reads and what it never touches', () => {
  const undecided = plan('undecided');
  const at = (id: string) => undecided.findIndex((r) => idOf(r) === id);
  const edit = (id: string, change: Partial<PlanRow>) => undecided.map((r, i) => (i === at(id) ? { ...r, ...change } : r));

  const SIGN_OFF = ['sign-off-employee', 'sign-off-manager'];
  const OWN = ['arrange-path-conversations', 'hold-path-conversations', 'find-trial-work', 'try-trial-work', 'choose-path'];
  const but = (id: string) => [...OWN.filter((o) => o !== id), ...SIGN_OFF];
  it.each<[string, PlanRow[], PathId, string[]]>([
    ['nothing changed', undecided, 'undecided', []],
    [
      'a Path cell typed by hand on a step: the sign-off round still says Undecided',
      edit('choose-path', { path: 'Mentor' }),
      'undecided',
      [],
    ],
    [
      'a Path typed by hand on the sign-off row names Mentor: the roster brings the plan back to Undecided, a new round',
      edit('sign-off-employee', { path: 'Mentor' }),
      'undecided',
      SIGN_OFF,
    ],
    ['to Expert: every untouched step of Undecided, and the sign-off round', undecided, 'expert', [...OWN, ...SIGN_OFF]],
    ['a blank Status reads Not started: closed', edit('choose-path', { status: '' }), 'expert', [...OWN, ...SIGN_OFF]],
    ['a status Trellis cannot read is left open', edit('choose-path', { status: 'Waiting' }), 'expert', but('choose-path')],
    ['a blanked Key is a row of its own: never closed', edit('choose-path', { key: '' }), 'expert', but('choose-path')],
    ['a Key no template has: never closed', edit('choose-path', { key: 'ravi@example.com#choose-later' }), 'expert', but('choose-path')],
    [
      'a row already Skipped keeps its Notes',
      edit('choose-path', { status: 'Skipped', notes: 'not for now' }),
      'expert',
      but('choose-path'),
    ],
  ])('%s', (_, rows, path, closed) => {
    const result = refresh(rows, path);
    expect(result.updates.map((u) => idOf(rows[u.index]!)).sort()).toEqual([...closed].sort());
  });

  it('two rows with the same Key are both closed, and no Key is added twice', () => {
    const twice = [...undecided, { ...undecided[at('choose-path')]! }];
    const result = refresh(twice, 'expert');
    expect(result.updates.filter((u) => idOf(twice[u.index]!) === 'choose-path')).toHaveLength(2);
    const keys = result.table.rows.map((r) => r.key);
    expect(keys.length - new Set(keys).size).toBe(1);
  });

  it('leaves the rows of someone who left the roster, and of other people, alone', () => {
    const bea = planFor(person({ name: 'Bea', email: 'bea@example.com', path: 'mentor' }), TODAY);
    const result = refreshPlans({ rows: [...undecided, ...bea], extraHeaders: [] }, planFor(ravi('expert'), LATER), LATER);
    expect(result.updates.every((u) => u.index < undecided.length)).toBe(true);
    expect(result.table.rows.slice(-bea.length - 0).filter((r) => r.email === 'bea@example.com')).toEqual(bea);
  });

  it('says which Notes it needs when they were not read (the add-on reads only those)', () => {
    const facts: ChangeFacts[] = undecided.map(({ key, email, path, status }) => ({ key, email, path, status }));
    const changes = planChanges(facts, planFor(ravi('mentor'), LATER), LATER);
    expect(changes.unread.notes.map((i) => idOf(undecided[i]!))).toEqual(changes.updates.map((u) => idOf(undecided[u.index]!)));
    expect(changes.unread.due).toEqual([]);
  });
});

describe('the line appended to a closed step', () => {
  const line = `Closed on ${LATER}: path changed to Mentor`;
  it.each([
    ['', line],
    ['Asked Priya', `Asked Priya\n${line}`],
    ['Asked Priya\n', `Asked Priya\n${line}`],
    ['  two spaces kept  ', `  two spaces kept  \n${line}`],
    [line, line],
    [`Asked Priya\n${line}`, `Asked Priya\n${line}`],
  ])('%j → %j', (notes, expected) => {
    expect(closedNotes(notes, LATER, 'Mentor')).toBe(expected);
  });
});

describe('the review rhythm: when every progress review is Done, the next one a quarter on', () => {
  const mentor = plan('mentor', {}, TODAY);
  const review = (n: number, due: string, status: string): PlanRow => ({
    ...mentor.find((r) => idOf(r) === 'progress-review')!,
    key: `ravi@example.com#${roundId('progress-review', n)}`,
    due,
    status,
  });
  const without = mentor.filter((r) => idOf(r) !== 'progress-review');
  const added = (rows: PlanRow[], today: string) =>
    refreshPlans({ rows, extraHeaders: [] }, planFor(ravi('mentor'), today), today)
      .insertions.flatMap((i) => i.rows)
      .map((r) => `${idOf(r)} ${r.due}`);

  it.each<[string, PlanRow[], string, string[]]>([
    ['the review still open: nothing', [...without, review(1, '2027-02-26', 'In progress')], '2027-03-01', []],
    [
      'Done, due before today: 91 days after today',
      [...without, review(1, '2027-02-26', 'Done')],
      '2027-03-01',
      ['progress-review-2 2027-05-31'],
    ],
    [
      'Done early, due after today: 91 days after its Due',
      [...without, review(1, '2027-02-26', 'Done')],
      '2027-02-01',
      ['progress-review-2 2027-05-28'],
    ],
    [
      'Done, its Due not a date: 91 days after today',
      [...without, review(1, 'soon', 'done')],
      '2027-03-01',
      ['progress-review-2 2027-05-31'],
    ],
    [
      'both Done: the third after the later one',
      [...without, review(2, '2027-05-31', 'Done'), review(1, '2027-02-26', 'Done')],
      '2027-03-01',
      ['progress-review-3 2027-08-30'],
    ],
    ['one of two open: nothing', [...without, review(1, '2027-02-26', 'Done'), review(2, '2027-05-31', 'Not started')], '2027-06-01', []],
    ['the first deleted, the second open: the first is not added back', [...without, review(2, '2027-05-31', 'Blocked')], '2027-06-01', []],
    ['a Skipped review is not Done: nothing', [...without, review(1, '2027-02-26', 'Skipped')], '2027-03-01', []],
    ['no review row at all: the first one, as any missing step', without, '2027-03-01', ['progress-review 2027-05-30']],
  ])('%s', (_, rows, today, expected) => {
    expect(added(rows, today)).toEqual(expected);
  });

  it('goes right after the person, on their path; a second refresh adds nothing', () => {
    const rows = [...without, review(1, '2027-02-26', 'Done')];
    const once = refreshPlans({ rows, extraHeaders: [] }, planFor(ravi('mentor'), '2027-03-01'), '2027-03-01');
    expect(once.insertions).toEqual([
      { after: rows.length - 1, rows: [expect.objectContaining({ path: 'Mentor', status: 'Not started' })] },
    ]);
    const twice = refreshPlans(once.table, planFor(ravi('mentor'), '2027-04-01'), '2027-04-01');
    expect(twice.table.rows).toEqual(once.table.rows);
  });
});

describe('Plan signed is the latest round', () => {
  it.each<[string, [string, string][], boolean]>([
    [
      'round 1 both Done',
      [
        ['sign-off-employee', 'Done'],
        ['sign-off-manager', 'Done'],
      ],
      true,
    ],
    [
      'round 1 Done, round 2 started',
      [
        ['sign-off-employee', 'Done'],
        ['sign-off-manager', 'Done'],
        ['sign-off-employee-2', 'Not started'],
      ],
      false,
    ],
    [
      'round 2 both Done (case forgiven), round 1 not',
      [
        ['sign-off-employee', 'Done'],
        ['sign-off-manager', 'Skipped'],
        ['sign-off-employee-2', 'Done'],
        ['sign-off-manager-2', 'done'],
      ],
      true,
    ],
    ["round 2 without the manager's row", [['sign-off-employee-2', 'Done']], false],
    [
      'a sign-off row twice, one not Done',
      [
        ['sign-off-employee', 'Done'],
        ['sign-off-manager', 'Done'],
        ['sign-off-manager', 'In progress'],
      ],
      false,
    ],
    ['no sign-off row', [], false],
  ])('%s', (_, rows, signed) => {
    expect(isSigned(rows.map(([id, status]) => ({ key: `ravi@example.com#${id}`, status })))).toBe(signed);
  });
});
