// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../../extension/components/options/Options';
import { exportAll } from '../../../extension/backup';
import { DEFAULT_SETTINGS, diagnosticsItem, ownPromptsItem, peopleItem, settingsItem } from '../../../extension/storage';

const backupSection = () => within(screen.getByRole('region', { name: 'Backup' }));

function chooseBackup(name: string, text: string) {
  const input = screen.getByLabelText('Import backup') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

async function seed() {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, myEmail: 'ana@example.com' });
  await ownPromptsItem.setValue([{ id: 'own-1', text: 'What energises you?', category: 'strengths-energy' }]);
  await peopleItem.setValue({ 'dev@example.com': { name: 'Dev', email: 'dev@example.com', lastSeen: '2026-05-01' } });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the options page', () => {
  it('has a heading for every section', async () => {
    render(<Options />);
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // Plans first, right under the welcome a new install opens on; the settings after.
    expect(names).toEqual([
      'Written plans',
      'Career goals',
      'Meetings and prompts',
      'Prompts of your own',
      'Backup',
      'Diagnostics',
      'Privacy',
    ]);
  });
});

describe('export', () => {
  it('downloads everything as trellis-backup-<day>.json through a Blob URL', async () => {
    await seed();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 3, 10, 0));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:trellis/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    render(<Options />);
    fireEvent.click(backupSection().getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:trellis/1', download: 'trellis-backup-2026-05-03.json' }]));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toEqual(JSON.parse(JSON.stringify(await exportAll())));
    expect(file.items.settings.myEmail).toBe('ana@example.com');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('import', () => {
  it('asks before replacing, then replaces and shows the restored settings', async () => {
    await seed();
    const backup = JSON.stringify({ ...(await exportAll()), exportedAt: '2026-05-03T08:00:00.000Z' });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, myEmail: 'new@example.com' });
    await ownPromptsItem.setValue([]);
    render(<Options />);
    expect(await screen.findByLabelText('Your email')).toHaveProperty('value', 'new@example.com');
    chooseBackup('trellis-backup-2026-05-03.json', backup);
    const question = await screen.findByText(/Replace everything Trellis stores now/);
    expect(question.textContent).toContain('1 person, 0 meetings, no career goals, 1 prompt of your own, no imported plans');
    expect(await ownPromptsItem.getValue()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace everything' }));
    await waitFor(() => expect(backupSection().getByRole('status').textContent).toContain('Restored from trellis-backup-2026-05-03.json'));
    expect(await screen.findByDisplayValue('ana@example.com')).toBeTruthy();
    expect(await ownPromptsItem.getValue()).toHaveLength(1);
  });

  it('changes nothing when the user cancels', async () => {
    await seed();
    const backup = JSON.stringify(await exportAll());
    await ownPromptsItem.setValue([]);
    render(<Options />);
    chooseBackup('b.json', backup);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(backupSection().getByRole('status').textContent).toBe('Nothing was changed.');
    expect(await ownPromptsItem.getValue()).toEqual([]);
  });

  it('says why a file is refused', async () => {
    render(<Options />);
    chooseBackup('plans.json', '[]');
    await waitFor(() => expect(backupSection().getByRole('status').textContent).toContain('This file is not a Trellis backup'));
    expect(screen.queryByRole('button', { name: 'Replace everything' })).toBeNull();
  });
});

describe('delete everything', () => {
  it('asks in the page, then deletes every item', async () => {
    await seed();
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    render(<Options />);
    expect(await screen.findByLabelText('Your email')).toHaveProperty('value', 'ana@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything Trellis stored' }));
    const yes = await screen.findByRole('button', { name: 'Delete everything' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    expect(await peopleItem.getValue()).not.toEqual({});
    fireEvent.click(yes);
    await waitFor(() => expect(backupSection().getByRole('status').textContent).toContain('Everything Trellis stored has been deleted'));
    expect(confirm).not.toHaveBeenCalled();
    expect(await peopleItem.getValue()).toEqual({});
    expect(await ownPromptsItem.getValue()).toEqual([]);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await waitFor(() => expect(screen.getByLabelText('Your email')).toHaveProperty('value', ''));
  });
});

describe('diagnostics', () => {
  it('says when nothing went wrong', async () => {
    render(<Options />);
    expect(await screen.findByText('No problems seen on Calendar pages.')).toBeTruthy();
  });

  it('shows when, where and what could not be found', async () => {
    await diagnosticsItem.setValue({ at: new Date(2026, 4, 2, 9, 5).toISOString(), where: 'popup', missing: ['guest list', 'event id'] });
    render(<Options />);
    const line = await screen.findByText(/could not find/);
    expect(line.textContent).toContain('On 2 May 2026 at 09:05, in an event popup, Trellis could not find: guest list, event id.');
  });
});
