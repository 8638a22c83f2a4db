import { plural } from '../shared/plural';
import type { LeftReason } from '../shared/refresh-left';

// What `trellis plan` says about a refresh of its --out, one stderr line each. Pure.

/** What a refresh did, as the report needs it. */
export interface RefreshFacts {
  /** Rows the plans table had before. */
  kept: number;
  added: number;
  matchedByStep: number;
  duplicateKeys: readonly string[];
  left: readonly LeftReason[];
}

/** The warnings about a refresh of `out`: people kept but not planned, keys on two rows, blanked Keys matched back. */
export function refreshWarnings(out: string, facts: RefreshFacts): string[] {
  const lines = facts.left.map((p) => {
    const rows = plural(p.rows, 'row', 'rows');
    const who = `${out}: ${p.person || p.email} (${p.email})`;
    return p.rejected
      ? `${who} has a rejected roster row; their ${rows} are kept as they are`
      : `${who} is no longer on the roster; their ${rows} are kept`;
  });
  for (const key of facts.duplicateKeys) lines.push(`${out}: the key ${key} is on more than one row; both rows are kept`);
  if (facts.matchedByStep > 0) {
    const rows = plural(facts.matchedByStep, 'row with an empty Key has', 'rows with an empty Key have');
    lines.push(
      `${out}: ${rows} the person and Step of a planned step; kept as they are and not added again (type the Key back to link them for good)`,
    );
  }
  return lines;
}

/** The last line once the refreshed table is in place. */
export function refreshedLine(out: string, facts: Pick<RefreshFacts, 'kept' | 'added'>): string {
  return `Refreshed ${out}: kept ${plural(facts.kept, 'row', 'rows')}, added ${facts.added.toLocaleString('en-US')}.`;
}
