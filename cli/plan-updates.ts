import { a1 } from '../shared/a1';
import type { PlansTable } from '../shared/plans-table';
import { plural } from '../shared/plural';
import { applyStatusUpdates, readStatusUpdates, withStatusChanges, type UpdatesRead } from '../shared/status-updates';
import { PLAN_HEADERS } from '../shared/types';
import { UserError } from '../shared/user-error';
import { fatalIn } from './errors';
import { type Format, isDocument } from './formats';
import { readGrid } from './io/read-grid';

// `trellis plan … --out PLANS --updates FILE` (contract section 11): the status updates the extension exported,
// applied to the refreshed plans table before it is written. What is skipped is told with the written file's cell.

/** The updates file, read before anything is written, with its path for the messages. */
export interface PlanUpdates {
  path: string;
  read: UpdatesRead;
}

/** Reads --updates, or undefined without it; a file that cannot be read, or no plans file to apply it to, is fatal. */
export async function readPlanUpdates(
  value: string | boolean | undefined,
  out: string | undefined,
  format: Format,
): Promise<PlanUpdates | undefined> {
  if (typeof value !== 'string') return undefined;
  if (!out || isDocument(format)) {
    throw new UserError(`--updates ${value} needs --out PLANS, the plans file (.csv or .json) the updates go into`);
  }
  const read = readStatusUpdates(await readGrid(value, ['csv'], 'Status updates'));
  if (read.fatal) throw fatalIn(value, read.fatal);
  return { path: value, read };
}

/** The lines naming each row of the updates file left out, before anything is written. */
export const updatesProblemLines = ({ path, read }: PlanUpdates) => read.problems.map((p) => `${path}:${p.cell}: ${p.message}`);

/**
 * The table with the updates applied, the lines to say once it is written (each skip with its cell in `out`, written in
 * contract column order with the header on row 1, or in the updates file for a Key in no row), and how many were not applied.
 */
export function applyPlanUpdates(
  table: PlansTable,
  { path, read }: PlanUpdates,
  out: string,
): { table: PlansTable; lines: string[]; notApplied: number } {
  const applied = applyStatusUpdates(table.rows, read.updates);
  const status = PLAN_HEADERS.indexOf('Status');
  const lines = applied.skipped.map((s) =>
    s.index === null
      ? `${path}:${s.update.keyCell}: ${s.message.replace('no row has', `no row of ${out} has`)}`
      : `${out}:${a1(status, s.index + 2)}: ${s.message}`,
  );
  const changed = applied.changes.filter((c) => c.status !== undefined).length;
  const already =
    applied.already > 0 ? ` (${plural(applied.already, 'step already had its new Status', 'steps already had their new Status')})` : '';
  lines.push(`Applied ${plural(changed, 'status update', 'status updates')} from ${path} to ${out}${already}.`);
  const notApplied = applied.skipped.length + read.problems.length;
  if (notApplied > 0) {
    lines.push(
      `${plural(notApplied, 'status update was', 'status updates were')} not applied, each told above with its cell: someone changed that step since the plans were imported, or the row is wrong; look at it, then mark the step again in the panel if need be.`,
    );
  }
  return { table: { ...table, rows: withStatusChanges(table.rows, applied.changes) }, lines, notApplied };
}
