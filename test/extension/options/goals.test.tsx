// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GoalsSection } from '../../../extension/components/options/GoalsSection';
import { goalsItem } from '../../../extension/storage';
import { GOALS_HEADERS, type CareerGoals } from '../../../shared/goals';
import { blankGoals } from '../../../shared/goals-export';
import { catchDownloads } from './downloads';

const ANA: CareerGoals = { ...blankGoals('ana@example.com', 'Ana Silva'), jobFeels: 'Good', whatsNext: 'Lead the API\nwork' };
const HEADER = GOALS_HEADERS.join(',');
const LABEL = 'Import career goals (.csv)';

function choose(name: string, text: string) {
  const input = screen.getByLabelText(LABEL) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  fireEvent.change(input);
}
const status = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join('\n');

beforeEach(async () => {
  fakeBrowser.reset();
  await goalsItem.setValue({ 'ana@example.com': ANA });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('exporting career goals', () => {
  it('downloads every person as trellis-career-goals-<day>.csv in the contract columns, formulas guarded', async () => {
    await goalsItem.setValue({ 'ana@example.com': { ...ANA, notWanted: '=cmd|" /C calc"!A0' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 10, 0));
    const { names: clicked, blobs } = catchDownloads();
    render(<GoalsSection />);
    await screen.findByText('Career goals for 1 person are kept in this browser.');
    fireEvent.click(screen.getByRole('button', { name: 'Export career goals (.csv)' }));
    await waitFor(() => expect(clicked).toEqual(['trellis-career-goals-2026-12-01.csv']));
    expect(blobs[0]!.type).toBe('text/csv');
    const text = await blobs[0]!.text();
    expect(text.split('\r\n')[0]).toBe(HEADER);
    expect(text).toContain(`ana@example.com,Ana Silva,,Good,,"Lead the API\nwork",`);
    expect(text).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(status()).toContain('Exported trellis-career-goals-2026-12-01.csv');
  });
});

describe('importing career goals', () => {
  it('adds people and fills blank answers without asking', async () => {
    render(<GoalsSection />);
    choose('goals.csv', [HEADER, 'dev@example.com,Dev Patel,2026-11-02,Fine', 'ana@example.com,Ana Silva,,Good,Yes', ''].join('\r\n'));
    await waitFor(() => expect(status()).toContain('Imported goals.csv: 1 person added, 1 answer filled in.'));
    const stored = await goalsItem.getValue();
    expect(stored['dev@example.com']).toMatchObject({ person: 'Dev Patel', jobFeels: 'Fine', conversationDate: '2026-11-02' });
    expect(stored['ana@example.com']).toEqual({ ...ANA, progressing: 'Yes' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(await screen.findByText('Career goals for 2 people are kept in this browser.')).toBeTruthy();
  });

  it('lists each problem with its file and cell', async () => {
    render(<GoalsSection />);
    choose('goals.csv', [HEADER, 'nobody,Bo', 'ana@example.com,Ana Silva,soon', ''].join('\r\n'));
    const problems = await screen.findByText('Some cells could not be used:');
    expect(Array.from(problems.parentElement!.querySelectorAll('li'), (li) => li.textContent)).toEqual([
      'goals.csv:A2: malformed email "nobody"; the row was left out',
      'goals.csv:C3: "soon" is not a date written YYYY-MM-DD; that field was ignored',
    ]);
  });

  it('refuses a file with no Email column, changing nothing', async () => {
    render(<GoalsSection />);
    choose('people.csv', 'Name,Role\r\nAna,Dev\r\n');
    await waitFor(() => expect(status()).toContain('people.csv:A1: no Email column'));
    expect(await goalsItem.getValue()).toEqual({ 'ana@example.com': ANA });
  });

  const differing = [HEADER, 'ana@example.com,Ana Silva,,"Better\nnow",,Lead the API work', ''].join('\r\n');

  it('lists the answers that differ, keeps mine until asked, and replaces them on "Replace these 2 answers"', async () => {
    render(<GoalsSection />);
    choose('goals.csv', differing);
    const group = await screen.findByRole('group');
    expect(within(group).getByText(/^2 answers in goals\.csv differ from what is kept here\./)).toBeTruthy();
    const items = within(group)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Ana Silva, How the job feels (goals.csv:D2)Here: GoodIn the file: Better\nnow',
      "Ana Silva, What's next (goals.csv:F2)Here: Lead the API\nworkIn the file: Lead the API work",
    ]);
    expect(await goalsItem.getValue()).toEqual({ 'ana@example.com': ANA });
    fireEvent.click(within(group).getByRole('button', { name: 'Replace these 2 answers' }));
    await waitFor(() => expect(status()).toContain("Replaced 2 answers with the file's."));
    expect((await goalsItem.getValue())['ana@example.com']).toEqual({ ...ANA, jobFeels: 'Better\nnow', whatsNext: 'Lead the API work' });
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('keeps mine on "Keep mine"', async () => {
    render(<GoalsSection />);
    choose('goals.csv', differing);
    fireEvent.click(within(await screen.findByRole('group')).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(status()).toContain('Kept your 2 answers.'));
    expect(await goalsItem.getValue()).toEqual({ 'ana@example.com': ANA });
  });

  it('shows hostile text from a file as text', async () => {
    render(<GoalsSection />);
    choose('goals.csv', [HEADER, 'ana@example.com,Ana Silva,,<img src=x onerror=alert(1)>', ''].join('\r\n'));
    const group = await screen.findByRole('group');
    expect(group.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(group.querySelector('img')).toBeNull();
  });
});
