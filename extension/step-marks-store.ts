/** The steps marked in the panel, as stored: what a plans import does to them (contract 11). */
import { liveMarks } from '../shared/meeting/step-marks';
import type { ImportedPlans } from '../shared/meeting/types';
import { stepMarksItem } from './storage';

/** Forgets the marks that newly imported plans already show; the rest wait to be exported. Writes only when one goes. */
export async function dropShownMarks(plans: ImportedPlans): Promise<void> {
  const marks = await stepMarksItem.getValue();
  const live = liveMarks(marks, plans);
  if (Object.keys(live).length < Object.keys(marks).length) await stepMarksItem.setValue(live);
}
