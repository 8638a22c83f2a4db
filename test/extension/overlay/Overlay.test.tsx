// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WriteClip } from '../../../extension/components/overlay/CopyButton';
import { followUpsOf } from '../../../extension/follow-ups-answer';
import { isFollowUpsRequest } from '../../../extension/follow-ups-message';
import type { OneOnOneView } from '../../../extension/overlay/view';
import { meetingsItem, plansItem } from '../../../extension/storage';
import type { CalendarEvent } from '../../../shared/meeting/types';
import { DEV_INSTANCE, devOneOnOne, devPlan, hostile, plans, samCatchUp, sprintPlanning } from './helpers';
import { Harness, useLoaded } from './harness';

const loaded = useLoaded();

function open(event: CalendarEvent | null, write?: WriteClip) {
  const result = render(<Harness controller={loaded.controller} write={write} />);
  act(() => loaded.controller.show(event, { top: 120, left: 836, maxHeight: 600 }, null));
  return result;
}
const show = (event: CalendarEvent | null) => act(() => loaded.controller.show(event));
const view = () => loaded.controller.state().view as OneOnOneView;
const region = () => screen.getByRole('region', { name: 'Trellis career conversation' });
const noteToggle = () => screen.getByRole('button', { name: 'Private note' });
/** The note's box, opened first when it is folded (it is, while empty). */
const noteBox = () => {
  if (noteToggle().getAttribute('aria-expanded') !== 'true') fireEvent.click(noteToggle());
  return screen.getByLabelText('Private note for this meeting') as HTMLTextAreaElement;
};

