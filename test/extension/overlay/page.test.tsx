// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createController, type OverlayController } from '../../../extension/overlay/controller';
import { createPageSync, fromOrigin } from '../../../extension/overlay/page';
import { besidePopup, onEventPage, PANEL_WIDTH, type Box, type PanelPlacement } from '../../../extension/overlay/placement';
import { isDarkBehind, luminance, parseRgb } from '../../../extension/overlay/theme';
import { isolateEvents } from '../../../extension/overlay/isolate';
import { loadStore, type OverlayStore } from '../../../extension/overlay/store';
import type { EventSurface } from '../../../extension/calendar/find';
import { diagnosticsItem } from '../../../extension/storage';
import type { CalendarEvent } from '../../../shared/meeting/types';
import { devOneOnOne, NOW } from './helpers';

describe('placement', () => {
  const viewport = { width: 1600, height: 900 };
  const intersects = (rect: Box, placed: PanelPlacement) =>
    placed.left < rect.right &&
    placed.left + PANEL_WIDTH > rect.left &&
    placed.top < rect.bottom &&
    placed.top + placed.maxHeight > rect.top;
  it.each<[string, Box, { width: number; height: number }, Partial<PanelPlacement>]>([
    ['room at the right', { top: 120, left: 380, right: 828, bottom: 520 }, viewport, { top: 120, left: 836, maxHeight: 772 }],
    [
      'no room at the right: at the left',
      { top: 120, left: 1000, right: 1448, bottom: 520 },
      viewport,
      { top: 120, left: 1000 - 8 - PANEL_WIDTH },
    ],
    ['no room at either side: below', { top: 100, left: 200, right: 1400, bottom: 500 }, viewport, { top: 508, left: 200, maxHeight: 384 }],
    [
      'no room at either side, more above: above',
      { top: 500, left: 200, right: 1400, bottom: 800 },
      viewport,
      { top: 8, left: 200, maxHeight: 484 },
    ],
    [
      '1366×768, the popup at the left',
      { top: 120, left: 380, right: 828, bottom: 420 },
      { width: 1366, height: 768 },
      { left: 836, maxHeight: 640 },
    ],
    [
      '1024×700, the popup centred',
      { top: 150, left: 288, right: 736, bottom: 450 },
      { width: 1024, height: 700 },
      { top: 458, maxHeight: 234 },
    ],
    ['1024×700, the popup low', { top: 400, left: 288, right: 736, bottom: 640 }, { width: 1024, height: 700 }, { top: 8, maxHeight: 384 }],
  ])('beside a popup with %s, never over it, inside the screen', (_name, rect, size, expected) => {
    const placed = besidePopup(rect, size);
    expect(placed).toMatchObject(expected);
    expect(intersects(rect, placed)).toBe(false);
    expect(placed.left).toBeGreaterThanOrEqual(8);
    expect(placed.left + PANEL_WIDTH).toBeLessThanOrEqual(size.width - 8);
    expect(placed.top + placed.maxHeight).toBeLessThanOrEqual(size.height - 8);
  });

  it.each([
    ['no ancestor moves the origin', { top: 0, left: 0 }, { top: 120, left: 836 }],
    ['a transformed dialog at 120,380 is the origin', { top: 120, left: 380 }, { top: 0, left: 456 }],
  ])('draws the panel where placed when %s', (_name, origin, expected) => {
    expect(fromOrigin({ top: 120, left: 836, maxHeight: 600 }, origin)).toEqual({ ...expected, maxHeight: 600 });
  });

  it('puts the panel at the right of the event page', () => {
    expect(onEventPage(viewport)).toEqual({ top: 72, left: 1600 - PANEL_WIDTH - 16, maxHeight: 900 - 72 - 8 });
  });
});

describe('theme', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255]],
    ['rgba(31, 31, 31, 1)', [31, 31, 31]],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('parses %s', (text, rgb) => {
    expect(parseRgb(text)).toEqual(rgb);
  });

  it.each([
    ['#fff Calendar', 'rgb(255, 255, 255)', false],
    ['dark Calendar', 'rgb(31, 31, 31)', true],
  ])('reads %s', (_name, background, dark) => {
    const parent = document.createElement('div');
    const child = document.createElement('div');
    parent.append(child);
    const win = {
      getComputedStyle: (el: Element) => ({ backgroundColor: el === parent ? background : 'rgba(0, 0, 0, 0)' }) as CSSStyleDeclaration,
    };
    expect(isDarkBehind(child, win)).toBe(dark);
  });

  it('says nothing when no element paints a background', () => {
    const win = { getComputedStyle: () => ({ backgroundColor: 'rgba(0, 0, 0, 0)' }) as CSSStyleDeclaration };
    expect(isDarkBehind(document.createElement('div'), win)).toBeNull();
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
  });
});

