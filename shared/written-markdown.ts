import { type Block, type Field, type Item, linesOf, oneLine, signatureLine, type WrittenDocument } from './written-doc';

// A written plan in Markdown (CommonMark with GitHub's extensions). Every text is escaped so that it reads back as
// the same text and never as structure: no typed line becomes a heading, a list item, a tick box, a quote, a rule,
// a table, emphasis, code, a link or HTML, wherever it stands.

/** Characters with a meaning somewhere in a line: a backslash in front makes each one itself. */
const ANYWHERE = /[\\`*_[\]<>#|~!&@]/g;
/** What starts a block only at the start of a line: `-`, `+`, `=` (lists, rules, setext underlines) and `1.` or `1)`. */
const LINE_START = /^(\s*)(?:([-+=])|(\d+)([.)]))/;
/** Bare links GitHub makes without any markup: `http://…`, `www.…`. */
const BARE_LINK = /\b(https?|ftp|mailto|xmpp|www)([:.])/gi;

/** One line of text, escaped. */
function escapeLine(line: string): string {
  return line
    .replace(ANYWHERE, (c) => `\\${c}`)
    .replace(BARE_LINK, (_, word: string, mark: string) => `${word}\\${mark}`)
    .replace(LINE_START, (_, space: string, mark?: string, digits?: string, dot?: string) =>
      mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`,
    );
}

/** Text on one line (names, labels, field values): its line breaks become spaces. */
const inline = (text: string) => escapeLine(oneLine(text));

/**
 * Text that may run over lines, inside a list item whose text starts at column `indent`: each line break is a hard
 * break (a `\` at the end of the line) and the next line is indented into the item. A blank line would end the
 * item's paragraph, so it is written as a lone `\`, a second break.
 */
function multiline(text: string, indent: string): string {
  return linesOf(text)
    .map((line, i, all) => `${i === 0 ? '' : indent}${escapeLine(line)}${i < all.length - 1 ? '\\' : ''}`)
    .join('\n');
}

const field = (f: Field) => `**${inline(f.label)}:** ${inline(f.value)}`;

function itemLines(item: Item): string[] {
  const box = item.box ? (item.box === 'done' ? '[x] ' : '[ ] ') : '';
  const label = item.label ? `**${inline(item.label)}:** ` : '';
  const status = item.status ? ` (${inline(item.status)})` : '';
  const lines = [`- ${box}${label}${multiline(item.text, '  ')}${status}`];
  for (const detail of item.details) lines.push(`  - **${inline(detail.label)}:** ${multiline(detail.value, '    ')}`);
  return lines;
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'notice':
      return [`**${inline(block.text)}**`];
    case 'fields':
      return block.fields.map((f) => `- ${field(f)}`);
    case 'heading':
      return [`## ${inline(block.text)}`];
    case 'paragraph':
      return [block.quiet ? `_${inline(block.text)}_` : inline(block.text)];
    case 'items':
      return block.items.flatMap(itemLines);
    case 'signatures':
      return block.signatures.map((s) => `- ${signatureLine(s, inline)}`);
  }
}

/** A written plan's document as Markdown: blocks apart by a blank line. */
export function documentToMarkdown(doc: WrittenDocument): string {
  const parts = [[`# ${inline(doc.title)}`], ...doc.blocks.map(blockLines)];
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
