import { describe, it, expect } from 'vitest';
import type { PathId, StepTemplate } from '../../../shared/types';
import { ACCEPTED_PATH_VALUES, CLOSING, OPENING, PATHS, pathFromValue } from '../../../shared/paths/templates';

const PATH_IDS = Object.keys(PATHS) as PathId[];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACEHOLDERS = new Set(['name', 'first', 'manager', 'target', 'focus', 'role']);

/** Every step a path's plan can contain, in plan order. */
const planOf = (id: PathId): StepTemplate[] => [...OPENING, ...PATHS[id].steps, ...CLOSING];
const placeholdersIn = (s: string): string[] => [...s.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');

describe('PATHS', () => {
  it('lists the five paths in contract order', () => {
    expect(PATH_IDS).toEqual(['technical', 'expert', 'mentor', 'management', 'undecided']);
  });

  it.each(PATH_IDS)('%s: is keyed by its own id', (id) => {
    expect(PATHS[id].id).toBe(id);
    expect(PATHS[id].label).not.toBe('');
    expect(PATHS[id].summary).not.toBe('');
  });

  it.each([
    ['technical', 'Technical ladder'],
    ['expert', 'Subject-matter expert'],
    ['mentor', 'Mentor'],
    ['management', 'Management'],
    ['undecided', 'Undecided'],
  ] as const)('%s is labelled %s', (id, label) => {
    expect(PATHS[id].label).toBe(label);
  });

  it.each(PATH_IDS)('%s: step ids are kebab-case and unique across OPENING, steps and CLOSING', (id) => {
    const ids = planOf(id).map((s) => s.id);
    for (const stepId of ids) expect(stepId).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // How many of them one plan takes (rung, target) is in content.test.ts; a path holds every variant.
  it.each(PATH_IDS)('%s: has 4 to 13 steps of its own', (id) => {
    expect(PATHS[id].steps.length).toBeGreaterThanOrEqual(4);
    expect(PATHS[id].steps.length).toBeLessThanOrEqual(13);
  });

  it.each(PATH_IDS)('%s: its own steps have at least one Employee and one Manager step', (id) => {
    const owners = new Set(PATHS[id].steps.map((s) => s.owner));
    expect(owners).toEqual(new Set(['Employee', 'Manager']));
  });

  it.each(PATH_IDS)('%s: every step has a one-line why, what shows it done, and a positive due offset', (id) => {
    for (const step of planOf(id)) {
      expect(step.why.trim(), step.id).not.toBe('');
      expect(step.why, step.id).not.toContain('\n');
      expect(step.evidence?.trim(), step.id).toBeTruthy();
      expect(step.text.trim(), step.id).not.toBe('');
      expect(Number.isInteger(step.dueOffsetDays), step.id).toBe(true);
      expect(step.dueOffsetDays, step.id).toBeGreaterThan(0);
    }
  });

  it.each(PATH_IDS)('%s: own due offsets lie in 14..180 days and never go backwards', (id) => {
    const offsets = PATHS[id].steps.map((s) => s.dueOffsetDays);
    for (const d of offsets) {
      expect(d).toBeGreaterThanOrEqual(14);
      expect(d).toBeLessThanOrEqual(180);
    }
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it.each(PATH_IDS)('%s: uses only known placeholders', (id) => {
    for (const step of planOf(id)) {
      for (const field of [step.text, step.textWithTarget ?? '', step.why, step.evidence ?? '']) {
        for (const name of placeholdersIn(field)) expect(PLACEHOLDERS, `${step.id}: {${name}}`).toContain(name);
      }
    }
  });

  it.each(PATH_IDS)('%s: step texts do not address the reader as "you"', (id) => {
    for (const step of planOf(id)) expect(`${step.text} ${step.textWithTarget ?? ''}`, step.id).not.toMatch(/\byour?\b/i);
  });

  it.each(PATH_IDS)('%s: a step only for plans with a target is the only one that may read differently with one', (id) => {
    for (const step of PATHS[id].steps) {
      expect(step.onlyWithTarget && step.onlyWithoutTarget, step.id).toBeFalsy();
      if (step.textWithTarget) expect(step.textWithTarget, step.id).toContain('{target}');
      if (step.onlyWithoutTarget) expect(step.text, step.id).not.toContain('{target}');
    }
  });

  it.each(PATH_IDS)('%s: has at most one onlyWithoutTarget step', (id) => {
    expect(PATHS[id].steps.filter((s) => s.onlyWithoutTarget).length).toBeLessThanOrEqual(1);
  });

  it('technical: exactly one onlyWithoutTarget step, agree-target-role, which does not use {target}', () => {
    const only = PATHS.technical.steps.filter((s) => s.onlyWithoutTarget);
    expect(only.map((s) => s.id)).toEqual(['agree-target-role']);
    expect(only[0]?.text).not.toContain('{target}');
  });

  it('mentor: proposes a title only with a target, and names the coaching scope without one', () => {
    const variants = PATHS.mentor.steps.filter((s) => s.onlyWithTarget || s.onlyWithoutTarget);
    expect(variants.map((s) => [s.id, Boolean(s.onlyWithTarget)])).toEqual([
      ['propose-senior-title', true],
      ['recognise-coaching-scope', false],
    ]);
  });

  it('only technical steps depend on how far up the ladder the plan reaches', () => {
    const withReach = PATH_IDS.filter((id) => PATHS[id].steps.some((s) => s.reaches));
    expect(withReach).toEqual(['technical']);
  });

  it('expert: names the focus area', () => {
    expect(PATHS.expert.steps.some((s) => s.text.includes('{focus}'))).toBe(true);
  });

  it('never promises a promotion anywhere', () => {
    expect(JSON.stringify({ OPENING, CLOSING, PATHS }).toLowerCase()).not.toContain('promot');
  });
});

describe('OPENING and CLOSING', () => {
  it('OPENING holds the career-goals conversation, owned by the manager, after the employee prepares', () => {
    const talk = OPENING.find((s) => s.id === 'goals-conversation');
    expect(talk?.owner).toBe('Manager');
    const prep = OPENING.filter((s) => s.owner === 'Employee');
    expect(prep.length).toBeGreaterThanOrEqual(1);
    for (const p of prep) expect(p.dueOffsetDays).toBeLessThan(talk?.dueOffsetDays ?? 0);
  });

  it('CLOSING is the two sign-offs then the progress review', () => {
    expect(CLOSING.map((s) => [s.id, s.owner])).toEqual([
      ['sign-off-employee', 'Employee'],
      ['sign-off-manager', 'Manager'],
      ['progress-review', 'Manager'],
    ]);
  });

  it('the progress review recurs every quarter', () => {
    const review = CLOSING.find((s) => s.id === 'progress-review');
    expect(review?.dueOffsetDays).toBe(90);
    expect(review?.text).toMatch(/quarter/i);
  });
});

describe('pathFromValue', () => {
  const cases: [string, PathId | undefined][] = [
    ...PATH_IDS.flatMap((id) =>
      PATHS[id].accepted.flatMap((v): [string, PathId][] => [
        [v, id],
        [v.toUpperCase(), id],
        [`  ${v.charAt(0).toUpperCase()}${v.slice(1)}  `, id],
      ]),
    ),
    ['', 'undecided'],
    ['   ', 'undecided'],
    ['\t', 'undecided'],
    ['Technical   Ladder', 'technical'],
    // A label as plans print it and the path's id, with case, spaces and punctuation ignored.
    ...PATH_IDS.flatMap((id): [string, PathId][] => [
      [PATHS[id].label, id],
      [PATHS[id].label.toUpperCase(), id],
      [id, id],
    ]),
    ['Subject-matter expert', 'expert'],
    ['subject matter-expert', 'expert'],
    ['Subject_Matter_Expert', 'expert'],
    ['subject.matter.expert', 'expert'],
    ['SubjectMatterExpert', 'expert'],
    ['I.C.', 'technical'],
    ['technical-ladder', 'technical'],
    ['Undecided', 'undecided'],
    ['wizard', undefined],
    ['managers', undefined],
    ['tech', undefined],
    ['subject matter', undefined],
    ['-', undefined],
    ['?', undefined],
  ];

  it.each(cases)('%j → %s', (value, expected) => {
    expect(pathFromValue(value)).toBe(expected);
  });

  it('ACCEPTED_PATH_VALUES lists every accepted value in PATHS order', () => {
    expect(ACCEPTED_PATH_VALUES).toEqual([
      'technical',
      'technical ladder',
      'individual contributor',
      'ic',
      'engineering',
      'expert',
      'subject matter expert',
      'sme',
      'specialist',
      'mentor',
      'coach',
      'coaching',
      'management',
      'manager',
    ]);
  });
});
