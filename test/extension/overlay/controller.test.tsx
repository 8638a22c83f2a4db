// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createController, NOTE_SAVE_DELAY_MS, type OverlayController } from '../../../extension/overlay/controller';
import { loadStore, type OverlayStore } from '../../../extension/overlay/store';
import type { OneOnOneView, OverlayView } from '../../../extension/overlay/view';
import {
  calendarOwnerItem,
  diagnosticsItem,
  meetingsItem,
  overridesItem,
  peopleItem,
  plansItem,
  settingsItem,
  DEFAULT_SETTINGS,
} from '../../../extension/storage';
import { DEV_INSTANCE, DEV_SERIES, devOneOnOne, NOW, plans, samCatchUp, sprintPlanning, TODAY } from './helpers';

let store: OverlayStore;
let controller: OverlayController;

async function start() {
  store = await loadStore();
  controller = createController({ store, now: () => new Date() });
}
const view = (): OverlayView => controller.state().view!;
const oneOnOne = () => view() as OneOnOneView;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(NOW);
  await start();
});
afterEach(async () => {
  controller.close();
  await store.idle();
  store.close();
  vi.useRealTimers();
});

describe('overlay controller', () => {
  it('shows nothing until an event is open, and nothing again once it closes', () => {
    expect(controller.state().view).toBeNull();
    controller.show(devOneOnOne);
    expect(view().kind).toBe('one-on-one');
    controller.show(null);
    expect(controller.state().view).toBeNull();
  });

  it('remembers the calendar owner read from an event id, writing only when it changes', async () => {
    const set = vi.spyOn(store, 'setCalendarOwner');
    controller.show(devOneOnOne);
    controller.show(samCatchUp);
    controller.show(sprintPlanning);
    await store.idle();
    expect(await calendarOwnerItem.getValue()).toBe('maria.lopez@example.com');
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('saves a tick under the instance id, and an untick', async () => {
    controller.show(devOneOnOne);
    const [first, second] = oneOnOne().prompts;
    controller.setAsked(oneOnOne(), first!.id, true);
    controller.setAsked(oneOnOne(), second!.id, true);
    controller.setAsked(oneOnOne(), first!.id, false);
    await store.idle();
    expect(await meetingsItem.getValue()).toEqual({
      [DEV_INSTANCE]: { person: 'dev.patel@example.com', day: TODAY, asked: [second!.id], note: '', updatedAt: NOW.toISOString() },
    });
  });

  it('keeps the prompts the same while they are ticked', () => {
    controller.show(devOneOnOne);
    const before = oneOnOne().prompts.map((p) => p.id);
    for (const id of before) controller.setAsked(oneOnOne(), id, true);
    expect(oneOnOne().prompts.map((p) => p.id)).toEqual(before);
    expect(oneOnOne().asked).toEqual(before);
  });

  it('debounces a note, keeps it in memory at once, and writes it after the delay', async () => {
    controller.show(devOneOnOne);
    controller.setNote(oneOnOne(), 'Wants to');
    controller.setNote(oneOnOne(), 'Wants to lead the API work');
    expect(oneOnOne().note).toBe('Wants to lead the API work');
    expect(await meetingsItem.getValue()).toEqual({});
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS);
    await store.idle();
    expect((await meetingsItem.getValue())[DEV_INSTANCE]?.note).toBe('Wants to lead the API work');
  });

  it.each([
    ['another event opens', (c: OverlayController) => c.show(samCatchUp)],
    ['the popup closes', (c: OverlayController) => c.show(null)],
    ['the note is flushed (blur, tab hidden)', (c: OverlayController) => c.flushNote()],
    ['the controller closes', (c: OverlayController) => c.close()],
  ])('writes a pending note at once when %s', async (_name, leave) => {
    controller.show(devOneOnOne);
    controller.setNote(oneOnOne(), 'Half a thought');
    leave(controller);
    await store.idle();
    expect((await meetingsItem.getValue())[DEV_INSTANCE]?.note).toBe('Half a thought');
  });

  it('keeps a note being typed when another write to meetings comes back from storage', async () => {
    controller.show(devOneOnOne);
    controller.setNote(oneOnOne(), 'Typed, not saved yet');
    await meetingsItem.setValue({ other: { person: 'sam.chen@example.com', day: '2026-11-01', asked: ['a'], note: '', updatedAt: '' } });
    expect(oneOnOne().note).toBe('Typed, not saved yet');
    expect(store.get().meetings.other).toBeDefined();
  });

  it('records the person of a 1:1 with the day last seen, once', async () => {
    controller.show(devOneOnOne);
    controller.show(devOneOnOne);
    await store.idle();
    expect(await peopleItem.getValue()).toEqual({
      'dev.patel@example.com': { name: 'Dev Patel', email: 'dev.patel@example.com', lastSeen: TODAY },
    });
    controller.show(sprintPlanning);
    await store.idle();
    expect(Object.keys(await peopleItem.getValue())).toEqual(['dev.patel@example.com']);
  });

  it.each([
    ['"Treat as 1:1" on a team meeting', sprintPlanning, true, { '0c8s2jq6f1kb3a9g': 'one-on-one' }, 'one-on-one'],
    ['"Not a 1:1" on a 1:1', devOneOnOne, false, { [DEV_SERIES]: 'not-one-on-one' }, 'other'],
  ] as const)('saves %s by series id', async (_name, event, oneOnOneWanted, saved, kind) => {
    controller.show(event);
    controller.setOneOnOne(view(), oneOnOneWanted);
    await store.idle();
    expect(await overridesItem.getValue()).toEqual(saved);
    expect(view().kind).toBe(kind);
    // Saying it back removes the override rather than storing the automatic verdict.
    controller.setOneOnOne(view(), !oneOnOneWanted);
    await store.idle();
    expect(await overridesItem.getValue()).toEqual({});
  });

  it('follows settings and plans changed elsewhere (options page) without reading storage again', async () => {
    controller.show(devOneOnOne);
    expect(oneOnOne().plan).toBeNull();
    await plansItem.setValue(plans);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, promptCount: 5 });
    expect(oneOnOne().plan?.path).toBe('Technical ladder');
    expect(oneOnOne().prompts).toHaveLength(5);
  });

  it('keeps what the reader could not find, once per distinct report', async () => {
    controller.reportMissing('popup', ['title', 'guests']);
    await store.idle();
    const first = await diagnosticsItem.getValue();
    expect(first).toMatchObject({ where: 'popup', missing: ['title', 'guests'] });
    vi.setSystemTime(new Date(2026, 11, 2));
    controller.reportMissing('popup', ['title', 'guests']);
    await store.idle();
    expect(await diagnosticsItem.getValue()).toEqual(first);
    controller.reportMissing('popup', []);
    expect(await diagnosticsItem.getValue()).toEqual(first);
  });

  it('gives an agenda with the prompts and never the private note (guests read the description)', () => {
    controller.show(devOneOnOne);
    controller.setNote(oneOnOne(), 'Talk about the API lead role');
    const text = controller.agenda(oneOnOne());
    expect(text).toContain(oneOnOne().prompts[0]!.text);
    expect(text).not.toContain('Talk about the API lead role');
  });

  it('never throws into the page: a failing listener is reported, not thrown', () => {
    const onError = vi.fn();
    const c = createController({ store, onError });
    c.subscribe(() => {
      throw new Error('boom');
    });
    expect(() => c.show(devOneOnOne)).not.toThrow();
    expect(onError).toHaveBeenCalled();
    c.close();
  });
});
