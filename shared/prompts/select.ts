import type { AskedPrompt, PlanRow, PromptCategory, PromptQuestion } from '../types';
import { stepIdOf } from '../plans-table';
import { parseStatus } from '../status';
import { CATEGORIES } from './categories';

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
 * Ties keep the bank's order, so the same input always gives the same prompts.
 */
export function selectPrompts<P extends PromptQuestion>(options: SelectOptions<P>): P[] {
  const { bank, history = [], count = 3, categories, prefer = [] } = options;
  const lastAsked = new Map<string, string>();
  for (const h of history) {
    const before = lastAsked.get(h.promptId);
    if (!before || h.askedOn > before) lastAsked.set(h.promptId, h.askedOn);
  }
  const allowed = CATEGORIES.map((c) => c.id).filter((c) => !categories || categories.includes(c));
  const ranked = new Map<PromptCategory, P[]>();
  const covered = new Map<PromptCategory, string>();
  for (const category of allowed) {
    const prompts = bank.filter((p) => p.category === category);
    if (prompts.length === 0) continue;
    const when = (p: P) => lastAsked.get(p.id) ?? '';
    ranked.set(category, [...prompts].sort((a, b) => when(a).localeCompare(when(b))));
    covered.set(category, prompts.reduce((latest, p) => (when(p) > latest ? when(p) : latest), ''));
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

const stepDone = (rows: readonly PlanRow[], id: string) =>
  rows.some((r) => stepIdOf(r) === id && parseStatus(r.status) === 'Done');

const PATH_CATEGORY: Record<string, PromptCategory> = {
  'technical ladder': 'technical-leadership',
  'subject-matter expert': 'expertise',
  mentor: 'mentoring',
};

/** What a person's plan most needs talking about now, from their plan rows: goals, then a path, then sign-off, then review. */
export function preferredCategories(rows: readonly PlanRow[]): PromptCategory[] {
  if (rows.length === 0 || !stepDone(rows, 'goals-conversation')) {
    return ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'];
  }
  const path = PATH_CATEGORY[rows[0]!.path.trim().toLowerCase()];
  if (!path) return ['path-choice'];
  if (!stepDone(rows, 'sign-off-employee') || !stepDone(rows, 'sign-off-manager')) return ['commitment', path];
  return ['review', path];
}
