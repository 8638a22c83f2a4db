/**
 * The import of a plans or plan status file into storage, one code path for the options page and for the panel's
 * "Choose plans file" (which hands the file's text to the background service worker: messages.ts). It pulls in the
 * CSV parser, so the content script must never import it.
 */
import { parsePlansImport } from '../shared/meeting/plans-import';
import type { ImportedPlans } from '../shared/meeting/types';
import { isImportPlansRequest, type ImportPlansReply } from './messages';
import { dropShownMarks } from './step-marks-store';
import { plansItem } from './storage';

export type PlansFileOutcome = { ok: true; plans: ImportedPlans; problems: string[] } | { ok: false; message: string };

/** Reads a file's text as plans and stores them in place of any imported before; the plans kept are unchanged on failure. */
export async function importPlansText(text: string, fileName: string, now: Date = new Date()): Promise<PlansFileOutcome> {
  try {
    const result = parsePlansImport(text, fileName, now.toISOString());
    if (!result.ok) return result;
    await plansItem.setValue(result.plans);
    await dropShownMarks(result.plans);
    return result;
  } catch (err) {
    return {
      ok: false,
      message: `Could not import ${fileName} (${String(err)}). Your earlier plans are unchanged; try exporting the file again.`,
    };
  }
}

/** The background service worker's answer to a message: an import request is imported; anything else is not ours (null). */
export function answerMessage(message: unknown, now?: Date): Promise<ImportPlansReply> | null {
  if (!isImportPlansRequest(message)) return null;
  return importPlansText(message.text, message.fileName, now).then((result) =>
    result.ok ? { ok: true, people: result.plans.people.length, problems: result.problems } : result,
  );
}
