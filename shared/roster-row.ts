import { a1 } from './a1';
import { cellText } from './cells';
import { emailIdentity, emailText, isEmail } from './email';
import { ACCEPTED_PATH_VALUES, pathFromValue } from './paths/templates';
import type { RosterColumns, RosterField } from './roster-columns';
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
): RowCheck {
  const get = (f: RosterField) => {
    const c = columns.get(f);
    return c === undefined ? '' : cellText(row[c]);
  };
  const at = (f: RosterField) => a1(columns.get(f) ?? 0, rowNumber);
  const name = get('name');
  const email = emailText(get('email'));
  const managerEmail = emailText(get('managerEmail'));
  const identity = emailIdentity(email);
  const pathValue = get('path');
  const path = pathFromValue(pathValue);
  const problems: Problem[] = [];
  if (!name) problems.push({ cell: at('name'), message: 'missing name' });
  const emailProblem = emailProblemOf(email, firstSeen.get(identity));
  if (emailProblem) problems.push({ cell: at('email'), message: emailProblem });
  if (managerEmail && !isEmail(managerEmail))
    problems.push({ cell: at('managerEmail'), message: `malformed manager email "${managerEmail}"` });
  if (!path) {
    problems.push({
      cell: at('path'),
      message: `unknown path "${pathValue}" (accepted: ${ACCEPTED_PATH_VALUES.join(', ')}, or blank for undecided)`,
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

/** What is wrong with a row's email, if anything; `first` is the cell of an earlier row with the same identity. */
function emailProblemOf(email: string, first: string | undefined): string | undefined {
  if (!email) return 'missing email';
  if (/[#\s]/.test(email)) return `malformed email "${email}": an email cannot hold "#" or a space (each plan row's Key is <email>#<step>)`;
  if (!isEmail(email)) return `malformed email "${email}"`;
  return first ? `duplicate email "${email}" (first at ${first})` : undefined;
}
