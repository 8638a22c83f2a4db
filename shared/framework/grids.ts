import { LEVEL_HEADERS, STEP_HEADERS, type Framework } from './types';

/** A framework as its two tables, header first, every cell text: what `Levels` and `Steps` hold when written out. */
export function frameworkToGrids(framework: Framework): { levels: string[][]; steps: string[][] } {
  const levels = framework.levels.map((r) => [r.track, String(r.level), r.title, r.aliases.join('; '), r.expectations]);
  const steps = framework.steps.map((s) => [s.path, s.id, s.text, s.owner, String(s.offsetDays), s.why, s.doneWhen, s.replaces]);
  return { levels: [[...LEVEL_HEADERS], ...levels], steps: [[...STEP_HEADERS], ...steps] };
}
