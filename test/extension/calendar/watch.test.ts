// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCalendar } from '../../../extension/calendar/watch';
import { loadFixture, parseFixture } from './fixtures';

/** Lets happy-dom deliver mutation records. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let frames: Array<() => void> = [];
const schedule = (fn: () => void) => void frames.push(fn);
/** Runs the frames requested so far, as the browser would at the next paint. */
async function nextFrame() {
  await settle();
  const due = frames;
  frames = [];
  for (const fn of due) fn();
}

let stop: () => void = () => {};
let onChange = vi.fn();
let fire: () => void = () => {};
const subscribe = (f: () => void) => {
  fire = f;
  return () => {
    fire = () => {};
  };
};

beforeEach(() => {
  frames = [];
  onChange = vi.fn();
  loadFixture('popup.html');
  stop = watchCalendar({ doc: document, onChange, schedule, subscribe });
});

afterEach(() => {
  stop();
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')!;
const body = () => document.getElementById('xDetDlg')!;
const chips = () => Array.from(document.querySelectorAll<HTMLElement>('[data-eventchip]'));

function overlayHost(): HTMLElement {
  const host = document.createElement('trellis-overlay');
  host.setAttribute('data-trellis', 'overlay');
  return host;
}

describe('watchCalendar', () => {
  it.each([
    {
      what: '100 attribute changes on the event body',
      burst: () => {
        for (let i = 0; i < 100; i++) body().setAttribute('data-eventid', `id${i}`);
      },
    },
    {
      what: '100 elements added in the dialog',
      burst: () => {
        for (let i = 0; i < 100; i++) body().append(document.createElement('div'));
      },
    },
    {
      what: 'a mixed burst of 100 across the page',
      burst: () => {
        for (let i = 0; i < 50; i++) chips()[i % 3]!.textContent = `chip ${i}`;
        for (let i = 0; i < 50; i++) dialog().setAttribute('style', `top:${i}px`);
      },
    },
  ])('coalesces $what into one call', async ({ burst }) => {
    burst();
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it.each([
    {
      what: 'text changes in the grid',
      change: () => {
        for (let i = 0; i < 1000; i++) chips()[i % 3]!.textContent = `chip ${i}`;
      },
    },
    {
      what: 'grid chips restyled or re-identified',
      change: () => {
        for (let i = 0; i < 300; i++) chips()[i % 3]!.setAttribute('style', `height:${i}px`);
        for (let i = 0; i < 300; i++) chips()[i % 3]!.setAttribute('data-eventid', `x${i}`);
      },
    },
    {
      what: 'elements added and removed in the grid',
      change: () => {
        const cell = document.querySelector('[role="gridcell"]')!;
        for (let i = 0; i < 100; i++) cell.append(document.createElement('div'));
        for (let i = 0; i < 50; i++) cell.lastElementChild!.remove();
      },
    },
    {
      what: 'hover classes and styles on buttons in the popup, and titles anywhere',
      change: () => {
        const button = document.getElementById('xDetDlgCloseBu')!;
        for (let i = 0; i < 100; i++) button.setAttribute('class', `c${i}`);
        for (let i = 0; i < 100; i++) button.setAttribute('style', `opacity:${i / 100}`);
        for (let i = 0; i < 100; i++) body().setAttribute('title', `t${i}`);
      },
    },
  ])('ignores $what', async ({ change }) => {
    change();
    await nextFrame();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores our overlay host being added and anything done inside it', async () => {
    const host = overlayHost();
    document.body.append(host);
    await nextFrame();
    expect(onChange).not.toHaveBeenCalled();
    const shadow = host.attachShadow({ mode: 'open' });
    for (let i = 0; i < 50; i++) {
      host.append(document.createElement('div'));
      host.setAttribute('style', `top:${i}px`);
      shadow.append(document.createElement('div'));
    }
    const inDialog = overlayHost();
    dialog().append(inDialog);
    for (let i = 0; i < 50; i++) inDialog.append(document.createElement('p'));
    inDialog.setAttribute('aria-hidden', 'true');
    await nextFrame();
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each([
    { where: 'the body', parent: () => document.body },
    { where: 'the dialog', parent: () => dialog() },
  ])('calls once when Calendar removes our host from $where, so that it can be put back', async ({ parent }) => {
    const host = overlayHost();
    parent().append(host);
    await nextFrame();
    expect(onChange).not.toHaveBeenCalled();
    host.remove();
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it.each([
    {
      what: 'a popup appearing',
      change: () => document.body.append(...parseFixture('reused-dialog.html').map((n) => document.importNode(n, true))),
    },
    { what: 'the popup closing', change: () => dialog().remove() },
    {
      what: 'the event page appearing',
      change: () => document.body.append(...parseFixture('page.html').map((n) => document.importNode(n, true))),
    },
    {
      what: 'the popup moved into a new wrapper',
      change: () => {
        const wrapper = document.createElement('div');
        wrapper.append(dialog());
        document.body.append(wrapper);
      },
    },
    { what: 'the popup hidden by aria-hidden', change: () => dialog().setAttribute('aria-hidden', 'true') },
    { what: 'the popup hidden by a class', change: () => dialog().setAttribute('class', 'hidden-by-css') },
    {
      what: 'the re-used dialog switched to another event',
      change: () => {
        const next = parseFixture('reused-dialog.html')[0]!;
        dialog().replaceChildren(...Array.from(next.childNodes).map((n) => document.importNode(n, true)));
      },
    },
  ])('calls for $what', async ({ change }) => {
    change();
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('calls when an ancestor of a known dialog is hidden by style', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    wrapper.append(dialog());
    await nextFrame();
    onChange.mockClear();
    wrapper.setAttribute('style', 'display:none');
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('calls on URL changes: from the subscription, or noticed with the next mutation', async () => {
    fire();
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/calendar/u/0/r/eventedit/abc');
    chips()[0]!.textContent = 'unrelated';
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('stops: no call after stop(), not even for a frame already requested', async () => {
    body().setAttribute('data-eventid', 'a');
    await settle();
    stop();
    await nextFrame();
    dialog().remove();
    fire();
    await nextFrame();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps watching after onChange throws', async () => {
    onChange.mockImplementation(() => {
      throw new Error('boom');
    });
    body().setAttribute('data-eventid', 'a');
    await nextFrame();
    body().setAttribute('data-eventid', 'b');
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('a busy page costs one judged batch a frame: the page is not observed again until the next frame', async () => {
    stop();
    let batches = 0;
    const observe = (target: Node, init: MutationObserverInit, callback: (records: MutationRecord[]) => void) => {
      const observer = new MutationObserver((records) => {
        if (target === document.body) batches++;
        callback(records);
      });
      observer.observe(target, init);
      return () => observer.disconnect();
    };
    stop = watchCalendar({ doc: document, onChange, schedule, subscribe, observe });
    for (let task = 0; task < 100; task++) {
      chips()[task % 3]!.textContent = `chip ${task}`;
      await settle();
    }
    expect(batches).toBe(1);
    await nextFrame();
    chips()[0]!.textContent = 'next frame';
    await settle();
    expect(batches).toBe(2);
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each([
    {
      what: 'a popup appearing',
      change: () => document.body.append(...parseFixture('reused-dialog.html').map((n) => document.importNode(n, true))),
    },
    { what: 'the popup closing', change: () => dialog().remove() },
    {
      what: 'the popup moved into a new wrapper',
      change: () => {
        const wrapper = document.createElement('div');
        wrapper.append(dialog());
        document.body.append(wrapper);
      },
    },
    {
      what: 'our host removed',
      setup: () => document.body.append(overlayHost()),
      change: () => document.querySelector('[data-trellis="overlay"]')!.remove(),
    },
  ])('notices $what while the page watch is paused, at the next frame', async ({ setup, change }) => {
    setup?.();
    await nextFrame();
    onChange.mockClear();
    chips()[0]!.textContent = 'unrelated';
    await settle();
    change();
    await nextFrame();
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('schedules with requestAnimationFrame by default', async () => {
    stop();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const calls = vi.fn();
    stop = watchCalendar({ doc: document, onChange: calls });
    for (let i = 0; i < 20; i++) body().append(document.createElement('div'));
    await vi.waitFor(() => expect(calls).toHaveBeenCalledTimes(1));
    expect(raf).toHaveBeenCalledTimes(1);
    raf.mockRestore();
  });
});
