import { describe, expect, it } from 'vitest';
import { coreGrid, isDate, textCell } from '../../../sheets-addon/src/values';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

describe('isDate', () => {
  it.each([
    [new Date(0), true],
    [new Date(Number.NaN), true],
    ['2026-01-01', false],
    [0, false],
    [null, false],
  ])('%j → %s', (value, date) => {
    expect(isDate(value)).toBe(date);
  });
});

describe('coreGrid', () => {
  it.each([
    [[['a', 1, true]], [['a', 1, true]]],
    [[[new Date('2026-03-01T00:00:00Z'), '']], [['2026-03-01', '']]],
    [[[new Date(Number.NaN)]], [['']]],
  ])('%j → %j', (values, grid) => {
    expect(coreGrid(values, dayOf)).toEqual(grid);
  });
});

describe('textCell', () => {
  it.each([
    ['', ''],
    ['Ana', "'Ana"],
    ['=1+1', "'=1+1"],
    ['007', "'007"],
  ])('%j → %j', (text, cell) => {
    expect(textCell(text)).toBe(cell);
  });
});
