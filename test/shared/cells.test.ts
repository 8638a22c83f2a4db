import { describe, expect, it } from 'vitest';
import { cellText, isBlankRow, normalizeHeader } from '../../shared/cells';

describe('cellText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['  Ana Lopez  ', 'Ana Lopez'],
    ["'=cmd", '=cmd'],
    [42, '42'],
    [Number.NaN, ''],
    [true, 'TRUE'],
    [new Date(Date.UTC(2026, 11, 5)), '2026-12-05'],
    [new Date(Number.NaN), ''],
  ])('%j → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('isBlankRow', () => {
  it.each([
    [[], true],
    [['', '  ', null, undefined], true],
    [['', 'x'], false],
    [[0], false],
  ])('%j → %s', (row, blank) => {
    expect(isBlankRow(row)).toBe(blank);
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['E-mail', 'email'],
    ['Work_Email', 'workemail'],
    [' Full  Name ', 'fullname'],
    ['Reports.To', 'reportsto'],
    ['MANAGER EMAIL', 'manageremail'],
  ])('%j → %j', (header, normal) => {
    expect(normalizeHeader(header)).toBe(normal);
  });
});
