/**
 * The extension's career goals as a CSV file and back (contract section 8): every person's row in the contract's
 * columns, and an imported table merged into what is stored. An import only fills what is blank and adds people;
 * where both hold different text, the difference is handed back as a conflict for the person to decide.
 */
import { parseCsv, toCsv } from './csv';
import { GOALS_FIELDS, GOALS_HEADERS, readGoals, type CareerGoals, type GoalsField, type GoalsRow } from './goals';
import { a1 } from './a1';
import { goalsCells } from './goals-export';

/** Stored goals, by the person's email identity (emailIdentity). */
export type GoalsByPerson = Record<string, CareerGoals>;

/** The file name of an export made on `day`. */
export function goalsFileName(day: string): string {
  return `trellis-career-goals-${day}.csv`;
}

/** Every person's goals as a CSV document in the contract's columns, by name then email; formulas guarded. */
export function goalsCsv(goals: GoalsByPerson): string {
  const rows = Object.values(goals).sort((a, b) => a.person.localeCompare(b.person) || a.email.localeCompare(b.email));
  return toCsv([[...GOALS_HEADERS], ...rows.map(goalsCells)]);
}

/** A goals CSV as read for an import: its rows, and each problem as `file:cell: what` (contract section 8). */
export type GoalsImport =
  | { ok: true; rows: GoalsRow[]; columns: Partial<Record<GoalsField, number>>; problems: string[] }
  | { ok: false; message: string };

/** Reads a goals CSV file's text; a file whose rows cannot be told apart, or with no Email column, is not read. */
export function readGoalsCsv(text: string, fileName: string): GoalsImport {
  const { rows: grid, errors } = parseCsv(text);
  const unclosed = errors.find((e) => /quote/i.test(e.message));
  if (unclosed) {
    return {
      ok: false,
      message: `${fileName}:${unclosed.row}: a quoted field is never closed, so the rows after it cannot be told apart. Nothing was imported.`,
    };
  }
  const read = readGoals(grid);
  const at = (cell: string) => (cell ? `${fileName}:${cell}` : fileName);
  if (read.fatal) return { ok: false, message: `${at(read.fatal.cell)}: ${read.fatal.message}. Nothing was imported.` };
  return { ok: true, rows: read.rows, columns: read.columns, problems: read.problems.map((p) => `${at(p.cell)}: ${p.message}`) };
}

/** A stored field and an imported one that both hold text, and differ. */
export interface GoalsConflict {
  /** The person's key in the stored goals. */
  identity: string;
  person: string;
  field: GoalsField;
  /** The field's header, as the file and the sheet name it. */
  header: string;
  /** The imported cell (A1), or '' when the file has no such column. */
  cell: string;
  mine: string;
  theirs: string;
}

export interface GoalsMerge {
  goals: GoalsByPerson;
  /** Identities of people the import added. */
  added: string[];
  /** How many blank stored fields the import filled. */
  filled: number;
  /** Fields left as stored because the import differs: replaced only if the person says so (replaceConflicts). */
  conflicts: GoalsConflict[];
}

/** Text compares with its line ends made alike: a file saved on another system is not a different answer. */
const same = (a: string, b: string) => a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');

/** Merges imported goals rows (readGoals) into the stored goals: blanks filled, people added, differences listed. */
export function mergeGoals(stored: GoalsByPerson, rows: readonly GoalsRow[], columns: Partial<Record<GoalsField, number>>): GoalsMerge {
  const goals: GoalsByPerson = { ...stored };
  const added: string[] = [];
  const conflicts: GoalsConflict[] = [];
  let filled = 0;
  for (const row of rows) {
    const mine = goals[row.identity];
    if (!mine) {
      goals[row.identity] = { ...row.goals };
      added.push(row.identity);
      continue;
    }
    const next = { ...mine };
    const rowNumber = Number(row.emailCell.replace(/^[A-Z]+/, ''));
    for (const field of GOALS_FIELDS) {
      const theirs = row.goals[field];
      if (field === 'email' || theirs.trim() === '' || same(mine[field], theirs)) continue;
      if (mine[field].trim() === '') {
        next[field] = theirs;
        filled++;
        continue;
      }
      const column = columns[field];
      const cell = column === undefined ? '' : a1(column, rowNumber);
      const header = GOALS_HEADERS[GOALS_FIELDS.indexOf(field)]!;
      conflicts.push({ identity: row.identity, person: mine.person || theirs, field, header, cell, mine: mine[field], theirs });
    }
    goals[row.identity] = next;
  }
  return { goals, added, filled, conflicts };
}

/** The goals with each conflict's imported text put in place of the stored one. */
export function replaceConflicts(goals: GoalsByPerson, conflicts: readonly GoalsConflict[]): GoalsByPerson {
  const next: GoalsByPerson = { ...goals };
  for (const c of conflicts) {
    const current = next[c.identity];
    if (current) next[c.identity] = { ...current, [c.field]: c.theirs };
  }
  return next;
}
