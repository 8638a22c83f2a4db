import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  jobFits,
  type ProgressRecord,
  parseJob,
  readRollupLinks,
  recordCell,
  recordOf,
  rollupTables,
  runJob,
  spreadsheetIdOf,
  startJob,
  type TeamLink,
  type TeamRead,
} from '../../shared/hr-rollup';
import { managerStatus } from '../../shared/manager-rollup';
import { planFor } from '../../shared/plan';
import { plansTableToGrid } from '../../shared/plans-table';
import { rollUp } from '../../shared/status';
import { person } from './person';

const TODAY = '2026-11-28';
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-abc';
const idOf = (n: number) => `team${String(n).padStart(4, '0')}-spreadsheet-id-xyz`;

describe('spreadsheetIdOf', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, ID],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`, ID],
    [`  ${ID}  `, ID],
    ['https://example.com/not-a-sheet', undefined],
    ['Team A', undefined],
    [`https://docs.google.com/document/d/${ID}/edit`, undefined],
  ])('%s → %s', (text, id) => {
    expect(spreadsheetIdOf(text)).toBe(id);
  });
});

describe('readRollupLinks', () => {
  it('reads the Team spreadsheet column, skips blank rows, reports duplicates and text that is no link', () => {
    const cells = [
      ['', ''],
      ['Team', 'Team spreadsheet'],
      ['A', `https://docs.google.com/spreadsheets/d/${ID}/edit`],
      ['', ''],
      ['B', idOf(2)],
      ['A again', ID],
      ['C', 'ask Sam'],
    ];
    expect(readRollupLinks(cells)).toEqual({
      links: [
        { row: 3, text: `https://docs.google.com/spreadsheets/d/${ID}/edit`, id: ID },
        { row: 5, text: idOf(2), id: idOf(2) },
      ],
      problems: [
        { row: 6, link: ID, name: '', issue: { kind: 'duplicate', firstRow: 3 } },
        { row: 7, link: 'ask Sam', name: '', issue: { kind: 'not-a-link' } },
      ],
    });
  });

  it.each([[[]], [[['Links'], [ID]]]])('says what to do without the header (%j)', (cells) => {
    expect(readRollupLinks(cells).fatal).toMatch(/^No "Team spreadsheet" column: use Trellis HR → Set up roll-up sheet/);
  });
});

describe('parseJob', () => {
  it.each([
    [
      'a saved job',
      JSON.stringify({ version: 2, today: TODAY, fingerprint: 'a,b', total: 2, next: 1 }),
      { version: 2, today: TODAY, fingerprint: 'a,b', total: 2, next: 1 },
    ],
    // Its progress records have another shape: the roll-up starts again rather than misread them.
    ['a job saved by an older Trellis HR', JSON.stringify({ today: TODAY, fingerprint: 'a,b', total: 2, next: 1 }), undefined],
    ['nothing saved', null, undefined],
    ['edited text', '{"today": 3}', undefined],
    ['not JSON', 'next=4', undefined],
  ])('%s', (_, text, job) => {
    expect(parseJob(text)).toEqual(job);
  });
});

const planGrid = (names: string[], manager = 'Sam Okafor') =>
  plansTableToGrid({
    rows: names.flatMap((name) => planFor(person({ name, email: `${name}@example.com`, manager }), '2026-10-01')),
    extraHeaders: [],
  });

const links = (n: number): TeamLink[] => Array.from({ length: n }, (_, i) => ({ row: i + 2, text: idOf(i), id: idOf(i) }));

