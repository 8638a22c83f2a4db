// Show written plan: the selected person's plan as a printable document in a 300 px sidebar, every text escaped.
import { describe, expect, it } from 'vitest';
import { planAll } from '../../shared/plan';
import { readRoster } from '../../shared/roster';
import { planToMarkdown, writtenPlan } from '../../shared/written-plan';
import { HOSTILE } from '../shared/written-plan-goals';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, NOW, P, PL, TODAY, roster } from './team';

const GOALS_HEADER = ['Email', 'Person', 'Conversation date', 'How the job feels', "What's next", 'Short-term goal', 'Target date'];

function planned(...people: string[][]): AddonRun {
  return plannedWith({}, ...people);
}

/** Plans generated for `people`, with other sheets (Career goals) as given. */
function plannedWith(sheets: Record<string, unknown[][]>, ...people: string[][]): AddonRun {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(...people), ...sheets } });
  addon.call('generatePlans');
  return addon;
}

/** The sidebar's HTML for the person on a Roster row. */
function sidebarFor(addon: AddonRun, rosterCell: string): string {
  addon.spreadsheet.setActiveRange('Roster', rosterCell);
  addon.call('showWrittenPlan');
  expect(addon.ui.alerts).toEqual([]);
  return addon.ui.sidebars.at(-1)!.html;
}

/** The tags of the plan's HTML (the part below the sign-off state), line breaks aside: a typed line break is one. */
const planTags = (html: string) => (article(html).match(/<\/?[a-z][^>]*>/g) ?? []).filter((t) => !t.startsWith('<br'));
/** The written plan itself, the page's buttons and script aside. */
const article = (html: string) => html.slice(html.indexOf('<article'), html.indexOf('</article>'));

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('Show written plan', () => {
  it.each([
    ['a cell in Bob’s row on Plans', 'Plans', 'G12'],
    ['a cell in Bob’s row on Roster', 'Roster', 'C3'],
  ])('opens the sidebar with Bob’s plan from %s', (_, sheet, cell) => {
    const addon = planned(ANA, BOB);
    if (sheet === 'Plans') {
      const row = addon.spreadsheet.sheet('Plans')!.values.findIndex((r) => r[P('Email')] === 'bob@example.com') + 1;
      addon.spreadsheet.setActiveRange('Plans', `G${row + 2}`);
    } else addon.spreadsheet.setActiveRange(sheet, cell);
    addon.call('showWrittenPlan');
    expect(addon.ui.alerts).toEqual([]);
    expect(addon.ui.sidebars).toHaveLength(1);
    const { html, title } = addon.ui.sidebars[0]!;
    expect(title).toBe('Written plan');
    expect(html).toContain('<h1>Career plan: Bob Stone</h1>');
    expect(html).not.toContain('Ana Lopez');
    // The same words as `trellis plan --format md`, one step at a time.
    const bob = planAll(readRoster(roster(BOB)).people, TODAY);
    const markdown = planToMarkdown(writtenPlan(bob, TODAY));
    // Every step is written out; the two sign-off steps are the signature lines at the end.
    for (const row of bob.filter((r) => !r.key.includes('#sign-off-'))) expect(text(html)).toContain(row.step);
    expect(markdown).toContain('## Sign-off');
    expect(html).toContain('<h2>Sign-off</h2>');
  });

  it('is printable: a Print button calling window.print, and print CSS that hides the buttons', () => {
    const addon = planned(ANA);
    addon.spreadsheet.setActiveRange('Plans', 'A2');
    addon.call('showWrittenPlan');
    const { html } = addon.ui.sidebars[0]!;
    expect(html).toMatch(/<button[^>]*id="print"[^>]*>Print<\/button>/);
    expect(html).toContain('window.print()');
    expect(html).toMatch(/@media print\s*{[^}]*body[^}]*}[\s\S]*\.actions\s*{\s*display:\s*none/);
    expect(html).toContain('width: 300px');
  });

  it('shows the sign-off state: waiting, then signed once both sign-off rows are Done', () => {
    const addon = planned(ANA);
    addon.spreadsheet.setActiveRange('Plans', 'B3');
    addon.call('showWrittenPlan');
    expect(addon.ui.sidebars[0]!.html).toContain('Not signed yet');
    const plans = addon.spreadsheet.sheet('Plans')!;
    for (const id of ['sign-off-employee', 'sign-off-manager']) {
      const row = plans.values.findIndex((r) => r[P('Key')] === `ana@example.com#${id}`) + 1;
      plans.write(`${PL('Status')}${row}`, [['Done']]);
    }
    addon.call('showWrittenPlan');
    const html = addon.ui.sidebars[1]!.html;
    expect(html).toContain('Signed by both');
    expect(html).toContain('signed (marked Done in the plan)');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '<img'],
    ['<script>alert(1)</script>', '<script>alert'],
    ['Ana **bold** [link](javascript:x)', '<a '],
  ])('escapes a name like %s', (name, forbidden) => {
    const addon = planned([`'${name}`, ...ANA.slice(1)]);
    addon.spreadsheet.setActiveRange('Roster', 'A2');
    addon.call('showWrittenPlan');
    const { html } = addon.ui.sidebars[0]!;
    expect(html).not.toContain(forbidden);
    expect(html).not.toContain('<strong>bold');
    expect(text(html)).toContain(`Career plan: ${name}`);
  });

  it.each([
    ['the header row of Plans', 'Plans', 'C1'],
    ['a sheet Trellis does not read', 'Sheet1', 'A1'],
    ['an empty row below the plans', 'Plans', 'A900'],
  ])('with %s selected, says how to choose someone', (_, sheet, cell) => {
    const addon = loadAddon({ now: NOW, sheets: { Sheet1: [['x']], Roster: roster(ANA) } });
    addon.call('generatePlans');
    addon.spreadsheet.setActiveRange(sheet, cell);
    addon.call('showWrittenPlan');
    expect(addon.ui.sidebars).toEqual([]);
    expect(addon.ui.alerts.at(-1)!.prompt).toMatch(/^Choose someone first: click any cell in their row/);
  });

  it("on Plan status opens a person's plan from their row, and from the per-manager summary below asks to choose someone", () => {
    const addon = planned(ANA, BOB);
    addon.call('exportPlanStatus');
    const status = addon.spreadsheet.sheet('Plan status')!.values;
    const bob = status.findIndex((r) => r[1] === 'bob@example.com') + 1;
    addon.spreadsheet.setActiveRange('Plan status', `A${bob}`);
    addon.call('showWrittenPlan');
    expect(addon.ui.sidebars.at(-1)!.html).toContain('<h1>Career plan: Bob Stone</h1>');
    const summary = status.findIndex((r) => r[0] === 'Manager') + 1;
    expect(summary).toBeGreaterThan(bob);
    addon.spreadsheet.setActiveRange('Plan status', `A${summary + 1}`);
    addon.call('showWrittenPlan');
    expect(addon.ui.sidebars).toHaveLength(1);
    expect(addon.ui.alerts.at(-1)!.prompt).toMatch(/^Choose someone first/);
  });

  it('for someone on the roster with no plan yet, says to generate plans', () => {
    const addon = planned(ANA);
    addon.spreadsheet.sheet('Roster')!.write('A3', [BOB]);
    addon.spreadsheet.setActiveRange('Roster', 'A3');
    addon.call('showWrittenPlan');
    expect(addon.ui.alerts.at(-1)!.prompt).toMatch(/bob@example.com has no plan .* Generate or refresh plans/);
  });
});

