import type { ManagerStatusRow } from './manager-rollup';
import { plural } from './plural';
import type { ReportModel } from './report-model';

// The HR report as one self-contained HTML page (contract 10): inline CSS, hand-drawn inline SVG bars, no script and
// nothing fetched (the page's own Content-Security-Policy forbids it). Every bar has its number written beside it and
// its label before it, so it reads in black and white; the manager's bars are hatched as well. Pure string building:
// every typed text goes through escapeHtml.

/** Text as HTML text or attribute value: nothing typed can open a tag, an entity or leave an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** One bar: what it counts, how much of `max` it fills, and the words written beside it. */
interface Bar {
  label: string;
  value: number;
  text: string;
  hatched?: boolean;
}

/** A bar's SVG: a fill as a share of its framed box (percent widths, so it never distorts or overflows the frame). */
function barSvg(value: number, max: number, hatched = false): string {
  const width = max === 0 ? 0 : Math.max(0, Math.min(100, (100 * value) / max));
  const fill = hatched ? 'url(#hatch)' : 'currentColor';
  return (
    `<svg class="bar" width="100%" height="14" aria-hidden="true" focusable="false">` +
    (width > 0 ? `<rect width="${width.toFixed(2)}%" height="100%" fill="${fill}"/>` : '') +
    `</svg>`
  );
}

/** A horizontal bar chart as a list a screen reader reads as label and number (the bars themselves are hidden from it). */
function barChart(caption: string, bars: readonly Bar[], max: number): string {
  const items = bars
    .map(
      (b) =>
        `<li><span class="label">${escapeHtml(b.label)}</span>${barSvg(b.value, max, b.hatched)}<span class="value">${escapeHtml(b.text)}</span></li>`,
    )
    .join('');
  return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><ul class="bars">${items}</ul></figure>`;
}

const count = (n: number) => n.toLocaleString('en-US');
const ofWhole = (part: number, whole: number) => `${count(part)} of ${count(whole)} (${pct(part, whole)}%)`;

function totalsSection({ totals }: ReportModel): string {
  const overdue = totals.overdueEmployee + totals.overdueManager;
  const figures = [
    ['People', count(totals.people)],
    ['Plans signed', ofWhole(totals.plansSigned, totals.people)],
    ['Steps done', ofWhole(totals.done, totals.steps)],
    ['Steps overdue', count(overdue)],
  ]
    .map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`)
    .join('');
  const chart = barChart(
    'Share done',
    [
      { label: 'Plans signed', value: pct(totals.plansSigned, totals.people), text: `${pct(totals.plansSigned, totals.people)}%` },
      { label: 'Steps done', value: totals.percentDone, text: `${totals.percentDone}%` },
    ],
    100,
  );
  return `<section aria-labelledby="totals"><h2 id="totals">Totals</h2><dl class="figures">${figures}</dl>${chart}</section>`;
}

function pathSection({ paths, totals }: ReportModel): string {
  const max = Math.max(0, ...paths.map((p) => p.people));
  const bars = paths.map((p) => ({
    label: p.label,
    value: p.people,
    text: `${count(p.people)} (${pct(p.people, totals.people)}%)`,
    hatched: p.path === 'management',
  }));
  const chart = barChart('People on each path, by their latest path; management hatched', bars, max);
  return `<section aria-labelledby="paths"><h2 id="paths">Path mix</h2>${chart}</section>`;
}

function overdueSection({ totals }: ReportModel): string {
  const bars: Bar[] = [
    { label: "Employees' steps", value: totals.overdueEmployee, text: count(totals.overdueEmployee) },
    { label: "Managers' steps", value: totals.overdueManager, text: count(totals.overdueManager), hatched: true },
  ];
  const max = Math.max(totals.overdueEmployee, totals.overdueManager);
  const reviews = barChart(
    'Progress reviews overdue, by people',
    [{ label: 'Reviews overdue', value: totals.reviewsOverdue, text: ofWhole(totals.reviewsOverdue, totals.people) }],
    totals.people,
  );
  return (
    `<section aria-labelledby="overdue"><h2 id="overdue">Overdue steps by owner</h2>` +
    `${barChart("Open steps past their due date, by the step's Owner role; managers' hatched", bars, max)}${reviews}</section>`
  );
}

