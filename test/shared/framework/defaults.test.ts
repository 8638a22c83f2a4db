import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../shared/framework/defaults';
import { frameworkToGrids } from '../../../shared/framework/grids';
import { readFramework } from '../../../shared/framework/read';
import { planAll } from '../../../shared/plan';
import { CLOSING, OPENING, PATHS } from '../../../shared/paths/templates';
import { peopleArb } from './people';

/** The defaults as a team gets them: written out as two tables, every cell text, and read back. */
function writtenOutAndReadBack() {
  const grids = frameworkToGrids(defaultFramework());
  return readFramework(grids.levels, grids.steps);
}

describe('the default framework', () => {
  it('is the built-in ladder and every built-in step, read back with no problem', () => {
    const read = writtenOutAndReadBack();
    expect(read.problems).toEqual([]);
    expect(read.framework).toEqual(defaultFramework());
    expect(read.framework.levels.map((r) => `${r.track} ${r.level} ${r.title}`)).toEqual([
      'Built-in 1 Developer',
      'Built-in 2 Senior Developer',
      'Built-in 3 Lead Developer',
      'Built-in 4 Software Architect',
      'Built-in 5 Principal Engineer',
    ]);
    const builtInSteps = OPENING.length + CLOSING.length + Object.values(PATHS).reduce((n, p) => n + p.steps.length, 0);
    expect(read.framework.steps).toHaveLength(builtInSteps);
  });

  it('written out and read back plans exactly as planning without a framework', () => {
    const framework = writtenOutAndReadBack().framework;
    fc.assert(
      fc.property(peopleArb(), fc.constantFrom('2026-11-28', '2027-02-28'), (people, today) => {
        expect(planAll(people, today, framework)).toEqual(planAll(people, today));
      }),
      { numRuns: 500 },
    );
  });
});
