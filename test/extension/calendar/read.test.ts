// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findEventSurface } from '../../../extension/calendar/find';
import { readEvent } from '../../../extension/calendar/read';
import type { Guest } from '../../../shared/meeting/types';
import { loadFixture, parseFixture } from './fixtures';

const maria: Guest = { email: 'maria.lopez@example.com', name: 'Maria Lopez' };
const dev: Guest = { email: 'dev.patel@example.com', name: 'Dev Patel' };
const sam: Guest = { email: 'sam.chen@example.com', name: 'Sam Chen' };
const kim: Guest = { email: 'kim.park@example.com', name: 'Kim Park' };
const pagePath = '/calendar/u/0/r/eventedit/OHA5YTBnMWUydjNpNGU1d18yMDI2MTIwN1QxMDAwMDBaIGRldi5wYXRlbEBleGFtcGxlLmNvbQ';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

interface Row {
  file: string;
  path?: string;
  kind: 'popup' | 'page';
  title: string;
  series: string | null;
  recurring?: boolean;
  calendar?: string;
  guests: Guest[];
  missing: string[];
}

const rows: Row[] = [
  {
    file: 'popup.html',
    kind: 'popup',
    title: 'Maria / Dev 1:1',
    series: '4q1kd9s0mv8rj1l1',
    recurring: true,
    guests: [maria, dev],
    missing: [],
  },
  {
    file: 'reused-dialog.html',
    kind: 'popup',
    title: 'Sprint planning',
    series: '0c8s2jq6f1kb3a9g',
    recurring: false,
    guests: [maria, dev, sam, { email: 'ola.nowak@example.com', name: 'Ola Nowak' }, kim],
    missing: [],
  },
  { file: 'no-guests.html', kind: 'popup', title: 'Ola <> Maria', series: '9a8b7c6d5e4f3g2h', guests: [], missing: [] },
  {
    file: 'hostile-title.html',
    kind: 'popup',
    title: '<img src=x onerror=alert(1)> / Kim 1:1',
    series: '1z2y3x4w5v6u7t8s',
    guests: [maria, kim],
    missing: [],
  },
  {
    file: 'rooms.html',
    kind: 'popup',
    title: 'Dev / Maria',
    series: '5r6o7o8m9s0a1b2c',
    guests: [maria, dev, { email: 'c_1889aurora@resource.calendar.google.com', name: 'HQ-4-Aurora (6)' }],
    missing: [],
  },
  {
    file: 'group.html',
    kind: 'popup',
    title: 'Platform leads sync',
    series: '3g4r5o6u7p8a9b0c',
    recurring: true,
    calendar: 'platform-leads@group.calendar.google.com',
    guests: [maria, { email: 'platform-team@example.com', name: 'Platform team', groupSize: 12 }],
    missing: [],
  },
  {
    file: 'hidden-leftovers.html',
    kind: 'popup',
    title: 'Catch-up',
    series: '7hv3m2p9q0r1s2t3',
    recurring: true,
    guests: [maria, sam],
    missing: [],
  },
  {
    file: 'jslog-only.html',
    kind: 'popup',
    title: 'Kim / Maria 1:1',
    series: '1z2y3x4w5v6u7t8s',
    recurring: true,
    guests: [maria, kim],
    missing: [],
  },
  { file: 'bare.html', kind: 'popup', title: '', series: null, guests: [], missing: ['event title', 'event id'] },
  {
    file: 'renamed-guests.html',
    kind: 'popup',
    title: 'Maria / Dev 1:1',
    series: '4q1kd9s0mv8rj1l1',
    recurring: true,
    guests: [],
    missing: ['guest list'],
  },
  {
    file: 'page.html',
    path: pagePath,
    kind: 'page',
    title: 'Dev <> Maria',
    series: '8p9a0g1e2v3i4e5w',
    recurring: true,
    calendar: 'dev.patel@example.com',
    guests: [dev, maria],
    missing: [],
  },
];

describe('readEvent on every saved variant', () => {
  it.each(rows)('$file: $kind "$title"', ({ file, path, kind, title, series, recurring, calendar, guests, missing }) => {
    loadFixture(file, path);
    const surface = findEventSurface(document);
    expect(surface?.kind).toBe(kind);
    const read = readEvent(surface!);
    expect(read.event.source).toBe(kind);
    expect(read.event.title).toBe(title);
    expect(read.event.guests).toEqual(guests);
    expect(read.missing).toEqual(missing);
    const { id } = read.event;
    expect(id?.seriesId ?? null).toBe(series);
    if (id) {
      expect(id.recurring).toBe(recurring ?? false);
      expect(id.calendarId).toBe(calendar ?? 'maria.lopez@example.com');
    }
  });
});