/** What needs attention first: the most overdue steps (managers' own first), then reviews overdue, then by name. */
export function byAttention(a: ManagerStatusRow, b: ManagerStatusRow): number {
  const overdue = (m: ManagerStatusRow) => m.overdueEmployee + m.overdueManager;
  return (
    overdue(b) - overdue(a) ||
    b.overdueManager - a.overdueManager ||
    b.reviewsOverdue - a.reviewsOverdue ||
    a.manager.localeCompare(b.manager, 'en', { sensitivity: 'base' }) ||
    a.managerEmail.localeCompare(b.managerEmail, 'en', { sensitivity: 'base' })
  );
}

function managerRow(m: ManagerStatusRow): string {
  const name = m.manager || m.managerEmail ? escapeHtml(m.manager || m.managerEmail) : '<i>No manager named</i>';
  // The email stays one run of text, so it reads and copies whole; a narrow Manager column breaks it where it must
  // (overflow-wrap on the cell), with no element inserted in it.
  const email = m.manager && m.managerEmail ? `<span class="email">${escapeHtml(m.managerEmail)}</span>` : '';
  const done = `<span class="done">${barSvg(m.percentDone, 100)}<span>${m.percentDone}%</span></span>`;
  return (
    `<tr><th scope="row">${name}${email}</th><td>${count(m.people)}</td><td>${count(m.plansSigned)}</td>` +
    `<td>${count(m.done)} of ${count(m.steps)}${done}</td><td>${count(m.overdueEmployee)}</td>` +
    `<td>${count(m.overdueManager)}</td><td>${count(m.reviewsOverdue)}</td></tr>`
  );
}

