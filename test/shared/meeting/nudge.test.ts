import { describe, expect, it } from 'vitest';
import { conversationDue, historyFor, lastConversation, nudgeKind, type NudgeKind } from '../../../shared/meeting/nudge';
import type { MeetingRecord } from '../../../shared/meeting/types';

const DEV = 'dev@example.com';
const meeting = (person: string, day: string, asked: string[] = [], note = ''): MeetingRecord => ({
  person,
  day,
  asked,
  note,
  updatedAt: `${day}T10:00:00.000Z`,
});

describe('lastConversation', () => {
  it.each<[string, Record<string, MeetingRecord>, string | null]>([
    ['never met', {}, null],
    ['met, nothing ticked or written', { a: meeting(DEV, '2026-11-01') }, null],
    ['a blank note is no conversation', { a: meeting(DEV, '2026-11-01', [], ' \n ') }, null],
    ['a ticked prompt', { a: meeting(DEV, '2026-11-01', ['p1']) }, '2026-11-01'],
    ['a note', { a: meeting(DEV, '2026-11-01', [], 'wants to mentor') }, '2026-11-01'],
    [
      'the latest held one, not the latest met',
      { a: meeting(DEV, '2026-10-01', ['p1']), b: meeting(DEV, '2026-11-20'), c: meeting(DEV, '2026-11-02', [], 'x') },
      '2026-11-02',
    ],
    [
      'other people do not count',
      { a: meeting('kim@example.com', '2026-11-20', ['p1']), b: meeting(DEV, '2026-09-01', ['p2']) },
      '2026-09-01',
    ],
    ['order of the record does not matter', { z: meeting(DEV, '2026-11-20', ['p1']), a: meeting(DEV, '2026-09-01', ['p2']) }, '2026-11-20'],
    ['held today counts', { a: meeting(DEV, '2026-11-28', ['p1']) }, '2026-11-28'],
    [
      'a meeting still to come does not count yet, even with a note written ahead',
      { a: meeting(DEV, '2026-12-01', ['p1'], 'prepare'), b: meeting(DEV, '2026-10-01', [], 'x') },
      '2026-10-01',
    ],
  ])('%s', (_, meetings, expected) => {
    expect(lastConversation(meetings, DEV, '2026-11-28')).toBe(expected);
  });
});

describe('conversationDue', () => {
  it.each<[string, string | null, number, { due: boolean; daysSince: number | null }]>([
    ['never held', null, 30, { due: true, daysSince: null }],
    ['held today', '2026-11-28', 30, { due: false, daysSince: 0 }],
    ['one day short', '2026-10-30', 30, { due: false, daysSince: 29 }],
    ['exactly the interval', '2026-10-29', 30, { due: true, daysSince: 30 }],
    ['past the interval', '2026-08-01', 30, { due: true, daysSince: 119 }],
    ['across a year end', '2025-12-31', 7, { due: true, daysSince: 332 }],
  ])('%s', (_, last, nudgeDays, expected) => {
    expect(conversationDue(last, '2026-11-28', nudgeDays)).toEqual(expected);
  });
});

describe('nudgeKind', () => {
  it.each<[string, { due: boolean; daysSince: number | null }, NudgeKind]>([
    ['never held: the first one, not a lapse', { due: true, daysSince: null }, 'first'],
    ['held the interval ago: a lapse', { due: true, daysSince: 30 }, 'lapsed'],
    ['held long ago: a lapse', { due: true, daysSince: 119 }, 'lapsed'],
    ['held recently', { due: false, daysSince: 29 }, 'none'],
    ['held today', { due: false, daysSince: 0 }, 'none'],
    ['one under way in this meeting', { due: false, daysSince: null }, 'none'],
  ])('%s', (_, nudge, expected) => {
    expect(nudgeKind(nudge)).toBe(expected);
  });

  it.each<[string, string | null, NudgeKind]>([
    ['never met', null, 'first'],
    ['met 45 days ago, nudge at 30', '2026-10-14', 'lapsed'],
    ['met 10 days ago', '2026-11-18', 'none'],
  ])('from the last conversation: %s', (_, last, expected) => {
    expect(nudgeKind(conversationDue(last, '2026-11-28', 30))).toBe(expected);
  });
});

describe('historyFor', () => {
  const meetings = {
    today: meeting(DEV, '2026-11-28', ['p3']),
    old: meeting(DEV, '2026-10-01', ['p1', 'p2']),
    kim: meeting('kim@example.com', '2026-11-01', ['p9']),
    mid: meeting(DEV, '2026-11-01', ['p2']),
  };

  it.each<[string, string | undefined, { promptId: string; askedOn: string }[]]>([
    [
      'everything asked of the person, oldest first',
      undefined,
      [
        { promptId: 'p1', askedOn: '2026-10-01' },
        { promptId: 'p2', askedOn: '2026-10-01' },
        { promptId: 'p2', askedOn: '2026-11-01' },
        { promptId: 'p3', askedOn: '2026-11-28' },
      ],
    ],
    [
      'without the meeting open now',
      'today',
      [
        { promptId: 'p1', askedOn: '2026-10-01' },
        { promptId: 'p2', askedOn: '2026-10-01' },
        { promptId: 'p2', askedOn: '2026-11-01' },
      ],
    ],
    [
      "another person's meeting id changes nothing",
      'kim',
      [
        { promptId: 'p1', askedOn: '2026-10-01' },
        { promptId: 'p2', askedOn: '2026-10-01' },
        { promptId: 'p2', askedOn: '2026-11-01' },
        { promptId: 'p3', askedOn: '2026-11-28' },
      ],
    ],
  ])('%s', (_, except, expected) => {
    expect(historyFor(meetings, DEV, except)).toEqual(expected);
  });
});
