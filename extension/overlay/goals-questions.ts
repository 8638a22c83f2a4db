/**
 * What the Career goals view asks, field by field: the six seed questions of the prompt bank (one per "ask" category,
 * in the article's order) with their follow-ups for a short answer, then the goals the plan is written around.
 */
import type { TypedGoalsField } from '../../shared/goals-export';
// The seed questions' follow-ups only: the whole set would double the prompt text the panel carries.
import { SEED_FOLLOW_UPS } from '../../shared/prompts/seed-follow-ups';
import { QUESTIONS } from '../../shared/prompts/questions';
import type { PromptCategory } from '../../shared/types';

export interface GoalsQuestion {
  field: Exclude<TypedGoalsField, 'targetDate'>;
  /** The question, or what the field holds. */
  label: string;
  /** What to ask next if the answer is short; empty when the bank has none. */
  followUps: readonly string[];
}

/** The six questions by the category whose seed question they are (contract section 8's column order). */
const SEEDS: readonly [GoalsQuestion['field'], PromptCategory, string][] = [
  ['jobFeels', 'job-satisfaction', 'How the job feels'],
  ['progressing', 'career-progress', 'Progressing as wanted'],
  ['whatsNext', 'whats-next', "What's next"],
  ['steps', 'steps', 'Steps to get there'],
  ['howLong', 'timeline', 'How long'],
  ['managerSupport', 'manager-support', 'Manager support'],
];

/** Found by tag and category rather than by id, so a reworded bank still fills the view. */
const seedQuestions = (): GoalsQuestion[] =>
  SEEDS.map(([field, category, header]) => {
    const seed = QUESTIONS.find((q) => q.category === category && q.tags?.includes('seed'));
    return { field, label: seed?.text ?? header, followUps: (seed && SEED_FOLLOW_UPS[seed.id]) || [] };
  });

export const GOALS_QUESTIONS: readonly GoalsQuestion[] = [
  ...seedQuestions(),
  { field: 'shortTerm', label: 'Short-term goal (the next 6–12 months)', followUps: [] },
  { field: 'longTerm', label: 'Long-term goal (1–3 years)', followUps: [] },
  { field: 'notWanted', label: 'What they do not want (for example, managing people)', followUps: [] },
];
