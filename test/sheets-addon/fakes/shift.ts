// What inserting or deleting rows does to references, as Sheets does it when a person or a script does it: every
// reference to a row below moves with it, relative and absolute ($) alike; a range grows when rows go inside it (not
// when they go right after its last row) and shrinks when rows inside it go. A cell whose row is deleted becomes
// #REF!. Text in quotes is left alone.
import { parseA1, toA1 } from './a1';

/** Where a row number goes: `count` rows inserted after row `after` (count > 0), or deleted from after + 1 on (count < 0). */
function shifted(row: number, after: number, count: number): number {
  if (row <= after) return row;
  if (count > 0) return row + count;
  return row > after - count ? row + count : Number.NaN;
}

const STRING = /"(?:[^"]|"")*"/g;
// An optional sheet name, then a cell (A1, $A$1), a block (A1:B5) or whole rows (2:5); never part of a longer name
// or a function call.
const REF =
  /(?<![\w.$])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?|(\$?)(\d+):(\$?)(\d+))(?![\w(])/g;

const unquote = (name: string) => (name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name);

/**
 * A formula after `count` rows were inserted below row `after` of the sheet `sheetName` (or -count deleted there).
 * `onSheet` says whether the formula is on that sheet: only then do references without a sheet name point at it.
 */
export function shiftFormula(formula: string, sheetName: string, onSheet: boolean, after: number, count: number): string {
  const move = (prefix: string | undefined) => (prefix ? unquote(prefix.slice(0, -1)).toLowerCase() === sheetName.toLowerCase() : onSheet);
  const shiftPart = (part: string) =>
    part.replace(REF, (whole, prefix: string | undefined, col1, row1, col2, row2, d1, r1, d2, r2) => {
      if (!move(prefix)) return whole;
      const sheet = prefix ?? '';
      if (col1 && !col2) {
        const moved = shifted(Number(row1), after, count);
        return Number.isNaN(moved) ? '#REF!' : `${sheet}${col1}${moved}`;
      }
      const [first, last] = rangeRows(Number(row1 ?? r1), Number(row2 ?? r2), after, count);
      if (first > last) return '#REF!';
      return col1 ? `${sheet}${col1}${first}:${col2}${last}` : `${sheet}${d1}${first}:${d2}${last}`;
    });
  let out = '';
  let last = 0;
  for (const m of formula.matchAll(STRING)) {
    out += shiftPart(formula.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + shiftPart(formula.slice(last));
}

/** A range's first and last rows after the change; first > last when every row of it was deleted. */
function rangeRows(first: number, last: number, after: number, count: number): [number, number] {
  const a = shifted(first, after, count);
  const b = shifted(last, after, count);
  return [Number.isNaN(a) ? after + 1 : a, Number.isNaN(b) ? after : b];
}

/** An A1 range (a filter's, a conditional format's) after the change, or null when all its rows were deleted. */
export function shiftRange(a1: string, after: number, count: number, maxRows: number, maxColumns: number): string | null {
  const r = parseA1(a1, maxRows, maxColumns);
  const [first, last] = rangeRows(r.row, r.row + r.numRows - 1, after, count);
  return first > last ? null : toA1({ ...r, row: first, numRows: last - first + 1 });
}
