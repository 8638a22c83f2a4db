import { a1 } from './a1';
import { cellText, isBlankRow, normalizeHeader } from './cells';
import { emailIdentity, emailText } from './email';
import { ACCEPTED_PATH_VALUES, pathFromValue } from './paths/templates';
import type { Person, Problem } from './types';

type Field = 'name' | 'email' | 'role' | 'manager' | 'managerEmail' | 'path' | 'targetRole' | 'focus';

/** Header names accepted for each roster field (contract section 1). */
export const ROSTER_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  name: ['Name', 'Full name', 'Employee', 'Employee name', 'Person'],
  email: ['Email', 'E-mail', 'Work email', 'Employee email'],
  role: ['Role', 'Title', 'Job title', 'Current role', 'Position'],
  manager: ['Manager', 'Manager name', 'Reports to', 'Supervisor'],
  managerEmail: ['Manager email', 'Reports to email', 'Supervisor email'],
  path: ['Path', 'Career path', 'Track', 'Career track'],
  targetRole: ['Target role', 'Next role', 'Goal role'],
  focus: ['Focus area', 'Focus', 'Specialty', 'Expertise', 'Subject area'],
};

const FIELD_BY_HEADER = new Map<string, Field>(
  (Object.entries(ROSTER_HEADERS) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((n) => [normalizeHeader(n), field] as [string, Field]),
  ),
);

// `#` ends the email part of a Key (`<email>#<step-id>`), so an address holding one could not be told apart from it.
const EMAIL = /^[^\s@<>(),;:"[\]#]+@[^\s@<>(),;:"[\]#]+\.[^\s@<>(),;:"[\].#]{2,}$/;

/** Whether text has the shape of an email address (one @, a dotted domain, no spaces, no `#`). */
export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}

export interface RosterResult {
  people: Person[];
  /** Rows left out, each with the cell that made it so. */
  problems: Problem[];
  /** Identities (emailIdentity) of rows left out, so a refresh can tell "rejected" from "left the roster". */
  rejectedEmails: string[];
  /** Set when nothing can be planned from this roster. */
  fatal?: Problem;
}

/** Reads a roster from a grid of cell values (a CSV or XLSX reader's rows, or Sheets' getValues). */
export function readRoster(cells: readonly (readonly unknown[])[]): RosterResult {
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return { people: [], problems: [], rejectedEmails: [], fatal: { cell: '', message: 'no header row: the roster is empty' } };
  const headerRow = cells[headerIndex]!;
  const columns = new Map<Field, number>();
  headerRow.forEach((value, index) => {
    const field = FIELD_BY_HEADER.get(normalizeHeader(value));
    if (field && !columns.has(field)) columns.set(field, index);
  });
  const missing = (['name', 'email'] as const).filter((f) => !columns.has(f));
  if (missing.length > 0) {
    const headerRowNumber = headerIndex + 1;
    const wants = missing.map((f) => `${f === 'name' ? 'Name' : 'Email'} column (${ROSTER_HEADERS[f].join(', ')})`);
    return {
      people: [],
      problems: [],
      rejectedEmails: [],
      fatal: { cell: `A${headerRowNumber}`, message: `no ${wants.join(' and no ')} in the header row ${headerRowNumber}` },
    };
  }

  const people: Person[] = [];
  const problems: Problem[] = [];
  const rejectedEmails: string[] = [];
  const firstSeen = new Map<string, string>();
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (isBlankRow(row)) continue;
    const rowNumber = i + 1;
    const col = (f: Field) => columns.get(f);
    const get = (f: Field) => {
      const c = col(f);
      return c === undefined ? '' : cellText(row[c]);
    };
    const at = (f: Field) => a1(col(f) ?? 0, rowNumber);
    const rowProblems: Problem[] = [];
    const name = get('name');
    const email = emailText(get('email'));
    const managerEmail = emailText(get('managerEmail'));
    const identity = emailIdentity(email);
    const pathValue = get('path');
    if (!name) rowProblems.push({ cell: at('name'), message: 'missing name' });
    if (!email) rowProblems.push({ cell: at('email'), message: 'missing email' });
    else if (/[#\s]/.test(email)) {
      rowProblems.push({ cell: at('email'), message: `malformed email "${email}": an email cannot hold "#" or a space (each plan row's Key is <email>#<step>)` });
    } else if (!isEmail(email)) rowProblems.push({ cell: at('email'), message: `malformed email "${email}"` });
    else {
      const first = firstSeen.get(identity);
      if (first) rowProblems.push({ cell: at('email'), message: `duplicate email "${email}" (first at ${first})` });
    }
    if (managerEmail && !isEmail(managerEmail)) {
      rowProblems.push({ cell: at('managerEmail'), message: `malformed manager email "${managerEmail}"` });
    }
    const path = pathFromValue(pathValue);
    if (!path) {
      rowProblems.push({
        cell: at('path'),
        message: `unknown path "${pathValue}" (accepted: ${ACCEPTED_PATH_VALUES.join(', ')}, or blank for undecided)`,
      });
    }
    if (email && isEmail(email) && !firstSeen.has(identity)) firstSeen.set(identity, at('email'));
    if (rowProblems.length > 0 || !path) {
      problems.push(...rowProblems);
      if (email) rejectedEmails.push(identity);
      continue;
    }
    people.push({
      name,
      email,
      role: get('role'),
      manager: get('manager'),
      managerEmail,
      path,
      targetRole: get('targetRole'),
      focus: get('focus'),
      row: rowNumber,
    });
  }
  if (people.length === 0) {
    return { people, problems, rejectedEmails, fatal: { cell: '', message: 'no person left to plan: every row was blank or rejected' } };
  }
  return { people, problems, rejectedEmails };
}
