// @vitest-environment happy-dom
/** Two Calendar tabs: two stores and controllers over one storage, as two content scripts share chrome.storage. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createController, NOTE_SAVE_DELAY_MS, type OverlayController } from '../../../extension/overlay/controller';
import { loadStore, type OverlayStore } from '../../../extension/overlay/store';
import type { OneOnOneView, OverlayView } from '../../../extension/overlay/view';
import { goalsItem, meetingsItem, overridesItem, peopleItem } from '../../../extension/storage';
import { DEV_INSTANCE, DEV_SERIES, devOneOnOne, NOW, samCatchUp, sprintPlanning } from './helpers';

interface Tab {
  store: OverlayStore;
  controller: OverlayController;
  view(): OneOnOneView;
}
let a: Tab;
let b: Tab;

async function openTab(): Promise<Tab> {
  const store = await loadStore();
  const controller = createController({ store });
  return { store, controller, view: () => controller.state().view as OneOnOneView };
}
/** Every write either tab started, and the storage events they cause, done. */
async function settle() {
  await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS);
  await Promise.all([a.store.idle(), b.store.idle()]);
}
const stored = async () => (await meetingsItem.getValue())[DEV_INSTANCE];
const prompt = (n: number) => a.view().prompts[n]!.id;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(NOW);
  // Both tabs load the same (empty) storage, then open the same 1:1.
  [a, b] = await Promise.all([openTab(), openTab()]);
  a.controller.show(devOneOnOne);
  b.controller.show(devOneOnOne);
  await settle();
});
afterEach(async () => {
  for (const tab of [a, b]) {
    tab.controller.close();
    await tab.store.idle();
    tab.store.close();
  }
  vi.useRealTimers();
});

describe('two Calendar tabs on one 1:1', () => {
  it.each([
    {
      name: 'a tick in A, then a note saved in B',
      act: () => {
        a.controller.setAsked(a.view(), prompt(0), true);
        b.controller.setNote(b.view(), 'Wants to lead the API work');
        b.controller.flushNote();
      },
      asked: [0],
      note: 'Wants to lead the API work',
    },
    {
      name: "a note typed in B, then a tick in A, then B's note saved",
      act: () => {
        b.controller.setNote(b.view(), 'Half a thought');
        a.controller.setAsked(a.view(), prompt(0), true);
      },
      asked: [0],
      note: 'Half a thought',
    },
    {
      name: 'ticks of two prompts, one in each tab, saved at the same moment',
      act: () => {
        a.controller.setAsked(a.view(), prompt(0), true);
        b.controller.setAsked(b.view(), prompt(1), true);
      },
      asked: [0, 1],
      note: '',
    },
    {
      name: 'an untick in B of a prompt A ticked, and a note in A',
      act: async () => {
        a.controller.setAsked(a.view(), prompt(0), true);
        a.controller.setAsked(a.view(), prompt(1), true);
        await a.store.idle();
        b.controller.setAsked(b.view(), prompt(0), false);
        a.controller.setNote(a.view(), 'From A');
      },
      asked: [1],
      note: 'From A',
    },
  ])('$name: both edits are stored and both tabs show them', async ({ act, asked, note }) => {
    await act();
    await settle();
    const ids = asked.map(prompt);
    expect(await stored()).toMatchObject({ asked: ids, note });
    for (const tab of [a, b]) expect(tab.view()).toMatchObject({ asked: ids, note });
  });

  it('keeps the note A is typing when B saves something else, and stores it after', async () => {
    a.controller.setNote(a.view(), 'Typed in A, not saved yet');
    b.controller.setAsked(b.view(), prompt(0), true);
    await b.store.idle();
    // B's save has reached A (its tick shows there) and A's typing is still what A shows.
    expect(a.view()).toMatchObject({ asked: [prompt(0)], note: 'Typed in A, not saved yet' });
    expect(await stored()).toMatchObject({ asked: [prompt(0)], note: '' });
    await settle();
    expect(await stored()).toMatchObject({ asked: [prompt(0)], note: 'Typed in A, not saved yet' });
    expect(b.view().note).toBe('Typed in A, not saved yet');
  });

  it('keeps the person each tab met and the verdict each tab changed', async () => {
    a.controller.show(samCatchUp);
    b.controller.show(sprintPlanning);
    b.controller.setOneOnOne(b.controller.state().view as OverlayView, true);
    a.controller.show(devOneOnOne);
    a.controller.setOneOnOne(a.view(), false);
    await settle();
    expect(Object.keys(await peopleItem.getValue()).sort()).toEqual([
      'dev.patel@example.com',
      'ola.nowak@example.com',
      'sam.chen@example.com',
    ]);
    expect(await overridesItem.getValue()).toEqual({ '0c8s2jq6f1kb3a9g': 'one-on-one', [DEV_SERIES]: 'not-one-on-one' });
    expect(b.store.get().overrides).toEqual(a.store.get().overrides);
  });

  it("keeps each tab's career-goals answers, typed at the same time, and shows both in both tabs", async () => {
    a.controller.setGoal(a.view(), 'whatsNext', 'Lead the API work');
    b.controller.setGoal(b.view(), 'notWanted', 'Managing people');
    b.controller.setGoal(b.view(), 'steps', 'Pair with Sam');
    a.controller.setGoal(a.view(), 'shortTerm', 'Ship the cache');
    await settle();
    const dev = (await goalsItem.getValue())['dev.patel@example.com'];
    expect(dev).toMatchObject({
      email: 'dev.patel@example.com',
      person: 'Dev Patel',
      conversationDate: '2026-12-01',
      whatsNext: 'Lead the API work',
      steps: 'Pair with Sam',
      notWanted: 'Managing people',
      shortTerm: 'Ship the cache',
    });
    for (const tab of [a, b]) expect(tab.view().goals).toEqual(dev);
  });
});
