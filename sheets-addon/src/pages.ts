/// <reference types="google-apps-script" />
import { fillSlots } from './html';

/**
 * One of our HTML files with its `<!--slot:NAME-->` markers filled. Slot values are HTML the caller has already
 * escaped; what every page's head holds (charset, link target, the shared look: head.html) goes into its `head` slot.
 */
export function page(file: string, slots: Readonly<Record<string, string>> = {}): GoogleAppsScript.HTML.HtmlOutput {
  const head = HtmlService.createHtmlOutputFromFile('head').getContent();
  const source = HtmlService.createHtmlOutputFromFile(file).getContent();
  return HtmlService.createHtmlOutput(fillSlots(source, { head, ...slots }));
}
