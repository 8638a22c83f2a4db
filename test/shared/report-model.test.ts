import { describe, expect, it } from 'vitest';
import { reportModel } from '../../shared/report-model';
import type { PlanRow } from '../../shared/types';

const TODAY = '2026-11-28';

/** A plans row of person `who` (their email is who@example.com): [step id, Path, Owner role, Due, Status]. */
function row(who: string, [id, path, ownerRole, due, status]: [string, string, string, string, string]): PlanRow {
  const email = `${who}@example.com`;
  return {
    key: `${email}#${id}`,
    person: who,
    email,
    manager: 'Sam Okafor',
    path,
    targetRole: '',
    step: id,
    owner: ownerRole === 'Manager' ? 'Sam Okafor' : who,
    ownerRole,
    ownerEmail: '',
    due,
    status,
    notes: '',
  };
}

const signed = (who: string, path: string) => [
  row(who, ['sign-off-employee', path, 'Employee', '2026-10-01', 'Done']),
  row(who, ['sign-off-manager', path, 'Manager', '2026-10-01', 'Done']),
];

describe('reportModel', () => {
  it('counts people, signed plans, steps and done as trellis status does', () => {
    const model = reportModel(
      [
        ...signed('ana', 'Mentor'),
        row('ana', ['mentor-pair', 'Mentor', 'Employee', '2026-12-10', 'In progress']),
        row('ana', ['skipped-one', 'Mentor', 'Employee', '2026-01-01', 'Skipped']),
        row('bo', ['sign-off-employee', 'Technical ladder', 'Employee', '2026-11-01', 'Done']),
        row('bo', ['sign-off-manager', 'Technical ladder', 'Manager', '2026-11-01', 'Not started']),
      ],
      TODAY,
    );
    expect(model.totals).toMatchObject({
      people: 2,
      plansSigned: 1,
      steps: 5,
      done: 3,
      percentDone: 60,
      overdueEmployee: 0,
      overdueManager: 1,
    });
  });

  // [what, Owner role, Due, Status, step id, employee steps overdue, manager steps overdue, reviews overdue]
  const overdueCases: [string, string, string, string, string, number, number, number][] = [
    ['an employee step due yesterday', 'Employee', '2026-11-27', 'Not started', 'a-step', 1, 0, 0],
    ['a manager step due yesterday', 'Manager', '2026-11-27', 'Blocked', 'a-step', 0, 1, 0],
    ['a role typed in capitals with spaces', ' MANAGER ', '2026-11-27', 'Not started', 'a-step', 0, 1, 0],
    ["a blank role counts as the employee's", '', '2026-11-27', 'Not started', 'a-step', 1, 0, 0],
    ['a step due today', 'Employee', TODAY, 'Not started', 'a-step', 0, 0, 0],
    ['a done step long past', 'Manager', '2026-01-01', 'Done', 'a-step', 0, 0, 0],
    ['a skipped step long past', 'Manager', '2026-01-01', 'Skipped', 'a-step', 0, 0, 0],
    ['a Due that is not a date', 'Manager', 'last week', 'Not started', 'a-step', 0, 0, 0],
    ['an unknown status counts as open', 'Employee', '2026-11-01', 'Waiting', 'a-step', 1, 0, 0],
    ['a first review overdue', 'Manager', '2026-11-01', 'Not started', 'progress-review', 0, 1, 1],
    ['a third review overdue', 'Manager', '2026-11-01', 'In progress', 'progress-review-3', 0, 1, 1],
    ['a review not yet due', 'Manager', '2026-12-01', 'Not started', 'progress-review-2', 0, 0, 0],
  ];
  it.each(overdueCases)(
    'splits overdue by owner role: %s',
    (_what, role, due, status, id, overdueEmployee, overdueManager, reviewsOverdue) => {
      const { totals } = reportModel([row('ana', [id, 'Mentor', role, due, status])], TODAY);
      expect(totals).toMatchObject({ overdueEmployee, overdueManager, reviewsOverdue });
    },
  );

  it('counts each person once on their latest path, management last, and those whose rows name no path', () => {
    const rows = [
      // Ana moved from Undecided to Management: the latest sign-off round names her path.
      ...signed('ana', 'Undecided'),
      row('ana', ['sign-off-employee-2', 'Management', 'Employee', '2026-11-01', 'Done']),
      row('ana', ['sign-off-manager-2', 'Management', 'Manager', '2026-11-01', 'Done']),
      ...signed('bo', 'sme'),
      ...signed('cy', 'Technical ladder'),
      ...signed('di', 'Technical ladder'),
      row('ed', ['my-own-step', 'somewhere', 'Employee', '', '']),
    ];
    expect(reportModel(rows, TODAY).paths).toEqual([
      { path: 'technical', label: 'Technical ladder', people: 2 },
      { path: 'expert', label: 'Subject-matter expert', people: 1 },
      { path: 'mentor', label: 'Mentor', people: 0 },
      { path: 'undecided', label: 'Undecided', people: 0 },
      { path: 'management', label: 'Management', people: 1 },
      { path: 'none', label: 'No path named', people: 1 },
    ]);
  });

  // A path a career framework adds (contract 12) is counted under its name as the plans write it, grouped case-
  // and space-blind, after the other paths but management; only a hand-made row's Path names none.
  it.each<[string, PlanRow[], [string, string, number][]]>([
    ['a new path on every row', [...signed('ana', 'Data Science')], [['+data science', 'Data Science', 1]]],
    [
      'two spellings of one new path, the first one seen its label',
      [...signed('ana', 'Data steward'), ...signed('bo', ' data  STEWARD ')],
      [['+data steward', 'Data steward', 2]],
    ],
    [
      'new paths by name, moves to and from them by the latest round',
      [
        ...signed('ana', 'Technical ladder'),
        row('ana', ['sign-off-employee-2', 'Zoology', 'Employee', '2026-11-01', 'Done']),
        ...signed('bo', 'Data Science'),
        row('bo', ['sign-off-employee-2', 'Mentor', 'Employee', '2026-11-01', 'Done']),
        ...signed('cy', 'Ballet'),
      ],
      [
        ['+ballet', 'Ballet', 1],
        ['+zoology', 'Zoology', 1],
      ],
    ],
    ['a name only on a hand-made row', [row('ed', ['my-own-step', 'Data Science', 'Employee', '', ''])], []],
    ['a blank Path on a generated row', [...signed('ed', '  ')], []],
  ])('counts %s', (_what, rows, named) => {
    const paths = reportModel(rows, TODAY).paths;
    const none = named.length === 0 ? ['none'] : [];
    expect(paths.map((p) => p.path)).toEqual([
      'technical',
      'expert',
      'mentor',
      'undecided',
      ...named.map((n) => n[0]),
      'management',
      ...none,
    ]);
    expect(paths.slice(4, 4 + named.length).map((p) => [p.path, p.label, p.people])).toEqual(named);
  });

  it('has the per-manager roll-up, its totals those of the organisation', () => {
    const rows = [...signed('ana', 'Mentor'), ...signed('bo', 'Mentor')];
    rows[3] = { ...rows[3]!, owner: 'Kim Park', ownerEmail: 'kim@example.com', status: 'Not started', due: '2026-11-01' };
    const model = reportModel(rows, TODAY);
    expect(model.managers.map((m) => [m.manager, m.people, m.plansSigned, m.overdueManager])).toEqual([
      ['Kim Park', 1, 0, 1],
      ['Sam Okafor', 1, 1, 0],
    ]);
    expect(model.totals).toMatchObject({ people: 2, plansSigned: 1, steps: 4, done: 3, overdueManager: 1 });
  });

  it('is all zeros for no rows, with every path listed and no "none" line', () => {
    const model = reportModel([], TODAY);
    expect(model.totals).toMatchObject({ people: 0, steps: 0, percentDone: 0, overdueEmployee: 0, reviewsOverdue: 0 });
    expect(model.paths.map((p) => p.people)).toEqual([0, 0, 0, 0, 0]);
  });
});
