// A prompt's follow-ups, asked by the Calendar panel and answered by the background service worker as Chrome runs
// it (its listeners on WXT's fake browser), so the bank's follow-ups stay out of the content script.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../extension/entrypoints/background';
import { followUpsReply, followUpsRequest } from '../../../extension/follow-ups-message';
import { FOLLOW_UPS } from '../../../shared/prompts/follow-ups';
import { QUESTIONS } from '../../../shared/prompts/questions';

beforeEach(() => {
  fakeBrowser.reset();
  background.main();
});

/** What the worker's listeners send back for `message` from `senderId`, through sendResponse. */
async function ask(message: unknown, senderId = fakeBrowser.runtime.id): Promise<unknown[]> {
  const sent: unknown[] = [];
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  await trigger(message, { id: senderId }, (answer: unknown) => sent.push(answer));
  return sent;
}

describe("a prompt's follow-ups from the worker", () => {
  it.each(QUESTIONS.slice(0, 3).map((q) => [q.id]))('answers %s with its follow-ups from the bank', async (id) => {
    const sent = await ask(followUpsRequest(id));
    expect(sent).toEqual([FOLLOW_UPS[id]]);
    expect(followUpsReply(sent[0])).toEqual(FOLLOW_UPS[id]);
  });

  it.each([
    ['a prompt the bank does not have (a manager’s own)', followUpsRequest('own-1a2b3c4d'), fakeBrowser.runtime.id, [[]]],
    ['a name the bank object has but no prompt does', followUpsRequest('constructor'), fakeBrowser.runtime.id, [[]]],
    ['a request without a prompt id', { type: 'trellis:follow-ups' }, fakeBrowser.runtime.id, []],
    ['a request from another extension', followUpsRequest(QUESTIONS[0]!.id), 'someone-else', []],
  ])('answers %s with nothing to show', async (_what, message, senderId, expected) => {
    expect(await ask(message, senderId)).toEqual(expected);
  });

  it.each([
    ['a list of questions', ['Why?'], ['Why?']],
    ['no answer', undefined, null],
    ['something else', { ok: true }, null],
    ['a list with a non-question', ['Why?', 3], null],
  ])('the panel takes %s as %j', (_what, reply, expected) => {
    expect(followUpsReply(reply)).toEqual(expected);
  });
});
