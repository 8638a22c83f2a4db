import { type ManagerCounts, type ManagerStatusRow, managerRollup, type PersonTally, personTally, totalsOf } from './manager-rollup';
import { pathOfCell, stepIdsOf } from './plan-rounds';
import { groupByPerson } from './plans-table';
import { PATHS } from './paths/templates';
import { currentRow } from './status';
import type { PathId, PlanRow } from './types';

// What the HR report shows (contract 10), worked out as plain numbers so the HTML is only layout: the per-manager
// roll-up and its totals (shared/manager-rollup.ts, the rules of `trellis status --by manager`) and the path mix. Pure.

/** How many people are on one path by their latest path (contract 9); `none` is a person whose rows name no path. */
export interface PathCount {
  path: PathId | 'none';
  label: string;
  people: number;
}

/** The report's numbers. */
export interface ReportModel {
  today: string;
  totals: ManagerCounts;
  /** One row per manager, in the roll-up's order (by Manager); the page sorts them for reading. */
  managers: ManagerStatusRow[];
  /** The non-management paths in the templates' order, then management, then `none` when anyone has none. */
  paths: PathCount[];
}

/** What one person adds to the report: their manager-roll-up share and their latest path. */
export interface PersonReportTally extends PersonTally {
  path: PathId | 'none';
}

/** One person's share of the report from their rows in table order (a roll-up of many files keeps only this per person). */
export function personReportTally(rows: readonly PlanRow[], today: string): PersonReportTally {
  const ids = stepIdsOf(rows);
  return { ...personTally(rows, today, ids), path: pathOfCell(currentRow(rows, ids).path) ?? 'none' };
}

/** The people on each path, management after the others (the choice HR looks for), `none` only when someone has none. */
function pathMix(byPath: ReadonlyMap<PathId | 'none', number>): PathCount[] {
  const order = [...Object.values(PATHS).filter((p) => p.id !== 'management'), PATHS.management];
  const paths: PathCount[] = order.map((p) => ({ path: p.id, label: p.label, people: byPath.get(p.id) ?? 0 }));
  const none = byPath.get('none');
  if (none) paths.push({ path: 'none', label: 'No path named', people: none });
  return paths;
}

/** The report from every person's tally (each person once) as of `today` (YYYY-MM-DD). */
export function reportOf(tallies: readonly PersonReportTally[], today: string): ReportModel {
  const byPath = new Map<PathId | 'none', number>();
  for (const { path } of tallies) byPath.set(path, (byPath.get(path) ?? 0) + 1);
  const managers = managerRollup(tallies);
  return { today, totals: totalsOf(managers), managers, paths: pathMix(byPath) };
}

/** The report of one plans table's rows (people by Email, as contract section 3 groups them). */
export function reportModel(rows: readonly PlanRow[], today: string): ReportModel {
  return reportOf(
    groupByPerson(rows).map((person) => personReportTally(person, today)),
    today,
  );
}
