import { a1 } from './a1';
import { cellExact, cellText, isBlankRow, normalizeHeader } from './cells';
import { isIsoDay } from './dates';
import { keyIdentity } from './plans-table';
import { parseStatus } from './status';
import { STATUSES, type PlanRow, type Problem, type Status } from './types';

// Contract section 11: status updates marked in the extension's panel, applied to a plans table. Reading and applying
// are pure; the CSV text is read and written in status-updates-csv.ts (papaparse stays out of the content script).

/** The updates file's columns, in the order Trellis writes them; a reader finds them by header. */
export const UPDATE_HEADERS = ['Key', 'Status was', 'Status', 'Changed on', 'Note'] as const;

/** One step's change of Status, as the extension exports it. */
export interface StatusUpdate {
  key: string;
  /** The Status the extension last imported for the step (a blank cell reads as Not started, as everywhere). */
  was: Status;
  status: Status;
  /** ISO day, or '' when the file left it blank. */
  changedOn: string;
  /** Text to add to the row's Notes on a line of its own; '' for none. */
  note: string;
}

/** An update read from the file, with its 1-based row there (for the reports). */
export interface ReadUpdate extends StatusUpdate {
  row: number;
  /** The A1 reference of its Key cell there. */
  keyCell: string;
}

export interface UpdatesRead {
  updates: ReadUpdate[];
  /** Rows left out, each with its cell in the updates file. */
  problems: Problem[];
  /** Why nothing of the file can be read (no header with Key, Status was and Status). */
  fatal?: Problem;
}

const REQUIRED = ['Key', 'Status was', 'Status'] as const;
const statusList = STATUSES.join(', ');

/** The 0-based column of each header in the header row, found by name (case, spaces, `_`, `-` forgiven). */
function columnsOf(header: readonly unknown[]): Partial<Record<(typeof UPDATE_HEADERS)[number], number>> {
  const columns: Partial<Record<(typeof UPDATE_HEADERS)[number], number>> = {};
  header.forEach((cell, index) => {
    const name = UPDATE_HEADERS.find((h) => normalizeHeader(h) === normalizeHeader(cell));
    if (name && columns[name] === undefined) columns[name] = index;
  });
  return columns;
}

/**
 * The updates of a grid of cells (a parsed CSV), header first. A row with a blank Key, a Status that is none of the
 * five, or a Changed on that is not a day is a problem with its cell and is not applied; so is every row of a Key
 * the file holds more than once, since which of them is meant cannot be told.
 */
export function readStatusUpdates(cells: readonly (readonly unknown[])[]): UpdatesRead {
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return { updates: [], problems: [], fatal: { cell: '', message: 'the file is empty: no header row' } };
  const columns = columnsOf(cells[headerIndex]!);
  const missing = REQUIRED.filter((h) => columns[h] === undefined);
  if (missing.length > 0) {
    const names = missing.join(', ');
    return {
      updates: [],
      problems: [],
      fatal: {
        cell: a1(0, headerIndex + 1),
        message: `not a Trellis status updates file: no ${names} column${missing.length > 1 ? 's' : ''} in the header row ${headerIndex + 1} (the columns are ${UPDATE_HEADERS.join(', ')})`,
      },
    };
  }
  const updates: ReadUpdate[] = [];
  const problems: Problem[] = [];
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const source = cells[i]!;
    if (isBlankRow(source)) continue;
    const read = readRow(source, i + 1, columns);
    if ('problem' in read) problems.push(read.problem);
    else updates.push(read.update);
  }
  return dropRepeatedKeys(updates, problems, columns.Key!);
}

function readRow(
  source: readonly unknown[],
  row: number,
  columns: Partial<Record<(typeof UPDATE_HEADERS)[number], number>>,
): { update: ReadUpdate } | { problem: Problem } {
  const text = (name: (typeof UPDATE_HEADERS)[number]) => (columns[name] === undefined ? '' : cellText(source[columns[name]!]));
  const problem = (name: (typeof UPDATE_HEADERS)[number], message: string) => ({ problem: { cell: a1(columns[name]!, row), message } });
  const key = text('Key');
  if (!key) return problem('Key', 'no Key: the update says no step; left out');
  const status = text('Status');
  if (!status) return problem('Status', `no Status for ${key}; left out (use ${statusList})`);
  const newStatus = parseStatus(status);
  if (!newStatus) return problem('Status', `unknown status "${status}" for ${key}; left out (use ${statusList})`);
  const was = parseStatus(text('Status was'));
  if (!was) return problem('Status was', `unknown status "${text('Status was')}" for ${key}; left out (use ${statusList})`);
  const changedOn = text('Changed on');
  if (changedOn && !isIsoDay(changedOn)) return problem('Changed on', `"${changedOn}" is not a date (YYYY-MM-DD) for ${key}; left out`);
  // A Note is a person's words: kept as typed, only its surrounding blank space dropped.
  const note = columns.Note === undefined ? '' : cellExact(source[columns.Note]).trim();
  return { update: { key, was, status: newStatus, changedOn, note, row, keyCell: a1(columns.Key!, row) } };
}

