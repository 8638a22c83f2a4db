// Sheet names (contract section 6) and the messages more than one menu item uses.

export const TITLE = 'Trellis';
export const ROSTER = 'Roster';
export const PLANS = 'Plans';
export const PLAN_STATUS = 'Plan status';
/** Contract section 8: the answers of each person's career-goals conversation, one row a person. */
export const CAREER_GOALS = 'Career goals';
/** Contract section 12: the company's career framework, its ladder and its steps. */
export const LEVELS = 'Levels';
export const STEPS = 'Steps';

export const MENU_PATH = 'Extensions → Trellis';

export const NO_ROSTER = `There is no Roster sheet yet. Choose ${MENU_PATH} → Set up roster, add your team one person a row, then choose Generate or refresh plans.`;
export const NO_PLANS = `There is no Plans sheet yet. Choose ${MENU_PATH} → Generate or refresh plans first.`;
export const BUSY = 'Someone else is updating the plans in this spreadsheet right now. Wait a minute, then try again.';

/** Why a refresh left the Plans sheet alone when its header is not a plans table's. */
export function notPlansTable(reason: string): string {
  return (
    `The Plans sheet is not a Trellis plans table (${reason}), so it was left as it is. ` +
    'Rename that sheet, for example to "Plans (old)", then choose Generate or refresh plans again.'
  );
}
