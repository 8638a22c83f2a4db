import { stepIdOf } from './plans-table';
import { CLOSING, OPENING, PATHS, pathFromValue } from './paths/templates';
import type { PathId, PlanRow } from './types';

// A plan over time (contract section 9): the sign-off pair comes in rounds, one more with each path change, and the
// progress review recurs. Round 1 keeps the template's own step id; round n ≥ 2 is `<id>-<n>`. Pure.

export const SIGN_OFF_STEPS: readonly string[] = ['sign-off-employee', 'sign-off-manager'];
export const REVIEW_STEP = 'progress-review';
const NUMBERED = /^(sign-off-employee|sign-off-manager|progress-review)-([1-9]\d{0,5})$/;

/** A step id as its template's id and its round: `sign-off-manager-3` → 3; an id without a number (or `-1`) is itself, round 1. */
export function numbered(stepId: string): { base: string; round: number } {
  const match = NUMBERED.exec(stepId);
  const round = Number(match?.[2] ?? 1);
  return match && round >= 2 ? { base: match[1]!, round } : { base: stepId, round: 1 };
}

/** The step id of a numbered step's round: the template's id for round 1, `<id>-<n>` after. */
export const roundId = (base: string, round: number) => (round <= 1 ? base : `${base}-${round}`);

/** A set of step ids worked out on first use: the Calendar panel imports this module but never asks, so the step templates stay out of its bundle. */
function lazyIds(ids: () => string[]): { has(id: string): boolean } {
  let set: Set<string> | undefined;
  return {
    has: (id) => {
      set ??= new Set(ids());
      return set.has(id);
    },
  };
}

const TEMPLATE_IDS = /* @__PURE__ */ lazyIds(() =>
  [...OPENING, ...CLOSING, ...Object.values(PATHS).flatMap((p) => p.steps)].map((s) => s.id),
);
/** Steps every plan has whatever the path (the goals conversation, the sign-off, the review). */
export const SHARED_IDS = /* @__PURE__ */ lazyIds(() => [...OPENING, ...CLOSING].map((s) => s.id));

/**
 * What a career framework adds to the paths and steps Trellis knows (contract section 12): its new paths, as its Steps
 * table first writes them, and the step ids of that table. Without it, only the built-in paths and steps are known.
 */
export interface KnownPaths {
  newPaths: readonly string[];
  stepIds: ReadonlySet<string>;
}

/** A path name compared as the roster's Path values are: trimmed, case-insensitive, runs of spaces as one. */
export const pathNameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A row's template id when its Key names a step Trellis generates (any path, any round, a framework's `known` steps
 * too); '' for every other row.
 */
export function generatedId(row: Pick<PlanRow, 'key'>, id = stepIdOf(row), known?: KnownPaths): string {
  const { base } = numbered(id);
  return TEMPLATE_IDS.has(base) || known?.stepIds.has(base) ? base : '';
}

/**
 * Each row's step id (stepIdOf), worked out once: a person's roll-up asks for them in several passes (the round, the
 * sign-off, the latest path, the manager's row), and the functions here take them so they are not cut again.
 */
export const stepIdsOf = (rows: readonly Pick<PlanRow, 'key'>[]): string[] => rows.map(stepIdOf);

/** The path a Path cell names: a path's label (`Subject-matter expert`) or a roster value (`sme`); blank or unknown is undefined. */
export function pathOfCell(text: string): PathId | undefined {
  return text.trim() === '' ? undefined : pathFromValue(text);
}

/**
 * The path a Path cell names, as one key for its spellings: a built-in path's id, `+<name>` for a new path `known`
 * lists (the key a framework's paths have: see pathRefKey); undefined for blank or a name neither knows.
 */
export function pathKeyOf(text: string, known?: KnownPaths): string | undefined {
  const id = pathOfCell(text);
  if (id || !known) return id;
  const key = pathNameKey(text);
  return known.newPaths.some((name) => pathNameKey(name) === key) ? `+${key}` : undefined;
}

const NO_STEPS: ReadonlySet<string> = /* @__PURE__ */ new Set();

/**
 * The paths a person's rows name that are no built-in path, for a reader with no framework at hand (the report, the
 * prompts): a Path cell Trellis does not know, on a row it generated (a goals conversation, a sign-off), names a path a
 * career framework added (contract 12). Undefined when there is none: the built-in reading is then the whole one.
 */
export function pathsNamedIn(rows: readonly Pick<PlanRow, 'key' | 'path'>[], ids = stepIdsOf(rows)): KnownPaths | undefined {
  const checked = new Set<string>();
  const newPaths: string[] = [];
  rows.forEach((row, index) => {
    if (checked.has(row.path) || !generatedId(row, ids[index])) return;
    checked.add(row.path);
    if (row.path.trim() && !pathOfCell(row.path)) newPaths.push(row.path);
  });
  return newPaths.length > 0 ? { newPaths, stepIds: NO_STEPS } : undefined;
}

/** The latest sign-off round among a person's rows; 0 when none has a sign-off Key. */
export function signOffRound(rows: readonly Pick<PlanRow, 'key'>[], ids = stepIdsOf(rows)): number {
  let latest = 0;
  for (const id of ids) {
    const { base, round } = numbered(id);
    if (round > latest && SIGN_OFF_STEPS.includes(base)) latest = round;
  }
  return latest;
}

/**
 * Which of a person's rows carries their latest path (and target role): the first sign-off row of the latest round
 * whose Path names a path (built-in, or `known` to a framework), since every round starts with the path of its day;
 * without one, the last generated row in table order whose Path does. -1 when no generated row names a path (nothing
 * to compare a roster path with).
 */
export function latestPathRow(rows: readonly Pick<PlanRow, 'key' | 'path'>[], ids = stepIdsOf(rows), known?: KnownPaths): number {
  let best = -1;
  let bestRound = 0;
  rows.forEach((row, index) => {
    const { base, round } = numbered(ids[index]!);
    if (round > bestRound && SIGN_OFF_STEPS.includes(base) && pathKeyOf(row.path, known)) {
      best = index;
      bestRound = round;
    }
  });
  for (let index = rows.length - 1; best < 0 && index >= 0; index--) {
    if (generatedId(rows[index]!, ids[index], known) && pathKeyOf(rows[index]!.path, known)) best = index;
  }
  return best;
}
