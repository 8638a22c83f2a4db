import { describe, expect, it } from 'vitest';
import { planFor } from '../../../shared/plan';
import { PROMPTS } from '../../../shared/prompts/bank';
import { CATEGORIES } from '../../../shared/prompts/categories';
import { planStage, preferredCategories, selectPrompts, type PlanStage } from '../../../shared/prompts/select';
import type { AskedPrompt, PlanRow, Prompt, PromptCategory } from '../../../shared/types';
import { person } from '../person';

const first = (category: PromptCategory) => PROMPTS.find((p) => p.category === category)!;
const asked = (category: PromptCategory, askedOn: string, index = 0): AskedPrompt => ({
  promptId: PROMPTS.filter((p) => p.category === category)[index]!.id,
  askedOn,
});
const categories = (prompts: Prompt[]) => prompts.map((p) => p.category);

describe('selectPrompts', () => {
  it('starts a first conversation with the first categories, one prompt each', () => {
    expect(categories(selectPrompts({ bank: PROMPTS }))).toEqual(['job-satisfaction', 'career-progress', 'whats-next']);
  });

  it.each([1, 3, 5, 14, 20])('gives %i prompts when asked for them', (count) => {
    const picked = selectPrompts({ bank: PROMPTS, count });
    expect(picked).toHaveLength(count);
    expect(new Set(picked.map((p) => p.id)).size).toBe(count);
  });

  it('rotates: categories covered recently go last', () => {
    const history = [asked('job-satisfaction', '2026-11-01'), asked('career-progress', '2026-11-01'), asked('whats-next', '2026-11-01')];
    expect(categories(selectPrompts({ bank: PROMPTS, history }))).toEqual(['steps', 'timeline', 'manager-support']);
  });

  it('brings back the category covered longest ago once every category was covered', () => {
    const history = CATEGORIES.map((c, i) =>
      asked(c.id, `2026-${String(i < 9 ? 10 : 11).padStart(2, '0')}-${String(10 + (i % 9)).padStart(2, '0')}`),
    );
    const [firstPick] = selectPrompts({ bank: PROMPTS, history, count: 1 });
    expect(firstPick!.category).toBe('job-satisfaction');
  });

  it('within a category, picks the prompt not asked before', () => {
    const history = CATEGORIES.map((c) => asked(c.id, '2026-11-01'));
    const [pick] = selectPrompts({ bank: PROMPTS, history, count: 1 });
    expect(pick!.id).not.toBe(first(pick!.category).id);
  });

  it('puts the least recently covered preferred category first', () => {
    const prefer: PromptCategory[] = ['commitment', 'review'];
    const history = [asked('commitment', '2026-11-20')];
    expect(categories(selectPrompts({ bank: PROMPTS, history, prefer }))[0]).toBe('review');
  });

  it('keeps to the chosen categories and the user’s own prompts', () => {
    const mine: Prompt = { id: 'mine', text: 'What did you learn this month?', category: 'review', fundamental: 'commit', followUps: [] };
    const picked = selectPrompts({ bank: [...PROMPTS, mine], categories: ['review', 'mentoring'], count: 20 });
    expect(new Set(categories(picked))).toEqual(new Set(['review', 'mentoring']));
    expect(picked.map((p) => p.id)).toContain('mine');
    expect(picked).toHaveLength(PROMPTS.filter((p) => ['review', 'mentoring'].includes(p.category)).length + 1);
  });

  it('ignores history of prompts it does not know', () => {
    expect(selectPrompts({ bank: PROMPTS, history: [{ promptId: 'gone', askedOn: '2026-01-01' }] })).toEqual(
      selectPrompts({ bank: PROMPTS }),
    );
  });

  it.each(['feel-hand-off-part', 'next-leave-behind', 'obstacle-time-eaters'])(
    'counts a retired prompt in the history (%s) as the prompt that replaced it',
    (retired) => {
      const history = CATEGORIES.map((c) => asked(c.id, '2026-11-01'));
      const replaced = selectPrompts({ bank: PROMPTS, history, categories: ['manager-support'], count: 20 });
      const withRetired = selectPrompts({
        bank: PROMPTS,
        history: [...history, { promptId: retired, askedOn: '2026-11-20' }],
        categories: ['manager-support'],
        count: 20,
      });
      expect(replaced.at(-1)!.id).not.toBe('support-take-off-plate');
      expect(withRetired.at(-1)!.id).toBe('support-take-off-plate');
    },
  );

  it('is deterministic', () => {
    const history = [asked('steps', '2026-10-01'), asked('review', '2026-09-01', 1)];
    expect(selectPrompts({ bank: PROMPTS, history, count: 6 })).toEqual(selectPrompts({ bank: PROMPTS, history, count: 6 }));
  });

  it('gives nothing from an empty bank', () => {
    expect(selectPrompts({ bank: [] })).toEqual([]);
  });
});

