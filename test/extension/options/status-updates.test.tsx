// @vitest-environment happy-dom
// The options page's Plans card: how many steps marked in the panel wait, their export as the status updates CSV
// (contract 11), and a plans import that shows a mark making it done with.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PlansSection } from '../../../extension/components/options/PlansSection';
import { plansItem, stepMarksItem } from '../../../extension/storage';
import type { StepMarks } from '../../../shared/meeting/step-marks';
import { readStatusUpdatesText } from '../../../shared/status-updates-csv';
import { PLAN_HEADERS } from '../../../shared/types';
import { catchDownloads } from './downloads';

const row = (key: string, step: string, status: string) =>
  [
    key,
    'Dev Rao',
    'dev@example.com',
    'Ana',
    'Technical',
    '',
    step,
    'Dev Rao',
    'Employee',
    'dev@example.com',
    '2026-12-20',
    status,
    '',
  ].join(',');
const plansCsv = (status: string) =>
  [
    PLAN_HEADERS.join(','),
    row('dev@example.com#goals-conversation', 'Talk about goals', status),
    row('dev@example.com#choose-path', 'Choose a path', 'Not started'),
  ].join('\r\n');
const MARKS: StepMarks = {
  'dev@example.com#goals-conversation': {
    key: 'dev@example.com#goals-conversation',
    was: 'Not started',
    status: 'Done',
    changedOn: '2026-11-30',
  },
  'dev@example.com#choose-path': { key: 'dev@example.com#choose-path', was: 'Not started', status: 'In progress', changedOn: '2026-12-01' },
};
const exportButton = () => screen.getByRole('button', { name: 'Export status updates (CSV)' }) as HTMLButtonElement;

function choosePlans(name: string, text: string) {
  const input = screen.getByLabelText('Import plans (.csv or .json)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('exporting the steps marked in the panel', () => {
  it('says none waits, and offers no export, when nothing is marked', async () => {
    render(<PlansSection />);
    await screen.findByText('No marked step waits to go into the plans.');
    expect(exportButton().disabled).toBe(true);
  });

  it('downloads trellis-status-updates-<day>.csv: the contract columns, a row per marked step, read back as they were', async () => {
    await stepMarksItem.setValue({
      ...MARKS,
      'x@example.com#s': { key: 'x@example.com#s', was: 'Blocked', status: 'Done', changedOn: '2026-11-02' },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 10, 0));
    const { names: clicked, blobs } = catchDownloads();
    render(<PlansSection />);
    await screen.findByText('3 marked steps wait to go into the plans.');
    fireEvent.click(exportButton());
    await waitFor(() => expect(clicked).toEqual(['trellis-status-updates-2026-12-01.csv']));
    expect(blobs[0]!.type).toBe('text/csv');
    const text = await blobs[0]!.text();
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      'Key,Status was,Status,Changed on,Note',
      'dev@example.com#choose-path,Not started,In progress,2026-12-01,',
    ]);
    expect(text).toContain('x@example.com#s,Blocked,Done,2026-11-02,');
    expect(readStatusUpdatesText(text).updates.map((u) => u.key)).toEqual([
      'dev@example.com#choose-path',
      'dev@example.com#goals-conversation',
      'x@example.com#s',
    ]);
    expect(document.body.textContent).toContain('Exported trellis-status-updates-2026-12-01.csv.');
  });

  it('a plans import that shows a marked step at its new Status drops that mark; the others keep waiting', async () => {
    await stepMarksItem.setValue(MARKS);
    render(<PlansSection />);
    await screen.findByText('2 marked steps wait to go into the plans.');
    choosePlans('plans.csv', plansCsv('Done'));
    await screen.findByText('1 marked step waits to go into the plans.');
    await waitFor(async () => expect(Object.keys(await stepMarksItem.getValue())).toEqual(['dev@example.com#choose-path']));
  });

  it('an import that does not show the marks keeps them all', async () => {
    await stepMarksItem.setValue(MARKS);
    render(<PlansSection />);
    choosePlans('plans.csv', plansCsv('Blocked'));
    await waitFor(async () => expect((await plansItem.getValue())?.fileName).toBe('plans.csv'));
    expect(await stepMarksItem.getValue()).toEqual(MARKS);
    expect(screen.getByText('2 marked steps wait to go into the plans.')).toBeTruthy();
  });
});
