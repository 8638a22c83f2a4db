/// <reference types="google-apps-script" />
import { frameworkPaths, frameworkStepOf } from '../../shared/framework/plan-steps';
import { type FrameworkProblem, type FrameworkRead, readFramework } from '../../shared/framework/read';
import type { StepTemplate } from '../../shared/types';
import { coreGrid, type DayOf } from './values';
import { LEVELS, MENU_PATH, STEPS } from './words';

// The career framework in this spreadsheet (contract section 12): used only when both Levels and Steps are there,
// each read in one call; with neither, plans are made exactly as before.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type FrameworkSheets =
  | { kind: 'none' }
  /** One of the two sheets is missing: nothing may be planned until both are there, or neither. */
  | { kind: 'half'; present: string; missing: string }
  | { kind: 'read'; read: FrameworkRead; levels: Sheet; steps: Sheet; widths: { levels: number; steps: number } };

/** The Levels and Steps sheets, read when both are there. */
export function readFrameworkSheets(ss: Spreadsheet, dayOf: DayOf): FrameworkSheets {
  const levels = ss.getSheetByName(LEVELS);
  const steps = ss.getSheetByName(STEPS);
  if (!levels && !steps) return { kind: 'none' };
  if (!levels || !steps) return { kind: 'half', present: levels ? LEVELS : STEPS, missing: levels ? STEPS : LEVELS };
  const levelsValues = levels.getDataRange().getValues();
  const stepsValues = steps.getDataRange().getValues();
  const read = readFramework(coreGrid(levelsValues, dayOf), coreGrid(stepsValues, dayOf));
  const widths = { levels: levelsValues[0]?.length ?? 1, steps: stepsValues[0]?.length ?? 1 };
  return { kind: 'read', read, levels, steps, widths };
}

/** Why nothing is planned with only one of the two sheets, and the two ways on. */
export function halfFrameworkText({ present, missing }: { present: string; missing: string }): string {
  return (
    `There is a ${present} sheet but no ${missing} sheet. Trellis plans with your career framework only when both are there, ` +
    `so nothing was changed. Choose ${MENU_PATH} → Set up career framework to add ${missing} filled with Trellis's own ` +
    `${missing === LEVELS ? 'ladder' : 'steps'} (${present} is left as it is), or rename ${present} to plan with Trellis's built-in ladder and steps.`
  );
}

/** Why nothing is planned when nothing of the framework can be used. */
export function fatalFrameworkText(fatal: FrameworkProblem): string {
  const at = fatal.cell ? `${fatal.table}!${fatal.cell}: ` : '';
  return `Trellis could not use the career framework in ${LEVELS} and ${STEPS}: ${at}${fatal.message}. Nothing was written to the Plans sheet.`;
}

/** A framework the sheets hold that plans can use: both sheets there and something of them readable. */
function usable(sheets: FrameworkSheets): FrameworkRead | undefined {
  return sheets.kind === 'read' && !sheets.read.fatal ? sheets.read : undefined;
}

/** The new paths a usable framework adds: the roster's Path column accepts them. */
export function newPathsOf(sheets: FrameworkSheets): readonly string[] {
  const read = usable(sheets);
  return read ? frameworkPaths(read.framework.steps).newPaths : [];
}

/** The framework's step by Path cell and step id, for a written plan's why and done-when; undefined without one. */
export function stepOfIn(sheets: FrameworkSheets): ((path: string, id: string) => StepTemplate | undefined) | undefined {
  const read = usable(sheets);
  return read ? frameworkStepOf(read.framework.steps) : undefined;
}
