import { pathNameKey, pathOfCell } from '../plan-rounds';
import { CLOSING, OPENING, PATHS } from '../paths/templates';
import type { PathId, StepTemplate } from '../types';
import { ALL_PATHS } from './types';

export { pathNameKey };

/** What a Steps table's Path names: a built-in path, every path (`All paths`), or a path of the team's own. */
export type PathRef = { kind: 'built-in'; id: PathId } | { kind: 'all' } | { kind: 'custom'; name: string };

/** The path a Path cell names; blank is undecided, as in the roster, and a name Trellis does not know is a new path. */
export function pathRefOf(cell: string): PathRef {
  const key = pathNameKey(cell);
  if (key === pathNameKey(ALL_PATHS)) return { kind: 'all' };
  if (key === '') return { kind: 'built-in', id: 'undecided' };
  const id = pathOfCell(cell);
  return id ? { kind: 'built-in', id } : { kind: 'custom', name: cell.trim().replace(/\s+/g, ' ') };
}

/** One key per path, so two spellings of a path (`sme`, `Subject-matter expert`) are one path. */
export function pathRefKey(ref: PathRef): string {
  if (ref.kind === 'all') return '*';
  return ref.kind === 'built-in' ? ref.id : `+${pathNameKey(ref.name)}`;
}

/** The built-in steps a path starts from: every path's opening and closing, and a built-in path's own in between. */
export function builtInSteps(ref: PathRef): readonly StepTemplate[] {
  const own = ref.kind === 'built-in' ? PATHS[ref.id].steps : [];
  return [...OPENING, ...own, ...CLOSING];
}
