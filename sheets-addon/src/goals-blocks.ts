// Scattered cell writes grouped into rectangles, so filling the blank cells of a table costs one setValues a block,
// not one a cell, and no cell outside the writes is ever written (a kept cell rewritten would lose its formula or
// link). Pure.

/** A cell to write: 1-based row, 0-based column. */
export interface CellWrite {
  row: number;
  column: number;
  value: unknown;
}

/** A rectangle of writes: its top-left cell (1-based row, 0-based column) and its values, row by row. */
export interface CellBlock {
  row: number;
  column: number;
  values: unknown[][];
}

/**
 * Runs of neighbouring cells in a row, then runs with the same columns on consecutive rows stacked into one block.
 * A table whose rows all have the same blank columns is a single block.
 */
export function cellBlocks(writes: readonly CellWrite[]): CellBlock[] {
  const sorted = [...writes].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: CellBlock[] = [];
  for (const write of sorted) {
    const last = runs.at(-1);
    if (last && last.row === write.row && last.column + last.values[0]!.length === write.column) last.values[0]!.push(write.value);
    else runs.push({ row: write.row, column: write.column, values: [[write.value]] });
  }
  const blocks: CellBlock[] = [];
  const open = new Map<string, CellBlock>();
  for (const run of runs) {
    const shape = `${run.column}:${run.values[0]!.length}`;
    const block = open.get(shape);
    if (block && block.row + block.values.length === run.row) block.values.push(run.values[0]!);
    else {
      const fresh = { ...run, values: [run.values[0]!] };
      blocks.push(fresh);
      open.set(shape, fresh);
    }
  }
  return blocks;
}
