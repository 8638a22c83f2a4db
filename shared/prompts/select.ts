import type { AskedPrompt, PlanRow, PromptCategory, PromptQuestion } from '../types';
import { latestPathRow, pathsNamedIn, stepIdsOf } from '../plan-rounds';
import { isSigned, parseStatus } from '../status';
import { CATEGORIES } from './categories';
import { RETIRED_PROMPTS } from './retired';

export interface SelectOptions<P extends PromptQuestion = PromptQuestion> {
  /** The prompts to choose from: the bank, plus a user's own. */
  bank: readonly P[];
  /** What was asked of this person, and when. */
  history?: readonly AskedPrompt[];
  /** How many prompts to pick; 3 by default. */
  count?: number;
  /** Only these categories (all by default). */
  categories?: readonly PromptCategory[];
  /** Categories the person's plan most needs now: the first prompt comes from the least recently covered of them. */
  prefer?: readonly PromptCategory[];
}

/**
 * The prompts for a person's next 1:1: one per category, the categories least recently covered with that person
 * first (never covered before anything covered), and within a category the prompt least recently asked.
 * Ties keep the bank's order, so the same input always gives the same prompts. A retired prompt in the history counts
 * as the prompt that replaced it.
 */
export function selectPrompts<P extends PromptQuestion>(options: SelectOptions<P>): P[] {
  const { bank, history = [], count = 3, categories, prefer = [] } = options;
  const lastAsked = new Map<string, string>();
  for (const h of history) {
    const id = RETIRED_PROMPTS.get(h.promptId) ?? h.promptId;
    const before = lastAsked.get(id);
    if (!before || h.askedOn > before) lastAsked.set(id, h.askedOn);
  }
  const allowed = CATEGORIES.map((c) => c.id).filter((c) => !categories || categories.includes(c));
  const ranked = new Map<PromptCategory, P[]>();
  const covered = new Map<PromptCategory, string>();
  for (const category of allowed) {
    const prompts = bank.filter((p) => p.category === category);
    if (prompts.length === 0) continue;
    const when = (p: P) => lastAsked.get(p.id) ?? '';
    ranked.set(
      category,
      [...prompts].sort((a, b) => when(a).localeCompare(when(b))),
    );
    covered.set(category, prompts.map(when).sort().at(-1) ?? '');
  }
  const byRecency = [...ranked.keys()].sort((a, b) => covered.get(a)!.localeCompare(covered.get(b)!));
  const first = byRecency.find((c) => prefer.includes(c));
  const order = first ? [first, ...byRecency.filter((c) => c !== first)] : byRecency;

  const picked: P[] = [];
  for (let round = 0; picked.length < count; round++) {
    const before = picked.length;
    for (const category of order) {
      const prompt = ranked.get(category)![round];
      if (prompt && picked.length < count) picked.push(prompt);
    }
    if (picked.length === before) break;
  }
  return picked;
}

/** Where a plan stands, as much as choosing prompts needs: its path's label, the goals talk done, both signed. */
export interface PlanStage {
  path: string;
  goalsTalked: boolean;
  signed: boolean;
}

/**
 * The stage of a person's plans rows, on their latest path and sign-off round (contract 9), a path a career framework
 * added included (pathsNamedIn); null when there are none.
 */
export function planStage(rows: readonly PlanRow[]): PlanStage | null {
  if (rows.length === 0) return null;
  const ids = stepIdsOf(rows);
  const goalsTalked = rows.some((r, i) => ids[i] === 'goals-conversation' && parseStatus(r.status) === 'Done');
  const latest = rows[latestPathRow(rows, ids, pathsNamedIn(rows, ids))] ?? rows[0]!;
  return { path: latest.path, goalsTalked, signed: isSigned(rows, ids) };
}

/**
 * The built-in paths by their labels as plans print them, case, spaces and punctuation ignored. Labels, not the
 * roster's synonyms: the Calendar panel asks this, and the path templates stay out of its bundle.
 */
const PATH_CATEGORY: Readonly<Record<string, PromptCategory | 'undecided'>> = {
  technicalladder: 'technical-leadership',
  subjectmatterexpert: 'expertise',
  mentor: 'mentoring',
  management: 'management',
  undecided: 'undecided',
};
const labelKey = (path: string) => path.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** What a person's plan most needs talking about now: goals, then a path, then sign-off, then review. */
export function preferredCategories(stage: PlanStage | null): PromptCategory[] {
  if (!stage?.goalsTalked) {
    return ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'];
  }
  const path = PATH_CATEGORY[labelKey(stage.path)];
  if (!stage.path.trim() || path === 'undecided') return ['path-choice'];
  const commit = stage.signed ? 'review' : 'commitment';
  // Any other name is a path a career framework added (contract 12): chosen, so its plan is written down and reviewed
  // like any other; no built-in path's questions are known to fit it, and the general ones do.
  return path ? [commit, path] : [commit];
}