describe('Show written plan with a Career goals sheet', () => {
  const goals = [
    GOALS_HEADER,
    [
      'ana@example.com',
      'Ana Lopez',
      '2026-02-20',
      "'Good, but stuck on maintenance.\nWants design work.",
      'Staff engineer',
      'Own billing',
      '',
    ],
  ];

  it('opens with the person’s current role and goals in their words, line breaks kept, and no draft notice', () => {
    const html = sidebarFor(plannedWith({ 'Career goals': goals }, ANA, BOB), 'A2');
    expect(html).toContain('<li><strong>Current role:</strong> Developer</li>');
    expect(html).toContain('<h2>Goals in Ana&#39;s words</h2>\n<p>As said in the career-goals conversation on 20 Feb 2026.</p>');
    expect(html).toContain(
      '<li class="goal"><strong>How the job feels now:</strong> Good, but stuck on maintenance.<br>Wants design work.</li>',
    );
    expect(html).toContain('<li class="goal"><strong>In the next 6 to 12 months:</strong> Own billing</li>');
    expect(html).not.toContain('class="draft"');
    expect(html.indexOf('Goals in Ana')).toBeLessThan(html.indexOf('What Ana will do'));
  });

  it.each([
    ['no Career goals sheet', {}],
    ['no row for the person', { 'Career goals': goals }],
    ['a Career goals sheet with no Email column', { 'Career goals': [['Name'], ['Bob Stone']] }],
  ])('with %s, the plan is a draft, said first', (_, sheets) => {
    const html = sidebarFor(plannedWith(sheets, ANA, BOB), 'A3');
    expect(html).toMatch(
      /<article class="plan"><h1>Career plan: Bob Stone<\/h1>\n<p class="draft" role="note"><strong>This plan is a draft until the career-goals conversation with Bob has been written down.<\/strong><\/p>/,
    );
    expect(html).toContain('<li><strong>Current role:</strong> Network Engineer</li>');
  });

  it.each(HOSTILE)('%s typed in the goals, the name and the manager stays text: the same tags as plain text', (_, typed) => {
    const sidebar = (value: string) => {
      const person = [`'Ana ${value}`, 'ana@example.com', `'${value}`, `'Sam ${value}`, ...ANA.slice(4)];
      const row = ['ana@example.com', 'Ana', '2026-02-20', `'${value}`, `'${value}`, `'${value}`, ''];
      return sidebarFor(plannedWith({ 'Career goals': [GOALS_HEADER, row] }, person), 'A2');
    };
    const plain = typed
      .split('\n')
      .map(() => 'plain')
      .join('\n');
    const html = sidebar(typed);
    expect(planTags(html)).toEqual(planTags(sidebar(plain)));
    expect(article(html)).not.toMatch(/<(script|img|a|iframe)\b/i);
    expect(text(article(html))).toContain(`How the job feels now: ${typed.split('\n').join('')}`);
  });
});
