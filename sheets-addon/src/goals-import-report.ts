import type { GoalsTableConflict } from '../../shared/goals-merge';
import { plural } from '../../shared/plural';
import { markOf } from './problem-notes';
import { CAREER_GOALS } from './words';

// What the paste-or-upload dialog shows: the cells it asks about, and what it did. Pure; the dialog builds its page
// from these with text nodes only.

/** A conflict as the dialog lists it: the cell, whose and which column, and both texts shortened to a line. */
export interface ConflictView {
  /** Stands for this cell holding this text, and this incoming text: a "Replace" answers for exactly what was shown. */
  key: string;
  cell: string;
  header: string;
  person: string;
  current: string;
  incoming: string;
}

/** A problem as the dialog lists it; `cell` is in Career goals when `inSheet`, else in what was pasted. */
export interface ImportProblem {
  cell: string;
  message: string;
  inSheet: boolean;
}

const LINE = 70;

/** Text on one line, no longer than LINE characters: line breaks shown as ↵, the rest cut with an ellipsis. */
export function shortText(text: string): string {
  const line = text.trim().replace(/\s*\n\s*/g, ' ↵ ');
  return line.length > LINE ? `${line.slice(0, LINE - 1).trimEnd()}…` : line;
}

export function conflictKey(conflict: GoalsTableConflict): string {
  return `${conflict.cell}:${markOf(conflict.current)}:${markOf(conflict.value)}`;
}

export function conflictView(conflict: GoalsTableConflict): ConflictView {
  const { cell, header, person } = conflict;
  return { key: conflictKey(conflict), cell, header, person, current: shortText(conflict.current), incoming: shortText(conflict.value) };
}

/** The question above the list of conflicts. */
export function askText(conflicts: number, fills: number, added: number): string {
  const cells = plural(conflicts, 'cell', 'cells');
  const rest = fills + added > 0 ? ' Empty cells are filled and new people added either way.' : '';
  return `${cells} in ${CAREER_GOALS} already ${conflicts === 1 ? 'holds' : 'hold'} something else. Replace ${conflicts === 1 ? 'it' : 'them'} with what you added, or keep what is in the sheet?${rest}`;
}

/** What was done, in one or two sentences. */
export function doneText(done: { filled: number; people: number; added: number; replaced: number; kept: number }): string {
  const parts: string[] = [];
  if (done.filled > 0)
    parts.push(`filled ${plural(done.filled, 'empty cell', 'empty cells')} for ${plural(done.people, 'person', 'people')}`);
  if (done.added > 0) parts.push(`added ${plural(done.added, 'person', 'people')} at the end`);
  if (done.replaced > 0) parts.push(`replaced ${plural(done.replaced, 'cell', 'cells')}`);
  let text =
    parts.length > 0 ? `In ${CAREER_GOALS}, Trellis ${joinAnd(parts)}.` : `Nothing new: ${CAREER_GOALS} already holds all of this.`;
  if (done.kept > 0) text += ` ${plural(done.kept, 'cell was', 'cells were')} kept as ${done.kept === 1 ? 'it was' : 'they were'}.`;
  return text;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
