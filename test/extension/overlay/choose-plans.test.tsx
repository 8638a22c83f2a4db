// @vitest-environment happy-dom
// "Choose plans file" in the panel, with the background's real import behind it (answerMessage, as the worker runs it).
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChoosePlans, replyText, type SendPlans } from '../../../extension/components/overlay/ChoosePlans';
import { importPlansRequest } from '../../../extension/messages';
import { answerMessage } from '../../../extension/plans-file';
import { plansItem } from '../../../extension/storage';
import { STATUS_HEADERS } from '../../../shared/types';

const statusCsv = [
  STATUS_HEADERS.join(','),
  'Sam Chen,sam.chen@example.com,Maria,Expert,Principal,3,1,0,33,Write the storage RFC,Sam Chen,2026-12-20,No',
].join('\r\n');

/** What the content script's message reaches: the worker's own answer. */
const worker: SendPlans = async (fileName, text) => (await answerMessage(importPlansRequest(fileName, text))) ?? undefined;

async function choose(name: string, text: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  await act(async () => {
    fireEvent.change(input);
  });
}

/** The panel's line on how the import went (a polite live region). */
const said = () => document.querySelector('[aria-live="polite"]')!;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('ChoosePlans', () => {
  it('says there is no plan yet and offers a real button that opens the file chooser', () => {
    render(<ChoosePlans name="Dev Patel" send={worker} />);
    expect(screen.getByText('No written plan for Dev Patel here yet.')).toBeTruthy();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    let opened = 0;
    input.addEventListener('click', () => opened++);
    fireEvent.click(screen.getByRole('button', { name: 'Choose plans file' }));
    expect(opened).toBe(1);
    expect(input.accept).toBe('.csv,.json,text/csv,application/json');
  });

  it('imports the chosen file through the worker and says what it imported', async () => {
    render(<ChoosePlans name="Dev Patel" send={worker} />);
    await choose('plan-status.csv', statusCsv);
    await waitFor(() => expect(said().textContent).toBe('Imported plan-status.csv with plans for 1 person.'));
    expect((await plansItem.getValue())?.people.map((p) => p.email)).toEqual(['sam.chen@example.com']);
  });

  it('shows what went wrong when the file is not a plans file, and keeps the plans stored', async () => {
    render(<ChoosePlans name="Dev Patel" send={worker} />);
    await choose('notes.csv', 'Name,Colour\r\nDev,blue');
    await waitFor(() => expect(said().textContent).toMatch(/^notes\.csv has neither .*Export it again/));
    expect(await plansItem.getValue()).toBeNull();
  });

  it('says to reload when the worker cannot be reached (the extension was updated under the page)', async () => {
    const gone: SendPlans = async () => {
      throw new Error('Extension context invalidated.');
    };
    render(<ChoosePlans name="Dev Patel" send={gone} />);
    await choose('plans.csv', statusCsv);
    await waitFor(() =>
      expect(said().textContent).toBe(
        'Trellis could not import plans.csv here (Error: Extension context invalidated.). Reload this page and try again.',
      ),
    );
  });
});

describe('replyText', () => {
  it.each([
    { reply: { ok: true, people: 6, problems: [] }, text: 'Imported p.csv with plans for 6 people.', error: undefined },
    {
      reply: { ok: true, people: 1, problems: ['no email (row 3)'] },
      text: 'Imported p.csv with plans for 1 person. Some rows could not be used: Trellis Options lists them.',
      error: undefined,
    },
    { reply: { ok: false, message: 'p.csv is empty. Export it again.' }, text: 'p.csv is empty. Export it again.', error: true },
    { reply: undefined, text: 'Trellis did not answer about p.csv. Reload this page and try again.', error: true },
  ] as const)('$text', ({ reply, text, error }) => {
    expect(replyText('p.csv', reply as Parameters<typeof replyText>[1])).toEqual({ text, ...(error ? { error } : {}) });
  });
});