describe('runJob and rollupTables', () => {
  const teams = links(5);
  const reads: Record<string, TeamRead> = {
    [idOf(0)]: { name: 'Team A', plans: planGrid(['ana', 'ben']) },
    [idOf(1)]: { failure: 'no-access' },
    [idOf(2)]: { name: 'Team C', plans: undefined },
    [idOf(3)]: {
      name: 'Team D',
      plans: [
        ['Name', 'Goal'],
        ['x', 'y'],
      ],
    },
    [idOf(4)]: { name: 'Team E', plans: planGrid(['cleo', 'ana'], 'Ola Berg') },
  };
  const read = (link: TeamLink) => reads[link.id]!;

  it('rolls up the readable teams, counts a person planned twice once, and lists every failed link with why', () => {
    const run = runJob(startJob(teams, TODAY), teams, read, () => 0, 1);
    expect(run.done).toBe(true);
    expect(run.message).toBe('Rolled up 5 team spreadsheets.');
    const tables = rollupTables(run.records, teams);
    expect(tables.people.map((p) => [p.status.person, p.source])).toEqual([
      ['ana', 'Team A'],
      ['ben', 'Team A'],
      ['cleo', 'Team E'],
    ]);
    expect(tables.problems).toEqual([
      { row: 3, link: idOf(1), name: '', issue: { kind: 'no-access' } },
      { row: 4, link: idOf(2), name: 'Team C', issue: { kind: 'no-plans-sheet' } },
      {
        row: 5,
        link: idOf(3),
        name: 'Team D',
        issue: { kind: 'wrong-columns', detail: expect.stringMatching(/^not a Trellis plans table: no Key, /) },
      },
      {
        row: 6,
        link: idOf(4),
        name: 'Team E',
        issue: { kind: 'planned-twice', person: 'ana', email: 'ana@example.com', first: 'Team A', firstRow: 2 },
      },
    ]);
  });

  it('gives the same tables as one Trellis status of the same people', () => {
    const run = runJob(startJob(teams, TODAY), teams, read, () => 0, 1);
    const tables = rollupTables(run.records, teams);
    const rows = [
      ...planFor(person({ name: 'ana', email: 'ana@example.com' }), '2026-10-01'),
      ...planFor(person({ name: 'ben', email: 'ben@example.com' }), '2026-10-01'),
      ...planFor(person({ name: 'cleo', email: 'cleo@example.com', manager: 'Ola Berg' }), '2026-10-01'),
    ];
    expect(tables.people.map((p) => p.status)).toEqual(rollUp(rows, TODAY));
    expect(tables.managers).toEqual(managerStatus(rows, TODAY));
  });

  it('a thousand teams over several runs, records saved as cells, give the answer of one uncut run', () => {
    const many = links(1000);
    const readMany = (link: TeamLink): TeamRead => ({ name: `Team ${link.row}`, plans: planGrid([`p${link.row}`]) });
    const whole = runJob(startJob(many, TODAY), many, readMany, () => 0, 1);
    let clock = 0;
    let job = startJob(many, TODAY);
    const saved: string[] = [];
    const messages: string[] = [];
    for (let run = 0; run < 20; run++) {
      const start = clock;
      // Each read costs one tick; a run may start reads until 240 ticks have passed.
      const result = runJob(
        parseJob(JSON.stringify(job))!,
        many,
        (link) => (clock++, readMany(link)),
        () => clock,
        start + 240,
      );
      saved.push(...result.records.map(recordCell));
      job = result.job;
      messages.push(result.message);
      if (result.done) break;
    }
    expect(messages).toEqual([
      'Rolled up 240 of 1,000 team spreadsheets; run Roll up again (or turn on the 10-minute trigger) to continue.',
      'Rolled up 480 of 1,000 team spreadsheets; run Roll up again (or turn on the 10-minute trigger) to continue.',
      'Rolled up 720 of 1,000 team spreadsheets; run Roll up again (or turn on the 10-minute trigger) to continue.',
      'Rolled up 960 of 1,000 team spreadsheets; run Roll up again (or turn on the 10-minute trigger) to continue.',
      'Rolled up 1,000 team spreadsheets.',
    ]);
    const records: ProgressRecord[] = saved.map(recordOf);
    expect(rollupTables(records, many)).toEqual(rollupTables(whole.records, many));
    expect(rollupTables(records, many).people).toHaveLength(1000);
  });

  it('stops at a read Google refuses for now, marking nothing, and the next run reads that link again', () => {
    let refuse = true;
    const paced = (link: TeamLink): TeamRead => (link.id === idOf(2) && refuse ? { later: true } : read(link));
    const first = runJob(startJob(teams, TODAY), teams, paced, () => 0, 1);
    expect(first).toMatchObject({ done: false, job: { next: 2 } });
    expect(first.message).toBe(
      'Rolled up 2 of 5 team spreadsheets: Google allows only so many reads a minute. Run Roll up again in a minute (or turn on the 10-minute trigger) to continue.',
    );
    refuse = false;
    const second = runJob(first.job, teams, paced, () => 0, 1);
    expect(second.done).toBe(true);
    const whole = runJob(startJob(teams, TODAY), teams, read, () => 0, 1);
    expect(rollupTables([...first.records, ...second.records], teams)).toEqual(rollupTables(whole.records, teams));
  });
});

describe('fingerprintOf', () => {
  const list = links(1000);
  it.each([
    ['one link changed', [...list.slice(0, 500), { ...list[500]!, id: 'another-spreadsheet-id-0000' }, ...list.slice(501)]],
    ['two links swapped', [list[1]!, list[0]!, ...list.slice(2)]],
    ['one link more', [...list, { row: 1002, text: ID, id: ID }]],
  ])('tells the list apart from %s, in under 30 characters whatever its length', (_, other) => {
    expect(fingerprintOf(other)).not.toBe(fingerprintOf(list));
    expect(fingerprintOf(list).length).toBeLessThan(30);
    expect(jobFits(startJob(list, TODAY), list)).toBe(true);
    expect(jobFits(startJob(list, TODAY), other)).toBe(false);
  });
});
