// Contract section 8's columns alone, without the reading of a table: the Calendar panel imports these, and its
// bundle should not carry the header matching of goals.ts.

/** The columns of a Career goals table, in the order new files and sheets use. */
export const GOALS_HEADERS = [
  'Email',
  'Person',
  'Conversation date',
  'How the job feels',
  'Progressing as wanted',
  "What's next",
  'Steps to get there',
  'How long',
  'Manager support',
  'Short-term goal',
  'Long-term goal',
  'Not wanted',
  'Target date',
] as const;

/** A goals field, in GOALS_HEADERS order. */
export type GoalsField =
  | 'email'
  | 'person'
  | 'conversationDate'
  | 'jobFeels'
  | 'progressing'
  | 'whatsNext'
  | 'steps'
  | 'howLong'
  | 'managerSupport'
  | 'shortTerm'
  | 'longTerm'
  | 'notWanted'
  | 'targetDate';

/** Every field, in GOALS_HEADERS order (the order goals are exported in). */
export const GOALS_FIELDS: readonly GoalsField[] = [
  'email',
  'person',
  'conversationDate',
  'jobFeels',
  'progressing',
  'whatsNext',
  'steps',
  'howLong',
  'managerSupport',
  'shortTerm',
  'longTerm',
  'notWanted',
  'targetDate',
];

/** One person's goals: every field as typed (dates as `YYYY-MM-DD`, or blank where the cell was not a date). */
export type CareerGoals = Record<GoalsField, string>;