function dropRepeatedKeys(updates: ReadUpdate[], problems: Problem[], keyColumn: number): UpdatesRead {
  const rowsOf = new Map<string, number[]>();
  for (const u of updates) rowsOf.set(keyIdentity(u.key), [...(rowsOf.get(keyIdentity(u.key)) ?? []), u.row]);
  const kept: ReadUpdate[] = [];
  for (const u of updates) {
    const rows = rowsOf.get(keyIdentity(u.key))!;
    if (rows.length === 1) {
      kept.push(u);
      continue;
    }
    const others = rows.filter((r) => r !== u.row).join(', ');
    problems.push({
      cell: a1(keyColumn, u.row),
      message: `${u.key} is also on row ${others}: none of its updates is applied; keep the one you mean`,
    });
  }
  problems.sort((a, b) => rowOfCell(a.cell) - rowOfCell(b.cell));
  return { updates: kept, problems };
}

const rowOfCell = (cell: string) => Number(cell.replace(/^[A-Z]+/, '')) || 0;

/** The new Status and Notes of one plans row; a field left out is not changed. */
export interface StatusChange {
  /** The row's index in the rows given. */
  index: number;
  status?: Status;
  notes?: string;
}

/** An update that was not applied: to a row whose Status moved on (`index`), or one whose Key is in no row. */
export type SkippedUpdate = { index: number; update: ReadUpdate; message: string } | { index: null; update: ReadUpdate; message: string };

export interface UpdatesApplied {
  changes: StatusChange[];
  skipped: SkippedUpdate[];
  /** Updates whose rows had the new Status already (applied before, or set by someone else): nothing to change. */
  already: number;
}

/** The Notes with `note` on a line of its own at the end; as they were when the note is empty or already a line of them. */
export function withNote(notes: string, note: string): string {
  if (!note) return notes;
  const lines = `\n${notes.replace(/\r\n?/g, '\n')}\n`;
  if (lines.includes(`\n${note.replace(/\r\n?/g, '\n')}\n`)) return notes;
  if (!notes) return note;
  return `${notes}${notes.endsWith('\n') ? '' : '\n'}${note}`;
}

const shown = (status: string) => status.trim() || 'blank';

/**
 * Applies updates to the rows of a plans table (contract section 11): a row whose Status still reads as the update's
 * Status was gets the new Status (written in the contract's spelling) and the Note; a row that already has the new
 * Status keeps it and gets the Note if it is not there yet; any other row is left exactly as it is and the update is
 * skipped, as is an update whose Key is in no row. Every row with the Key is checked (a Key may be on two rows).
 */
export function applyStatusUpdates(
  rows: readonly Pick<PlanRow, 'key' | 'status' | 'notes'>[],
  updates: readonly ReadUpdate[],
): UpdatesApplied {
  const byKey = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = keyIdentity(row.key);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const result: UpdatesApplied = { changes: [], skipped: [], already: 0 };
  for (const update of updates) {
    const indices = byKey.get(keyIdentity(update.key));
    if (!indices) {
      result.skipped.push({ index: null, update, message: `no row has the Key ${update.key}: skipped` });
      continue;
    }
    for (const index of indices) {
      const { status, notes } = rows[index]!;
      const now = parseStatus(status);
      const change: StatusChange = { index };
      if (now === update.status) result.already++;
      else if (now === update.was) change.status = update.status;
      else {
        result.skipped.push({ index, update, message: `Status is now ${shown(status)}, the update expected ${update.was}: skipped` });
        continue;
      }
      const newNotes = withNote(notes, update.note);
      if (newNotes !== notes) change.notes = newNotes;
      if (change.status !== undefined || change.notes !== undefined) result.changes.push(change);
    }
  }
  return result;
}

/** The rows with the changes made (new row objects where a change is; the rest as they were). */
export function withStatusChanges<R extends Pick<PlanRow, 'status' | 'notes'>>(rows: readonly R[], changes: readonly StatusChange[]): R[] {
  const next = [...rows];
  for (const { index, status, notes } of changes) {
    next[index] = { ...next[index]!, ...(status !== undefined && { status }), ...(notes !== undefined && { notes }) };
  }
  return next;
}
