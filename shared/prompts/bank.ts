/** The prompt bank: every question with its follow-ups. */
import type { Prompt } from '../types';
import { FOLLOW_UPS } from './follow-ups';
import { QUESTIONS } from './questions';

export const PROMPTS: readonly Prompt[] = QUESTIONS.map((q) => ({ ...q, followUps: [...(FOLLOW_UPS[q.id] ?? [])] }));
