import { a1 } from './a1';
import { cellText } from './cells';
import type { Problem } from './types';

/** A roster field (contract section 1). */
export type PersonField = 'name' | 'email' | 'role' | 'manager' | 'managerEmail' | 'path' | 'targetRole' | 'focus';
/** The parts a roster with no Name column makes the name of (contract section 12): HR systems export them apart. */
export type NamePart = 'firstName' | 'lastName' | 'preferredName';
export type RosterField = PersonField | NamePart;

/**
 * Header names accepted for each roster field (contract section 1), with the names HR systems export them under
 * (BambooHR, Workday, HiBob, Personio, Rippling: docs/contract.md lists which). A header that could mean two things is
 * left out (Workday's Job Profile is not the title people go by). The first of each is the one Trellis writes (Set up
 * roster) and names in its messages.
 */
export const ROSTER_HEADERS: Readonly<Record<PersonField, readonly string[]>> = {
  name: ['Name', 'Full name', 'Employee', 'Employee name', 'Person', 'Display name', 'Worker'],
  email: [
    'Email',
    'E-mail',
    'Work email',
    'Employee email',
    'Email address',
    'E-mail address',
    'Work email address',
    'Employee email address',
    'Business email',
    'Primary work email',
    'Email - Primary Work',
  ],
  role: ['Role', 'Title', 'Job title', 'Current role', 'Position', 'Job', 'Job role', 'Position title', 'Business title'],
  manager: [
    'Manager',
    'Manager name',
    'Reports to',
    'Supervisor',
    'Line manager',
    'Line manager name',
    'Supervisor name',
    'Reporting manager',
  ],
  managerEmail: [
    'Manager email',
    'Reports to email',
    'Supervisor email',
    "Manager's email",
    'Manager email address',
    "Manager's email address",
    'Line manager email',
    "Line manager's email",
    'Line manager email address',
    'Supervisor email address',
    "Supervisor's email",
    'Reporting manager email',
    'Manager work email',
  ],
  path: ['Path', 'Career path', 'Track', 'Career track'],
  targetRole: ['Target role', 'Next role', 'Goal role'],
  focus: ['Focus area', 'Focus', 'Specialty', 'Expertise', 'Subject area'],
};

/** Header names of the name's parts, read only where the roster has no Name column (contract section 12). */
export const NAME_PART_HEADERS: Readonly<Record<NamePart, readonly string[]>> = {
  firstName: ['First name', 'Given name', 'Forename', 'Legal first name', 'Legal name - First name'],
  lastName: ['Last name', 'Surname', 'Family name', 'Legal last name', 'Legal name - Last name'],
  preferredName: ['Preferred name', 'Preferred first name', 'Known as', 'Preferred name - First name'],
};

/** How a field is named in a message. */
const FIELD_WORDS: Readonly<Record<RosterField, string>> = {
  name: 'the name',
  email: 'the email',
  role: 'the role',
  manager: 'the manager',
  managerEmail: "the manager's email",
  path: 'the path',
  targetRole: 'the target role',
  focus: 'the focus area',
  firstName: 'the first name',
  lastName: 'the last name',
  preferredName: 'the preferred name',
};

/**
 * A roster header as it compares: case, spaces and punctuation ignored (`E-mail address`, `Manager's email`), all
 * but `#`, so an `Employee #` column is not taken for the Employee (name) column.
 */
export function rosterHeaderKey(value: unknown): string {
  return cellText(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, '');
}

const FIELD_BY_HEADER = new Map<string, RosterField>(
  (Object.entries({ ...ROSTER_HEADERS, ...NAME_PART_HEADERS }) as [RosterField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((n) => [rosterHeaderKey(n), field] as [string, RosterField]),
  ),
);

/** The 0-based column of each field found in a header row. */
export type RosterColumns = ReadonlyMap<RosterField, number>;

/** Every 0-based column of each field a header row names, in order: more than one is an ambiguous roster. */
function fieldColumns(headerRow: readonly unknown[]): Map<RosterField, number[]> {
  const columns = new Map<RosterField, number[]>();
  headerRow.forEach((value, index) => {
    const field = FIELD_BY_HEADER.get(rosterHeaderKey(value));
    if (field) columns.set(field, [...(columns.get(field) ?? []), index]);
  });
  return columns;
}

/** Maps a header row to the column of each field it names (the first, where two name one field: see headerProblem). */
export function rosterColumns(headerRow: readonly unknown[]): RosterColumns {
  return new Map([...fieldColumns(headerRow)].map(([field, indices]) => [field, indices[0]!]));
}

/** Whether the roster's names are made of parts: no Name column, but a first or last name column. */
export function namesFromParts(columns: RosterColumns): boolean {
  return !columns.has('name') && (columns.has('firstName') || columns.has('lastName'));
}

/**
 * The fatal problem of a header row (1-based `rowNumber`) with no Name column (nor First name or Last name) or no
 * Email column; undefined with both.
 */
export function missingColumns(columns: RosterColumns, rowNumber: number): Problem | undefined {
  const missing = (['name', 'email'] as const).filter((f) => !columns.has(f) && !(f === 'name' && namesFromParts(columns)));
  if (missing.length === 0) return undefined;
  const parts = ' or First name and Last name';
  const wants = missing.map(
    (f) => `${f === 'name' ? 'Name' : 'Email'} column (${ROSTER_HEADERS[f].join(', ')}${f === 'name' ? parts : ''})`,
  );
  return { cell: `A${rowNumber}`, message: `no ${wants.join(' and no ')} in the header row ${rowNumber}` };
}

/**
 * The fatal problem of a header row where two columns name one field (`Email` and `Work email`): Trellis cannot
 * tell which one the person meant, so it plans nobody rather than guess. Undefined when every field has one column.
 */
export function ambiguousColumns(headerRow: readonly unknown[], rowNumber: number): Problem | undefined {
  const clashes = [...fieldColumns(headerRow)].filter(([, indices]) => indices.length > 1);
  if (clashes.length === 0) return undefined;
  const said = clashes.map(([field, indices]) => {
    const cells = indices.map((i) => `${a1(i, rowNumber)} "${cellText(headerRow[i])}"`);
    return `${indices.length} columns for ${FIELD_WORDS[field]} (${cells.slice(0, -1).join(', ')} and ${cells.at(-1)})`;
  });
  return {
    cell: a1(clashes[0]![1][1]!, rowNumber),
    message: `${said.join('; ')}: Trellis cannot tell which to use. Keep one, rename or delete the others, then plan again`,
  };
}
