import { describe, expect, it } from 'vitest';
import { recentPeople } from '../../../shared/meeting/people';
import type { ImportedPlans, MeetingRecord, PersonPlan, PersonRecord } from '../../../shared/meeting/types';

const TODAY = '2026-11-28';
const people: Record<string, PersonRecord> = {
  'dev@example.com': { name: 'Dev Patel', email: 'dev@example.com', lastSeen: '2026-11-20' },
  'name:ola': { name: 'Ola', email: null, lastSeen: '2026-11-27' },
  'kim@example.com': { name: 'Kim Lee', email: 'kim@example.com', lastSeen: '2026-11-20' },
  'ana@example.com': { name: 'Ana Lopez', email: 'ana@example.com', lastSeen: '2026-10-01' },
};
const meeting = (person: string, day: string, asked: string[]): MeetingRecord => ({
  person,
  day,
  asked,
  note: '',
  updatedAt: `${day}T10:00:00Z`,
});
const meetings: Record<string, MeetingRecord> = {
  m1: meeting('dev@example.com', '2026-11-20', ['p1']),
  m2: meeting('name:ola', '2026-11-27', []),
  m3: meeting('kim@example.com', '2026-10-01', ['p2']),
};
const plan = (name: string, email: string, rest: Partial<PersonPlan>): PersonPlan => ({
  name,
  email,
  manager: 'Maria',
  path: 'Mentor',
  targetRole: '',
  steps: [],
  summary: { steps: 0, done: 0, next: null, signed: false },
  ...rest,
});
const plans: ImportedPlans = {
  fileName: 'plans.csv',
  importedAt: '2026-11-28T09:00:00Z',
  kind: 'plans',
  people: [
    plan('Dev Patel', 'dev@example.com', {
      steps: [
        { id: 'a', step: 'Later step', owner: 'Dev Patel', ownerRole: 'Employee', due: '2026-12-10', status: 'Not started' },
        { id: 'b', step: 'Due today', owner: 'Maria', ownerRole: 'Manager', due: TODAY, status: 'In progress' },
      ],
    }),
    plan('Ola', 'ola@example.com', {
      summary: { steps: 3, done: 1, signed: false, next: { step: 'Give a talk', owner: 'Ola', due: '2026-11-01' } },
    }),
    plan('Kim Lee', 'kim@example.com', {
      steps: [{ id: 'a', step: 'Done', owner: 'Kim', ownerRole: 'Employee', due: null, status: 'Done' }],
    }),
  ],
};

describe('recentPeople', () => {
  const list = recentPeople({ people, meetings, plans, today: TODAY, nudgeDays: 30 });

  it('lists the most recently seen first, ties by name', () => {
    expect(list.map((p) => p.key)).toEqual(['name:ola', 'dev@example.com', 'kim@example.com', 'ana@example.com']);
  });

  it.each([
    [
      'name:ola',
      {
        lastConversation: null,
        conversationDue: true,
        daysSince: null,
        email: null,
        next: { step: 'Give a talk', owner: 'Ola', due: '2026-11-01', overdue: true },
      },
    ],
    [
      'dev@example.com',
      {
        lastConversation: '2026-11-20',
        conversationDue: false,
        daysSince: 8,
        next: { step: 'Due today', owner: 'Maria', due: TODAY, overdue: false },
      },
    ],
    ['kim@example.com', { lastConversation: '2026-10-01', conversationDue: true, daysSince: 58, next: null }],
    ['ana@example.com', { name: 'Ana Lopez', lastSeen: '2026-10-01', lastConversation: null, conversationDue: true, next: null }],
  ])('%s', (key, expected) => {
    expect(list.find((p) => p.key === key)).toMatchObject(expected);
  });

  it.each([
    [undefined, 4],
    [2, 2],
    [0, 0],
  ])('limit %s gives %s', (limit, length) => {
    expect(recentPeople({ people, meetings, plans, today: TODAY, nudgeDays: 30, limit })).toHaveLength(length);
  });

  it.each([
    ['Done', { step: 'Later step', owner: 'Dev Patel', due: '2026-12-10', overdue: false }],
    ['In progress', { step: 'Due today', owner: 'Maria', due: TODAY, overdue: false }],
  ] as const)('with the step due today marked %s in the panel, next is %j', (status, next) => {
    const marks = { 'dev@example.com#b': { key: 'dev@example.com#b', was: 'In progress' as const, status, changedOn: TODAY } };
    const dev = recentPeople({ people, meetings, plans, today: TODAY, nudgeDays: 30, marks }).find((p) => p.key === 'dev@example.com');
    expect(dev?.next).toMatchObject(next);
  });

  it('works without a plan import', () => {
    expect(recentPeople({ people, meetings, plans: null, today: TODAY, nudgeDays: 30 }).every((p) => p.next === null)).toBe(true);
  });
});
