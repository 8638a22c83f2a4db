import { type ManagerCounts, type ManagerStatusRow, managerRollup, type PersonTally, personTally, totalsOf } from './manager-rollup';
import { pathNameKey, pathOfCell, stepIdsOf } from './plan-rounds';
import { groupByPerson } from './plans-table';
import { currentPathIndex } from './status';
import { PATHS } from './paths/templates';
import type { PathId, PlanRow } from './types';

// What the HR report shows (contract 10), worked out as plain numbers so the HTML is only layout: the per-manager
// roll-up and its totals (shared/manager-rollup.ts, the rules of `trellis status --by manager`) and the path mix. Pure.

/**
 * A person's latest path in the report: a built-in path's id; `+<name>` for a path the plans name that Trellis does
 * not know, as a career framework adds (contract 12), with its name as the Path cell writes it; `none` when no row
 * Trellis generated names a path. Plain text, so a tally crosses threads as it is.
 */
export type ReportPath = PathId | 'none' | `+${string}`;

/** How many people are on one path by their latest path (contract 9). */
export interface PathCount {
  path: ReportPath;
  label: string;
  people: number;
}

/** The report's numbers. */
export interface ReportModel {
  today: string;
  totals: ManagerCounts;
  /** One row per manager, in the roll-up's order (by Manager); the page sorts them for reading. */
  managers: ManagerStatusRow[];
  /**
   * The built-in non-management paths in the templates' order, then the paths the plans name that Trellis does not
   * know (by name), then management, then `none` when anyone has none.
   */
  paths: PathCount[];
}

/** What one person adds to the report: their manager-roll-up share and their latest path. */
export interface PersonReportTally extends PersonTally {
  path: ReportPath;
}

/** One person's share of the report from their rows in table order (a roll-up of many files keeps only this per person). */
export function personReportTally(rows: readonly PlanRow[], today: string): PersonReportTally {
  const ids = stepIdsOf(rows);
  return { ...personTally(rows, today, ids), path: latestPath(rows, ids) };
}

/**
 * A person's latest path (contract 9), read as the plans write it: the report has no framework at hand, so a path
 * the rows name that Trellis does not know is one a framework added (currentPathIndex, as status reads it).
 */
function latestPath(rows: readonly PlanRow[], ids: string[]): ReportPath {
  const latest = currentPathIndex(rows, ids);
  const cell = (rows[latest] ?? rows[0]!).path;
  return pathOfCell(cell) ?? (latest < 0 ? 'none' : `+${cell.trim().replace(/\s+/g, ' ')}`);
}

/**
 * The people on each path: the built-in ones but management, the others the plans name (by name), then management
 * (the choice HR looks for), and `none` only when someone has none.
 */
function pathMix(byPath: ReadonlyMap<ReportPath, number>): PathCount[] {
  const count = (p: (typeof PATHS)[PathId]) => ({ path: p.id, label: p.label, people: byPath.get(p.id) ?? 0 });
  const named = new Map<string, PathCount>();
  for (const [path, people] of byPath) {
    if (!path.startsWith('+')) continue;
    const key = pathNameKey(path.slice(1));
    const entry = named.get(key);
    if (entry) entry.people += people;
    else named.set(key, { path: `+${key}`, label: path.slice(1), people });
  }
  const paths = [
    ...Object.values(PATHS)
      .filter((p) => p.id !== 'management')
      .map(count),
    ...[...named.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
    count(PATHS.management),
  ];
  const none = byPath.get('none');
  if (none) paths.push({ path: 'none', label: 'No path named', people: none });
  return paths;
}

/** The report from every person's tally (each person once) as of `today` (YYYY-MM-DD). */
export function reportOf(tallies: readonly PersonReportTally[], today: string): ReportModel {
  const byPath = new Map<ReportPath, number>();
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
