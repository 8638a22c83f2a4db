// A written plan as a document: blocks of plain text that each renderer (Markdown, text, the add-on's HTML) lays out
// its own way. Every string here may be typed by someone (a name, a step, a goal); a renderer escapes all of it, and
// the structure (headings, lists, tick boxes, signature lines) comes only from the block kinds.

/** A label and its value, on one line: `Person: Ana Lopez`. */
export interface Field {
  label: string;
  value: string;
}

/** One entry of a list: a step with its tick box, or a goal with its label. Its text may run over several lines. */
export interface Item {
  /** A step's tick box; none for a goal. */
  box?: 'done' | 'open';
  overdue?: boolean;
  /** A goal's label, in our words: "How the job feels". */
  label?: string;
  text: string;
  /** A step's due date and status, shown after its text in brackets. */
  status?: string;
  /** Lines under the entry: Why, Done when, Notes. */
  details: Field[];
}

/** A line to sign, or the note that it is signed. */
export interface Signature {
  role: 'Employee' | 'Manager';
  name: string;
  signed: boolean;
  /** The day it is due by, already written for reading (`28 Dec 2026`), or ''. */
  due: string;
}

export type Block =
  /** Said first, under the title: the plan is a draft. */
  | { kind: 'notice'; text: string }
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'heading'; text: string }
  /** A sentence of ours; quiet when it says a section is empty. */
  | { kind: 'paragraph'; text: string; quiet?: boolean }
  | { kind: 'items'; items: Item[] }
  | { kind: 'signatures'; signatures: Signature[] };

export interface WrittenDocument {
  title: string;
  blocks: Block[];
}

/** Typed text as its lines (any line ending), trailing blank lines dropped: they show nothing. */
export function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|[\r\n]/);
  while (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop();
  return lines;
}

/** Typed text on one line (a name in a heading or a field): its line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s*(?:\r\n|[\r\n])\s*/g, ' ');
}

/** A signature line with the name passed through `esc` (the rest is ours, the same in every format). */
export function signatureLine(s: Signature, esc: (text: string) => string): string {
  const who = `${s.role}: ${esc(oneLine(s.name))}`;
  if (s.signed) return `${who}: signed (marked Done in the plan)`;
  return `${who}   Signature: ____________________   Date: ____________${s.due ? ` (by ${esc(s.due)})` : ''}`;
}
