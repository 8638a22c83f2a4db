// @vitest-environment happy-dom
/** The panel's Career goals view: folded to one line, open to the questions, saved per person, copied as a sheet row. */
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Clip, WriteClip } from '../../../extension/components/overlay/CopyButton';
import { NOTE_SAVE_DELAY_MS } from '../../../extension/overlay/controller';
import { RETRY_DELAYS_MS } from '../../../extension/overlay/retry';
import { GOALS_QUESTIONS } from '../../../extension/overlay/goals-questions';
import { goalsItem } from '../../../extension/storage';
import { GOALS_FIELDS, GOALS_HEADERS } from '../../../shared/goals';
import { blankGoals } from '../../../shared/goals-export';
import type { CalendarEvent } from '../../../shared/meeting/types';
import { FOLLOW_UPS } from '../../../shared/prompts/follow-ups';
import { QUESTIONS } from '../../../shared/prompts/questions';
import { devOneOnOne, eventId, ME } from './helpers';
import { Harness, useLoaded } from './harness';

const loaded = useLoaded();

function open(event: CalendarEvent = devOneOnOne, write?: WriteClip) {
  render(<Harness controller={loaded.controller} write={write} />);
  act(() => loaded.controller.show(event));
}
const toggle = () => screen.getByRole('button', { name: /^Career goals:/ });
const answer = (label: string) => screen.getByLabelText(label, { selector: 'textarea' }) as HTMLTextAreaElement;
const type = (label: string, text: string) => fireEvent.input(answer(label), { target: { value: text } });
const DEV = 'dev.patel@example.com';

