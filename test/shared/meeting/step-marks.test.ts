import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/csv';
import { parsePlansImport } from '../../../shared/meeting/plans-import';
import { liveMarks, markFor, statusAfter, stepKey, withMarks, type MarkButton, type StepMarks } from '../../../shared/meeting/step-marks';
import { planAll } from '../../../shared/plan';
import { plansTableToGrid } from '../../../shared/plans-table';
import { applyStatusUpdates, withStatusChanges } from '../../../shared/status-updates';
import { readStatusUpdatesText, statusUpdatesCsv } from '../../../shared/status-updates-csv';
import type { ImportedPlans, PersonPlan } from '../../../shared/meeting/types';
import type { PlanRow, Status } from '../../../shared/types';
import { person } from '../person';

const TODAY = '2026-11-28';
const ROWS: PlanRow[] = planAll([person(), person({ name: 'Ravi Singh', email: 'ravi@example.com', path: 'undecided' })], TODAY);
const imported = (rows: readonly PlanRow[]): ImportedPlans => {
  const result = parsePlansImport(toCsv(plansTableToGrid({ rows: [...rows], extraHeaders: [] })), 'plans.csv', `${TODAY}T09:00:00.000Z`);
  if (!result.ok) throw new Error(result.message);
  return result.plans;
};
const PLANS = imported(ROWS);
const ana = PLANS.people[0]!;
const mark = (plan: PersonPlan, index: number, status: Status) => {
  const step = plan.steps[index]!;
  return markFor(stepKey(plan, step), step.status as Status, status, TODAY)!;
};
const marksOf = (...list: ReturnType<typeof mark>[]): StepMarks => Object.fromEntries(list.map((m) => [m.key, m]));

describe('markFor', () => {
  it.each<[Status, Status, object | null]>([
    ['Not started', 'Done', { key: 'k', was: 'Not started', status: 'Done', changedOn: TODAY }],
    ['Not started', 'In progress', { key: 'k', was: 'Not started', status: 'In progress', changedOn: TODAY }],
    ['In progress', 'In progress', null],
    ['Blocked', 'Blocked', null],
  ])('imported %s, marked %s: %j', (was, status, expected) => {
    expect(markFor('k', was, status, TODAY)).toEqual(expected);
  });

  it('a step with no id has no Key, so it cannot be marked', () => {
    expect(stepKey(ana, { id: '' })).toBe('');
    expect(stepKey(ana, ana.steps[0]!)).toBe(`ana.lopez@example.com#${ana.steps[0]!.id}`);
  });
});

describe('statusAfter', () => {
  it.each<[MarkButton, Status, Status, Status]>([
    ['Done', 'Not started', 'Not started', 'Done'],
    ['In progress', 'Not started', 'Not started', 'In progress'],
    ['Done', 'In progress', 'Not started', 'Done'],
    ['Done', 'Done', 'Not started', 'Not started'],
    ['Done', 'Done', 'Blocked', 'Blocked'],
    ['In progress', 'In progress', 'Not started', 'Not started'],
    ['In progress', 'In progress', 'In progress', 'Not started'],
    ['In progress', 'In progress', 'Blocked', 'Blocked'],
    ['Done', 'Done', 'Done', 'In progress'],
  ])('%s pressed on a step %s (imported %s): %s', (button, status, was, expected) => {
    expect(statusAfter(button, status, was)).toBe(expected);
  });
});

describe('withMarks', () => {
  it('is the plan unchanged without marks', () => {
    expect(withMarks(ana, {}, TODAY)).toBe(ana);
  });

  it('the next step moves on when the first is marked done, and the done count grows', () => {
    const marked = withMarks(ana, marksOf(mark(ana, 0, 'Done')), TODAY);
    expect(marked.steps[0]!.status).toBe('Done');
    expect(marked.summary.done).toBe(ana.summary.done + 1);
    expect(marked.summary.next?.step).not.toBe(ana.summary.next?.step);
  });

  it('is what importing the plans gives once the exported updates are applied to them (any marks)', () => {
    const steps = PLANS.people.flatMap((plan) => plan.steps.map((_, i) => ({ plan, i })));
    const aMark = fc.record({
      at: fc.nat(steps.length - 1),
      status: fc.constantFrom<Status>('Done', 'In progress', 'Not started', 'Blocked'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(aMark, { selector: (m) => m.at, maxLength: 8 }), (list) => {
        const marks = marksOf(...list.map(({ at, status }) => mark(steps[at]!.plan, steps[at]!.i, status)).filter(Boolean));
        // The panel's plans, and the plans after export, apply and a new import, are the same plans.
        const read = readStatusUpdatesText(statusUpdatesCsv(Object.values(marks)));
        const applied = applyStatusUpdates(ROWS, read.updates);
        expect(applied.skipped).toEqual([]);
        const after = imported(withStatusChanges(ROWS, applied.changes));
        expect(PLANS.people.map((p) => withMarks(p, marks, TODAY))).toEqual(after.people);
        // And that import shows every mark: none is left to export.
        expect(liveMarks(marks, after)).toEqual({});
      }),
      { numRuns: 30 },
    );
  });
});

describe('liveMarks', () => {
  const done = mark(ana, 0, 'Done');
  it.each<[string, ImportedPlans | null, boolean]>([
    ['an import that does not show it yet keeps it', PLANS, true],
    ['an import that shows the new Status drops it', imported(ROWS.map((r, i) => (i === 0 ? { ...r, status: 'done' } : r))), false],
    [
      'an import that has another Status keeps it (applying it will say so)',
      imported(ROWS.map((r, i) => (i === 0 ? { ...r, status: 'Blocked' } : r))),
      true,
    ],
    ['no import keeps it', null, true],
  ])('%s', (_, plans, kept) => {
    expect(liveMarks(marksOf(done), plans)).toEqual(kept ? marksOf(done) : {});
  });
});
