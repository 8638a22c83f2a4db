import { describe, expect, it } from 'vitest';
import { a1, columnLetter } from '../../shared/a1';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('a1', () => {
  it.each([
    [0, 1, 'A1'],
    [1, 7, 'B7'],
    [26, 100, 'AA100'],
  ])('column %i row %i is %s', (col, row, ref) => {
    expect(a1(col, row)).toBe(ref);
  });
});
