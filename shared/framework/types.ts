import type { OwnerRole } from '../types';

/** The Levels table's headers (contract section 12), in the order Trellis writes them. */
export const LEVEL_HEADERS = ['Track', 'Level', 'Title', 'Also known as', 'Expectations'] as const;
/** The Steps table's headers (contract section 12), in the order Trellis writes them. */
export const STEP_HEADERS = ['Path', 'Step id', 'Step', 'Owner role', 'Offset days', 'Why', 'Done when', 'Replaces'] as const;

/** One rung of a company's ladder: a row of the Levels table. */
export interface Rung {
  track: string;
  /** 1 for the first rung; unique in its track. */
  level: number;
  title: string;
  /** Other titles meaning this rung. */
  aliases: string[];
  /** Free text, shown in the step that compares current work with the target. */
  expectations: string;
}

/** One row of the Steps table: a step added to a path, or taking the place of a built-in one. */
export interface FrameworkStep {
  /** The path as the table writes it: a built-in path's label or roster value, `All paths`, or a new path's name. */
  path: string;
  /** Kebab-case, unique in its path: the `#<step-id>` of the Keys it makes. */
  id: string;
  /** The step as written in the plan; may use {first}, {manager}, {target} and {focus}. */
  text: string;
  owner: OwnerRole;
  offsetDays: number;
  why: string;
  doneWhen: string;
  /** '' (the step is added), a built-in step id of the path (the step takes its place), or `all`. */
  replaces: string;
}

/** A company's career framework: its ladders and the steps its plans are made of. */
export interface Framework {
  levels: Rung[];
  steps: FrameworkStep[];
}

/** The Path of the steps every plan has, whatever its path (the built-in opening and closing steps). */
export const ALL_PATHS = 'All paths';

/**
 * The track of Trellis's own ladder. While a framework has it, a role none of the team's own rungs match is read as
 * Trellis has always read it (every spelling of developer and engineer titles, a junior title's next title in its own
 * words), which no table of titles could list; a team that deletes the track has only its own rungs.
 */
export const BUILT_IN_TRACK = 'Built-in';