describe('the Career goals view', () => {
  it('is folded to one line by default, and opens to nine labelled answers and a target date', async () => {
    open();
    expect(toggle().textContent).toBe('Career goals: none written down yet');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Target date')).toBeNull();
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(toggle().getAttribute('aria-controls')!)!;
    const labels = Array.from(region.querySelectorAll('label'));
    expect(labels.map((l) => l.textContent)).toEqual([...GOALS_QUESTIONS.map((q) => q.label), 'Target date']);
    // Every label names its field through for=, and every field is empty.
    for (const label of labels) expect((document.getElementById(label.htmlFor) as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByLabelText('Target date') as HTMLInputElement).type).toBe('date');
  });

  it('asks the six seed questions of the bank, in the order of the sheet, each with its follow-ups', () => {
    const seeds = QUESTIONS.filter((q) => q.tags?.includes('seed'));
    expect(GOALS_QUESTIONS.slice(0, 6).map((q) => q.label)).toEqual(seeds.map((q) => q.text));
    expect(GOALS_QUESTIONS.map((q) => q.field)).toEqual(GOALS_FIELDS.slice(3, 12));
    // A seed question's follow-ups belong in shared/prompts/seed-follow-ups.ts, the only ones the panel carries.
    for (const [i, seed] of seeds.entries()) {
      expect(FOLLOW_UPS[seed.id]?.length, seed.id).toBeGreaterThan(0);
      expect(GOALS_QUESTIONS[i]!.followUps, seed.id).toEqual(FOLLOW_UPS[seed.id]);
    }
  });

  it('shows the follow-ups beside their question, tied to its field', async () => {
    open();
    fireEvent.click(toggle());
    const first = GOALS_QUESTIONS[0]!;
    const field = answer(first.label);
    const hint = document.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe(`If the answer is short, ask: ${first.followUps.join(' ')}`);
  });

  it('saves what is typed for the person (not the meeting) shortly after typing stops, with the day as the conversation date', async () => {
    open();
    fireEvent.click(toggle());
    type(GOALS_QUESTIONS[2]!.label, 'Lead the API work\nthen the platform');
    fireEvent.input(screen.getByLabelText('Target date'), { target: { value: '2027-06-30' } });
    expect(await goalsItem.getValue()).toEqual({});
    await act(async () => {
      await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS);
    });
    await act(() => loaded.store.idle());
    expect((await goalsItem.getValue())[DEV]).toEqual({
      ...blankGoals(DEV, 'Dev Patel'),
      whatsNext: 'Lead the API work\nthen the platform',
      targetDate: '2027-06-30',
      conversationDate: '2026-12-01',
    });
    expect(toggle().textContent).toBe('Career goals: 1 of 9 answered, 1 Dec 2026');
  });

  it('saves at once when a field is left', async () => {
    open();
    fireEvent.click(toggle());
    type(GOALS_QUESTIONS[0]!.label, 'Good, mostly');
    fireEvent.blur(answer(GOALS_QUESTIONS[0]!.label));
    await act(() => loaded.store.idle());
    expect((await goalsItem.getValue())[DEV]?.jobFeels).toBe('Good, mostly');
  });

  it("shows a person's stored goals filled in, in any 1:1 with them", async () => {
    await goalsItem.setValue({
      [DEV]: { ...blankGoals(DEV, 'Dev Patel'), conversationDate: '2026-11-12', jobFeels: 'Fine', longTerm: 'Staff engineer' },
    });
    const another: CalendarEvent = {
      source: 'popup',
      id: eventId('other1on1x'),
      title: 'Dev and Maria',
      guests: [ME, devOneOnOne.guests[1]!],
    };
    open(another);
    expect(toggle().textContent).toBe('Career goals: 2 of 9 answered, 12 Nov 2026');
    fireEvent.click(toggle());
    expect(answer(GOALS_QUESTIONS[0]!.label).value).toBe('Fine');
    expect(answer(GOALS_QUESTIONS[7]!.label).value).toBe('Staff engineer');
  });

  it('is not offered for a 1:1 with no email to keep the goals by', async () => {
    open({ source: 'popup', id: null, title: 'Maria / Jo 1:1', guests: [] });
    expect(screen.getByText(/1:1 with Jo/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Career goals:/ })).toBeNull();
  });

  it('keeps hostile text as text: no markup made, no script run', async () => {
    open();
    fireEvent.click(toggle());
    const hostile = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>\u001b[2J=HYPERLINK("x")';
    type(GOALS_QUESTIONS[1]!.label, hostile);
    expect(answer(GOALS_QUESTIONS[1]!.label).value).toBe(hostile);
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('an answer Chrome will not store', () => {
  it('says "Not saved", keeps the answer in its box, and stores it on "Try again" once Chrome takes it', async () => {
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    let refuse = true;
    vi.spyOn(local, 'set').mockImplementation(async (items) => {
      if ('goals' in items && refuse) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    open();
    // The person met is saved on opening; the answer's save is the next one.
    await act(() => loaded.store.idle());
    fireEvent.click(toggle());
    type(GOALS_QUESTIONS[6]!.label, 'Ship the cache by March');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS + RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0) + 100);
      await loaded.store.idle();
    });
    expect(screen.getByRole('alert').textContent).toMatch(/^Not saved: Chrome's storage for Trellis is full\./);
    expect(answer(GOALS_QUESTIONS[6]!.label).value).toBe('Ship the cache by March');
    expect(await goalsItem.getValue()).toEqual({});
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await act(() => loaded.store.idle());
    expect((await goalsItem.getValue())[DEV]?.shortTerm).toBe('Ship the cache by March');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('Copy row for the Career goals sheet', () => {
  it("puts the row on the clipboard as tab-separated text and as an HTML table, in the sheet's columns", async () => {
    const clips: Clip[] = [];
    open(devOneOnOne, async (clip) => {
      clips.push(clip);
    });
    fireEvent.click(toggle());
    type(GOALS_QUESTIONS[0]!.label, 'Good\nmostly');
    type(GOALS_QUESTIONS[8]!.label, '=HYPERLINK("http://x")');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy row for the Career goals sheet' }));
    });
    expect(clips).toHaveLength(1);
    const cells = clips[0]!.text.split('\t');
    expect(cells).toHaveLength(GOALS_HEADERS.length);
    expect(cells.slice(0, 4)).toEqual([DEV, 'Dev Patel', '2026-12-01', '"Good\nmostly"']);
    expect(cells[11]).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(clips[0]!.html).toContain('<td>Good<br>mostly</td>');
    expect(clips[0]!.html).toContain('<td>&#39;=HYPERLINK(&quot;http://x&quot;)</td>');
    expect(
      within(screen.getByRole('region'))
        .getAllByRole('status')
        .some((s) => s.textContent?.includes("Dev's row")),
    ).toBe(true);
  });

  it('shows the row selected to copy by hand when copying is refused', async () => {
    open(devOneOnOne, async () => {
      throw new Error('NotAllowedError');
    });
    fireEvent.click(toggle());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy row for the Career goals sheet' }));
    });
    const box = screen.getByRole('textbox', { name: 'Row to copy' }) as HTMLTextAreaElement;
    expect(box.value.split('\t').slice(0, 2)).toEqual([DEV, 'Dev Patel']);
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });
});
