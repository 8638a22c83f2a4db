// The HR spreadsheet's sheet and property names, and the run's time budget (main.ts exports only global functions).

export const LINKS_SHEET = 'HR roll-up';
export const STATUS_SHEET = 'HR status';
export const MANAGERS_SHEET = 'HR managers';
export const PROBLEMS_SHEET = 'HR roll-up problems';
export const PROGRESS_SHEET = 'HR roll-up progress';
/** The document property holding the job and how many progress rows it has written. */
export const JOB_PROPERTY = 'trellisHrJob';
/** Reads start until 4.5 minutes have passed: one more spreadsheet's read and the writes fit in the 6. */
export const RUN_BUDGET_MS = 270_000;
