import { escapeHtml } from './html';

// Renders the Markdown that shared/written-plan.ts planToMarkdown writes (headings, lists, a nested detail list,
// task boxes, **bold**, _italic_ and backslash escapes) so the sidebar says exactly what `trellis plan --format md`
// says. Every character of text is escaped; only the tags below are ever produced.

function inline(markdown: string): string {
  let out = '';
  const open = { strong: false, em: false };
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === '\\' && i + 1 < markdown.length) {
      out += escapeHtml(markdown[++i]!);
    } else if (c === '*' && markdown[i + 1] === '*') {
      out += open.strong ? '</strong>' : '<strong>';
      open.strong = !open.strong;
      i++;
    } else if (c === '_' && (open.em || /^_\S/.test(markdown.slice(i, i + 2)))) {
      out += open.em ? '</em>' : '<em>';
      open.em = !open.em;
    } else {
      out += escapeHtml(c);
    }
  }
  if (open.em) out += '</em>';
  if (open.strong) out += '</strong>';
  return out;
}

function item(text: string): string {
  const task = /^\[( |x)\] (.*)$/.exec(text);
  if (!task) return `<li>${inline(text)}`;
  const done = task[1] === 'x';
  const overdue = !done && /[(,;] ?OVERDUE\)$/.test(task[2]!);
  const box = `<span class="box" role="img" aria-label="${done ? 'done' : 'not done yet'}">${done ? '&#9745;' : '&#9744;'}</span>`;
  return `<li class="task${done ? ' done' : ''}${overdue ? ' overdue' : ''}">${box} ${inline(task[2]!)}`;
}

/** The HTML of a written plan's Markdown. */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  const open = { list: false, item: false, detail: false };
  const closeDetail = () => {
    if (open.detail) out.push('</ul>');
    open.detail = false;
  };
  const closeList = () => {
    closeDetail();
    if (open.item) out.push('</li>');
    if (open.list) out.push('</ul>');
    open.item = open.list = false;
  };
  for (const line of markdown.split('\n')) {
    const sub = /^ {2}- (.*)$/.exec(line);
    const top = /^- (.*)$/.exec(line);
    if (sub && open.item) {
      if (!open.detail) out.push('<ul class="detail">');
      open.detail = true;
      out.push(`<li>${inline(sub[1]!)}</li>`);
    } else if (top) {
      closeDetail();
      if (open.item) out.push('</li>');
      if (!open.list) out.push('<ul>');
      out.push(item(top[1]!));
      open.list = open.item = true;
    } else {
      closeList();
      const heading = /^(#{1,2}) (.*)$/.exec(line);
      if (heading) out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
      else if (line.trim() !== '') out.push(`<p>${inline(line)}</p>`);
    }
  }
  closeList();
  return out.join('\n');
}
