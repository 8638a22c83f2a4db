import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDay, localDay, longDay } from '../../shared/dates';

describe('isIsoDay', () => {
  it.each([
    ['2026-11-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['28/11/2026', false],
    ['2026-11-28T10:00', false],
    ['', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0050-01-01', false],
    ['0100-03-01', true],
    ['2026-1a-05', false],
    ['2026/11/28', false],
    ['+026-11-28', false],
    [' 2026-11-2', false],
    ['2026-11-2 ', false],
    ['２０２６-11-28', false],
    ['2026-11-٢٨', false],
  ])('%j → %s', (text, ok) => {
    expect(isIsoDay(text)).toBe(ok);
  });

  // The day as a Date: what isIsoDay answered before it counted days itself.
  const asDate = (text: string) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  };
  it('agrees with Date on any YYYY-MM-DD', () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4, 9999), digits(2, 99), digits(2, 99), (y, m, d) => isIsoDay(`${y}-${m}-${d}`) === asDate(`${y}-${m}-${d}`)),
      { numRuns: 20_000 },
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-28', 7, '2026-12-05'],
    ['2026-12-28', 7, '2027-01-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-11-28', 0, '2026-11-28'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
  });

  it('refuses a day that is not a date', () => {
    expect(() => addDays('soon', 1)).toThrow(/not a date/);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-28', '2026-12-05', 7],
    ['2026-12-05', '2026-11-28', -7],
    ['2026-03-01', '2026-03-31', 30],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('localDay and longDay', () => {
  it('reads the local calendar day of a Date', () => {
    expect(localDay(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });
  it.each([
    ['2026-12-05', '5 Dec 2026'],
    ['2027-01-31', '31 Jan 2027'],
    ['someday', 'someday'],
  ])('%s reads as %s', (iso, text) => {
    expect(longDay(iso)).toBe(text);
  });
});
