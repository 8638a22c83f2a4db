import { type Block, type Field, type Item, linesOf, oneLine, signatureLine, type WrittenDocument } from './written-doc';

// A written plan as plain text, for pasting where Markdown is not rendered (an event description, an email). A typed
// line break stays inside its entry: the lines after it are indented under the entry's text, so none of them can
// pass for a heading, a tick box or a signature line of the document.

const identity = (text: string) => text;

/** Text that may run over lines, its later lines indented by `indent`. */
const multiline = (text: string, indent: string) =>
  linesOf(text)
    .map((line, i) => (i === 0 ? line : `${indent}${line}`))
    .join('\n');

const field = (f: Field) => `${oneLine(f.label)}: ${oneLine(f.value)}`;

function itemLines(item: Item): string[] {
  const box = item.box ? (item.box === 'done' ? '[x] ' : '[ ] ') : '- ';
  const label = item.label ? `${oneLine(item.label)}: ` : '';
  const status = item.status ? ` (${oneLine(item.status)})` : '';
  const lines = [`${box}${label}${multiline(item.text, '    ')}${status}`];
  for (const detail of item.details) lines.push(`    ${field({ ...detail, value: '' })}${multiline(detail.value, '        ')}`);
  return lines;
}

const underlined = (text: string, rule: string) => [text, rule.repeat(text.length)];

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'notice':
    case 'paragraph':
      return [oneLine(block.text)];
    case 'fields':
      return block.fields.map(field);
    case 'heading':
      return underlined(oneLine(block.text), '-');
    case 'items':
      return block.items.flatMap(itemLines);
    case 'signatures':
      return block.signatures.map((s) => signatureLine(s, identity));
  }
}

/** A written plan's document as plain text: a heading's section follows it directly, other blocks after a blank line. */
export function documentToText(doc: WrittenDocument): string {
  const lines = underlined(oneLine(doc.title), '=');
  doc.blocks.forEach((block, i) => {
    if (doc.blocks[i - 1]?.kind !== 'heading') lines.push('');
    lines.push(...blockLines(block));
  });
  return `${lines.join('\n')}\n`;
}
