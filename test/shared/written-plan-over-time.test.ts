// The written plan after a path change (contract section 9): the latest path in the header, each step's why from its
// own path, the latest sign-off round, and the earlier path's closed steps as one history line.
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../shared/framework/defaults';
import { frameworkToGrids } from '../../shared/framework/grids';
import { frameworkStepOf } from '../../shared/framework/plan-steps';
import { readFramework } from '../../shared/framework/read';
import { STEP_HEADERS } from '../../shared/framework/types';
import { planFor } from '../../shared/plan';
import { PATHS } from '../../shared/paths/templates';
import { refreshPlans } from '../../shared/refresh';
import type { PathId, PlanRow } from '../../shared/types';
import { planToMarkdown, planToText, writtenPlan } from '../../shared/written-plan';
import { person } from './person';

const ravi = (path: PathId) => person({ name: 'Ravi Singh', email: 'ravi@example.com', path, manager: 'Priya Nair' });
const idOf = (row: PlanRow) => row.key.split('#')[1]!;
const template = (path: PathId, id: string) => PATHS[path].steps.find((s) => s.id === id)!;

/** Ravi's Undecided plan of 28 November, one step in progress; on 15 January the roster says Mentor. */
function moved(): PlanRow[] {
  const rows = planFor(ravi('undecided'), '2026-11-28').map((r) =>
    idOf(r) === 'hold-path-conversations' ? { ...r, status: 'In progress' } : r,
  );
  return refreshPlans({ rows, extraHeaders: [] }, planFor(ravi('mentor'), '2027-01-15'), '2027-01-15').table.rows;
}

describe('the written plan of someone who changed path', () => {
  const rows = moved();
  const plan = writtenPlan(rows, '2027-01-20');
  const steps = [...plan.employeeSteps, ...plan.managerSteps, ...plan.otherSteps];
  const step = (text: string) => steps.find((s) => s.text.startsWith(text));

  it('is on the latest path and target role', () => {
    expect(plan).toMatchObject({ path: 'Mentor', pathSummary: PATHS.mentor.summary, targetRole: 'Senior Developer' });
  });

  it("gives the new path's steps their why, and a step still open from the earlier path its own", () => {
    expect(step('Pair Ravi with a new or junior colleague')?.why).toBe(template('mentor', 'pair-with-colleague').why);
    expect(step('Talk with someone on each path')).toMatchObject({
      status: 'In progress',
      why: template('undecided', 'hold-path-conversations').why,
    });
  });

  it("leaves out the earlier path's closed steps but for one history line", () => {
    expect(step('Choose a path and a target role')).toBeUndefined();
    expect(steps.some((s) => s.status === 'Skipped')).toBe(false);
    expect(plan.earlier).toEqual([{ path: 'Undecided', closed: 4 }]);
    const markdown = planToMarkdown(plan);
    expect(markdown).toContain('Earlier path: Undecided (4 steps closed when the path changed).');
    expect(markdown).not.toContain('Choose a path');
    expect(planToText(plan)).toContain('Earlier path: Undecided (4 steps closed when the path changed).');
  });

  it('asks both to sign the new round, due 30 days after the change, and shows it signed only when both are Done', () => {
    expect(plan.signOff).toEqual([
      { role: 'Employee', name: 'Ravi Singh', signed: false, due: '2027-02-14' },
      { role: 'Manager', name: 'Priya Nair', signed: false, due: '2027-02-14' },
    ]);
    const signed = rows.map((r) => (/#sign-off-(employee|manager)-2$/.test(r.key) ? { ...r, status: 'Done' } : r));
    expect(writtenPlan(signed, '2027-01-20').signOff.map((s) => s.signed)).toEqual([true, true]);
    const onlyOld = rows.map((r) => (/#sign-off-(employee|manager)$/.test(r.key) ? { ...r, status: 'Done' } : r));
    expect(writtenPlan(onlyOld, '2027-01-20').signOff.map((s) => s.signed)).toEqual([false, false]);
  });

  it('shows the latest progress review', () => {
    const review = rows.find((r) => idOf(r) === 'progress-review')!;
    const next = { ...review, key: 'ravi@example.com#progress-review-2', due: '2027-05-28' };
    const withNext = [...rows.map((r) => (r === review ? { ...r, status: 'Done' } : r)), next];
    expect(writtenPlan(withNext, '2027-03-01').review).toMatchObject({ due: '2027-05-28', status: 'Not started' });
  });

  it('a plan that never changed path has no history line', () => {
    const unchanged = writtenPlan(planFor(ravi('mentor'), '2026-11-28'), '2026-11-28');
    expect(unchanged.earlier).toEqual([]);
    expect(planToMarkdown(unchanged)).not.toContain('Earlier path');
  });
});

// A path a career framework adds (contract 12): its closed steps are history too, in either direction of the move.
describe('the written plan of someone who moved between a framework path and a built-in one', () => {
  const steward = ['Data steward', 'catalogue-datasets', 'List the datasets {first} looks after', 'Employee', '21', 'Why', 'Done', ''];
  const levels = frameworkToGrids(defaultFramework()).levels;
  const framework = readFramework(levels, [[...STEP_HEADERS], steward]).framework;
  const stepOf = frameworkStepOf(framework.steps);
  const ana = (path: string) => person({ name: 'Ana Lopez', email: 'ana@example.com', path: path as PathId, manager: 'Sam Okafor' });
  const move = (from: string, to: string) => {
    const rows = planFor(ana(from), '2026-11-28', framework);
    return refreshPlans({ rows, extraHeaders: [] }, planFor(ana(to), '2027-01-15', framework), '2027-01-15', framework).table.rows;
  };
  it.each([
    ['from the new path to the technical ladder', 'Data steward', 'technical', 'Technical ladder', 'List the datasets'],
    ['from the technical ladder to the new path', 'technical', 'Data steward', 'Data steward', 'Hand Ana ownership'],
  ])('%s: the earlier path is one history line', (_, from, to, now, earlierText) => {
    const plan = writtenPlan(move(from, to), '2027-01-20', { stepOf });
    const steps = [...plan.employeeSteps, ...plan.managerSteps, ...plan.otherSteps];
    expect(plan.path).toBe(now);
    expect(steps.some((s) => s.status === 'Skipped')).toBe(false);
    expect(steps.some((s) => s.text.startsWith(earlierText))).toBe(false);
    expect(plan.earlier).toHaveLength(1);
  });
});
