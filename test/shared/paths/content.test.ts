// Content properties of every plan Trellis can write: each path, for people across the ladder, with and without a
// target role. These are the things a seasoned engineering manager would refuse to sign if they were wrong.
import { describe, expect, it } from 'vitest';
import { fillStep, planFor, targetRoleFor, templatesFor } from '../../../shared/plan';
import { CLOSING, OPENING, PATHS } from '../../../shared/paths/templates';
import type { PathId, StepTemplate } from '../../../shared/types';
import { person } from '../person';

const PATH_IDS = Object.keys(PATHS) as PathId[];
const ROLES = [
  'Junior Developer',
  'Developer',
  'Software Engineer',
  'SDE 2',
  'Senior Developer',
  'Senior Software Engineer',
  'Lead Developer',
  'Tech Lead',
  'Staff Engineer',
  'Software Architect',
  'Principal Engineer',
  'Data Analyst',
  'Junior Data Analyst',
  'Network Engineer',
  '',
];
const TARGETS = ['', 'Staff Engineer', 'Lead Data Analyst'];

/** Every plan variant: path × role × target, with its templates in plan order. */
const VARIANTS = PATH_IDS.flatMap((path) =>
  ROLES.flatMap((role) =>
    TARGETS.map((targetRole) => {
      const who = person({ path, role, targetRole, focus: 'network security' });
      const target = targetRoleFor(who);
      return { label: `${path}, ${JSON.stringify(role)} → ${JSON.stringify(target)}`, who, target, steps: templatesFor(who, target) };
    }),
  ),
);
const openingOrClosing = new Set([...OPENING, ...CLOSING].map((s) => s.id));
const ownSteps = (steps: StepTemplate[]) => steps.filter((s) => !openingOrClosing.has(s.id));

/** "Senior" in front of a title that is already junior, senior or beyond. */
const NONSENSE_TITLE = /\bsenior (?:junior|jr|senior|sr|lead|staff|principal|distinguished|head|chief|(?:\w+ )?architect)\b/i;
/** A manager's commitment that names something the manager does, not advice. */
const COMMITMENT = /^(?:Approve|Arrange|Give|Hand|Introduce|Name|Pair|Propose|Put|Set aside|Set up|Find)\b/;
/** A step that works on something handed over earlier in the plan. */
const REFERS_BACK = /\bhanded over\b|\b(?:that|the) (?:project|system|initiative|trial)\b/i;
/** A step that hands over a project, a system, a trial or trial work. */
const HANDS_OVER = /^(?:Hand|Give|Find) .*\b(?:project|system|initiative|trial)\b/;

