import { isBlankRow } from './cells';
import { ambiguousColumns, missingColumns, type RosterColumns, rosterColumns } from './roster-columns';
import { checkRow, managerWarning } from './roster-row';
import type { Person, Problem } from './types';

export { ROSTER_HEADERS } from './roster-columns';

export interface RosterResult {
  people: Person[];
  /** Rows left out, each with the cell that made it so. */
  problems: Problem[];
  /**
   * People planned with something to fill in, each with its cell: a blank manager email, which leaves their
   * manager's steps with no named owner or no owner email. Like problems, they make the command exit 2.
   */
  warnings: Problem[];
  /** One line about the whole roster that asks nothing of any row (no manager email column): said, exit 0. */
  notice?: string;
  /** Identities (emailIdentity) of rows left out, so a refresh can tell "rejected" from "left the roster". */
  rejectedEmails: string[];
  /** Set when nothing can be planned from this roster. */
  fatal?: Problem;
}

const fatalResult = (fatal: Problem): RosterResult => ({ people: [], problems: [], warnings: [], rejectedEmails: [], fatal });

/**
 * The one line a roster gets when it cannot name the owners of manager steps at all (no manager email column): said,
 * asking nothing of any one row, so the roster still plans with exit 0. Undefined with a manager email column.
 */
function managerColumnsNotice(columns: RosterColumns): string | undefined {
  if (columns.has('managerEmail')) return undefined;
  if (!columns.has('manager')) {
    return "no Manager or Manager email column: manager's steps are planned with no named owner; add Manager and Manager email columns to name them.";
  }
  return "no Manager email column: manager's steps name the manager but have no owner email; add a Manager email column to give them one.";
}

/**
 * Reads a roster from a grid of cell values (a CSV or XLSX reader's rows, or Sheets' getValues); its Path column also
 * accepts `newPaths`, the paths a career framework adds (contract section 12).
 */
export function readRoster(cells: readonly (readonly unknown[])[], newPaths: readonly string[] = []): RosterResult {
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return fatalResult({ cell: '', message: 'no header row: the roster is empty' });
  const columns = rosterColumns(cells[headerIndex]!);
  const headerProblem = missingColumns(columns, headerIndex + 1) ?? ambiguousColumns(cells[headerIndex]!, headerIndex + 1);
  if (headerProblem) return fatalResult(headerProblem);

  const people: Person[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const notice = managerColumnsNotice(columns);
  const rejectedEmails: string[] = [];
  const firstSeen = new Map<string, string>();
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (isBlankRow(row)) continue;
    const check = checkRow(row, i + 1, columns, firstSeen, newPaths);
    if (check.emailCell && !firstSeen.has(check.identity)) firstSeen.set(check.identity, check.emailCell);
    if (check.person) {
      people.push(check.person);
      const warning = managerWarning(check.person, i + 1, columns);
      if (warning) warnings.push(warning);
    } else {
      problems.push(...check.problems);
      if (check.identity) rejectedEmails.push(check.identity);
    }
  }
  if (people.length === 0) {
    return {
      people,
      problems,
      warnings: [],
      rejectedEmails,
      fatal: { cell: '', message: 'no person left to plan: every row was blank or rejected' },
    };
  }
  return { people, problems, warnings, ...(notice ? { notice } : {}), rejectedEmails };
}
