// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../extension/components/popup/Popup';
import { DEFAULT_SETTINGS, meetingsItem, peopleItem, plansItem, settingsItem } from '../../../extension/storage';
import type { ImportedPlans } from '../../../shared/meeting/types';

const TODAY = '2026-05-20';

const plans: ImportedPlans = {
  fileName: 'status.csv',
  importedAt: '2026-05-01T09:00:00.000Z',
  kind: 'status',
  people: [
    {
      name: 'Dev Rao',
      email: 'dev@example.com',
      manager: 'Ana',
      path: 'Technical',
      targetRole: 'Staff engineer',
      steps: [],
      summary: { steps: 4, done: 1, next: { step: 'Lead the design review', owner: 'Dev Rao', due: '2026-05-10' }, signed: true },
    },
    {
      name: 'Sam Lee',
      email: 'sam@example.com',
      manager: 'Ana',
      path: 'Expert',
      targetRole: 'Principal',
      steps: [],
      summary: { steps: 3, done: 1, next: { step: 'Write the storage RFC', owner: 'Sam Lee', due: '2026-07-01' }, signed: false },
    },
  ],
};

async function seed() {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, nudgeDays: 30 });
  await peopleItem.setValue({
    'dev@example.com': { name: 'Dev Rao', email: 'dev@example.com', lastSeen: '2026-05-19' },
    'sam@example.com': { name: 'Sam Lee', email: 'sam@example.com', lastSeen: '2026-05-18' },
    'name:kim': { name: '<b>Kim</b>', email: null, lastSeen: '2026-05-01' },
  });
  await meetingsItem.setValue({
    m1: { person: 'dev@example.com', day: '2026-03-02', asked: ['p1'], note: '', updatedAt: '2026-03-02T10:00:00Z' },
    m2: {
      person: 'sam@example.com',
      day: '2026-05-18',
      asked: [],
      note: 'Wants to go deeper on storage',
      updatedAt: '2026-05-18T10:00:00Z',
    },
  });
  await plansItem.setValue(plans);
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup', () => {
  it('says kindly how to start when no one has been met yet', async () => {
    render(<Popup today={TODAY} />);
    expect((await screen.findByText(/No one here yet/)).textContent).toContain('Open a one-on-one in Google Calendar');
  });

  it('lists the people met, what needs attention first: a lapse, then a first conversation, then the rest', async () => {
    await seed();
    render(<Popup today={TODAY} />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.name')?.textContent)).toEqual(['Dev Rao', '<b>Kim</b>', 'Sam Lee']);
  });

  it.each([
    [
      'Dev Rao',
      [
        'Last career conversation: 2 Mar 2026',
        'Career conversation due',
        'Next: Lead the design review (Dev Rao, due 10 May 2026)',
        'Overdue',
      ],
    ],
    ['Sam Lee', ['Last career conversation: 18 May 2026', 'Next: Write the storage RFC (Sam Lee, due 1 Jul 2026)']],
    ['<b>Kim</b>', ['First career conversation']],
  ])('%s: %j', async (name, says) => {
    await seed();
    render(<Popup today={TODAY} />);
    const card = (await screen.findByText(name)).closest('li')!;
    for (const text of says) expect(card.textContent).toContain(text);
  });

  it.each([
    ['Sam Lee', ['Career conversation due', 'Overdue', 'First career conversation']],
    ['<b>Kim</b>', ['Next:', 'Career conversation due', 'Last career conversation']],
  ])('%s does not say %j', async (name, absent) => {
    await seed();
    render(<Popup today={TODAY} />);
    const card = (await screen.findByText(name)).closest('li')!;
    for (const text of absent) expect(card.textContent).not.toContain(text);
  });

  it('marks what is due in words, emphasised, the separator plain', async () => {
    await seed();
    render(<Popup today={TODAY} />);
    const card = (await screen.findByText('Dev Rao')).closest('li')!;
    for (const word of ['Career conversation due', 'Overdue']) {
      const marker = within(card).getByText(word);
      expect(marker.tagName).toBe('STRONG');
      expect(marker.textContent).toBe(word);
    }
  });

  it('shows names as text', async () => {
    await seed();
    const { container } = render(<Popup today={TODAY} />);
    await screen.findByText('<b>Kim</b>');
    expect(container.querySelector('li b')).toBeNull();
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<Popup today={TODAY} />);
    fireEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Options' }));
    expect(open).toHaveBeenCalledOnce();
  });
});
