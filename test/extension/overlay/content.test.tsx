// @vitest-environment happy-dom
/** The content script as wired: the real finder, reader, watcher, store and overlay on a page shaped like Calendar's. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import definition from '../../../extension/entrypoints/calendar.content/index';
import { meetingsItem } from '../../../extension/storage';
import { DEV, devOneOnOne, hostile, ME, rawId, sprintPlanning } from './helpers';
import type { CalendarEvent } from '../../../shared/meeting/types';

let ctx: ContentScriptContext;

/** Calendar's event popup for an event, re-using one dialog as Calendar does. */
function openPopup(event: CalendarEvent) {
  let dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) {
    dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('data-chips-dialog', 'true');
    document.body.append(dialog);
  }
  const body = document.createElement('div');
  body.id = 'xDetDlg';
  body.setAttribute('data-eventid', event.id ? rawId(event.id.instanceId, event.id.calendarId) : '');
  const title = document.createElement('span');
  title.id = 'rAECCd';
  title.setAttribute('role', 'heading');
  title.textContent = event.title;
  const guests = document.createElement('div');
  guests.id = 'xDetDlgAtt';
  for (const g of event.guests) {
    const row = document.createElement('div');
    row.setAttribute('data-email', g.email);
    row.setAttribute('data-hovercard-id', g.email);
    row.textContent = g.name;
    guests.append(row);
  }
  body.append(title, guests);
  const wrap = document.createElement('span');
  wrap.append(body);
  dialog.replaceChildren(wrap);
}

const host = () => document.querySelector<HTMLElement>('[data-trellis="overlay"]');
const prompts = () => host()?.shadowRoot?.querySelectorAll('[data-trellis="prompt"]') ?? [];
/** Lets the watcher's frame and the store's writes run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 20));
};

beforeEach(async () => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  // happy-dom lays nothing out: every element counts as shown.
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
  ctx = new ContentScriptContext('calendar', { matches: ['https://calendar.google.com/*'] });
  await definition.main(ctx);
  await settle();
});
afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
});

describe('calendar content script', () => {
  it('adds one host with an open shadow root and nothing else', () => {
    expect(document.querySelectorAll('[data-trellis="overlay"]')).toHaveLength(1);
    expect(host()!.shadowRoot).not.toBeNull();
    expect(document.body.children).toHaveLength(1);
  });

  it('shows prompts for a 1:1, none for a team meeting, and follows the re-used dialog', async () => {
    openPopup(devOneOnOne);
    await settle();
    expect(prompts()).toHaveLength(3);
    expect(host()!.shadowRoot!.textContent).toContain('1:1 with Dev Patel');
    openPopup(sprintPlanning);
    await settle();
    expect(prompts()).toHaveLength(0);
    expect(host()!.shadowRoot!.textContent).toContain('Treat as 1:1');
    openPopup({ ...devOneOnOne, guests: [ME, DEV] });
    await settle();
    expect(prompts()).toHaveLength(3);
  });

  it('keeps a hostile title as text', async () => {
    openPopup(hostile);
    await settle();
    expect(host()!.shadowRoot!.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('puts its host back when Calendar removes it, and saves a tick', async () => {
    openPopup(devOneOnOne);
    await settle();
    host()!.remove();
    await settle();
    expect(prompts()).toHaveLength(3);
    const box = host()!.shadowRoot!.querySelector<HTMLInputElement>('[data-trellis="prompt"] input')!;
    box.click();
    await settle();
    expect(Object.values(await meetingsItem.getValue())[0]?.asked).toHaveLength(1);
  });

  it('asks before the tab closes only while an edit could not be stored', async () => {
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    openPopup(devOneOnOne);
    await settle();
    expect(leaving()).toBe(false);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    host()!.shadowRoot!.querySelector<HTMLInputElement>('[data-trellis="prompt"] input')!.click();
    // After every try (about four seconds), the panel says so and closing the tab asks first.
    await vi.waitFor(() => expect(host()!.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('Not saved'), {
      timeout: 8_000,
    });
    expect(leaving()).toBe(true);
  });

  it('shows nothing once the popup closes', async () => {
    openPopup(devOneOnOne);
    await settle();
    document.querySelector('[role="dialog"]')!.remove();
    await settle();
    expect(prompts()).toHaveLength(0);
  });
});
