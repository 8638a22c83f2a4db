import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../shared/framework/defaults';
import { frameworkToGrids } from '../../../shared/framework/grids';
import { readFramework } from '../../../shared/framework/read';
import { STEP_HEADERS } from '../../../shared/framework/types';
import { planAll } from '../../../shared/plan';
import { refreshPlans } from '../../../shared/refresh';
import type { PlanRow } from '../../../shared/types';
import { person } from '../person';

const RFC = ['Technical ladder', 'write-rfc', 'Write an RFC', 'Employee', '25', '', '', ''];
const LEVELS = frameworkToGrids(defaultFramework()).levels;
const framework = (...rows: string[][]) => readFramework(LEVELS, [[...STEP_HEADERS], ...rows]).framework;
const people = [person(), person({ name: 'Bea Diaz', email: 'bea@example.com', path: 'mentor' })];

describe('a refresh after the team edits its framework (contract sections 2 and 12)', () => {
  const before = planAll(people, '2026-11-28', framework(RFC));
  const edited = before.map((r) => (r.key.endsWith('#write-rfc') ? { ...r, status: 'In progress' } : r));
  const after = framework(
    ['Technical ladder', 'write-rfc', 'Write two RFCs and present one', 'Employee', '40', '', '', ''],
    ['Technical ladder', 'give-talk', 'Give a talk on {target}', 'Employee', '50', '', '', ''],
  );
  const result = refreshPlans({ rows: edited, extraHeaders: [] }, planAll(people, '2027-01-10', after), '2027-01-10');

  it("never rewrites a row whose step's words changed, and keeps every other row as it was", () => {
    expect(result.table.rows.filter((r) => before.some((b) => b.key === r.key))).toEqual(edited);
    expect(result.table.rows.find((r) => r.key.endsWith('#write-rfc'))).toMatchObject({ step: 'Write an RFC', status: 'In progress' });
  });

  it('adds a new step id once, after that person’s last row, and duplicates no Key', () => {
    const keys = result.table.rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.added).toBe(1);
    const anaLast = edited.map((r) => r.email).lastIndexOf('Ana.Lopez@Example.com');
    expect(result.table.rows[anaLast + 1]).toMatchObject({
      key: 'ana.lopez@example.com#give-talk',
      step: 'Give a talk on Senior Developer',
    });
  });

  it('a second refresh with the same framework adds nothing', () => {
    const again = refreshPlans(result.table, planAll(people, '2027-01-11', after), '2027-01-11');
    expect(again.added).toBe(0);
    expect(again.table.rows).toEqual(result.table.rows);
  });
});

describe('a person moving to a new path a framework adds (contract sections 9 and 12)', () => {
  const dataScience = framework(['Data Science', 'ship-model', 'Ship a model', 'Employee', '60', '', '', '']);
  const ana = person();
  const first = planAll([ana], '2026-11-28', dataScience);
  const moved = refreshPlans(
    { rows: first, extraHeaders: [] },
    planAll([{ ...ana, path: 'Data Science' }], '2027-01-10', dataScience),
    '2027-01-10',
  );

  it('closes the earlier path once and starts one new sign-off round on the new path', () => {
    expect(moved.pathChanges).toHaveLength(1);
    expect(moved.table.rows.filter((r) => r.key.endsWith('#sign-off-employee-2'))).toMatchObject([{ path: 'Data Science' }]);
    expect(moved.table.rows.find((r) => r.key.endsWith('#ship-model'))).toMatchObject({ path: 'Data Science' });
  });

  it('a refresh after it starts no other round and adds nothing', () => {
    const again = refreshPlans(moved.table, planAll([{ ...ana, path: 'data science' }], '2027-01-11', dataScience), '2027-01-11');
    expect(again.pathChanges).toEqual([]);
    expect(again.added).toBe(0);
    expect(again.table.rows).toEqual(moved.table.rows);
  });
});

describe('a person moving to a new path and back again, refreshed with the framework (contract sections 9 and 12)', () => {
  const dataScience = framework(
    ['Data Science', 'ship-model', 'Ship a model', 'Employee', '60', '', '', ''],
    ['Data Science', 'ship-report', 'Ship a report', 'Employee', '70', '', '', ''],
  );
  const ana = person();
  const onPath = (path: string, day: string) => planAll([{ ...ana, path }], day, dataScience);
  const refresh = (rows: PlanRow[], path: string, day: string) =>
    refreshPlans({ rows, extraHeaders: [] }, onPath(path, day), day, dataScience);
  const moved = refresh(onPath('technical', '2026-11-28'), 'Data Science', '2027-01-10');
  const started = moved.table.rows.map((r) => (r.key.endsWith('#ship-model') ? { ...r, status: 'In progress' } : r));
  const back = refresh(started, 'technical', '2027-03-01');
  const row = (id: string) => back.table.rows.find((r) => r.key === `ana.lopez@example.com#${id}`);

  it('moving back is a path change from the new path, with its own sign-off round', () => {
    expect(back.pathChanges).toMatchObject([{ from: 'Data Science', to: 'Technical ladder', round: 3 }]);
    expect(row('sign-off-employee-3')).toMatchObject({ path: 'Technical ladder', status: 'Not started' });
  });

  it.each<[string, string, string]>([
    ['ship-report', 'Skipped', 'Closed on 2027-03-01: path changed to Technical ladder'],
    ['ship-model', 'In progress', ''],
    ['sign-off-employee-2', 'Skipped', 'Closed on 2027-03-01: path changed to Technical ladder'],
    ['goals-conversation', 'Not started', ''],
  ])('the new path’s %s is %s afterwards', (id, status, notes) => {
    expect(row(id)).toMatchObject({ status, notes });
  });

  it('reports the new path’s step still in progress, and duplicates no Key', () => {
    expect(back.pathChanges[0]!.stillOpen.map((i) => started[i]!.key)).toEqual(['ana.lopez@example.com#ship-model']);
    const keys = back.table.rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(back.table.rows.filter((r) => !started.some((s) => s.key === r.key)).map((r) => r.key.split('#')[1])).toEqual([
      'sign-off-employee-3',
      'sign-off-manager-3',
    ]);
  });

  it('a refresh after it changes and adds nothing', () => {
    const again = refreshPlans(back.table, onPath('Technical ladder', '2027-03-02'), '2027-03-02', dataScience);
    expect([again.pathChanges, again.updates, again.added]).toEqual([[], [], 0]);
    expect(again.table.rows).toEqual(back.table.rows);
  });
});
