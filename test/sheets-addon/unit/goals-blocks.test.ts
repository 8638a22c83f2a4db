import { describe, expect, it } from 'vitest';
import { cellBlocks, type CellWrite } from '../../../sheets-addon/src/goals-blocks';

const w = (cell: string, value: unknown = cell): CellWrite => {
  const m = /^([A-Z])(\d+)$/.exec(cell)!;
  return { row: Number(m[2]), column: m[1]!.charCodeAt(0) - 65, value };
};
const a1 = (b: { row: number; column: number; values: unknown[][] }) =>
  `${String.fromCharCode(65 + b.column)}${b.row}:${String.fromCharCode(64 + b.column + b.values[0]!.length)}${b.row + b.values.length - 1}`;

describe('cellBlocks', () => {
  it.each<[string, CellWrite[], string[]]>([
    ['nothing', [], []],
    ['one cell', [w('C4')], ['C4:C4']],
    ['neighbours in a row, in any order', [w('E2'), w('C2'), w('D2')], ['C2:E2']],
    ['a gap in a row: two blocks, the cell between never written', [w('C2'), w('E2')], ['C2:C2', 'E2:E2']],
    ['the same columns on consecutive rows: one block', [w('C2'), w('D2'), w('C3'), w('D3'), w('C4'), w('D4')], ['C2:D4']],
    ['a row between with other columns', [w('C2'), w('C3'), w('D3'), w('C4')], ['C2:C2', 'C3:D3', 'C4:C4']],
    ['a row missing between: two blocks', [w('C2'), w('C4')], ['C2:C2', 'C4:C4']],
    ['two columns that stack separately', [w('B2'), w('D2'), w('B3'), w('D3')], ['B2:B3', 'D2:D3']],
  ])('%s', (_, writes, expected) => {
    const blocks = cellBlocks(writes);
    expect(blocks.map(a1)).toEqual(expected);
    // Every write lands exactly once, with its value, and no other cell is in a block.
    const cells = blocks.flatMap((b) =>
      b.values.flatMap((r, i) => r.map((v, j) => `${String.fromCharCode(65 + b.column + j)}${b.row + i}=${v}`)),
    );
    expect(cells.sort()).toEqual(writes.map((x) => `${String.fromCharCode(65 + x.column)}${x.row}=${x.value}`).sort());
  });
});
