/** The three fundamentals Trellis turns into daily tools. */
export type Fundamental = 'ask' | 'path' | 'commit';

/** Prompt categories; each belongs to exactly one fundamental (see prompts/categories.ts). */
export type PromptCategory =
  | 'job-satisfaction'
  | 'career-progress'
  | 'whats-next'
  | 'steps'
  | 'timeline'
  | 'manager-support'
  | 'strengths-energy'
  | 'obstacles'
  | 'motivation'
  | 'expertise'
  | 'mentoring'
  | 'technical-leadership'
  | 'management'
  | 'path-choice'
  | 'commitment'
  | 'review';

/** One career-conversation prompt: the question a manager asks, with follow-ups for a short answer. */
export interface Prompt {
  /** Stable kebab-case id; never reused for a different question. */
  id: string;
  text: string;
  category: PromptCategory;
  fundamental: Fundamental;
  followUps: string[];
  tags?: string[];
}

/** A prompt without its follow-ups: what the Calendar overlay shows. */
export type PromptQuestion = Omit<Prompt, 'followUps'>;

/** When a prompt was asked of a person (ISO date). */
export interface AskedPrompt {
  promptId: string;
  askedOn: string;
}

/** The career paths a roster row can name. */
export type PathId = 'technical' | 'expert' | 'mentor' | 'management' | 'undecided';

export type OwnerRole = 'Employee' | 'Manager';

/** How far a technical plan reaches: growing into senior, into lead, or into staff and beyond (architect, principal). */
export type LadderReach = 'to-senior' | 'to-lead' | 'staff-plus';

/** A step of a path's plan before it is filled in for a person. */
export interface StepTemplate {
  /** Stable kebab-case id; the plan row's Key is `<email>#<id>`. */
  id: string;
  /** The step as written in the plan; may contain {name}, {first}, {manager}, {target}, {focus}, {role}. */
  text: string;
  owner: OwnerRole;
  /** Days after the plan is generated that the step is due. */
  dueOffsetDays: number;
  /** One line on why the step matters. */
  why: string;
  /** What shows the step done (a talk given, a design reviewed…). */
  evidence?: string;
  /** Only in plans with no target role: the step that asks both to agree one. */
  onlyWithoutTarget?: boolean;
  /** Only in plans with a target role: a step about that role. */
  onlyWithTarget?: boolean;
  /** The step as written when the plan has a target role, where it then reads differently (same step, same id). */
  textWithTarget?: string;
  /** Only in technical plans of these reaches (all when absent): growing into senior is not growing into staff. */
  reaches?: readonly LadderReach[];
}

/** One person read from a roster. */
export interface Person {
  name: string;
  email: string;
  role: string;
  manager: string;
  managerEmail: string;
  /** A built-in path's id, or the name of a new path a career framework's Steps table adds (contract section 12). */
  path: PathId | (string & {});
  targetRole: string;
  focus: string;
}

/** A row problem or a fatal problem, with its A1 cell where there is one. */
export interface Problem {
  /** e.g. `B7`; empty for problems about the whole file. */
  cell: string;
  message: string;
}

export const PLAN_HEADERS = [
  'Key',
  'Person',
  'Email',
  'Manager',
  'Path',
  'Target role',
  'Step',
  'Owner',
  'Owner role',
  'Owner email',
  'Due',
  'Status',
  'Notes',
] as const;

/** One row of the plans table (contract section 2); every value is text, Due is `YYYY-MM-DD` or blank. */
export interface PlanRow {
  key: string;
  person: string;
  email: string;
  manager: string;
  path: string;
  targetRole: string;
  step: string;
  owner: string;
  ownerRole: string;
  ownerEmail: string;
  due: string;
  status: string;
  notes: string;
  /** Values of columns a user added after the contract's, in the table's extra-column order. */
  extra?: string[];
}

export const STATUSES = ['Not started', 'In progress', 'Done', 'Blocked', 'Skipped'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_HEADERS = [
  'Person',
  'Email',
  'Manager',
  'Path',
  'Target role',
  'Steps',
  'Done',
  'Overdue',
  'Percent done',
  'Next step',
  'Next owner',
  'Next due',
  'Plan signed',
] as const;

/** One row of the plan status export (contract section 3). */
export interface StatusRow {
  person: string;
  email: string;
  manager: string;
  path: string;
  targetRole: string;
  steps: number;
  done: number;
  overdue: number;
  percentDone: number;
  nextStep: string;
  nextOwner: string;
  nextDue: string;
  planSigned: 'Yes' | 'No';
}
