import type { Fundamental, PromptCategory } from '../types';

/** Every prompt category in the order a first conversation would take them, with its fundamental and label. */
export const CATEGORIES: readonly { id: PromptCategory; fundamental: Fundamental; label: string }[] = [
  { id: 'job-satisfaction', fundamental: 'ask', label: 'How the job feels' },
  { id: 'career-progress', fundamental: 'ask', label: 'Is the career moving' },
  { id: 'whats-next', fundamental: 'ask', label: "What's next" },
  { id: 'steps', fundamental: 'ask', label: 'The steps to get there' },
  { id: 'timeline', fundamental: 'ask', label: 'How long it should take' },
  { id: 'manager-support', fundamental: 'ask', label: 'What the manager will do' },
  { id: 'strengths-energy', fundamental: 'ask', label: 'Strengths and energy' },
  { id: 'motivation', fundamental: 'ask', label: 'Motivation and staying' },
  { id: 'obstacles', fundamental: 'ask', label: 'What is in the way' },
  { id: 'path-choice', fundamental: 'path', label: 'Choosing a path' },
  { id: 'expertise', fundamental: 'path', label: 'Subject-matter expertise' },
  { id: 'mentoring', fundamental: 'path', label: 'Coaching and mentoring' },
  { id: 'technical-leadership', fundamental: 'path', label: 'Technical leadership' },
  { id: 'management', fundamental: 'path', label: 'Trying management' },
  { id: 'commitment', fundamental: 'commit', label: 'Writing the plan down' },
  { id: 'review', fundamental: 'commit', label: 'Reviewing the plan' },
];

/** The fundamental a category serves. */
export function fundamentalOf(category: PromptCategory): Fundamental {
  const found = CATEGORIES.find((c) => c.id === category);
  if (!found) throw new Error(`unknown prompt category ${category}`);
  return found.fundamental;
}
