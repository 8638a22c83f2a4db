/**
 * One person's career goals as a row of the Career goals sheet (contract section 8): the cells in the contract's
 * column order, and that row as tab-separated text and as an HTML table, the two flavours a paste into Sheets reads.
 * No CSV parser here: the Calendar panel uses this file, and the CSV file's code stays on the options page.
 */
import { GOALS_FIELDS, type CareerGoals, type GoalsField } from './goals-columns';
import { guardText } from './guard';

/** A field the conversation answers: the six questions, then the goals the plan is written around. */
export type AnswerField = Exclude<GoalsField, 'email' | 'person' | 'conversationDate' | 'targetDate'>;

/** The answer fields, in the contract's column order (How the job feels to Not wanted). */
export const ANSWER_FIELDS = GOALS_FIELDS.slice(3, 12) as readonly AnswerField[];

/** A goals field a person types into: an answer, or the target date. */
export type TypedGoalsField = AnswerField | 'targetDate';

/** Goals for someone with nothing written down yet. */
export function blankGoals(email: string, person: string): CareerGoals {
  const goals = Object.fromEntries(GOALS_FIELDS.map((f) => [f, ''])) as CareerGoals;
  return { ...goals, email, person };
}

/** How many of the nine answers hold any text. */
export function answeredCount(goals: CareerGoals): number {
  return ANSWER_FIELDS.filter((f) => goals[f].trim() !== '').length;
}

/** The row's cells in the contract's column order, exactly as stored (not yet guarded). */
export function goalsCells(goals: CareerGoals): string[] {
  return GOALS_FIELDS.map((f) => goals[f]);
}

/** A cell as tab-separated text: quoted (inner quotes doubled) when it holds a tab, a line break or a quote. */
function tsvCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Cells as one line of tab-separated text, every cell guarded against formulas (contract section 4). A cell with
 * line breaks is quoted, as Sheets itself writes such a cell when it copies, so the paste keeps it in one cell.
 */
export function tsvLine(cells: readonly string[]): string {
  return cells.map((cell) => tsvCell(guardText(cell))).join('\t');
}

/** The row as one line of tab-separated text, guarded, in the contract's column order: what pastes into the sheet. */
export function goalsTsvRow(goals: CareerGoals): string {
  return tsvLine(goalsCells(goals));
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML character data: every markup character escaped, each line break a <br>. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/\r\n?|\n/g, '<br>');
}

/** The row as an HTML table of one row, every cell guarded and escaped: what Sheets fills cell by cell on paste. */
export function goalsHtmlRow(goals: CareerGoals): string {
  const cells = goalsCells(goals)
    .map((cell) => `<td>${htmlText(guardText(cell))}</td>`)
    .join('');
  return `<meta charset="utf-8"><table><tr>${cells}</tr></table>`;
}
