import { unguardText } from './guard';

/**
 * The text a cell value stands for, trimmed. Dates become `YYYY-MM-DD` read in UTC, which is how XLSX readers hand
 * them over; a front end whose dates carry a time zone (Sheets) turns them into ISO days before calling the core.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return unguardText(value.trim()).trim();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

/** The text of a cell exactly as typed (not trimmed): a kept plans-table cell must come back unchanged. */
export function cellExact(value: unknown): string {
  if (typeof value === 'string') return unguardText(value);
  return cellText(value);
}

/** Whether a row has no cell with text in it. */
export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every((v) => cellText(v) === '');
}

/** Headers compare case-insensitively, ignoring spaces, `_`, `-` and `.` (contract section 1). */
export function normalizeHeader(value: unknown): string {
  return cellText(value)
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}