describe('page sync', () => {
  let store: OverlayStore;
  let controller: OverlayController;
  let host: HTMLElement;
  let dialog: HTMLElement;
  const win = {
    innerWidth: 1600,
    innerHeight: 900,
    getComputedStyle: () => ({ backgroundColor: 'rgb(255, 255, 255)' }) as CSSStyleDeclaration,
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.setSystemTime(NOW);
    store = await loadStore();
    controller = createController({ store });
    host = document.createElement('trellis-overlay');
    document.body.append(host);
    dialog = document.createElement('div');
    document.body.append(dialog);
  });
  afterEach(async () => {
    controller.close();
    await store.idle();
    store.close();
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  const popup = (): EventSurface => ({ kind: 'popup', dialog, body: dialog });
  const sync = (surface: EventSurface | null, reading: { event: CalendarEvent; missing: string[] } | Error) =>
    createPageSync({
      doc: document,
      win,
      controller,
      host,
      find: () => surface,
      read: () => {
        if (reading instanceof Error) throw reading;
        return reading;
      },
    });

  it('shows the event found, placed beside the popup', () => {
    dialog.getBoundingClientRect = () => ({
      top: 120,
      left: 380,
      right: 828,
      bottom: 520,
      width: 448,
      height: 400,
      x: 380,
      y: 120,
      toJSON: () => ({}),
    });
    sync(popup(), { event: devOneOnOne, missing: [] })();
    expect(controller.state().view?.kind).toBe('one-on-one');
    expect(controller.state()).toMatchObject({ dark: false, placement: { top: 120, left: 836 } });
  });

  it.each([
    { system: 'dark', matchMedia: (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' }) as MediaQueryList, dark: true },
    { system: 'light', matchMedia: () => ({ matches: false }) as unknown as MediaQueryList, dark: false },
    { system: 'unknown', matchMedia: undefined, dark: null },
  ])('where nothing behind the popup paints a background, follows the $system system setting', ({ matchMedia, dark }) => {
    const transparent = { ...win, getComputedStyle: () => ({ backgroundColor: 'rgba(0, 0, 0, 0)' }) as CSSStyleDeclaration, matchMedia };
    createPageSync({
      doc: document,
      win: transparent,
      controller,
      host,
      find: () => popup(),
      read: () => ({ event: devOneOnOne, missing: [] }),
    })();
    expect(controller.state().dark).toBe(dark);
  });

  it('shows nothing when no event is open (quick-create, task)', () => {
    controller.show(devOneOnOne);
    sync(null, { event: devOneOnOne, missing: [] })();
    expect(controller.state().view).toBeNull();
  });

  it('puts our host back when Calendar removes it', () => {
    host.remove();
    sync(null, { event: devOneOnOne, missing: [] })();
    expect(host.parentElement).toBe(document.body);
  });

  it('mounts our host as a direct child of the open popup, and back in <body> for the event page', () => {
    sync(popup(), { event: devOneOnOne, missing: [] })();
    expect(host.parentElement).toBe(dialog);
    expect(controller.state().view?.kind).toBe('one-on-one');
    const page = document.createElement('div');
    document.body.append(page);
    sync({ kind: 'page', root: page }, { event: { ...devOneOnOne, source: 'page' }, missing: [] })();
    expect(host.parentElement).toBe(document.body);
  });

  it('leaves our host where it is when nothing is open (no move, no mutation for Calendar)', () => {
    dialog.append(host);
    sync(null, { event: devOneOnOne, missing: [] })();
    expect(host.parentElement).toBe(dialog);
  });

  it('keeps what was missing, and stays out of the way when nothing usable was read', async () => {
    const empty: CalendarEvent = { source: 'popup', id: null, title: '', guests: [] };
    sync(popup(), { event: empty, missing: ['event title', 'event id', 'guest list'] })();
    await store.idle();
    expect(controller.state().view).toBeNull();
    expect(await diagnosticsItem.getValue()).toMatchObject({ where: 'popup', missing: ['event title', 'event id', 'guest list'] });
  });

  it('never throws into the page when reading fails', () => {
    const onError = vi.fn();
    const run = createPageSync({
      doc: document,
      win,
      controller,
      host,
      find: () => popup(),
      read: () => {
        throw new Error('markup changed');
      },
      onError,
    });
    expect(run).not.toThrow();
    expect(onError).toHaveBeenCalled();
    expect(controller.state().view).toBeNull();
  });
});

describe('isolateEvents', () => {
  it.each([
    ['keydown', 'c', false],
    ['keydown', 'Escape', false],
    ['keyup', 'e', false],
  ])('%s "%s" reaches the page: %s', (type, key, reaches) => {
    const outer = document.createElement('div');
    const container = document.createElement('div');
    outer.append(container);
    document.body.append(outer);
    const seen = vi.fn();
    outer.addEventListener(type, seen);
    const release = isolateEvents(container);
    container.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(reaches ? 1 : 0);
    release();
    outer.remove();
  });

  it.each(['mousedown', 'pointerdown', 'click', 'focusin'])('stops %s at the overlay', (type) => {
    const outer = document.createElement('div');
    const container = document.createElement('div');
    outer.append(container);
    const seen = vi.fn();
    outer.addEventListener(type, seen);
    isolateEvents(container);
    container.dispatchEvent(new Event(type, { bubbles: true }));
    expect(seen).not.toHaveBeenCalled();
  });
});
