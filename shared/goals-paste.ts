import { cellText } from './cells';
import { parseCsv } from './csv';
import { emailText, isEmail } from './email';
import { GOALS_HEADERS, readGoals, type GoalsResult } from './goals';
import type { Problem } from './types';

// Career goals as a person pastes or uploads them (contract section 8): a CSV file with a header row, or the one
// tab-separated row the extension's "Copy row" puts on the clipboard, in the contract's column order, no header.

/** More rows than any team: a paste this long is not a goals table. */
export const MAX_PASTED_ROWS = 10_000;

export type PastedGoals =
  | {
      ok: true;
      read: GoalsResult;
      /** Rows with no header row, read in the contract's column order. */
      headerless: boolean;
      /** The table's problems, their cells as the pasted text's rows (row 1 is its first line, header or not). */
      problems: Problem[];
    }
  | { ok: false; message: string };

const NOTHING = 'Nothing to add yet: paste a row or a CSV into the box, or choose a file.';

/** Tab-separated when the first record splits into more cells at tabs than at commas (the extension's row). */
function delimiterOf(text: string): ',' | '\t' {
  const cells = (d: ',' | '\t') => parseCsv(text, 1, d).rows[0]?.length ?? 0;
  return cells('\t') > cells(',') ? '\t' : ',';
}

/** A cell one row up: the header Trellis put above headerless rows is not in what was pasted. */
const up = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, (_, column: string, row: string) => `${column}${Number(row) - 1}`);

/** A problem's cells (its own, and the first row a duplicate names) one row up. */
function rowUp(problem: Problem): Problem {
  return {
    cell: up(problem.cell),
    message: problem.message.replace(/\(first at ([A-Z]+\d+)\)/, (_, cell: string) => `(first at ${up(cell)})`),
  };
}

/** Reads pasted or uploaded text as a Career goals table: CSV or tab-separated, with a header row or in contract order. */
export function readPastedGoals(text: string): PastedGoals {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') return { ok: false, message: NOTHING };
  const delimiter = delimiterOf(source);
  const { rows, errors } = parseCsv(source, MAX_PASTED_ROWS + 2, delimiter);
  const unclosed = errors.find((e) => /unterminated/i.test(e.message));
  if (unclosed) {
    return {
      ok: false,
      message: `Row ${unclosed.row} of what you added opens a quote (") that is never closed, so its cells cannot be told apart. Nothing was added.`,
    };
  }
  const body = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (body.length === 0) return { ok: false, message: NOTHING };
  if (body.length > MAX_PASTED_ROWS + 1) {
    return {
      ok: false,
      message: `That is more than ${MAX_PASTED_ROWS.toLocaleString('en-US')} rows: is it a Career goals table? Nothing was added.`,
    };
  }
  const first = emailText(cellText(body[0]![0]));
  const headerless = isEmail(first);
  const read = readGoals(headerless ? [[...GOALS_HEADERS], ...rows] : rows);
  if (read.fatal) {
    return {
      ok: false,
      message:
        `What you added has ${read.fatal.message.replace(/ in the header row \d+$/, '')} in its first row, and does not start with an email. ` +
        'Paste the row the Trellis extension copies, or a CSV whose first row names the columns (Email, Person, …). Nothing was added.',
    };
  }
  const extra = headerless ? rows.findIndex((row) => row.slice(GOALS_HEADERS.length).some((cell) => cell.trim() !== '')) : -1;
  const problems = headerless ? read.problems.map(rowUp) : [...read.problems];
  if (extra >= 0) {
    problems.push({
      cell: `N${extra + 1}`,
      message: `more cells than the ${GOALS_HEADERS.length} columns of Career goals (Email to Target date); the cells after Target date were left out`,
    });
  }
  return { ok: true, read, headerless, problems };
}
