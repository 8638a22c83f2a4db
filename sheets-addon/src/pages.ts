/// <reference types="google-apps-script" />
import { fillSlots } from './html';

/**
 * One of our HTML files with its `<!--slot:NAME-->` markers filled. Slot values are HTML the caller has already
 * escaped; the shared look (styles.html) goes into every page's `styles` slot.
 */
export function page(file: string, slots: Readonly<Record<string, string>> = {}): GoogleAppsScript.HTML.HtmlOutput {
  const styles = HtmlService.createHtmlOutputFromFile('styles').getContent();
  const source = HtmlService.createHtmlOutputFromFile(file).getContent();
  return HtmlService.createHtmlOutput(fillSlots(source, { styles, ...slots }));
}
