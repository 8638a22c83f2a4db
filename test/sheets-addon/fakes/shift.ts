// What inserting rows does to references, as Sheets does it when a person or a script inserts rows: every reference
// to a row below the insertion point moves down with it, relative and absolute ($) alike; a range grows when rows go
// inside it, and does not when they go right after its last row. Text in quotes is left alone.
import { parseA1, toA1 } from './a1';

/** A row number after `after` rows gained `count` rows: moved down when it was below them. */
const shifted = (row: number, after: number, count: number) => (row > after ? row + count : row);

const STRING = /"(?:[^"]|"")*"/g;
// An optional sheet name, then a cell (A1, $A$1) or whole rows (2:5); never part of a longer name or a function call.
const REF = /(?<![\w.$])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:(\$?[A-Z]{1,3})(\$?)(\d+)|(\$?)(\d+):(\$?)(\d+))(?![\w(])/g;

const unquote = (name: string) => (name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name);

/**
 * A formula after `count` rows were inserted below row `after` of the sheet `sheetName`. `onSheet` says whether the
 * formula is on that sheet: only then do references without a sheet name point at it.
 */
export function shiftFormula(formula: string, sheetName: string, onSheet: boolean, after: number, count: number): string {
  const move = (prefix: string | undefined) => (prefix ? unquote(prefix.slice(0, -1)).toLowerCase() === sheetName.toLowerCase() : onSheet);
  const shiftPart = (part: string) =>
    part.replace(REF, (whole, prefix: string | undefined, col, dollar, row, d1, r1, d2, r2) => {
      if (!move(prefix)) return whole;
      if (col) return `${prefix ?? ''}${col}${dollar}${shifted(Number(row), after, count)}`;
      return `${prefix ?? ''}${d1}${shifted(Number(r1), after, count)}:${d2}${shifted(Number(r2), after, count)}`;
    });
  let out = '';
  let last = 0;
  for (const m of formula.matchAll(STRING)) {
    out += shiftPart(formula.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + shiftPart(formula.slice(last));
}

/** An A1 range (a filter's, a conditional format's) after `count` rows were inserted below row `after`. */
export function shiftRange(a1: string, after: number, count: number, maxRows: number, maxColumns: number): string {
  const r = parseA1(a1, maxRows, maxColumns);
  const first = shifted(r.row, after, count);
  const last = shifted(r.row + r.numRows - 1, after, count);
  return toA1({ ...r, row: first, numRows: last - first + 1 });
}
