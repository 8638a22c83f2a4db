import { nextRung } from '../paths/ladder';
import { CLOSING, OPENING, PATHS } from '../paths/templates';
import type { StepTemplate } from '../types';
import { ALL_PATHS, BUILT_IN_TRACK, type Framework, type FrameworkStep, type Rung } from './types';

/** The first rung of the built-in ladder (contract section 1); the rest are read off the ladder itself. */
const FIRST_RUNG = 'Developer';

/** The built-in ladder as rungs of the Built-in track: developer → senior developer → … until the top. */
function builtInRungs(): Rung[] {
  const rungs: Rung[] = [];
  for (let title = FIRST_RUNG; title && rungs.length < 20; title = nextRung(title)) {
    rungs.push({ track: BUILT_IN_TRACK, level: rungs.length + 1, title, aliases: [], expectations: '' });
  }
  return rungs;
}

/** A built-in step as a Steps row that restates it: same id, same words, nothing replaced. */
const asRow = (path: string, step: StepTemplate): FrameworkStep => ({
  path,
  id: step.id,
  text: step.text,
  owner: step.owner,
  offsetDays: step.dueOffsetDays,
  why: step.why,
  doneWhen: step.evidence ?? '',
  replaces: '',
});

/**
 * The built-in ladder and paths as a framework (contract section 12): the steps every plan has under `All paths`,
 * then each path's own under its label. Planning with it, or with it written out and read back, is planning as before.
 */
export function defaultFramework(): Framework {
  const steps = [
    ...[...OPENING, ...CLOSING].map((s) => asRow(ALL_PATHS, s)),
    ...Object.values(PATHS).flatMap((p) => p.steps.map((s) => asRow(p.label, s))),
  ];
  return { levels: builtInRungs(), steps };
}
