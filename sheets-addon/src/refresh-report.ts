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

/** How far the new rows got: who has theirs, out of everyone who was getting some. */
export interface InsertProgress {
  peopleDone: number;
  peopleTotal: number;
  /** Rows inserted but not yet written when the run stopped: blank, at `after` + 1. */
  blank?: { after: number; rows: number };
}

const progress = (p: InsertProgress) =>
  `Added new rows for ${p.peopleDone.toLocaleString('en-US')} of ${plural(p.peopleTotal, 'person', 'people')}`;

/** The alert when a refresh ran out of its time and stopped between two people, everything written so far whole. */
export function outOfTimeText(p: InsertProgress): string {
  return `Trellis stopped early, before Google's time limit for one run. ${progress(p)}; ${AGAIN} to add the rest. ${UNCHANGED}`;
}

/** The alert when a refresh failed part way: what failed, what was written, and any rows left blank. */
export function stoppedText(detail: string, p: InsertProgress): string {
  let text = `Trellis stopped while adding the new rows to Plans${detail ? ` (${detail})` : ''}. ${progress(p)}; ${AGAIN} to add the rest. ${UNCHANGED}`;
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
