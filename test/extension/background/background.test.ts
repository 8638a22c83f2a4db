// The background service worker as Chrome runs it: its listeners, registered on WXT's fake browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../extension/entrypoints/background';
import { importPlansRequest } from '../../../extension/messages';
import { plansItem } from '../../../extension/storage';
import { STATUS_HEADERS } from '../../../shared/types';

const statusCsv = [
  STATUS_HEADERS.join(','),
  'Dev Patel,dev.patel@example.com,Maria,Technical,Staff engineer,4,1,0,25,Lead the design review,Dev Patel,2026-12-20,Yes',
].join('\r\n');

let openOptionsPage: ReturnType<typeof vi.fn<() => Promise<void>>>;

beforeEach(() => {
  fakeBrowser.reset();
  openOptionsPage = vi.fn(async () => {});
  fakeBrowser.runtime.openOptionsPage = openOptionsPage;
  background.main();
});

describe('on install', () => {
  it.each([
    { reason: 'install', opens: 1 },
    { reason: 'update', opens: 0 },
    { reason: 'chrome_update', opens: 0 },
  ] as const)('$reason opens the options page $opens time(s)', async ({ reason, opens }) => {
    type Details = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0];
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as unknown as Details);
    expect(openOptionsPage).toHaveBeenCalledTimes(opens);
  });
});

describe('messages', () => {
  /** Sends a message as Chrome would hand it to the worker; the answer sendResponse got, and what the listener returned. */
  async function ask(message: unknown, senderId = fakeBrowser.runtime.id) {
    let answered: (value: unknown) => void = () => {};
    const answer = new Promise((done) => {
      answered = done;
    });
    // Chrome hands listeners a sendResponse the fake's types leave out.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const [kept] = await trigger(message, { id: senderId }, answered);
    return { kept, answer: kept === true ? await answer : undefined };
  }

  it('imports a plans file sent by a content script and answers how many people it holds', async () => {
    const { kept, answer } = await ask(importPlansRequest('status.csv', statusCsv));
    expect(kept).toBe(true);
    expect(answer).toEqual({ ok: true, people: 1, problems: [] });
    expect((await plansItem.getValue())?.people.map((p) => p.email)).toEqual(['dev.patel@example.com']);
  });

  it.each([
    { what: 'a message that is not an import', message: { type: 'other' }, senderId: undefined },
    { what: 'an import missing its text', message: { type: 'trellis:import-plans', fileName: 'a.csv' }, senderId: undefined },
    { what: 'an import from another extension', message: importPlansRequest('status.csv', statusCsv), senderId: 'someone-else' },
  ])('leaves alone $what', async ({ message, senderId }) => {
    const { kept } = await ask(message, senderId ?? fakeBrowser.runtime.id);
    expect(kept).toBeUndefined();
    expect(await plansItem.getValue()).toBeNull();
  });
});
