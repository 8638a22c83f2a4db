import { describe, expect, it } from 'vitest';
import { classifyEvent, DEFAULT_TITLE_PATTERNS } from '../../../shared/meeting/one-on-one';
import type { CalendarEvent, EventId, Guest, Override, Verdict } from '../../../shared/meeting/types';
import { parseEventIdText } from '../../../shared/meeting/event-id';

const ME = 'maria.lopez@example.com';
const SINGLE = parseEventIdText('0c8s2jq6f1kb3a9g', ME);
const RECURRING = parseEventIdText('4q1kd9s0mv8rj1l1_20261201T150000Z', ME);
const SHARED = parseEventIdText('0c8s2jq6f1kb3a9g', 'team42@g');

const maria: Guest = { email: ME, name: 'Maria Lopez' };
const dev: Guest = { email: 'dev.patel@example.com', name: 'Dev Patel' };
const kim: Guest = { email: 'kim@example.com', name: 'Kim' };
const ola: Guest = { email: 'ola@example.com', name: 'Ola Nordmann' };
const room: Guest = { email: 'c_1889abc@resource.calendar.google.com', name: 'Room 4.2 (6)' };
const team: Guest = { email: 'eng@example.com', name: 'Engineering (12)', groupSize: 12 };
const pair: Guest = { email: 'pair@example.com', name: 'Pair (2)', groupSize: 2 };

function event(title: string, guests: Guest[], id: EventId | null = SINGLE): CalendarEvent {
  return { source: 'popup', id, title, guests };
}

const classify = (e: CalendarEvent, myEmail: string | null = ME, override?: Override) =>
  classifyEvent(e, { titlePatterns: DEFAULT_TITLE_PATTERNS, myEmail, override });

type Expected = Partial<Omit<Verdict, 'reasons'>> & { reason?: string };

