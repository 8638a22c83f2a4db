import type { Problem } from '../../shared/types';

// Roster problems as cell notes: written in one setNotes over the roster, so notes of ours from an earlier run are
// cleared and the user's own notes are kept.

/** Every note Trellis writes starts with this, so a later run can tell its own notes from the user's. */
export const NOTE_PREFIX = 'Trellis: ';

/** The 0-based row and column of an A1 reference such as `B7`, or undefined for anything else. */
export function cellAt(ref: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  const column = [...m[1]!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

/** A note without the part an earlier run of Trellis wrote (its lines come first, then a blank line, then the user's). */
function userPart(note: string): string {
  if (!note.startsWith(NOTE_PREFIX)) return note;
  const gap = note.indexOf('\n\n');
  return gap < 0 ? '' : note.slice(gap + 2);
}

/** The roster's notes with this run's problems on their cells; undefined when nothing changes. */
export function notesWithProblems(notes: readonly (readonly string[])[], problems: readonly Problem[]): string[][] | undefined {
  const next = notes.map((row) => row.map(userPart));
  const ours = new Map<string, { row: number; column: number; lines: string[] }>();
  for (const problem of problems) {
    const at = cellAt(problem.cell);
    if (!at || at.column >= (next[at.row]?.length ?? 0)) continue;
    const key = `${at.row}:${at.column}`;
    const entry = ours.get(key) ?? { ...at, lines: [] };
    entry.lines.push(`${NOTE_PREFIX}${problem.message}`);
    ours.set(key, entry);
  }
  for (const { row, column, lines } of ours.values()) {
    const user = next[row]![column]!;
    next[row]![column] = user === '' ? lines.join('\n') : `${lines.join('\n')}\n\n${user}`;
  }
  const changed = next.some((row, r) => row.some((note, c) => note !== notes[r]![c]));
  return changed ? next : undefined;
}
