// The one plans import the options page and the background service worker share.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPlansRequest } from '../../extension/messages';
import { answerMessage, importPlansText } from '../../extension/plans-file';
import { plansItem } from '../../extension/storage';
import { STATUS_HEADERS } from '../../shared/types';

const row = (name: string, email: string) => `${name},${email},Maria,Technical,Staff engineer,4,1,0,25,Lead,${name},2026-12-20,Yes`;
const status = (...rows: string[]) => [STATUS_HEADERS.join(','), ...rows].join('\r\n');
const NOW = new Date('2026-12-01T09:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('importPlansText', () => {
  it('stores the plans with the file name and the time, and passes the rows it could not use on', async () => {
    const result = await importPlansText(status(row('Dev Patel', 'dev@example.com'), row('Nobody', '')), 'status.csv', NOW);
    expect(result.ok && result.problems).toEqual([expect.stringContaining('no email (row 3)')]);
    expect(await plansItem.getValue()).toMatchObject({ fileName: 'status.csv', importedAt: NOW.toISOString(), kind: 'status' });
  });

  it('keeps the plans it had when a file cannot be read, and says what to do', async () => {
    await importPlansText(status(row('Dev Patel', 'dev@example.com')), 'good.csv', NOW);
    const result = await importPlansText('Name,Colour\r\nDev,blue', 'bad.csv', NOW);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^bad\.csv has neither .* Export it again/) });
    expect((await plansItem.getValue())?.fileName).toBe('good.csv');
  });
});

describe('answerMessage', () => {
  it.each([
    {
      what: 'a file of two people',
      message: importPlansRequest('s.csv', status(row('A', 'a@x.org'), row('B', 'b@x.org'))),
      reply: { ok: true, people: 2, problems: [] },
    },
    {
      what: 'an empty file',
      message: importPlansRequest('s.csv', ''),
      reply: { ok: false, message: expect.stringContaining('s.csv is empty') },
    },
  ])('answers $what', async ({ message, reply }) => {
    expect(await answerMessage(message, NOW)).toEqual(reply);
  });

  it.each([null, 'import', { type: 'trellis:import-plans', fileName: 1, text: '' }, { type: 'other', fileName: 'a', text: '' }])(
    'does not answer %j',
    (message) => {
      expect(answerMessage(message, NOW)).toBeNull();
    },
  );
});