describe('planStage', () => {
  const plan = (path: 'technical' | 'expert' | 'mentor' | 'management' | 'undecided', done: string[]): PlanRow[] =>
    planFor(person({ path }), '2026-11-28').map((r) => (done.some((id) => r.key.endsWith(`#${id}`)) ? { ...r, status: 'Done' } : r));

  it.each([
    ['no rows', [] as PlanRow[], null],
    ['goals not talked about', plan('technical', []), { path: 'Technical ladder', goalsTalked: false, signed: false }],
    [
      'one sign-off done',
      plan('expert', ['goals-conversation', 'sign-off-employee']),
      { path: 'Subject-matter expert', goalsTalked: true, signed: false },
    ],
    [
      'both signed',
      plan('mentor', ['goals-conversation', 'sign-off-employee', 'sign-off-manager']),
      { path: 'Mentor', goalsTalked: true, signed: true },
    ],
  ])('%s', (_, rows, stage) => {
    expect(planStage(rows)).toEqual(stage);
  });

  it.each([
    ['on a new path from the start', ['Data Science'], 'Data Science'],
    ['moved from a built-in path to a new one', ['Technical ladder', 'Data Science'], 'Data Science'],
    ['moved from a new path back to a built-in one', ['Technical ladder', 'Data Science', 'Mentor'], 'Mentor'],
  ])('is on the latest path %s', (_, paths, latest) => {
    // Each round's sign-off pair on the path of its day, as refreshes write them (contract 9).
    const rows = paths.flatMap((path, i) =>
      planFor(person(), '2026-11-28')
        .filter((r) => /#sign-off-/.test(r.key))
        .map((r) => ({ ...r, key: i === 0 ? r.key : `${r.key}-${i + 1}`, path })),
    );
    expect(planStage(rows)?.path).toBe(latest);
  });
});

describe('preferredCategories', () => {
  const stage = (path: string, goalsTalked: boolean, signed = false): PlanStage => ({ path, goalsTalked, signed });

  it.each([
    ['no plan', null, ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support']],
    [
      'goals not talked about',
      stage('Technical ladder', false),
      ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'],
    ],
    ['undecided after the goals talk', stage('Undecided', true), ['path-choice']],
    ['management after the goals talk', stage('Management', true), ['commitment', 'management']],
    ['management, signed: the trial and its review', stage('Management', true, true), ['review', 'management']],
    ['technical, not signed', stage('Technical ladder', true), ['commitment', 'technical-leadership']],
    ['expert, signed', stage('Subject-matter expert', true, true), ['review', 'expertise']],
    ['mentor, path in any case and spacing', stage(' MENTOR ', true), ['commitment', 'mentoring']],
    ['expert, its label with other punctuation', stage('subject matter expert', true), ['commitment', 'expertise']],
    ['no path named after the goals talk', stage('  ', true), ['path-choice']],
    // A path a career framework adds (contract 12): chosen, so the general prompts of writing and reviewing a plan.
    ['a new path, not signed', stage('Data Science', true), ['commitment']],
    ['a new path, signed', stage('Data Science', true, true), ['review']],
    [
      'a new path before the goals talk',
      stage('Data Science', false),
      ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'],
    ],
  ] as [string, PlanStage | null, string[]][])('%s → %j', (_, given, categories) => {
    expect(preferredCategories(given)).toEqual(categories);
  });
});
