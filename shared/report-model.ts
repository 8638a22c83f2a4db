import { numbered, pathOfCell, REVIEW_STEP } from './plan-rounds';
import { groupByPerson, stepIdOf } from './plans-table';
import { PATHS } from './paths/templates';
import { currentRow, dueDay, isClosed, isPastDue, parseStatus, statusOf } from './status';
import type { PathId, PlanRow } from './types';

// What the HR report shows (contract 10), worked out from the plans rows and today as plain numbers, so the HTML is
// only layout. Every count comes from the same rules as `trellis status` (shared/status.ts). Pure.

/** How many people are on one path by their latest path (contract 9); `none` is a person whose rows name no path. */
export interface PathCount {
  path: PathId | 'none';
  label: string;
  people: number;
}

/** The report's numbers for the whole organisation. */
export interface ReportModel {
  today: string;
  people: number;
  plansSigned: number;
  steps: number;
  done: number;
  overdue: number;
  /** Overdue steps by the row's Owner role; `other` is a blank or unknown role. */
  overdueByRole: { employee: number; manager: number; other: number };
  reviewsOverdue: number;
  /** The non-management paths in the templates' order, then management, then `none` when anyone has none. */
  paths: PathCount[];
}

const ROLE_KEYS = { employee: 'employee', manager: 'manager' } as const;

/** The owner-role bucket of a row's Owner role cell (case and spaces forgiven). */
function roleOf(ownerRole: string): 'employee' | 'manager' | 'other' {
  return ROLE_KEYS[ownerRole.trim().toLowerCase() as keyof typeof ROLE_KEYS] ?? 'other';
}

/** The report's model from a plans table's rows as of `today` (YYYY-MM-DD). */
export function reportModel(rows: readonly PlanRow[], today: string): ReportModel {
  const model: ReportModel = {
    today,
    people: 0,
    plansSigned: 0,
    steps: 0,
    done: 0,
    overdue: 0,
    overdueByRole: { employee: 0, manager: 0, other: 0 },
    reviewsOverdue: 0,
    paths: [],
  };
  const byPath = new Map<PathId | 'none', number>();
  for (const person of groupByPerson(rows)) {
    const status = statusOf(person, today);
    model.people++;
    if (status.planSigned === 'Yes') model.plansSigned++;
    model.steps += status.steps;
    model.done += status.done;
    model.overdue += status.overdue;
    const path = pathOfCell(currentRow(person).path) ?? 'none';
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
    for (const row of person) {
      if (isClosed(parseStatus(row.status)) || !isPastDue(dueDay(row.due), today)) continue;
      model.overdueByRole[roleOf(row.ownerRole)]++;
      if (numbered(stepIdOf(row)).base === REVIEW_STEP) model.reviewsOverdue++;
    }
  }
  const order = [...Object.values(PATHS).filter((p) => p.id !== 'management'), PATHS.management];
  model.paths = order.map((p) => ({ path: p.id, label: p.label, people: byPath.get(p.id) ?? 0 }));
  const none = byPath.get('none');
  if (none) model.paths.push({ path: 'none', label: 'No path named', people: none });
  return model;
}
