/// <reference types="google-apps-script" />
import { fillSlots } from './html';

/** The HTML files by name, in the paste-in build (scripts/build-addon.ts), which has no HTML files beside it. */
declare const TRELLIS_PAGES: Readonly<Record<string, string>> | undefined;

/** An HTML file's text: from the paste-in build's TRELLIS_PAGES where it is there, else the project's file. */
function source(file: string): string {
  if (typeof TRELLIS_PAGES !== 'undefined' && TRELLIS_PAGES !== null) {
    const text = TRELLIS_PAGES[file];
    if (text === undefined) throw new Error(`the paste-in Code.gs has no page named ${file}: build it again`);
    return text;
  }
  return HtmlService.createHtmlOutputFromFile(file).getContent();
}

/**
 * One of our HTML files with its `<!--slot:NAME-->` markers filled. Slot values are HTML the caller has already
 * escaped; what every page's head holds (charset, link target, the shared look: head.html) goes into its `head` slot,
 * and the dialogs' shared script (dialog-kit.html) into a `dialog-kit` slot.
 */
export function page(file: string, slots: Readonly<Record<string, string>> = {}): GoogleAppsScript.HTML.HtmlOutput {
  const text = source(file);
  // The dialogs' shared script (dialog-kit.html), read only for a page that asks for it.
  const kit: Record<string, string> = text.includes(DIALOG_KIT) ? { 'dialog-kit': source('dialog-kit') } : {};
  return HtmlService.createHtmlOutput(fillSlots(text, { head: source('head'), ...kit, ...slots }));
}

const DIALOG_KIT = '<!--slot:dialog-kit-->';