describe('classifyEvent', () => {
  it.each<[string, CalendarEvent, string | null, Expected]>([
    [
      'two people, one of them me, any title',
      event('Catch up', [maria, dev]),
      ME,
      { oneOnOne: true, other: { name: 'Dev Patel', email: 'dev.patel@example.com' }, reason: 'two people: you and Dev Patel' },
    ],
    [
      'a room is not a person',
      event('Catch up', [maria, dev, room]),
      ME,
      { oneOnOne: true, other: { name: 'Dev Patel', email: 'dev.patel@example.com' }, reason: 'left out 1 room' },
    ],
    [
      'a group counts by its size',
      event('Dev 1:1', [maria, dev, team]),
      ME,
      { oneOnOne: false, other: null, reason: 'group Engineering counted as 12' },
    ],
    [
      'a group of two with me is three people',
      event('Catch up', [maria, pair]),
      ME,
      { oneOnOne: false, reason: '3 people invited: more than two' },
    ],
    [
      '1:1 title with three people is not a 1:1',
      event('Dev / Maria 1:1', [maria, dev, kim]),
      ME,
      { oneOnOne: false, other: null, reason: '3 people invited: more than two, whatever the title says' },
    ],
    ['three people, plain title', event('Planning', [maria, dev, kim]), ME, { oneOnOne: false, reason: '3 people invited: more than two' }],
    [
      'no guests, Reclaim title: the name that is not me',
      event('Maria / Dev 1:1', []),
      ME,
      { oneOnOne: true, other: { name: 'Dev', email: null }, reason: 'title says 1:1, no guest list' },
    ],
    [
      'no guests, "A <> B" with me second',
      event('Ola <> Maria', []),
      ME,
      { oneOnOne: true, other: { name: 'Ola', email: null }, reason: 'title names two people, no guest list' },
    ],
    ['no guests, two names, neither me', event('Lunch / Gym', []), ME, { oneOnOne: false, reason: 'no guests and no 1:1 title' }],
    ['no guests, 1:1 beside a name', event('Dev Patel 1:1', []), ME, { oneOnOne: true, other: { name: 'Dev Patel', email: null } }],
    [
      'no guests, 1:1 beside my own name only',
      event('Maria 1:1', []),
      ME,
      { oneOnOne: false, other: null, reason: 'title says 1:1, but no other person was found' },
    ],
    ['no guests, plain title', event('Focus time', []), ME, { oneOnOne: false, reason: 'no guests and no 1:1 title' }],
    [
      'hostile title: the other person comes from the guest list',
      event('<img src=x onerror=alert(1)> / Kim 1:1', [maria, kim]),
      ME,
      { oneOnOne: true, other: { name: 'Kim', email: 'kim@example.com' } },
    ],
    [
      'hostile title with one guest besides me',
      event('<img src=x onerror=alert(1)> 1:1', [kim]),
      ME,
      { oneOnOne: true, other: { name: 'Kim', email: 'kim@example.com' }, reason: 'title says 1:1, 1 person invited' },
    ],
    [
      'a guest shown by address takes the title name',
      event('Maria / Dev 1:1', [maria, { email: 'dp@example.com', name: 'dp@example.com' }]),
      ME,
      { oneOnOne: true, other: { name: 'Dev', email: 'dp@example.com' } },
    ],
    [
      'a guest without address that is me by name',
      event('Catch up', [{ email: '', name: 'Maria Lopez' }, dev]),
      ME,
      { oneOnOne: true, other: { name: 'Dev Patel', email: 'dev.patel@example.com' } },
    ],
    ['the same guest twice is one person', event('Catch up', [maria, dev, dev]), ME, { oneOnOne: true }],
    [
      'two people, neither me, no 1:1 title',
      event('Catch up', [dev, kim]),
      ME,
      { oneOnOne: false, reason: '2 people invited and no 1:1 title' },
    ],
    [
      'me from the event id owner when settings have none',
      event('Catch up', [maria, dev]),
      null,
      { oneOnOne: true, other: { name: 'Dev Patel', email: 'dev.patel@example.com' }, reason: `you are ${ME} (calendar owner)` },
    ],
    [
      'settings win over the event id owner',
      event('Catch up', [maria, dev], RECURRING),
      'dev.patel@example.com',
      { oneOnOne: true, other: { name: 'Maria Lopez', email: ME } },
    ],
    [
      'me unknown (shared calendar): 1:1 title with two guests takes the second',
      event('Catch up 1:1', [maria, dev], SHARED),
      null,
      {
        oneOnOne: true,
        other: { name: 'Dev Patel', email: 'dev.patel@example.com' },
        reason: 'your address is unknown: set it in the options',
      },
    ],
    ['me unknown: two guests and no 1:1 title', event('Catch up', [maria, dev], null), null, { oneOnOne: false }],
    [
      'recurring series is a supporting reason',
      event('Catch up', [maria, dev], RECURRING),
      ME,
      { oneOnOne: true, reason: 'recurring series' },
    ],
  ])('%s', (_, e, myEmail, { reason, ...expected }) => {
    const verdict = classify(e, myEmail);
    expect(verdict).toMatchObject({ overridden: false, ...expected });
    if (reason) expect(verdict.reasons).toContain(reason);
  });

  it.each<[string, CalendarEvent, Override, Expected]>([
    [
      'forced a 1:1: three people, other still found',
      event('Design review', [maria, dev, kim, ola]),
      'one-on-one',
      { oneOnOne: true, overridden: true, other: { name: 'Ola Nordmann', email: 'ola@example.com' }, reason: 'you marked it as a 1:1' },
    ],
    ['forced a 1:1 with nobody to find', event('Focus time', []), 'one-on-one', { oneOnOne: true, overridden: true, other: null }],
    [
      'forced a 1:1 from a title name',
      event('Dev Patel 1:1', []),
      'one-on-one',
      { oneOnOne: true, overridden: true, other: { name: 'Dev Patel', email: null } },
    ],
    [
      'forced not a 1:1 on a clear 1:1',
      event('Maria / Dev 1:1', [maria, dev], RECURRING),
      'not-one-on-one',
      { oneOnOne: false, overridden: true, other: null, reason: 'you marked it as not a 1:1' },
    ],
  ])('override: %s', (_, e, override, { reason, ...expected }) => {
    const verdict = classify(e, ME, override);
    expect(verdict).toMatchObject(expected);
    if (reason) expect(verdict.reasons[0]).toBe(reason);
  });

  it('shows no recurrence reason for a single event', () => {
    expect(classify(event('Catch up', [maria, dev], SINGLE)).reasons).not.toContain('recurring series');
  });

  it('puts the deciding reason first', () => {
    expect(classify(event('Dev / Maria 1:1', [maria, dev, kim])).reasons[0]).toMatch(/^3 people invited/);
  });

  it.each<[string, CalendarEvent, string | null, string[]]>([
    ['five people, me among them', event('Sprint planning', [maria, dev, kim, ola, room]), ME, ['Dev Patel', 'Kim', 'Ola Nordmann']],
    ['a group and a repeat are left out', event('Review', [maria, dev, team, { ...dev }]), ME, ['Dev Patel']],
    ['a guest shown by address only', event('Sync', [maria, { email: 'sam@example.com', name: '' }]), ME, ['sam@example.com']],
    ['me unknown: everyone is a choice', event('Sync', [maria, dev], SHARED), null, ['Maria Lopez', 'Dev Patel']],
    ['no guest list', event('Ola <> Maria', []), ME, []],
  ])('guests whom a 1:1 may be with: %s', (_, e, myEmail, names) => {
    expect(classify(e, myEmail).guests.map((g) => g.name)).toEqual(names);
    expect(classify(e, myEmail, 'one-on-one').guests.map((g) => g.name)).toEqual(names);
  });

  it('uses the patterns it is given', () => {
    const e = event('Career chat', []);
    expect(classifyEvent(e, { titlePatterns: ['career chat'], myEmail: ME }).oneOnOne).toBe(false);
    expect(classifyEvent(event('Career chat Dev', []), { titlePatterns: ['career chat'], myEmail: ME })).toMatchObject({
      oneOnOne: true,
      other: { name: 'Dev', email: null },
    });
    expect(classifyEvent(event('Dev 1:1', []), { titlePatterns: [], myEmail: ME }).oneOnOne).toBe(false);
  });
});
