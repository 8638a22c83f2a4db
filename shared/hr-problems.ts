import type { RollupIssue, RollupProblem } from './hr-rollup';

// The HR roll-up problems sheet (contract section 10): one row a link that added no one, or added someone twice, with
// what went wrong and what HR can do about it, in the order of the HR roll-up sheet. Pure: Trellis HR writes it.

export const PROBLEM_HEADERS = ['Row', 'Team spreadsheet link', 'Team spreadsheet', 'Problem', 'What to do'] as const;

/**
 * What went wrong and what to do, for HR who may never have seen the team's spreadsheet. Each problem opens with the
 * short name Trellis HR's Help explains it under (hr-help.html).
 */
export function problemWords(issue: RollupIssue): { problem: string; todo: string } {
  switch (issue.kind) {
    case 'not-a-link':
      return {
        problem: 'Not a link: this is neither a link to a Google spreadsheet nor a spreadsheet id.',
        todo: "Open the team's spreadsheet, copy the address from the browser's address bar (it has /spreadsheets/d/ in it) and paste it here.",
      };
    case 'duplicate':
      return {
        problem: `Listed twice: the same spreadsheet as row ${issue.firstRow}.`,
        todo: 'Nothing: it is read once. Delete this row to keep the list tidy.',
      };
    case 'no-access':
      return {
        problem: 'No access: the account running the roll-up cannot open it, the link is wrong, or it is an Excel file in Drive.',
        todo: 'Ask the team to share their spreadsheet with you (Viewer is enough) and check the link opens in your browser; an Excel file they save as a Google spreadsheet (File → Save as Google Sheets). Then Roll up again.',
      };
    case 'no-plans-sheet':
      return {
        problem: 'No Plans sheet: the spreadsheet opened, but it has no sheet named Plans to read.',
        todo: 'Ask the team to make their plans with the Trellis add-on (Generate or refresh plans), or to name their plans sheet Plans.',
      };
    case 'wrong-columns':
      return {
        problem: `Wrong columns: its Plans sheet cannot be read as a plans table (${issue.detail}).`,
        todo: 'Ask the team to put back the columns the Trellis add-on wrote (columns of their own beside them are fine), then Roll up again.',
      };
    case 'planned-twice':
      return {
        problem: `Planned twice: ${issue.person} (${issue.email}) is also planned in ${issue.first}, row ${issue.firstRow}.`,
        todo: `Nothing for now: counted once, from ${issue.first}. Ask the two teams which of them plans this person.`,
      };
  }
}

/** The problems sheet's rows under PROBLEM_HEADERS, by row of the HR roll-up sheet (a link's own problems in order). */
export function problemTable(problems: readonly RollupProblem[]): (string | number)[][] {
  const rows = [...problems]
    .sort((a, b) => a.row - b.row)
    .map((p) => {
      const { problem, todo } = problemWords(p.issue);
      return [p.row, p.link, p.name, problem, todo];
    });
  return rows.length > 0 ? rows : [['', '', '', 'None: every listed team spreadsheet was read.', '']];
}
