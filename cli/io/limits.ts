import { UserError } from '../../shared/user-error';
import { MAX_BYTES, megabytes } from './read-file';

/** The most rows a table may have: 20,000 people's plans are about 225,000. */
export const MAX_ROWS = 1_000_000;
/** The widest table read: Google Sheets' column limit (ZZZ). */
export const MAX_COLUMNS = 18_278;
/** The most filled cells a table may have: a Google spreadsheet's limit. */
export const MAX_CELLS = 10_000_000;
/** The most a workbook may inflate to: the workbook reader takes about 60 times that in memory. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

const count = (n: number) => n.toLocaleString('en');

/**
 * Checks a table's shape against the limits, dropping the empty cells at the end of each row first (a row of a
 * million commas is empty, not a million columns wide). Throws a UserError naming the row that breaks a limit.
 */
export function checkShape(path: string, rows: unknown[][]): void {
  if (rows.length > MAX_ROWS) {
    throw new UserError(
      `${path} has more than ${count(MAX_ROWS)} rows; Trellis reads tables up to that size: split it by team or department and run once for each part`,
    );
  }
  let cells = 0;
  rows.forEach((row, index) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === '' || row[end - 1] === null || row[end - 1] === undefined)) end--;
    row.length = end;
    if (end > MAX_COLUMNS) {
      throw new UserError(
        `${path}:${index + 1}: row ${index + 1} has ${count(end)} cells; Trellis reads tables up to ${count(MAX_COLUMNS)} columns wide (as Google Sheets does): delete the cells past column ZZZ and save again`,
      );
    }
    cells += end;
  });
  if (cells > MAX_CELLS) {
    throw new UserError(
      `${path} has ${count(cells)} filled cells; Trellis reads tables up to ${count(MAX_CELLS)} (as Google Sheets does): split it by team or department and run once for each part`,
    );
  }
}

/** The most people one run plans: their plans table (about 3.6 KB a person) stays well inside what Trellis reads back. */
export const MAX_PEOPLE = 20_000;

/** Why a roster of `people` is not planned in one run, and how to go on. */
export function tooManyPeople(path: string, people: number): string {
  return `${path} has ${count(people)} people; Trellis plans up to ${count(MAX_PEOPLE)} in one run: split the roster by department or manager and give each part its own --out`;
}

/** Why a plans table too large to read back is not written; `bytes` when the write had counted them. */
export function tooLargeToWrite(out: string | undefined, bytes?: number): string {
  const size = bytes === undefined ? 'larger than' : `${megabytes(bytes)}, more than`;
  return `${out ? `${out}: ` : ''}the plans table would be ${size} Trellis reads back (${megabytes(MAX_BYTES)}); nothing was written: split the roster by department or manager and give each part its own --out`;
}
