import { normalizeHeader } from './cells';
import type { Problem } from './types';

/** A roster field (contract section 1). */
export type RosterField = 'name' | 'email' | 'role' | 'manager' | 'managerEmail' | 'path' | 'targetRole' | 'focus';

/** Header names accepted for each roster field (contract section 1). */
export const ROSTER_HEADERS: Readonly<Record<RosterField, readonly string[]>> = {
  name: ['Name', 'Full name', 'Employee', 'Employee name', 'Person'],
  email: ['Email', 'E-mail', 'Work email', 'Employee email'],
  role: ['Role', 'Title', 'Job title', 'Current role', 'Position'],
  manager: ['Manager', 'Manager name', 'Reports to', 'Supervisor'],
  managerEmail: ['Manager email', 'Reports to email', 'Supervisor email'],
  path: ['Path', 'Career path', 'Track', 'Career track'],
  targetRole: ['Target role', 'Next role', 'Goal role'],
  focus: ['Focus area', 'Focus', 'Specialty', 'Expertise', 'Subject area'],
};

const FIELD_BY_HEADER = new Map<string, RosterField>(
  (Object.entries(ROSTER_HEADERS) as [RosterField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((n) => [normalizeHeader(n), field] as [string, RosterField]),
  ),
);

/** The 0-based column of each field found in a header row. */
export type RosterColumns = ReadonlyMap<RosterField, number>;

/** Maps a header row to the column of each field it names; of two columns for one field, the first wins. */
export function rosterColumns(headerRow: readonly unknown[]): RosterColumns {
  const columns = new Map<RosterField, number>();
  headerRow.forEach((value, index) => {
    const field = FIELD_BY_HEADER.get(normalizeHeader(value));
    if (field && !columns.has(field)) columns.set(field, index);
  });
  return columns;
}

/** The fatal problem of a header row (1-based `rowNumber`) with no Name or no Email column; undefined with both. */
export function missingColumns(columns: RosterColumns, rowNumber: number): Problem | undefined {
  const missing = (['name', 'email'] as const).filter((f) => !columns.has(f));
  if (missing.length === 0) return undefined;
  const wants = missing.map((f) => `${f === 'name' ? 'Name' : 'Email'} column (${ROSTER_HEADERS[f].join(', ')})`);
  return { cell: `A${rowNumber}`, message: `no ${wants.join(' and no ')} in the header row ${rowNumber}` };
}
