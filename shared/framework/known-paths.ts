import type { KnownPaths } from '../plan-rounds';
import { frameworkPaths } from './plan-steps';
import type { Framework } from './types';

/** What a framework adds to the paths and steps Trellis knows (contract section 12), for reading plans made with it. */
export function knownPathsOf(framework: Framework): KnownPaths {
  return { newPaths: frameworkPaths(framework.steps).newPaths, stepIds: new Set(framework.steps.map((s) => s.id)) };
}
