import { parseCsv, toCsv } from './csv';
import { readStatusUpdates, UPDATE_HEADERS, type StatusUpdate, type UpdatesRead } from './status-updates';

// The status updates file as text (contract section 11): what the options page downloads, and what the add-on's
// dialog reads from a paste or an upload. The command line reads the file through its own file reader.

/** The updates as a CSV document: header in contract order, one row per update, every field guarded (contract 4). */
export function statusUpdatesCsv(updates: readonly (Omit<StatusUpdate, 'note'> & { note?: string })[]): string {
  return toCsv([[...UPDATE_HEADERS], ...updates.map((u) => [u.key, u.was, u.status, u.changedOn, u.note ?? ''])]);
}

/** The download's name: `trellis-status-updates-YYYY-MM-DD.csv` on the given (local) day. */
export const statusUpdatesFileName = (day: string) => `trellis-status-updates-${day}.csv`;

/** Reads a pasted or uploaded updates CSV (a byte-order mark is dropped); a quote never closed reads nothing. */
export function readStatusUpdatesText(text: string): UpdatesRead {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { updates: [], problems: [], fatal: { cell: '', message: 'nothing to apply: the text is empty' } };
  }
  const { rows, errors } = parseCsv(text);
  const unclosed = errors.find((e) => /quote/i.test(e.message));
  if (unclosed) {
    return {
      updates: [],
      problems: [],
      fatal: { cell: '', message: `a quoted field is never closed (row ${unclosed.row}), so the rows cannot be told apart` },
    };
  }
  return readStatusUpdates(rows);
}
