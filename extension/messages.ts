/**
 * What the content script asks of the background service worker, and its answers. Plain types and checks only: the
 * content script imports this file, and the code that answers (with the CSV parser) stays in the worker.
 */

/** "Import this plans file": the text of a file the manager chose in the panel. */
export interface ImportPlansRequest {
  type: 'trellis:import-plans';
  fileName: string;
  text: string;
}

/** How an import went: how many people's plans were stored and what could not be used, or what went wrong. */
export type ImportPlansReply = { ok: true; people: number; problems: string[] } | { ok: false; message: string };

export function importPlansRequest(fileName: string, text: string): ImportPlansRequest {
  return { type: 'trellis:import-plans', fileName, text };
}

/** Whether a message is an import request, shaped as importPlansRequest makes it. */
export function isImportPlansRequest(message: unknown): message is ImportPlansRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'trellis:import-plans' && typeof m.fileName === 'string' && typeof m.text === 'string';
}