function managerSection(managers: readonly ManagerStatusRow[]): string {
  const rows = [...managers].sort(byAttention).map(managerRow).join('');
  const head =
    '<tr><th scope="col">Manager</th><th scope="col">People</th><th scope="col">Plans signed</th><th scope="col">Steps done</th>' +
    '<th scope="col">Overdue employee steps</th><th scope="col">Overdue manager steps</th><th scope="col">Reviews overdue</th></tr>';
  return (
    `<section aria-labelledby="managers"><h2 id="managers">By manager</h2>` +
    `<p class="note">Sorted by what needs attention: the most overdue steps first (the manager's own first), then reviews overdue, then by name.</p>` +
    // Shown only on a narrow screen (STYLE's media query), where the table is wider than the page: said in words, not by
    // the scroll shadow alone.
    `<p class="scroll-hint"><strong>Scroll sideways <span aria-hidden="true">→</span></strong> The table is wider than your screen; the Manager column stays in place.</p>` +
    `<div class="scroll" role="region" aria-labelledby="managers" tabindex="0"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div></section>`
  );
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1f1f1f; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid #c4c7c5; }
.lead, .note { color: #444746; margin: 0 0 .75rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .5rem; margin: 0 0 1rem; }
.figures div { border: 1px solid #c4c7c5; border-radius: 8px; padding: .5rem .75rem; }
.figures dt { font-size: .85rem; color: #444746; }
.figures dd { margin: 0; font-size: 1.25rem; font-weight: 600; }
.chart { margin: 0 0 1rem; break-inside: avoid; }
.chart figcaption { font-weight: 600; margin-bottom: .25rem; }
.bars { list-style: none; margin: 0; padding: 0; }
.bars li { display: grid; grid-template-columns: 11rem minmax(3rem, 1fr) 8rem; gap: .5rem; align-items: center; padding: .15rem 0; }
.bar { display: block; color: #0b57d0; border: 1px solid #747775; border-radius: 2px; background: #fff; }
.bars .value { font-variant-numeric: tabular-nums; white-space: nowrap; }
/* Scroll shadows drawn by the box's own backgrounds: a white cover moves with the content (local), the shadow stays at
   the box's edge (scroll), so the right edge darkens only while columns are hidden to the right. */
.scroll { overflow-x: auto; background:
  linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 2.5rem 100% no-repeat local,
  linear-gradient(to left, rgba(0, 0, 0, .22), rgba(0, 0, 0, 0)) right / 1rem 100% no-repeat scroll; }
.scroll:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.scroll-hint { display: none; }
/* The Manager column stays put while the counts scroll under it: a name is never scrolled away from its row. */
tbody th, thead th:first-child { position: sticky; left: 0; z-index: 1; background: #fff; box-shadow: inset -1px 0 #c4c7c5; }
thead th:first-child { background: #f0f4f9; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: right; padding: .35rem .5rem; border-bottom: 1px solid #c4c7c5; vertical-align: top; }
th[scope=row], thead th:first-child { text-align: left; }
thead th { font-size: .85rem; vertical-align: bottom; background: #f0f4f9; }
tbody th { font-weight: 600; overflow-wrap: anywhere; }
thead th:first-child { width: 28%; }
.nowrap { white-space: nowrap; }
.email { display: block; font-weight: 400; font-size: .85rem; color: #444746; }
.done { display: flex; gap: .35rem; align-items: center; justify-content: flex-end; }
.done .bar { width: 4rem; flex: none; }
@media (max-width: 30rem) {
  body { font-size: 14px; }
  main { padding: 1rem .75rem; }
  .bars li { grid-template-columns: minmax(3rem, 1fr) 7rem; column-gap: .5rem; row-gap: 0; }
  .figures { grid-template-columns: repeat(2, 1fr); }
  .figures dd { font-size: 1.05rem; }
  tbody th { min-width: 8.5rem; max-width: 9.5rem; }
  thead th:first-child { width: auto; }
  .bars .label { grid-column: 1 / -1; }
}
@media (max-width: 40rem) {
  .scroll-hint { display: block; font-size: .85rem; margin: 0 0 .35rem; padding: .35rem .5rem; border: 1px dashed #747775; border-radius: 4px; }
}
@media print {
  body { font-size: 10pt; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12.5pt; }
  .figures { grid-template-columns: repeat(4, 1fr); }
  .figures dd { font-size: 12pt; }
  table { font-size: 9pt; }
  .email { font-size: 8pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .scroll { overflow: visible; background: none; }
  .scroll-hint { display: none; }
  tbody th, thead th:first-child { position: static; box-shadow: none; background: none; }
  .bar { color: #000; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  thead th { background: none; border-bottom: 1.5pt solid #000; }
}`;

/** The hatching of a manager's bar, defined once for every chart (referenced as url(#hatch)). */
const DEFS =
  '<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>' +
  '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="currentColor"/></pattern></defs></svg>';

/** The whole report page. */
export function reportHtml(model: ReportModel): string {
  const { totals, today, managers } = model;
  const title = `Career plans across the organisation, ${today}`;
  const heading = `Career plans across the organisation, <span class="nowrap">${escapeHtml(today)}</span>`;
  const named = managers.filter((m) => m.manager || m.managerEmail).length;
  const lead = `Plan status as of ${escapeHtml(today)}: ${plural(totals.people, 'person', 'people')} and ${plural(named, 'manager', 'managers')}. A step is overdue when it is not Done or Skipped and its due date is before that day.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}
</style>
</head>
<body>
${DEFS}
<main>
<h1>${heading}</h1>
<p class="lead">${lead}</p>
${totalsSection(model)}
${managerSection(managers)}
${pathSection(model)}
${overdueSection(model)}
</main>
</body>
</html>
`;
}
