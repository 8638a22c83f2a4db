import type { PathChange } from '../../shared/plan-changes';
import type { Placement } from '../../shared/refresh';
import { plural } from '../../shared/plural';
import { MENU_PATH } from './words';

// What a refresh says it did, and, when it stopped part way, exactly what it wrote and what it did not. Pure.

const AGAIN = `choose ${MENU_PATH} → Generate or refresh plans again`;
const UNCHANGED = 'Every row that was already in Plans is as it was.';

/** The toast after a refresh: rows kept and added, people who left, keys on two rows, blanked keys matched back. */
export function refreshSummary(kept: number, result: Pick<Placement, 'added' | 'left' | 'duplicateKeys' | 'matchedByStep'>): string {
  let summary = `Refreshed the plans: kept ${plural(kept, 'row', 'rows')}, added ${plural(result.added, 'new step', 'new steps')}.`;
  if (result.left.length > 0)
    summary += ` ${plural(result.left.length, 'person no longer on the roster keeps', 'people no longer on the roster keep')} their rows.`;
  if (result.duplicateKeys.length > 0)
    summary += ` ${plural(result.duplicateKeys.length, 'key is', 'keys are')} on more than one row; those rows were kept.`;
  if (result.matchedByStep > 0)
    summary += ` ${plural(result.matchedByStep, 'row with an empty Key stands', 'rows with an empty Key stand')} for a step of the same person and name, so that step was not added again.`;
  return summary;
}

/**
 * What a refresh says of path changes (contract section 9): who changed path, how many untouched steps were closed,
 * and the rows of an earlier path still open (`rowOf` gives an existing row's sheet row once the new rows are in).
 */
export function pathChangeSummary(changes: readonly PathChange[], rowOf: (index: number) => number): string {
  if (changes.length === 0) return '';
  const closed = changes.reduce((n, c) => n + c.closed.length, 0);
  const steps = plural(closed, 'untouched step', 'untouched steps');
  const only = changes.length === 1 ? changes[0]! : undefined;
  let summary = only
    ? ` ${only.person || only.email} changed path from ${only.from} to ${only.to}: closed ${steps} of ${only.from} and added a new sign-off round.`
    : ` ${plural(changes.length, 'person', 'people')} changed path: closed ${steps} of their earlier paths and added new sign-off rounds.`;
  const open = changes.flatMap((c) => c.stillOpen.map(rowOf)).sort((a, b) => a - b);
  if (open.length > 0) {
    const rows = open.length > 10 ? `${open.slice(0, 10).join(', ')} and ${open.length - 10} more` : open.join(', ');
    summary += ` Still open from an earlier path, left as ${open.length === 1 ? 'it is' : 'they are'}: ${open.length === 1 ? 'row' : 'rows'} ${rows}.`;
  }
  const skipped = changes.reduce((n, c) => n + c.skippedBefore.length, 0);
  if (skipped > 0)
    summary += ` ${plural(skipped, 'step of a path taken up again stays', 'steps of a path taken up again stay')} Skipped from an earlier change; set a Status back to Not started to take one up.`;
  return summary;
}

/** How far the new rows got: who has theirs, out of everyone who was getting some. */
export interface InsertProgress {
  peopleDone: number;
  peopleTotal: number;
  /** Untouched steps of an earlier path closed before any row went in. */
  closed?: number;
  /** Rows inserted but not yet written when the run stopped: blank, at `after` + 1. */
  blank?: { after: number; rows: number };
}

const progress = (p: InsertProgress) =>
  `Added new rows for ${p.peopleDone.toLocaleString('en-US')} of ${plural(p.peopleTotal, 'person', 'people')}`;

const unchanged = (p: InsertProgress) =>
  p.closed
    ? `Every other row that was already in Plans is as it was; ${plural(p.closed, 'untouched step of an earlier path was', 'untouched steps of an earlier path were')} closed.`
    : UNCHANGED;

/** The alert when a refresh failed while closing the steps of an earlier path, before any new row went in. */
export function closingStoppedText(detail: string, done: number, total: number): string {
  return `Trellis stopped while closing the untouched steps of an earlier path in Plans${detail ? ` (${detail})` : ''}. Closed ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}; ${AGAIN} to finish. No new row was added, and every other row is as it was.`;
}

/** The alert when a refresh ran out of its time and stopped between two people, everything written so far whole. */
export function outOfTimeText(p: InsertProgress): string {
  return `Trellis stopped early, before Google's time limit for one run. ${progress(p)}; ${AGAIN} to add the rest. ${unchanged(p)}`;
}

/** The alert when a refresh failed part way: what failed, what was written, and any rows left blank. */
export function stoppedText(detail: string, p: InsertProgress): string {
  let text = `Trellis stopped while adding the new rows to Plans${detail ? ` (${detail})` : ''}. ${progress(p)}; ${AGAIN} to add the rest. ${unchanged(p)}`;
  if (p.blank) {
    const rows = p.blank.rows === 1 ? `row ${p.blank.after + 1} was` : `rows ${p.blank.after + 1} to ${p.blank.after + p.blank.rows} were`;
    text += ` Sheet ${rows} made for new rows and left blank; you can delete ${p.blank.rows === 1 ? 'it' : 'them'}.`;
  }
  return text;
}

/** The alert when every new row was written but the formats were not: the table is whole, only its look is behind. */
export function unformattedText(detail: string, p: InsertProgress): string {
  return `${progress(p)}, but Trellis stopped before it could format them${detail ? ` (${detail})` : ''}; ${AGAIN} to finish.`;
}
