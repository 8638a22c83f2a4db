import { describe, expect, it } from 'vitest';
import { decodeEventId, eventIdFromJslog } from '../../../shared/meeting/event-id';

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('decodeEventId', () => {
  it.each([
    [
      'recurring instance on a primary calendar',
      '4q1kd9s0mv8rj1l1_20261201T150000Z maria.lopez@example.com',
      {
        instanceId: '4q1kd9s0mv8rj1l1_20261201T150000Z',
        seriesId: '4q1kd9s0mv8rj1l1',
        recurring: true,
        instanceDay: '2026-12-01',
        calendarId: 'maria.lopez@example.com',
        ownerEmail: 'maria.lopez@example.com',
      },
    ],
    [
      'single event',
      '0c8s2jq6f1kb3a9g Maria.Lopez@Example.com',
      {
        instanceId: '0c8s2jq6f1kb3a9g',
        seriesId: '0c8s2jq6f1kb3a9g',
        recurring: false,
        instanceDay: null,
        calendarId: 'Maria.Lopez@Example.com',
        ownerEmail: 'maria.lopez@example.com',
      },
    ],
    [
      'all-day instance (date only)',
      'abc123_20261224 maria@example.com',
      { seriesId: 'abc123', recurring: true, instanceDay: '2026-12-24' },
    ],
    ['shared calendar shortened to @g', 'abc123 team42@g', { calendarId: 'team42@group.calendar.google.com', ownerEmail: null }],
    ['no calendar part', 'abc123', { calendarId: '', ownerEmail: null, recurring: false }],
  ])('%s', (_, text, expected) => {
    expect(decodeEventId(b64url(text))).toMatchObject(expected);
  });

  it('agrees with the fixture page ids', () => {
    expect(decodeEventId('NHExa2Q5czBtdjhyajFsMV8yMDI2MTIwMVQxNTAwMDBaIG1hcmlhLmxvcGV6QGV4YW1wbGUuY29t')).toMatchObject({
      seriesId: '4q1kd9s0mv8rj1l1',
      recurring: true,
      ownerEmail: 'maria.lopez@example.com',
    });
  });

  it.each([
    ['not base64url', 'a+b/c=='],
    ['empty', ''],
    ['three parts', b64url('a b c')],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x20, 0x41]).toString('base64url')],
  ])('rejects %s', (_, raw) => {
    expect(decodeEventId(raw)).toBeNull();
  });
});

describe('eventIdFromJslog', () => {
  it.each([
    ['35389; 2:["4q1kd9s0mv8rj1l1_20261201T150000Z","maria.lopez@example.com"];', '4q1kd9s0mv8rj1l1', true],
    ['35389; 2:["0c8s2jq6f1kb3a9g"]; 3:7', '0c8s2jq6f1kb3a9g', false],
  ])('%s', (jslog, seriesId, recurring) => {
    expect(eventIdFromJslog(jslog)).toMatchObject({ seriesId, recurring });
  });

  it.each(['', '35389;', '2:[not json]', '2:[42]'])('rejects %j', (jslog) => {
    expect(eventIdFromJslog(jslog)).toBeNull();
  });
});