describe.each(VARIANTS)('$label', ({ who, target, steps }) => {
  it('keeps the three fundamentals: the goals conversation, both signatures and the review', () => {
    const ids = steps.map((s) => s.id);
    for (const id of ['goals-conversation', 'sign-off-employee', 'sign-off-manager', 'progress-review']) expect(ids).toContain(id);
    const owners = new Set(ownSteps(steps).map((s) => s.owner));
    expect(owners).toEqual(new Set(['Employee', 'Manager']));
  });

  it('has between 4 and 9 steps of its own, each id once', () => {
    expect(ownSteps(steps).length).toBeGreaterThanOrEqual(4);
    expect(ownSteps(steps).length).toBeLessThanOrEqual(9);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  it('has a Manager step that commits the manager to something concrete', () => {
    const commitments = ownSteps(steps).filter((s) => s.owner === 'Manager' && COMMITMENT.test(s.text));
    expect(commitments.map((s) => s.id)).not.toEqual([]);
  });

  it('every step has an owner, a due offset, a why and what shows it done', () => {
    for (const step of steps) {
      expect(['Employee', 'Manager'], step.id).toContain(step.owner);
      expect(step.dueOffsetDays, step.id).toBeGreaterThan(0);
      expect(step.why.trim(), step.id).not.toBe('');
      expect(step.evidence?.trim(), step.id).toBeTruthy();
    }
  });

  it('a step working on what was handed over comes after the step that hands it over', () => {
    steps.forEach((step, index) => {
      if (!REFERS_BACK.test(step.text) || HANDS_OVER.test(step.text)) return;
      const before = steps.slice(0, index).filter((s) => HANDS_OVER.test(s.text));
      expect(
        before.map((s) => s.id),
        step.id,
      ).not.toEqual([]);
    });
  });

  it('is in due order', () => {
    const dues = steps.map((s) => s.dueOffsetDays);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it('names no title that makes no sense', () => {
    expect(target).not.toMatch(NONSENSE_TITLE);
    for (const row of planFor(who, '2026-11-28')) expect(row.step).not.toMatch(NONSENSE_TITLE);
  });
});

describe('the technical ladder: a plan reads for the rung', () => {
  const own = (role: string, targetRole = '') => {
    const who = person({ path: 'technical', role, targetRole });
    return ownSteps(templatesFor(who, targetRoleFor(who))).map((s) => s.id);
  };
  const TO_SENIOR = [
    'map-target-gap',
    'assign-scoped-project',
    'fund-technical-learning',
    'review-and-pair',
    'lead-design-review',
    'propose-title-change',
  ];
  const TO_LEAD = [
    'map-target-gap',
    'assign-scoped-project',
    'fund-technical-learning',
    'lead-team-delivery',
    'lead-design-review',
    'share-technical-decision',
    'propose-title-change',
  ];
  const STAFF_PLUS = [
    'agree-staff-archetype',
    'map-target-gap',
    'assign-scoped-project',
    'seat-at-technical-forum',
    'write-cross-team-design',
    'grow-other-engineers',
    'propose-title-change',
  ];

  it.each([
    ['Junior Developer', '', TO_SENIOR],
    ['Developer', '', TO_SENIOR],
    ['Software Engineer', '', TO_SENIOR],
    ['Senior Developer', '', TO_LEAD],
    ['Data Analyst', 'Lead Developer', TO_LEAD],
    ['Senior Software Engineer', '', STAFF_PLUS],
    ['Lead Developer', '', STAFF_PLUS],
    ['Tech Lead', '', STAFF_PLUS],
    ['Staff Engineer', '', STAFF_PLUS],
    ['Software Architect', '', STAFF_PLUS],
    ['Principal Engineer', '', ['agree-target-role', ...STAFF_PLUS]],
    ['Data Analyst', '', ['agree-target-role', ...TO_LEAD]],
  ])('%j aiming at %j', (role, targetRole, ids) => {
    expect(own(role, targetRole)).toEqual(ids);
  });

  it('developer → senior is not the same plan as lead → architect', () => {
    expect(own('Developer')).not.toEqual(own('Lead Developer'));
  });

  it('past lead, the plan agrees the shape of the role: tech lead, architect, solver or right hand', () => {
    const step = PATHS.technical.steps.find((s) => s.id === 'agree-staff-archetype')!;
    for (const archetype of ['tech lead', 'architect', 'solver', 'right hand']) expect(step.text).toContain(archetype);
  });
});

describe('the mentor path: a title where one makes sense, the coaching scope where the person is already senior', () => {
  const plan = (role: string, targetRole = '') => {
    const who = person({ path: 'mentor', role, targetRole });
    const target = targetRoleFor(who);
    return { target, ids: templatesFor(who, target).map((s) => s.id) };
  };

  it.each([
    ['Developer', 'Senior Developer'],
    ['Software Engineer', 'Senior Software Engineer'],
    ['Junior Developer', 'Developer'],
    ['Data Analyst', 'Senior Data Analyst'],
    ['SDE 1', 'SDE 2'],
  ])('%j: proposes %j', (role, title) => {
    const { target, ids } = plan(role);
    expect(target).toBe(title);
    expect(ids).toContain('propose-senior-title');
    expect(ids).not.toContain('recognise-coaching-scope');
  });

  it.each([
    'Senior Developer',
    'Sr. Developer',
    'Lead Developer',
    'Tech Lead',
    'Staff Engineer',
    'Principal Engineer',
    'Software Architect',
    '',
  ])('%j: proposes no title and names the coaching in the role instead', (role) => {
    const { target, ids } = plan(role);
    expect(target).toBe('');
    expect(ids).toContain('recognise-coaching-scope');
    expect(ids).not.toContain('propose-senior-title');
  });

  it('a target role from the roster is the title proposed, whatever the current role', () => {
    expect(plan('Senior Developer', 'Lead Developer')).toMatchObject({ target: 'Lead Developer' });
    expect(plan('Senior Developer', 'Lead Developer').ids).toContain('propose-senior-title');
  });
});

describe('the subject-matter expert path', () => {
  const recognition = (targetRole: string) => {
    const who = person({ path: 'expert', role: 'Network Engineer', targetRole, focus: 'network security' });
    const step = templatesFor(who, targetRoleFor(who)).find((s) => s.id === 'record-recognition')!;
    return fillStep(step.text, who, targetRoleFor(who));
  };

  it.each([
    ['Security Architect', /Security Architect/],
    ['', /a named expert role, a title or a level/],
  ])('agrees and records the recognition, with a date (target %j)', (target, names) => {
    expect(recognition(target)).toMatch(names);
    expect(recognition(target)).toMatch(/network security/);
    expect(recognition(target)).toMatch(/date/);
  });

  it("the manager takes something off the person's plate", () => {
    const free = PATHS.expert.steps.find((s) => s.id === 'free-time-for-focus')!;
    expect(free.owner).toBe('Manager');
    expect(free.text).toMatch(/^Hand one of \{first\}'s current duties/);
  });
});

describe('the management path', () => {
  const steps = templatesFor(person({ path: 'management' }), '');
  const at = (id: string) => steps.findIndex((s) => s.id === id);

  it.each([
    ['name-management-worries', /worries about managing/],
    ['assign-small-initiative', /trial for a set time.*date to decide/],
    ['agree-way-back', /way back/],
    ['decide-after-trial', /extend the trial, or take the agreed way back/],
  ])('has %s', (id, text) => {
    expect(steps[at(id)]?.text).toMatch(text);
  });

  it.each([
    ['', /toward a management role/],
    ['Engineering Manager', /toward Engineering Manager/],
  ])('the decision names the role aimed at (target %j)', (targetRole, words) => {
    const who = person({ path: 'management', targetRole });
    const decide = templatesFor(who, targetRoleFor(who)).find((s) => s.id === 'decide-after-trial')!;
    expect(fillStep(decide.text, who, targetRoleFor(who))).toMatch(words);
  });

  it('the worries come first, the way back is agreed before the trial runs, and the decision comes after it', () => {
    expect(at('name-management-worries')).toBeLessThan(at('assign-small-initiative'));
    expect(steps[at('agree-way-back')]!.dueOffsetDays).toBeLessThanOrEqual(steps[at('assign-small-initiative')]!.dueOffsetDays);
    expect(at('decide-after-trial')).toBeGreaterThan(at('lead-initiative'));
    expect(at('decide-after-trial')).toBeGreaterThan(at('gather-leadership-feedback'));
  });
});
