import { type Block, type Item, linesOf, oneLine, signatureLine, type WrittenDocument } from '../../shared/written-doc';
import { escapeHtml } from './html';

// The written plan in the sidebar, built from the same document as the Markdown and the text (shared/written-doc.ts).
// Every text goes through escapeHtml; only the tags written here are ever produced, and a typed line break becomes a
// <br> inside the element it was typed in.

const inline = (text: string) => escapeHtml(oneLine(text));
const multiline = (text: string) => linesOf(text).map(escapeHtml).join('<br>');
const labelled = (label: string, value: string) => `<strong>${inline(label)}:</strong> ${value}`;

function itemHtml(item: Item): string {
  const details =
    item.details.length > 0
      ? `<ul class="detail">${item.details.map((d) => `<li>${labelled(d.label, multiline(d.value))}</li>`).join('')}</ul>`
      : '';
  const status = item.status ? ` (${inline(item.status)})` : '';
  if (!item.box) {
    const text = item.label ? labelled(item.label, multiline(item.text)) : multiline(item.text);
    return `<li class="goal">${text}${details}</li>`;
  }
  const done = item.box === 'done';
  const classes = ['task', done ? 'done' : '', !done && item.overdue ? 'overdue' : ''].filter(Boolean).join(' ');
  const box = `<span class="box" role="img" aria-label="${done ? 'done' : 'not done yet'}">${done ? '&#9745;' : '&#9744;'}</span>`;
  return `<li class="${classes}">${box} ${multiline(item.text)}${status}${details}</li>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'notice':
      return `<p class="draft" role="note"><strong>${inline(block.text)}</strong></p>`;
    case 'fields':
      return `<ul class="fields">${block.fields.map((f) => `<li>${labelled(f.label, inline(f.value))}</li>`).join('')}</ul>`;
    case 'heading':
      return `<h2>${inline(block.text)}</h2>`;
    case 'paragraph':
      return block.quiet ? `<p class="quiet"><em>${inline(block.text)}</em></p>` : `<p>${inline(block.text)}</p>`;
    case 'items':
      return `<ul>\n${block.items.map(itemHtml).join('\n')}\n</ul>`;
    case 'signatures':
      return `<ul class="signatures">${block.signatures.map((s) => `<li>${signatureLine(s, inline)}</li>`).join('')}</ul>`;
  }
}

/** A written plan's document as the sidebar's HTML. */
export function documentHtml(doc: WrittenDocument): string {
  return [`<h1>${inline(doc.title)}</h1>`, ...doc.blocks.map(blockHtml)].join('\n');
}
