import { describe, expect, it } from 'vitest';
import { agendaText } from '../../../shared/meeting/agenda';
import type { PersonPlan, PlanStepView } from '../../../shared/meeting/types';
import type { Prompt } from '../../../shared/types';

const TODAY = '2026-11-28';
const prompt = (id: string, text: string): Prompt => ({ id, text, category: 'whats-next', fundamental: 'ask', followUps: [] });
const PROMPTS = [prompt('a', 'What would you like to be doing in a year?'), prompt('b', 'What gets in the way?')];
const step = (id: string, due: string | null, status = 'Not started', owner = 'Dev Patel'): PlanStepView => ({
  id,
  step: `Step ${id}`,
  owner,
  ownerRole: 'Employee',
  due,
  status,
});
const plan = (overrides: Partial<PersonPlan> = {}): PersonPlan => ({
  name: 'Dev Patel',
  email: 'dev@example.com',
  manager: 'Maria Lopez',
  path: 'Technical ladder',
  targetRole: 'Senior Developer',
  steps: [
    step('done', '2026-11-01', 'Done'),
    step('late', '2026-11-20'),
    step('today', TODAY, 'In progress', 'Maria Lopez'),
    step('later', '2026-12-15'),
    step('undated', null),
  ],
  summary: { steps: 5, done: 1, next: null, signed: false },
  ...overrides,
});

describe('agendaText', () => {
  it('reads as a plain agenda', () => {
    expect(agendaText({ name: 'Dev Patel', prompts: PROMPTS, plan: plan(), today: TODAY })).toBe(
      [
        'Career conversation with Dev Patel',
        '28 Nov 2026',
        '',
        'Questions for today:',
        '1. What would you like to be doing in a year?',
        '2. What gets in the way?',
        '',
        'Their plan: Technical ladder, towards Senior Developer',
        '1 of 5 steps done; not signed yet.',
        'Next steps:',
        '• Step late (Dev Patel, due 20 Nov 2026, overdue)',
        '• Step today (Maria Lopez, due 28 Nov 2026)',
        '• Step later (Dev Patel, due 15 Dec 2026)',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, Partial<Parameters<typeof agendaText>[0]>, string[], string[]]>([
    ['no plan', { plan: null }, ['2. What gets', 'Career conversation with Dev Patel'], ['Their plan']],
    ['no prompts', { prompts: [] }, ['Their plan'], ['Questions for today']],
    [
      'an undated step says so',
      { plan: plan({ steps: [step('undated', null)] }) },
      ['• Step undated (Dev Patel, no date set yet)'],
      ['overdue'],
    ],
    [
      'every step done',
      { plan: plan({ steps: [step('x', null, 'Done')], summary: { steps: 1, done: 1, next: null, signed: true } }) },
      ['1 of 1 steps done; signed by both.', 'Every step is done.'],
      ['Next step'],
    ],
    [
      'a plan status import shows its next step',
      {
        plan: plan({
          steps: [],
          summary: { steps: 4, done: 2, signed: true, next: { step: 'Give the talk', owner: 'Dev Patel', due: '2026-11-01' } },
        }),
      },
      ['Next step:', '• Give the talk (Dev Patel, due 1 Nov 2026, overdue)'],
      [],
    ],
    [
      'one open step of a plans file reads as one, like a plan status import',
      { plan: plan({ steps: [step('only', null)] }) },
      ['Next step:\n• Step only'],
      ['Next steps'],
    ],
    ['no path or target', { plan: plan({ path: '', targetRole: '' }) }, ['Their plan\n'], ['towards']],
    [
      'a hostile name stays text on one line',
      { name: '<img src=x\nonerror=alert(1)>' },
      ['Career conversation with <img src=x onerror=alert(1)>\n'],
      [],
    ],
  ])('%s', (_, overrides, present, absent) => {
    const text = agendaText({ name: 'Dev Patel', prompts: PROMPTS, plan: plan(), today: TODAY, ...overrides });
    for (const p of present) expect(text).toContain(p);
    for (const a of absent) expect(text).not.toContain(a);
  });

  it('has no Markdown or HTML of its own', () => {
    const text = agendaText({ name: 'Dev Patel', prompts: PROMPTS, plan: plan(), today: TODAY });
    expect(text).not.toMatch(/^(#|\*|- |>)|\*\*|__|<\w|\]\(/m);
  });
});
