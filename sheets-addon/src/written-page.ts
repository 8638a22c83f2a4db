import { cellText, isBlankRow } from '../../shared/cells';
import { longDay } from '../../shared/dates';
import { ROSTER_HEADERS } from '../../shared/roster';
import { rosterHeaderKey } from '../../shared/roster-columns';
import type { WrittenPlan } from '../../shared/written-plan';
import { escapeHtml } from './html';

// Pure parts of Show written plan: whose row is selected, and the sign-off state at the top of the sidebar.

const EMAIL_HEADERS = new Set(ROSTER_HEADERS.email.map(rosterHeaderKey));

/** The email on a 1-based row of a sheet with an Email column (Roster, Plan status); '' on the header or a blank row. */
export function emailOnRow(grid: readonly (readonly unknown[])[], row: number, { tableEndsAtBlankRow = false } = {}): string {
  const headerIndex = grid.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0 || row <= headerIndex + 1) return '';
  // Plan status has the per-manager summary under a blank row: its Manager email is not a person of the table.
  if (tableEndsAtBlankRow && grid.slice(headerIndex + 1, row).some(isBlankRow)) return '';
  const column = grid[headerIndex]!.findIndex((cell) => EMAIL_HEADERS.has(rosterHeaderKey(cell)));
  if (column < 0) return '';
  return cellText(grid[row - 1]?.[column]);
}

/** Who has signed, at a glance, above the document. */
export function signOffHtml(plan: WrittenPlan): string {
  const waiting = plan.signOff.filter((s) => !s.signed);
  if (waiting.length === 0) {
    return '<p class="signed yes" role="status"><strong>Signed by both.</strong> The plan is agreed.</p>';
  }
  const names = waiting.map(
    (s) => `${escapeHtml(s.name || s.role)} (${s.role.toLowerCase()}${s.due ? `, by ${escapeHtml(longDay(s.due))}` : ''})`,
  );
  return `<p class="signed no" role="status"><strong>Not signed yet.</strong> Waiting for ${names.join(' and ')}.</p>`;
}
