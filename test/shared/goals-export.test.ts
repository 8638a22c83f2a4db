import { describe, expect, it } from 'vitest';
import { GOALS_HEADERS, type CareerGoals } from '../../shared/goals';
import { answeredCount, blankGoals, goalsCells, goalsHtmlRow, goalsTsvRow, htmlText } from '../../shared/goals-export';

const ANA: CareerGoals = {
  ...blankGoals('ana@example.com', 'Ana Silva'),
  conversationDate: '2026-11-12',
  jobFeels: 'Good, mostly',
  whatsNext: 'Lead the API work',
  longTerm: 'Staff engineer',
  targetDate: '2027-06-30',
};

describe('goalsCells', () => {
  it('gives the cells in the contract columns, one per header', () => {
    const cells = goalsCells(ANA);
    expect(cells).toHaveLength(GOALS_HEADERS.length);
    expect(Object.fromEntries(GOALS_HEADERS.map((h, i) => [h, cells[i]]))).toEqual({
      Email: 'ana@example.com',
      Person: 'Ana Silva',
      'Conversation date': '2026-11-12',
      'How the job feels': 'Good, mostly',
      'Progressing as wanted': '',
      "What's next": 'Lead the API work',
      'Steps to get there': '',
      'How long': '',
      'Manager support': '',
      'Short-term goal': '',
      'Long-term goal': 'Staff engineer',
      'Not wanted': '',
      'Target date': '2027-06-30',
    });
  });

  it.each([
    { goals: blankGoals('a@example.com', 'A'), answered: 0 },
    { goals: ANA, answered: 3 },
    { goals: { ...ANA, steps: '   ', notWanted: 'Managing people' }, answered: 4 },
  ])('counts $answered answered of the nine (dates and blanks are not answers)', ({ goals, answered }) => {
    expect(answeredCount(goals)).toBe(answered);
  });
});

describe('goalsTsvRow: one line that pastes into the sheet', () => {
  const only = (field: keyof CareerGoals, text: string) => goalsTsvRow({ ...blankGoals('a@example.com', 'A'), [field]: text });
  const cell = (tsv: string, index: number) => tsv.split('\t')[index];

  it('is the cells joined by tabs, with no line end', () => {
    expect(goalsTsvRow(ANA)).toBe(
      'ana@example.com\tAna Silva\t2026-11-12\tGood, mostly\t\tLead the API work\t\t\t\t\tStaff engineer\t\t2027-06-30',
    );
  });

  it.each([
    { name: 'a line break', text: 'Lead\nthe API', cell: '"Lead\nthe API"' },
    { name: 'a CRLF', text: 'Lead\r\nthe API', cell: '"Lead\r\nthe API"' },
    { name: 'a quote', text: 'Said "yes"', cell: '"Said ""yes"""' },
    { name: 'a tab', text: 'a\tb', cell: '"a\tb"' },
    { name: 'a formula', text: '=HYPERLINK("http://x","y")', cell: `"'=HYPERLINK(""http://x"",""y"")"` },
    { name: 'a plus', text: '+1 more', cell: "'+1 more" },
    { name: 'a dash list', text: '- one\n- two', cell: `"'- one\n- two"` },
    { name: 'an at', text: '@cmd', cell: "'@cmd" },
    { name: 'markup', text: '<script>alert(1)</script>', cell: '<script>alert(1)</script>' },
    { name: 'an escape sequence', text: '\u001b[31mred', cell: '\u001b[31mred' },
  ])('quotes or guards $name so it stays one inert cell', ({ text, cell: expected }) => {
    const tsv = only('whatsNext', text);
    expect(tsv.startsWith('a@example.com\tA\t')).toBe(true);
    if (!/[\t]/.test(text)) expect(cell(tsv, 5)).toBe(expected);
    else expect(tsv).toContain(`\t${expected}\t`);
  });
});

describe('goalsHtmlRow: the HTML flavour of the same row', () => {
  it('is one table row with a cell per column, in order', () => {
    const html = goalsHtmlRow(ANA);
    expect(html).toMatch(/^<meta charset="utf-8"><table><tr>(<td>[^<]*<\/td>){13}<\/tr><\/table>$/);
    expect(html).toContain('<td>ana@example.com</td><td>Ana Silva</td><td>2026-11-12</td><td>Good, mostly</td><td></td>');
  });

  it.each([
    { text: '<script>alert(1)</script>', html: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { text: 'Tom & "Jerry"', html: 'Tom &amp; &quot;Jerry&quot;' },
    { text: 'one\ntwo\r\nthree\rfour', html: 'one<br>two<br>three<br>four' },
    { text: '=HYPERLINK("http://x")', html: '&#39;=HYPERLINK(&quot;http://x&quot;)' },
    { text: '\u001b[2J', html: '\u001b[2J' },
  ])('escapes and guards $text', ({ text, html }) => {
    expect(htmlText(text.startsWith('=') ? `'${text}` : text)).toBe(html);
    expect(goalsHtmlRow({ ...blankGoals('a@example.com', 'A'), steps: text })).toContain(`<td>${html}</td>`);
  });
});
