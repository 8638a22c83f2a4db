import { describe, expect, it } from 'vitest';
import { applyKeyChange, applyMeetingChange, sameMeetingTarget, type MeetingChange } from '../../../shared/meeting/changes';
import type { MeetingRecord } from '../../../shared/meeting/types';

const DEV = 'dev@example.com';
const meeting = (asked: string[], note: string, updatedAt = '2026-12-01T10:00:00.000Z'): MeetingRecord => ({
  person: DEV,
  day: '2026-12-01',
  asked,
  note,
  updatedAt,
});
const at = '2026-12-01T11:00:00.000Z';
const tick = (promptId: string, asked = true): MeetingChange => ({ id: 'm', person: DEV, day: '2026-12-01', at, promptId, asked });
const note = (text: string): MeetingChange => ({ id: 'm', person: DEV, day: '2026-12-01', at, note: text });

describe('applyMeetingChange', () => {
  it.each<[string, Record<string, MeetingRecord>, MeetingChange, MeetingRecord]>([
    ['a tick on a meeting not stored yet', {}, tick('p1'), meeting(['p1'], '', at)],
    ['a note on a meeting not stored yet', {}, note('Wants to lead'), meeting([], 'Wants to lead', at)],
    ['a tick keeps the note another tab saved', { m: meeting([], 'From tab B') }, tick('p1'), meeting(['p1'], 'From tab B', at)],
    [
      'a note keeps the ticks another tab saved',
      { m: meeting(['p1', 'p2'], '') },
      note('From tab A'),
      meeting(['p1', 'p2'], 'From tab A', at),
    ],
    ['a tick adds to the ticks another tab saved', { m: meeting(['p1'], '') }, tick('p2'), meeting(['p1', 'p2'], '', at)],
    ['a tick already there stays once', { m: meeting(['p1'], '') }, tick('p1'), meeting(['p1'], '', at)],
    ['an untick removes only that prompt', { m: meeting(['p1', 'p2'], 'x') }, tick('p1', false), meeting(['p2'], 'x', at)],
    [
      'an older edit leaves the newer time',
      { m: meeting([], '', '2026-12-01T12:00:00.000Z') },
      tick('p1'),
      meeting(['p1'], '', '2026-12-01T12:00:00.000Z'),
    ],
  ])('%s', (_name, meetings, change, expected) => {
    expect(applyMeetingChange(meetings, change).m).toEqual(expected);
  });

  it('leaves other meetings and the input alone, and gives the same map when applied twice', () => {
    const other = meeting(['q'], 'other');
    const before = { other, m: meeting([], 'x') };
    const once = applyMeetingChange(before, tick('p1'));
    expect(once.other).toBe(other);
    expect(before.m.asked).toEqual([]);
    expect(applyMeetingChange(once, tick('p1'))).toEqual(once);
  });
});

describe('applyKeyChange', () => {
  it.each<[string, Record<string, string>, { key: string; value: string | null }, Record<string, string>]>([
    ['adds a key', { a: '1' }, { key: 'b', value: '2' }, { a: '1', b: '2' }],
    ['replaces one key only', { a: '1', b: '2' }, { key: 'b', value: '3' }, { a: '1', b: '3' }],
    ['removes a key', { a: '1', b: '2' }, { key: 'a', value: null }, { b: '2' }],
    ['removing a missing key changes nothing', { a: '1' }, { key: 'z', value: null }, { a: '1' }],
  ])('%s', (_name, map, change, expected) => {
    expect(applyKeyChange(map, change)).toEqual(expected);
    expect(applyKeyChange(applyKeyChange(map, change), change)).toEqual(expected);
  });
});

describe('sameMeetingTarget', () => {
  it.each<[string, MeetingChange, MeetingChange, boolean]>([
    ['two notes of one meeting', note('a'), note('b'), true],
    ['two ticks of one prompt', tick('p1'), tick('p1', false), true],
    ['ticks of two prompts', tick('p1'), tick('p2'), false],
    ['a note and a tick', note('a'), tick('p1'), false],
    ['a tick and a note', tick('p1'), note('a'), false],
    ['notes of two meetings', note('a'), { ...note('b'), id: 'n' }, false],
  ])('%s', (_name, a, b, expected) => {
    expect(sameMeetingTarget(a, b)).toBe(expected);
  });
});
