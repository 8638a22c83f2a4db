/**
 * A fake sheet (test/sheets-addon/fakes) drawn as a spreadsheet-like HTML grid, for scripts/screenshots-addon.ts:
 * display values, header look, frozen rows, column widths, dropdown chips, and the conditional formats the add-on
 * set, evaluated on the cells. Only the formula shapes the add-on writes are understood (AND, ISNUMBER, TODAY,
 * comparisons of `$X2` references with text or numbers); anything else throws, so a picture is never quietly wrong.
 */
import type { FakeSheet, FormatRule } from '../test/sheets-addon/fakes';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const letter = (col: number) => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

type Value = string | number | boolean | Date;
/** What a formula sees: a cell by 0-based row and 1-based column, and today's date. */
interface Scope {
  cell(row: number, col: number): Value;
  today: Date;
}

/** Evaluates one custom formula for the data row `row` (0-based), written for `firstRow` (1-based), as Sheets does. */
export function evaluate(formula: string, row: number, firstRow: number, scope: Scope): boolean {
  let at = 0;
  const src = formula.replace(/^=/, '');
  const peek = (re: RegExp) => re.exec(src.slice(at));
  const take = (re: RegExp) => {
    const m = peek(re);
    if (!m) throw new Error(`cannot read the formula ${formula} at ${src.slice(at)}`);
    at += m[0].length;
    return m;
  };
  const num = (v: Value) => (isDate(v) ? v.getTime() : typeof v === 'number' ? v : NaN);
  function term(): Value {
    if (peek(/^AND\(/)) {
      take(/^AND\(/);
      const parts = [expr()];
      while (peek(/^,/)) take(/^,/), parts.push(expr());
      take(/^\)/);
      return parts.every(Boolean);
    }
    if (peek(/^ISNUMBER\(/)) {
      take(/^ISNUMBER\(/);
      const v = expr();
      take(/^\)/);
      return typeof v === 'number' || isDate(v);
    }
    if (peek(/^TODAY\(\)/)) return (take(/^TODAY\(\)/), scope.today);
    if (peek(/^"/)) return take(/^"([^"]*)"/)[1]!;
    if (peek(/^\d/)) return Number(take(/^\d+(\.\d+)?/)[0]);
    const ref = take(/^\$([A-Z]+)\$?(\d+)/);
    return scope.cell(row + Number(ref[2]) - firstRow, colIndex(ref[1]!));
  }
  function expr(): Value {
    const left = term();
    const op = peek(/^(<>|<=|>=|=|<|>)/);
    if (!op) return left;
    take(/^(<>|<=|>=|=|<|>)/);
    const right = term();
    const text = typeof left === 'string' || typeof right === 'string';
    const [a, b] = text ? [String(left).toLowerCase(), String(right).toLowerCase()] : [num(left), num(right)];
    switch (op[0]) {
      case '=':
        return a === b;
      case '<>':
        return a !== b;
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '<=':
        return a <= b;
      default:
        return a >= b;
    }
  }
  const result = expr();
  if (at !== src.length) throw new Error(`cannot read the formula ${formula} at ${src.slice(at)}`);
  return Boolean(result);
}

/** Rows and columns (1-based, inclusive) of an A1 range like A2:M1100. */
function area(a1: string) {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) throw new Error(`cannot read the range ${a1}`);
  return { r1: Number(m[2]), c1: colIndex(m[1]!), r2: Number(m[4] ?? m[2]), c2: colIndex(m[3] ?? m[1]!) };
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
function mix(from: string, to: string, t: number): string {
  const [a, b] = [hex(from), hex(to)];
  return `#${a
    .map((x, i) =>
      Math.round(x + (b[i]! - x) * Math.min(1, Math.max(0, t)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The conditional format of one cell (1-based row and column): the first rule that holds wins, as in Sheets. */
function ruleFormat(rules: FormatRule[], r: number, c: number, scope: Scope): { background?: string; fontColor?: string; bold?: boolean } {
  for (const rule of rules) {
    const range = rule.ranges.map(area).find((a) => r >= a.r1 && r <= a.r2 && c >= a.c1 && c <= a.c2);
    if (!range) continue;
    if (rule.criteria === 'GRADIENT') {
      const { min, max } = rule.gradient ?? {};
      const v = scope.cell(r - 1, c);
      if (!min || !max || typeof v !== 'number') continue;
      return { background: mix(min.color, max.color, (v - Number(min.value)) / (Number(max.value) - Number(min.value))) };
    }
    if (rule.criteria !== 'CUSTOM_FORMULA') throw new Error(`no renderer for ${rule.criteria} rules`);
    if (evaluate(String(rule.values[0]), r - 1, range.r1, scope)) return rule.format;
  }
  return {};
}

export interface RenderOptions {
  /** How many rows of the sheet to draw. */
  rows: number;
  today: Date;
  /** Sheets' default column width. */
  defaultWidth?: number;
}

/** The sheet as a self-contained HTML page with a tab bar showing `tabs`, `sheet.name` selected. */
export function sheetPage(sheet: FakeSheet, tabs: string[], options: RenderOptions): string {
  const width = sheet.lastColumn;
  const defaultWidth = options.defaultWidth ?? 100;
  const scope: Scope = { cell: (r, c) => sheet.cells.get(r, c - 1) as Value, today: options.today };
  // Hidden columns are left out, as Sheets draws them (the letters skip them).
  const shown = Array.from({ length: width }, (_, i) => i + 1).filter((c) => !sheet.hiddenColumns.has(c));
  const widths = shown.map((c) => {
    const w = sheet.columnWidths[c];
    return typeof w === 'number' ? w : defaultWidth;
  });
  const display = sheet.display({ row: 1, col: 1, numRows: Math.min(options.rows, sheet.maxRows), numCols: width });
  const filter = sheet.filterRange ? area(sheet.filterRange) : undefined;
  const style = (name: string, r: number, c: number) => sheet.styleGrid(name).get(r - 1, c - 1);

  const head = `<tr class="colhead"><th class="corner"></th>${shown.map((c) => `<th>${letter(c)}</th>`).join('')}</tr>`;
  const body = display
    .map((cells, i) => {
      const r = i + 1;
      const tds = shown.map((c) => {
        const text = cells[c - 1] ?? '';
        const value = sheet.cells.get(r - 1, c - 1);
        const f = ruleFormat(sheet.conditionalRules, r, c, scope);
        const bg = f.background ?? style('background', r, c);
        const css = [
          bg && bg !== '#ffffff' ? `background:${bg}` : '',
          f.fontColor || style('fontColor', r, c) ? `color:${f.fontColor ?? style('fontColor', r, c)}` : '',
          f.bold || style('fontWeight', r, c) === 'bold' ? 'font-weight:bold' : '',
          typeof value === 'number' || isDate(value) ? 'text-align:right' : '',
          style('wrapStrategy', r, c) === 'WRAP' ? 'white-space:normal' : '',
        ].filter(Boolean);
        const rule = sheet.validationGrid.get(r - 1, c - 1);
        const chip = rule?.criteria === 'VALUE_IN_LIST' && text !== '' ? `<span class="chip">${esc(text)}<i>▾</i></span>` : '';
        const funnel =
          filter && r === filter.r1 && c >= filter.c1 && c <= filter.c2
            ? '<svg class="funnel" viewBox="0 0 10 10" width="9" height="9"><path d="M0 1h10L6 5.5V10L4 8.5V5.5z" fill="#188038"/></svg>'
            : '';
        return `<td style="${css.join(';')}">${chip || esc(text)}${funnel}</td>`;
      });
      const frozen = r === sheet.frozenRows ? ' class="frozen"' : '';
      return `<tr${frozen}><th>${r}</th>${tds.join('')}</tr>`;
    })
    .join('\n');
  const tabBar = tabs.map((t) => `<span class="tab${t === sheet.name ? ' on' : ''}">${esc(t)}</span>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; font: 13px Arial, Helvetica, sans-serif; color: #202124; background: #fff; }
  table { border-collapse: collapse; table-layout: fixed; }
  td, th { height: 21px; padding: 0 4px; border: 1px solid #e2e3e3; white-space: nowrap; overflow: hidden; text-overflow: clip; }
  th { background: #f8f9fa; color: #5f6368; font-weight: normal; font-size: 11px; text-align: center; }
  tr.colhead th { height: 20px; }
  th.corner { width: 38px; }
  tr.frozen td, tr.frozen th { border-bottom: 4px solid #c0c4c8; }
  td { position: relative; vertical-align: bottom; }
  .chip { display: inline-block; padding: 0 6px 0 8px; border-radius: 10px; background: #e8eaed; line-height: 17px; font-size: 12px; }
  .chip i { font-style: normal; margin-left: 6px; color: #5f6368; font-size: 10px; }
  .funnel { position: absolute; right: 4px; top: 6px; }
  .tabs { position: fixed; bottom: 0; left: 0; right: 0; height: 34px; background: #f1f3f4; border-top: 1px solid #dadce0; padding-left: 46px; }
  .tab { display: inline-block; padding: 8px 18px; color: #444; }
  .tab.on { background: #fff; color: #188038; font-weight: bold; box-shadow: inset 0 -3px #188038; }
</style></head><body>
<table style="width:${38 + widths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:38px">${widths.map((w) => `<col style="width:${w}px">`).join('')}</colgroup>
${head}
${body}
</table>
<div class="tabs">${tabBar}</div>
</body></html>`;
}
