import { describe, expect, it } from 'vitest';
import { attentionOf, byAttention, type Attention } from '../../../shared/meeting/attention';
import type { RecentPerson } from '../../../shared/meeting/people';

const TODAY = '2026-12-01';
const NUDGE = 30;

/** A person met `daysSince` days ago (null: never), with a next step due on `due` (undefined: no plan). */
function person(name: string, daysSince: number | null, due?: string | null): RecentPerson {
  const overdue = typeof due === 'string' && due < TODAY;
  return {
    key: name.toLowerCase(),
    name,
    email: null,
    lastSeen: TODAY,
    lastConversation: null,
    conversationDue: daysSince === null || daysSince >= NUDGE,
    daysSince,
    next: due === undefined ? null : { id: 's', step: 'Step', owner: name, due, overdue },
  };
}

describe('attentionOf', () => {
  it.each<[string, RecentPerson, Attention]>([
    ['never met, no plan', person('A', null), { level: 'first' }],
    ['never met, a step overdue by 3 days', person('A', null, '2026-11-28'), { level: 'late', days: 3 }],
    ['never met, a step due in 2 days', person('A', null, '2026-12-03'), { level: 'soon', days: 2 }],
    ['lapsed: 40 days since, every 30', person('A', 40), { level: 'late', days: 10 }],
    ['due today: 30 days since', person('A', 30), { level: 'late', days: 0 }],
    ['lapsed by 10 and a step late by 20: the larger', person('A', 40, '2026-11-11'), { level: 'late', days: 20 }],
    ['conversation due in 5 days', person('A', 25), { level: 'soon', days: 5 }],
    ['conversation due in 5, a step due today: the sooner', person('A', 25, TODAY), { level: 'soon', days: 0 }],
    ['conversation due in 8 days: not soon', person('A', 22), { level: 'calm' }],
    ['a step due in 8 days: not soon', person('A', 2, '2026-12-09'), { level: 'calm' }],
    ['a step with no due date', person('A', 2, null), { level: 'calm' }],
  ])('%s', (_what, p, attention) => {
    expect(attentionOf(p, TODAY, NUDGE)).toEqual(attention);
  });
});

describe('byAttention', () => {
  it('puts the late first (most days first), then the due soon (soonest first), then first conversations, then the rest, each by name', () => {
    const people = [
      person('Zoe', 3),
      person('Ana', null),
      person('Bo', 25),
      person('Cy', 45),
      person('Di', 3, '2026-11-30'),
      person('Ed', 27),
      person('Al', 1),
      person('Flo', null),
      person('Gus', 70),
    ];
    expect(byAttention(people, TODAY, NUDGE).map((p) => p.name)).toEqual(['Gus', 'Cy', 'Di', 'Ed', 'Bo', 'Ana', 'Flo', 'Al', 'Zoe']);
  });

  it('orders the same names by key, so the order never depends on the input', () => {
    const a = { ...person('Sam', 3), key: 'b' };
    const b = { ...person('Sam', 3), key: 'a' };
    expect(byAttention([a, b], TODAY, NUDGE).map((p) => p.key)).toEqual(['a', 'b']);
  });
});
