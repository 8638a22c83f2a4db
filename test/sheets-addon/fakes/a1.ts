/** A block of cells, 1-based, as Apps Script counts them. */
export interface CellRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function toA1(r: CellRange): string {
  const start = `${columnName(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnName(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

const END = /^([A-Z]*)(\d*)$/i;

/** `A1`, `A1:C3`, `A:C`, `A2:C` (to the last row), `2:5` (whole rows) within a sheet of the given size. */
export function parseA1(a1: string, maxRows: number, maxCols: number): CellRange {
  const [first = '', second = first] = a1.replace(/\$/g, '').split(':');
  const a = END.exec(first);
  const b = END.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw new Error(`Range not found: ${a1}`);
  const col = a[1] ? columnIndex(a[1]) : 1;
  const row = a[2] ? Number(a[2]) : 1;
  const lastCol = b[1] ? columnIndex(b[1]) : maxCols;
  const lastRow = b[2] ? Number(b[2]) : maxRows;
  return {
    row: Math.min(row, lastRow),
    col: Math.min(col, lastCol),
    numRows: Math.abs(lastRow - row) + 1,
    numCols: Math.abs(lastCol - col) + 1,
  };
}
