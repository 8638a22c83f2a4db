import { isBlankRow } from './cells';
import { missingColumns, rosterColumns } from './roster-columns';
import { checkRow } from './roster-row';
import type { Person, Problem } from './types';

export { ROSTER_HEADERS } from './roster-columns';

export interface RosterResult {
  people: Person[];
  /** Rows left out, each with the cell that made it so. */
  problems: Problem[];
  /** Identities (emailIdentity) of rows left out, so a refresh can tell "rejected" from "left the roster". */
  rejectedEmails: string[];
  /** Set when nothing can be planned from this roster. */
  fatal?: Problem;
}

const fatalResult = (fatal: Problem): RosterResult => ({ people: [], problems: [], rejectedEmails: [], fatal });

/** Reads a roster from a grid of cell values (a CSV or XLSX reader's rows, or Sheets' getValues). */
export function readRoster(cells: readonly (readonly unknown[])[]): RosterResult {
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return fatalResult({ cell: '', message: 'no header row: the roster is empty' });
  const columns = rosterColumns(cells[headerIndex]!);
  const missing = missingColumns(columns, headerIndex + 1);
  if (missing) return fatalResult(missing);

  const people: Person[] = [];
  const problems: Problem[] = [];
  const rejectedEmails: string[] = [];
  const firstSeen = new Map<string, string>();
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (isBlankRow(row)) continue;
    const check = checkRow(row, i + 1, columns, firstSeen);
    if (check.emailCell && !firstSeen.has(check.identity)) firstSeen.set(check.identity, check.emailCell);
    if (check.person) people.push(check.person);
    else {
      problems.push(...check.problems);
      if (check.identity) rejectedEmails.push(check.identity);
    }
  }
  if (people.length === 0) {
    return { people, problems, rejectedEmails, fatal: { cell: '', message: 'no person left to plan: every row was blank or rejected' } };
  }
  return { people, problems, rejectedEmails };
}
