import type { Problem } from '../types';
import { readLevels } from './levels';
import { readSteps } from './steps';
import type { Framework } from './types';

/** A problem of a framework table, with the table it is in: `Levels` or `Steps`. */
export interface FrameworkProblem extends Problem {
  table: 'Levels' | 'Steps';
}

export interface FrameworkRead {
  framework: Framework;
  /** Rows left out, each with its table and cell, Levels first. */
  problems: FrameworkProblem[];
  /** Set when nothing of the framework can be used: then nothing is planned. */
  fatal?: FrameworkProblem;
}

/** Reads a company's framework from its Levels and Steps tables as grids of cells (contract section 12). */
export function readFramework(levelsCells: readonly (readonly unknown[])[], stepsCells: readonly (readonly unknown[])[]): FrameworkRead {
  const levels = readLevels(levelsCells);
  const steps = readSteps(stepsCells);
  const framework = { levels: levels.levels, steps: steps.steps };
  const problems: FrameworkProblem[] = [
    ...levels.problems.map((p) => ({ ...p, table: 'Levels' as const })),
    ...steps.problems.map((p) => ({ ...p, table: 'Steps' as const })),
  ];
  if (levels.fatal) return { framework, problems, fatal: { ...levels.fatal, table: 'Levels' } };
  if (steps.fatal) return { framework, problems, fatal: { ...steps.fatal, table: 'Steps' } };
  if (framework.levels.length + framework.steps.length === 0) {
    const message = 'no usable row in the Levels or Steps table: every row was blank or left out';
    return { framework, problems, fatal: { table: 'Levels', cell: '', message } };
  }
  return { framework, problems };
}
