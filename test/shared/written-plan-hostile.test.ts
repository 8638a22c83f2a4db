// No typed text forges structure in a written plan (issue 10, section 2): goals, names and notes typed to look like
// headings, tick boxes, quotes, rules, tables, code, links or HTML stay text. The Markdown is read back by a real
// GitHub-flavoured Markdown parser: the document's structure must be exactly that of the same plan with plain text.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { CareerGoals } from '../../shared/goals';
import { planFor } from '../../shared/plan';
import { planToMarkdown, planToText, writtenPlan } from '../../shared/written-plan';
import { person } from './person';
import { goals, HOSTILE } from './written-plan-goals';

const TODAY = '2026-11-28';

/** A plan whose every typed text (name, manager, role, goals, notes) is `text`. */
function plan(text: string) {
  const typed = Object.fromEntries(
    ['jobFeels', 'progressing', 'whatsNext', 'steps', 'howLong', 'managerSupport', 'shortTerm', 'longTerm', 'notWanted'].map((f) => [
      f,
      text,
    ]),
  ) as Partial<CareerGoals>;
  const rows = planFor(
    person({ name: `Ana ${text}`, manager: `Sam ${text}`, email: 'ana@example.com', path: 'expert', focus: text }),
    TODAY,
  );
  const noted = rows.map((r, i) => (i === 1 ? { ...r, notes: text } : r));
  return writtenPlan(noted, TODAY, { role: text, goals: goals({ ...typed, conversationDate: '2026-11-20' }) });
}

/** The same text with every line made plain: the plan it should look like, structurally. */
const plain = (text: string) =>
  text
    .split('\n')
    .map(() => 'plain')
    .join('\n');

const html = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
/** The tags of rendered HTML, line breaks aside (a typed line break is one). */
const tags = (markup: string) => (markup.match(/<\/?[a-z][^>]*>/g) ?? []).filter((t) => !/^<br/.test(t));
/** The text of rendered HTML, with its entities read. */
const textOf = (markup: string) =>
  markup
    .replace(/<br \/>\n?/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe.each(HOSTILE)('%s typed in every field', (_, text) => {
  it('Markdown: the parsed document has the structure of the plain one, and shows the text as typed', () => {
    const hostile = html(planToMarkdown(plan(text)));
    expect(tags(hostile)).toEqual(tags(html(planToMarkdown(plan(plain(text))))));
    // Each typed line shows as typed (leading spaces aside, which Markdown does not keep), line breaks kept.
    const shown = textOf(hostile);
    for (const line of text.split('\n')) expect(shown).toContain(line.trimStart());
    expect(shown).toContain(
      text
        .split('\n')
        .map((l) => l.trimStart())
        .join('\n'),
    );
  });

  it('text: the lines at the left edge are those of the plain plan, typed lines indented', () => {
    const leftEdge = (doc: string) => {
      const lines = doc.split('\n').filter((l) => /^\S/.test(l));
      return [
        lines.length,
        ...[/^\[x\] /, /^\[ \] /, /^- /, /^[-=]+$/, /^(Employee|Manager): /].map((r) => lines.filter((l) => r.test(l)).length),
      ];
    };
    expect(leftEdge(planToText(plan(text)))).toEqual(leftEdge(planToText(plan(plain(text)))));
    for (const line of text.split('\n').slice(1)) expect(planToText(plan(text))).toContain(`\n    ${line}`);
  });
});
