/**
 * The background service worker: wiring only. On first install it opens the options page, which welcomes the
 * manager with the plans import first; and it imports a plans file chosen in the Calendar panel, so the CSV parser
 * never loads into Calendar's page (plans-file.ts). Neither needs a permission beyond `storage`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { followUpsOf } from '../follow-ups-answer';
import { isFollowUpsRequest } from '../follow-ups-message';
import { answerMessage } from '../plans-file';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own pages and content scripts may ask; a page's own scripts cannot reach here anyway.
    if (sender.id !== browser.runtime.id) return;
    const answer = answerMessage(message);
    if (!answer) return;
    void answer.then(sendResponse);
    // Keeps the channel open for the answer (a returned Promise is not taken as the answer by every Chrome).
    return true;
  });
  // A prompt's follow-ups, opened in the panel: the bank's follow-ups stay here, out of Calendar's page.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !isFollowUpsRequest(message)) return;
    sendResponse(followUpsOf(message.promptId));
  });
});
