// @vitest-environment happy-dom
/** A write Chrome rejects (quota, disk): tried again, then shown in the panel and on the options page; nothing typed is lost. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AboutSection } from '../../../extension/components/options/AboutSection';
import { mountOverlay } from '../../../extension/components/overlay/mount';
import { createController, NOTE_SAVE_DELAY_MS, type OverlayController } from '../../../extension/overlay/controller';
import { RETRY_DELAYS_MS } from '../../../extension/overlay/retry';
import { loadStore, type OverlayStore } from '../../../extension/overlay/store';
import { meetingsItem, saveProblemItem } from '../../../extension/storage';
import { DEV_INSTANCE, devOneOnOne, NOW } from './helpers';

const QUOTA = 'QUOTA_BYTES quota exceeded';
const ALL_TRIES = RETRY_DELAYS_MS.length + 1;
let store: OverlayStore;
let controller: OverlayController;
let panel: HTMLElement;
let unmount: () => void;
/** How many more writes of the meetings storage.local rejects. */
let failures: number;
let meetingWrites: number;

/** The note's box, opened first when it is folded (it is, while empty). */
const noteBox = () => {
  const toggle = within(panel).getByRole('button', { name: 'Private note' });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return within(panel).getByLabelText('Private note for this meeting') as HTMLTextAreaElement;
};
const alert = () => within(panel).queryByRole('alert');
const type = (text: string) => {
  const box = noteBox();
  return act(() => void fireEvent.input(box, { target: { value: text } }));
};
/** The debounce, every try and every wait between them, and the writes after. */
async function waitOutRetries() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS + RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0) + 100);
    await store.idle();
  });
}
/** Renders the options page's diagnostics and lets it read storage. */
async function openOptions() {
  render(<AboutSection />);
  await act(async () => void (await vi.advanceTimersByTimeAsync(10)));
}
const storedNote = async () => (await meetingsItem.getValue())[DEV_INSTANCE]?.note;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(NOW);
  failures = 0;
  meetingWrites = 0;
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (items) => {
    if ('meetings' in items) {
      meetingWrites++;
      if (failures > 0) {
        failures--;
        throw new Error(QUOTA);
      }
    }
    return set(items);
  });
  store = await loadStore();
  controller = createController({ store });
  panel = document.createElement('div');
  document.body.append(panel);
  unmount = mountOverlay(panel, controller);
  act(() => controller.show(devOneOnOne));
  await act(() => store.idle());
});
afterEach(async () => {
  cleanup();
  unmount();
  panel.remove();
  controller.close();
  await store.idle();
  store.close();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a write Chrome rejects', () => {
  it.each([
    { failures: 1, saved: true },
    { failures: ALL_TRIES - 1, saved: true },
    { failures: ALL_TRIES, saved: false },
  ])('failing $failures times: tried $failures more times, saved: $saved', async ({ failures: times, saved }) => {
    failures = times;
    type('Wants to lead the API work');
    await waitOutRetries();
    expect(meetingWrites).toBe(Math.min(times + 1, ALL_TRIES));
    expect(await storedNote()).toBe(saved ? 'Wants to lead the API work' : undefined);
    expect(alert() === null).toBe(saved);
  });

  it('still failing, says so in the panel, keeps the typed note there and in memory, and tells the options page', async () => {
    failures = Infinity;
    type('Wants to lead the API work');
    await waitOutRetries();
    expect(alert()?.textContent).toContain(
      "Not saved: Chrome's storage for Trellis is full. Your note, ticks and answers are kept here while this tab stays open. Copy your note somewhere safe.",
    );
    expect(noteBox().value).toBe('Wants to lead the API work');
    expect(store.get().meetings[DEV_INSTANCE]?.note).toBe('Wants to lead the API work');
    expect(await storedNote()).toBeUndefined();

    expect(await saveProblemItem.getValue()).toMatchObject({ reason: "Chrome's storage for Trellis is full" });
    await openOptions();
    const line = screen.getByText(/could not save your changes/);
    expect(line.textContent).toContain(
      "a Calendar tab could not save your changes: Chrome's storage for Trellis is full. They are kept in that tab",
    );
  });

  it.each([
    ['the next thing typed', () => type('Wants to lead the API work, from March')],
    ['"Try again"', () => act(() => void fireEvent.click(within(panel).getByRole('button', { name: 'Try again' })))],
  ])('once writes work again, saves the kept note with %s and clears the message everywhere', async (_name, retry) => {
    failures = Infinity;
    type('Wants to lead the API work');
    await waitOutRetries();
    await openOptions();
    expect(screen.getByText(/could not save your changes/)).toBeTruthy();

    failures = 0;
    retry();
    await waitOutRetries();
    expect(alert()).toBeNull();
    expect(await storedNote()).toBe(noteBox().value);
    expect(noteBox().value).toMatch(/^Wants to lead the API work/);
    expect(await saveProblemItem.getValue()).toBeNull();
    // The options page, still open, follows.
    expect(screen.queryByText(/could not save your changes/)).toBeNull();
    expect(screen.getByText('No problems seen on Calendar pages.')).toBeTruthy();
  });

  it('says so for a tick too, and keeps the tick on screen', async () => {
    failures = Infinity;
    const first = within(panel).getAllByRole('checkbox')[0] as HTMLInputElement;
    act(() => void fireEvent.click(first));
    await waitOutRetries();
    expect(alert()?.textContent).toContain('Not saved:');
    expect((within(panel).getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true);
  });
});