describe('Overlay for a 1:1', () => {
  it("is a named region beside the popup with the person and today's prompts as labelled checkboxes", () => {
    const { container } = open(devOneOnOne);
    expect(region().getAttribute('style')).toContain('left: 836px');
    expect(within(region()).getByText('1:1 with Dev Patel')).toBeTruthy();
    const items = container.querySelectorAll('[data-trellis="prompt"]');
    expect(items).toHaveLength(3);
    for (const p of view().prompts) {
      const box = screen.getByRole('checkbox', { name: p.text }) as HTMLInputElement;
      expect(box.checked).toBe(false);
    }
  });

  it('ticks a prompt as asked and saves it, keeping the same prompts', async () => {
    open(devOneOnOne);
    const prompts = view().prompts.map((p) => p.text);
    const box = screen.getByRole('checkbox', { name: prompts[1]! }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    await act(() => loaded.store.idle());
    expect((await meetingsItem.getValue())[DEV_INSTANCE]?.asked).toEqual([view().prompts[1]!.id]);
    expect(screen.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).labels?.[0]?.textContent)).toEqual(prompts);
  });

  it('keeps "More prompts" collapsed until asked, then shows them by category', () => {
    const { container } = open(devOneOnOne);
    const more = screen.getByRole('button', { name: 'More prompts' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /^How the job feels/ })).toBeNull();
    fireEvent.click(more);
    const group = screen.getByRole('button', { name: /^How the job feels \(\d+\)$/ });
    expect(group.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(group);
    expect(group.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelectorAll('[data-trellis="prompt"]').length).toBeGreaterThan(3);
  });

  it('shows the event now open, never a stale one: note and name follow the event', () => {
    open(devOneOnOne);
    const note = noteBox();
    fireEvent.input(note, { target: { value: 'Wants the API lead role' } });
    show(samCatchUp);
    expect(within(region()).getByText('1:1 with Sam Chen')).toBeTruthy();
    expect(noteToggle().getAttribute('aria-expanded')).toBe('false');
    expect(noteBox().value).toBe('');
    show(devOneOnOne);
    // A note with text is open by itself.
    expect(noteToggle().getAttribute('aria-expanded')).toBe('true');
    expect((screen.getByLabelText('Private note for this meeting') as HTMLTextAreaElement).value).toBe('Wants the API lead role');
  });

  it('shows a hostile title and name as text, never as markup', () => {
    const { container } = open(hostile);
    expect(container.querySelector('img, b')).toBeNull();
    expect(region().textContent).toContain('<b>Kim</b> Park');
  });

  it.each([
    ['no conversation yet', {}, /^First career conversation with Dev Patel/, 'first-talk'],
    [
      'the last one 40 days ago',
      { m: { person: 'dev.patel@example.com', day: '2026-10-22', asked: ['x'], note: '', updatedAt: '' } },
      /^Career conversation due\. Your last career conversation with Dev Patel was 40 days ago\.$/,
      'nudge',
    ],
  ])('says when the last career conversation was: %s', async (_name, meetings, words, kind) => {
    await meetingsItem.setValue(meetings);
    open(devOneOnOne);
    expect(screen.getByRole('note').textContent).toMatch(words);
    // Only a real lapse wears the warning colours.
    expect(screen.getByRole('note').className).toBe(kind);
  });

  it('says nothing about being due after a recent conversation', async () => {
    await meetingsItem.setValue({ m: { person: 'dev.patel@example.com', day: '2026-11-24', asked: ['x'], note: '', updatedAt: '' } });
    open(devOneOnOne);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the plan with its next steps, overdue said in words', async () => {
    await plansItem.setValue(plans);
    open(devOneOnOne);
    expect(region().textContent).toContain('Technical ladder, towards Staff engineer');
    const overdue = screen.getByText('Choose a path').closest('li')!;
    expect(overdue.textContent).toBe('Choose a pathOverdue · Dev Patel · due 15 Nov 2026In progressDone');
    expect(within(overdue).getByText('Overdue').tagName).toBe('STRONG');
    expect(screen.getByText('Write the plan down').closest('li')!.textContent).toBe(
      'Write the plan downDev Patel · due 10 Jan 2027In progressDone',
    );
    // Two open steps: nothing more to show, so no toggle and no step cut short.
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    expect(region().querySelector('.clamp')).toBeNull();
  });

  it.each([
    ['the next open step, its owner and due day', null, 'Next: Choose a path (Dev Patel, due 15 Nov 2026) Overdue'],
    ['the step alone when the plan names no owner or day', { step: 'Pick a mentor', owner: '', due: null }, 'Next: Pick a mentor'],
  ])('heads the panel with the plan: %s', async (_name, next, line) => {
    const people = next ? [{ ...devPlan, steps: [], summary: { ...devPlan.summary, next } }] : [devPlan];
    await plansItem.setValue({ ...plans, kind: next ? 'status' : plans.kind, people });
    open(devOneOnOne);
    expect(region().querySelector('.header .next')?.textContent).toBe(line);
  });

  it('says no "Next" without a plan', () => {
    open(devOneOnOne);
    expect(region().querySelector('.next')).toBeNull();
  });

  it("shows a prompt's follow-ups on one click, asked of the worker, the prompt's own text unchanged", async () => {
    // The worker's answer, as the background service worker gives it (follow-ups-answer.ts).
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      isFollowUpsRequest(message) ? followUpsOf(message.promptId) : undefined,
    );
    open(devOneOnOne);
    const first = region().querySelector<HTMLElement>('[data-trellis="prompt"]')!;
    const text = first.textContent;
    const toggle = within(first).getByRole('button', { name: 'Follow-ups' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = await within(first).findByRole('list', { name: 'Follow-ups' });
    expect(Array.from(list.querySelectorAll('li'), (li) => li.textContent)).toEqual(followUpsOf(view().prompts[0]!.id));
    expect(first.querySelector('label')!.textContent).toBe(text);
  });

  it('says so when the worker does not answer for the follow-ups', async () => {
    open(devOneOnOne);
    const first = region().querySelector<HTMLElement>('[data-trellis="prompt"]')!;
    fireEvent.click(within(first).getByRole('button', { name: 'Follow-ups' }));
    expect((await within(first).findByRole('status')).textContent).toBe(
      'Trellis could not fetch the follow-ups here. Reload this page and try again.',
    );
  });

  it('shows the first two open steps, overdue first, and the rest on request', async () => {
    const later = (n: number) => ({
      id: `later-${n}`,
      step: `Later step ${n}`,
      owner: '',
      ownerRole: 'Manager',
      due: `2027-0${n}-01`,
      status: 'Not started',
    });
    const steps = [later(3), ...devPlan.steps, later(2), later(4)];
    await plansItem.setValue({ ...plans, people: [{ ...devPlan, steps }] });
    open(devOneOnOne);
    const shown = () => Array.from(region().querySelectorAll('.step-text'), (s) => s.textContent);
    expect(shown()).toEqual(['Choose a path', 'Write the plan down']);
    const toggle = screen.getByRole('button', { name: 'Show all 5 steps' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(region().querySelector('.steps')!.id);
    expect(region().querySelector('.steps.clamp')).not.toBeNull();
    fireEvent.click(toggle);
    expect(region().querySelector('.clamp')).toBeNull();
    expect(shown()).toEqual(['Choose a path', 'Write the plan down', 'Later step 2', 'Later step 3', 'Later step 4']);
    expect(toggle.textContent).toBe('Show fewer');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Later step 2').closest('li')!.textContent).toContain('Manager · due 1 Feb 2027');
    fireEvent.click(toggle);
    expect(shown()).toHaveLength(2);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the next step of a plan status file', async () => {
    const next = { step: 'Lead the design review', owner: 'Dev Patel', due: '2026-11-20' };
    await plansItem.setValue({ ...plans, kind: 'status', people: [{ ...devPlan, steps: [], summary: { ...devPlan.summary, next } }] });
    open(devOneOnOne);
    expect(screen.getByText('Lead the design review').closest('li')!.textContent).toBe(
      'Lead the design reviewOverdue · Dev Patel · due 20 Nov 2026',
    );
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it.each([
    ['a plans file', 'plans', devPlan.steps.map((st) => ({ ...st, status: 'Done' }))],
    ['a plan status file', 'status', []],
  ] as const)('says every step is done, the same for %s', async (_name, kind, steps) => {
    await plansItem.setValue({ ...plans, kind, people: [{ ...devPlan, steps: [...steps], summary: { ...devPlan.summary, next: null } }] });
    open(devOneOnOne);
    expect(region().textContent).toContain('Every step of this plan is done.');
    expect(region().querySelector('.step')).toBeNull();
  });

  it('offers to choose the plans file right there when there is no plan', () => {
    open(devOneOnOne);
    expect(region().textContent).toContain('No written plan for Dev Patel here yet.');
    expect(screen.getByRole('button', { name: 'Choose plans file' })).toBeTruthy();
  });

  it('copies the agenda', async () => {
    const write = vi.fn(async () => {});
    open(devOneOnOne, write);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy as agenda' }));
    });
    expect(write).toHaveBeenCalledWith({ text: expect.stringContaining('Career conversation with Dev Patel') });
    expect(screen.getByRole('status').textContent).toContain('Copied');
  });

  it('shows the agenda selected in a read-only box when copying is refused', async () => {
    open(devOneOnOne, async () => {
      throw new Error('NotAllowedError');
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy as agenda' }));
    });
    const box = screen.getByRole('textbox', { name: 'Agenda to copy' }) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toContain('Questions for today:');
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });

  it('collapses under its header', () => {
    open(devOneOnOne);
    const header = screen.getByRole('button', { name: /1:1 with Dev Patel/ });
    expect(header.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('takes "Not a 1:1" and then offers "Treat as 1:1"', () => {
    open(devOneOnOne);
    fireEvent.click(screen.getByRole('button', { name: 'Not a 1:1' }));
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Treat as 1:1' })).toBeTruthy();
  });
});

describe('Overlay for anything else', () => {
  it('shows no prompts, only a quiet "Treat as 1:1" that brings them once it knows with whom', () => {
    open(sprintPlanning);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Treat as 1:1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kim Park' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
  });

  it.each([
    ['no event (quick-create bubble, task)', null],
    ['an event without an id to remember a choice under', { ...sprintPlanning, id: null }],
  ])('renders nothing for %s', (_name, event) => {
    const { container } = open(event);
    expect(container.innerHTML).toBe('');
  });

  it.each([
    [true, 'trellis dark'],
    [false, 'trellis light'],
    [null, 'trellis'],
  ])('themes itself from Calendar (dark: %s)', (dark, className) => {
    render(<Harness controller={loaded.controller} />);
    act(() => loaded.controller.show(devOneOnOne, null, dark));
    expect(region().className).toBe(className);
  });
});
