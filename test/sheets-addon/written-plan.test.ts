// Show written plan: the selected person's plan as a printable document in a 300 px sidebar, every text escaped.
import { describe, expect, it } from 'vitest';
import { planAll } from '../../shared/plan';
import { readRoster } from '../../shared/roster';
import { planToMarkdown, writtenPlan } from '../../shared/written-plan';
import { loadAddon, type AddonRun } from './harness';
import { ANA, BOB, NOW, P, TODAY, roster } from './team';

function planned(...people: string[][]): AddonRun {
  const addon = loadAddon({ now: NOW, sheets: { Roster: roster(...people) } });
  addon.call('generatePlans');
  return addon;
}

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
      plans.write(`L${row}`, [['Done']]);
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

  it('for someone on the roster with no plan yet, says to generate plans', () => {
    const addon = planned(ANA);
    addon.spreadsheet.sheet('Roster')!.write('A3', [BOB]);
    addon.spreadsheet.setActiveRange('Roster', 'A3');
    addon.call('showWrittenPlan');
    expect(addon.ui.alerts.at(-1)!.prompt).toMatch(/bob@example.com has no plan .* Generate or refresh plans/);
  });
});
