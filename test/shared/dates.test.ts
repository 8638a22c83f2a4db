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
  ])('%j → %s', (text, ok) => {
    expect(isIsoDay(text)).toBe(ok);
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