describe('surfaces that are not an existing event', () => {
  it.each([
    { file: 'quick-create.html', path: undefined, why: 'the quick-create bubble is a new event' },
    { file: 'task.html', path: undefined, why: 'a task has #rAECCd but no #xDetDlg' },
    { file: 'page-create.html', path: '/calendar/u/0/r/eventedit', why: 'a new event on the full page' },
    { file: 'page.html', path: '/calendar/u/0/r/week', why: 'the existing-event marker without the event page path' },
    { file: 'grid.html', path: undefined, why: 'the week grid alone: its chips carry data-eventid too' },
  ])('$file: null ($why)', ({ file, path }) => {
    loadFixture(file, path);
    expect(findEventSurface(document)).toBeNull();
  });
});

describe('reading', () => {
  it('reads the hostile title as exact text and creates no element from it', () => {
    loadFixture('hostile-title.html');
    const surface = findEventSurface(document)!;
    expect(document.querySelector('img')).toBeNull();
    const title = document.getElementById('rAECCd')!;
    title.textContent = '<img src=x onerror=alert(1)>';
    expect(readEvent(surface).event.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('re-reads the re-used dialog once Calendar switches it to another event', () => {
    loadFixture('popup.html');
    const first = findEventSurface(document);
    expect(first?.kind === 'popup' && readEvent(first).event.title).toBe('Maria / Dev 1:1');
    const next = parseFixture('reused-dialog.html')[0]!;
    if (first?.kind !== 'popup') throw new Error('no popup');
    first.dialog.replaceChildren(...Array.from(next.childNodes).map((n) => document.importNode(n, true)));
    const second = findEventSurface(document);
    expect(second?.kind === 'popup' && second.dialog).toBe(first.dialog);
    const { event } = readEvent(second!);
    expect(event.title).toBe('Sprint planning');
    expect(event.id?.seriesId).toBe('0c8s2jq6f1kb3a9g');
  });

  it('falls back to the heading when #rAECCd is gone, and to the title input attribute when its value is empty', () => {
    loadFixture('popup.html');
    document.getElementById('rAECCd')!.removeAttribute('id');
    expect(readEvent(findEventSurface(document)!).event.title).toBe('Maria / Dev 1:1');
    loadFixture('page.html', pagePath);
    const input = document.querySelector<HTMLInputElement>('input[data-initial-value]')!;
    input.value = '  ';
    expect(readEvent(findEventSurface(document)!).event.title).toBe('Dev <> Maria');
  });

  it('takes the page id from data-eventid when the path carries none', () => {
    loadFixture('page.html', '/calendar/u/0/r/eventedit');
    const root = document.querySelector<HTMLElement>('[data-is-create="false"]')!;
    root.setAttribute('data-eventid', Buffer.from('abc123 maria.lopez@example.com').toString('base64url'));
    const { event, missing } = readEvent(findEventSurface(document)!);
    expect(event.id?.instanceId).toBe('abc123');
    expect(missing).toEqual([]);
  });

  it('reads an undecodable data-eventid as no id, and reports the event id as missing', () => {
    loadFixture('bare.html');
    document.getElementById('xDetDlg')!.setAttribute('data-eventid', '%%%');
    const { event, missing } = readEvent(findEventSurface(document)!);
    expect(event.id).toBeNull();
    expect(missing).toContain('event id');
  });

  it('never throws on odd markup', () => {
    const dialog = document.createElement('div');
    const body = document.createElement('div');
    body.setAttribute('jslog', '2:[not json');
    body.setAttribute('data-eventid', '');
    dialog.setAttribute('aria-labelledby', '"]bad[');
    const att = document.createElement('div');
    att.id = 'xDetDlgAtt';
    att.append(Object.assign(document.createElement('div'), { textContent: '(3)' }));
    att.firstElementChild!.setAttribute('data-email', '');
    body.append(att);
    dialog.append(body);
    expect(() => readEvent({ kind: 'popup', dialog, body })).not.toThrow();
    expect(readEvent({ kind: 'popup', dialog, body }).missing).toEqual(['event title', 'event id', 'guest list']);
  });
});
