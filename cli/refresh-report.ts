import { a1 } from '../shared/a1';
import type { PathChange } from '../shared/plan-changes';
import type { PlansTable } from '../shared/plans-table';
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

/**
 * What a refresh did for each person whose path changed (contract section 9), as information: the steps closed, the
 * new sign-off round, and each step of the earlier path still open, with its Status cell in the existing table.
 */
export function pathChangeLines(out: string, changes: readonly PathChange[], existing: PlansTable): string[] {
  const statusCell = (index: number) => a1(existing.sourceColumns?.status ?? 11, existing.sourceRows?.[index] ?? index + 2);
  return changes.flatMap((c) => {
    const who = `${c.person || c.email} (${c.email})`;
    const closed = plural(c.closed.length, 'step', 'steps');
    const lines = [
      `${out}: ${who} changed path from ${c.from} to ${c.to}: ${closed} not started on ${c.from} closed as Skipped, with a note saying why; sign-off round ${c.round} added, so both sign the changed plan`,
    ];
    for (const index of c.stillOpen) {
      const row = existing.rows[index]!;
      lines.push(
        `${out}:${statusCell(index)}: "${row.step}" (${row.status.trim()}) is still open from ${c.person || c.email}'s earlier path; left as it is`,
      );
    }
    if (c.skippedBefore.length > 0) {
      const steps = plural(c.skippedBefore.length, 'step was', 'steps were');
      lines.push(
        `${out}: ${who} is back on ${c.to}: ${steps} closed by an earlier path change and stay Skipped; set a Status back to Not started to take one up again`,
      );
    }
    return lines;
  });
}

/** The last line once the refreshed table is in place. */
export function refreshedLine(out: string, facts: Pick<RefreshFacts, 'kept' | 'added'> & { closed?: number }): string {
  const closed = facts.closed ? ` (${plural(facts.closed, 'step', 'steps')} of an earlier path closed)` : '';
  return `Refreshed ${out}: kept ${plural(facts.kept, 'row', 'rows')}${closed}, added ${facts.added.toLocaleString('en-US')}.`;
}
