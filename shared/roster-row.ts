import { a1 } from './a1';
import { cellText } from './cells';
import { emailIdentity, emailText, isEmail } from './email';
import { pathNameKey } from './framework/path-ref';
import { ACCEPTED_PATH_VALUES, pathFromValue } from './paths/templates';
import { namesFromParts, type RosterColumns, type RosterField } from './roster-columns';
import type { Person, Problem } from './types';

/** What one roster row is: a person, or the problems that leave it out. */
export interface RowCheck {
  /** The person, when the row has no problem. */
  person?: Person;
  problems: Problem[];
  /** The row's email identity (emailIdentity), '' when it has none. */
  identity: string;
  /** The email's cell when the email is well-formed: the first row to hold an email owns it. */
  emailCell?: string;
}

/**
 * Checks one non-blank row (1-based `rowNumber`, header counted) against the roster's columns. `firstSeen` maps an
 * identity to the cell of the first row that held it, so a later row with the same email is a duplicate.
 */
export function checkRow(
  row: readonly unknown[],
  rowNumber: number,
  columns: RosterColumns,
  firstSeen: ReadonlyMap<string, string>,
  newPaths: readonly string[] = [],
): RowCheck {
  const get = (f: RosterField) => {
    const c = columns.get(f);
    return c === undefined ? '' : cellText(row[c]);
  };
  // A name made of parts is told at its first part's cell.
  const nameColumn = columns.get('name') ?? columns.get('firstName') ?? columns.get('lastName');
  const at = (f: RosterField) => a1((f === 'name' ? nameColumn : columns.get(f)) ?? 0, rowNumber);
  const name = namesFromParts(columns) ? nameOfParts(get) : get('name');
  const email = emailText(get('email'));
  const managerEmail = emailText(get('managerEmail'));
  const identity = emailIdentity(email);
  const pathValue = get('path');
  // A new path a career framework adds (contract section 12) is named as the framework writes it.
  const path = pathFromValue(pathValue) ?? newPaths.find((name) => pathNameKey(name) === pathNameKey(pathValue));
  const problems: Problem[] = [];
  if (!name) problems.push({ cell: at('name'), message: 'missing name' });
  const emailProblem = emailProblemOf(email, firstSeen.get(identity));
  if (emailProblem) problems.push({ cell: at('email'), message: emailProblem });
  if (managerEmail && !isEmail(managerEmail))
    problems.push({ cell: at('managerEmail'), message: `malformed manager email "${managerEmail}"` });
  if (!path) {
    problems.push({
      cell: at('path'),
      message: `unknown path "${pathValue}" (accepted: ${[...ACCEPTED_PATH_VALUES, ...newPaths].join(', ')}, or blank for undecided)`,
    });
  }
  const emailCell = email && isEmail(email) ? at('email') : undefined;
  if (problems.length > 0 || !path) return { problems, identity, emailCell };
  const person: Person = {
    name,
    email,
    role: get('role'),
    manager: get('manager'),
    managerEmail,
    path,
    targetRole: get('targetRole'),
    focus: get('focus'),
  };
  return { person, problems, identity, emailCell };
}

/**
 * A name made of its parts (contract section 12): the preferred name, where filled, stands in for the first name.
 * Workday's Preferred Name is the whole name ("Logan McNeil"): one that already ends with the last name is the name,
 * so the surname is not said twice.
 */
function nameOfParts(get: (f: RosterField) => string): string {
  const preferred = get('preferredName');
  const last = get('lastName');
  if (preferred && last && endsWithWord(preferred, last)) return preferred;
  return [preferred || get('firstName'), last].filter(Boolean).join(' ');
}

/**
 * Whether `text` is more words ending with the words of `tail`, case ignored: "Logan McNeil" ends with "mcneil";
 * "Ann Marie" does not with "arie", nor "Thomas" (a first name that is also the surname) with "Thomas".
 */
function endsWithWord(text: string, tail: string): boolean {
  return text.toLocaleLowerCase().endsWith(` ${tail.toLocaleLowerCase()}`);
}

/** What is wrong with a row's email, if anything; `first` is the cell of an earlier row with the same identity. */
function emailProblemOf(email: string, first: string | undefined): string | undefined {
  if (!email) return 'missing email';
  if (/[#\s]/.test(email)) return `malformed email "${email}": an email cannot hold "#" or a space (each plan row's Key is <email>#<step>)`;
  if (!isEmail(email)) return `malformed email "${email}"`;
  return first ? `duplicate email "${email}" (first at ${first})` : undefined;
}

/**
 * What a planned person's row is missing for their manager's steps to have a named owner: with a manager email
 * column, a blank email there; with only a manager name column, a blank name. Undefined when nothing is missing, or
 * when the roster has neither column (the roster then gets one line for everyone: see readRoster).
 */
export function managerWarning(person: Person, rowNumber: number, columns: RosterColumns): Problem | undefined {
  const again = 'Fill in the cell and plan again.';
  const emailColumn = columns.get('managerEmail');
  if (emailColumn !== undefined) {
    if (person.managerEmail) return undefined;
    const steps = person.manager
      ? `their manager's steps name ${person.manager} but have no owner email`
      : "their manager's steps have no named owner";
    return { cell: a1(emailColumn, rowNumber), message: `${person.name} has no manager email: ${steps}. ${again}` };
  }
  const nameColumn = columns.get('manager');
  if (nameColumn === undefined || person.manager) return undefined;
  return {
    cell: a1(nameColumn, rowNumber),
    message: `${person.name} has no manager: their manager's steps have no named owner. ${again}`,
  };
}
