import type { Problem } from '../../shared/types';

// Roster and career framework problems as cell notes: written in one setNotes a sheet. A later run clears only the
// notes Trellis wrote, known by a mark of each one kept in the document's properties (one property a sheet); a note
// the user typed, even one that starts "Trellis: ", is never touched. Pure: the adapter reads and writes the notes
// and the properties.

/** Every note Trellis writes starts with this; it is for people to read, not how Trellis knows its own notes. */
export const NOTE_PREFIX = 'Trellis: ';
/** The document property (and, past its size limit, `.1`, `.2`…) holding the marks of the notes Trellis wrote in Roster. */
export const MARKS_PROPERTY = 'trellis.rosterNoteMarks';
/** The same for the notes on the Levels and Steps sheets (contract section 12). */
export const LEVELS_MARKS_PROPERTY = 'trellis.levelsNoteMarks';
export const STEPS_MARKS_PROPERTY = 'trellis.stepsNoteMarks';
/** Under Apps Script's 9 KB a property value. */
const CHUNK = 8_000;

/** The 0-based row and column of an A1 reference such as `B7`, or undefined for anything else. */
export function cellAt(ref: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  const column = [...m[1]!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

/** A short fingerprint of a note Trellis wrote (FNV-1a, 32 bits): enough to know it again, small enough to keep. */
export function markOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

const chunkKey = (i: number, property: string) => (i === 0 ? property : `${property}.${i}`);

/** The marks kept in the document's properties under `property`. */
export function readMarks(properties: Readonly<Record<string, string>>, property = MARKS_PROPERTY): Set<string> {
  const marks = new Set<string>();
  for (let i = 0; properties[chunkKey(i, property)]; i++) for (const mark of properties[chunkKey(i, property)]!.split(',')) marks.add(mark);
  return marks;
}

/** The properties that keep these marks, emptying any chunk an earlier, longer list used. */
export function marksProperties(
  marks: ReadonlySet<string>,
  previous: Readonly<Record<string, string>>,
  property = MARKS_PROPERTY,
): Record<string, string> {
  const chunks: string[] = [];
  let current = '';
  for (const mark of [...marks].sort()) {
    if (current.length + mark.length + 1 > CHUNK) {
      chunks.push(current);
      current = '';
    }
    current += current ? `,${mark}` : mark;
  }
  if (current) chunks.push(current);
  const out: Record<string, string> = Object.fromEntries(chunks.map((chunk, i) => [chunkKey(i, property), chunk]));
  for (let i = chunks.length; previous[chunkKey(i, property)]; i++) out[chunkKey(i, property)] = '';
  return out;
}

/** A note split into the part an earlier run of Trellis wrote (first, then a blank line) and the user's part. */
function split(note: string, marks: ReadonlySet<string>): { ours: string; user: string } {
  if (!note.startsWith(NOTE_PREFIX)) return { ours: '', user: note };
  const gap = note.indexOf('\n\n');
  const ours = gap < 0 ? note : note.slice(0, gap);
  if (!marks.has(markOf(ours))) return { ours: '', user: note };
  return { ours, user: gap < 0 ? '' : note.slice(gap + 2) };
}

export interface ProblemNotes {
  /** The roster's notes with this run's problems on their cells; undefined when no note changes. */
  notes?: string[][];
  /**
   * The marks to keep: of the notes written now, and of those cleared now (so a run stopped between saving the marks
   * and writing the notes still knows them next time; a later run drops marks no note has any more).
   */
  marks: Set<string>;
}

/** This run's problems as notes on their cells, and only notes Trellis wrote (their marks) taken away. */
export function notesWithProblems(
  notes: readonly (readonly string[])[],
  problems: readonly Problem[],
  marks: ReadonlySet<string>,
): ProblemNotes {
  const kept = new Set<string>();
  const next = notes.map((row) =>
    row.map((note) => {
      const { ours, user } = split(note, marks);
      if (ours) kept.add(markOf(ours));
      return user;
    }),
  );
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
    const text = lines.join('\n');
    kept.add(markOf(text));
    const user = next[row]![column]!;
    next[row]![column] = user === '' ? text : `${text}\n\n${user}`;
  }
  const changed = next.some((row, r) => row.some((note, c) => note !== notes[r]![c]));
  return { notes: changed ? next : undefined, marks: kept };
}
