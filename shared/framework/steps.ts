import { numbered } from '../plan-rounds';
import type { OwnerRole, Problem } from '../types';
import { builtInSteps, type PathRef, pathRefKey, pathRefOf } from './path-ref';
import { readTable, type TableRow } from './table';
import type { FrameworkStep } from './types';

type StepField = 'path' | 'id' | 'text' | 'owner' | 'offset' | 'why' | 'doneWhen' | 'replaces';
const HEADERS: Readonly<Record<StepField, string>> = {
  path: 'Path',
  id: 'Step id',
  text: 'Step',
  owner: 'Owner role',
  offset: 'Offset days',
  why: 'Why',
  doneWhen: 'Done when',
  replaces: 'Replaces',
};

export interface StepsRead {
  steps: FrameworkStep[];
  /** Rows left out, each with its cell. */
  problems: Problem[];
  fatal?: Problem;
}

const MAX_OFFSET = 3650;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OWNERS: Readonly<Record<string, OwnerRole>> = { employee: 'Employee', manager: 'Manager' };

/** What is wrong with a Replaces cell for this path: it must be blank, `all`, or a built-in step id the path has. */
function replacesProblem(replaces: string, ref: PathRef, path: string): string | undefined {
  if (replaces === '' || replaces.toLowerCase() === 'all') return undefined;
  if (builtInSteps(ref).some((s) => s.id === replaces)) return undefined;
  const where =
    ref.kind === 'custom' ? `a new path ("${path}") has only the steps every path has` : `path "${path || 'Undecided'}" has no such step`;
  return `Replaces "${replaces}" is not a built-in step id here: ${where}`;
}

/** What leaves a Steps row out, if anything, given the cells of the step ids kept above it (by path and id). */
function rowProblems(row: TableRow<StepField>, seen: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const ref = pathRefOf(row.get('path'));
  const id = row.get('id');
  if (!id) problems.push({ cell: row.cell('id'), message: 'missing Step id' });
  else if (!KEBAB.test(id)) problems.push({ cell: row.cell('id'), message: `Step id "${id}" is not kebab-case (like review-design)` });
  else if (numbered(id).base !== id) {
    // `<id>-2` is the Key of a later sign-off round or review (contract section 9): a step of that id would be read as one.
    problems.push({ cell: row.cell('id'), message: `Step id "${id}" is kept for round ${numbered(id).round} of ${numbered(id).base}` });
  } else {
    const first = seen.get(`${pathRefKey(ref)}#${id}`);
    if (first)
      problems.push({ cell: row.cell('id'), message: `repeated Step id "${id}" in path "${row.get('path')}" (first at ${first})` });
  }
  if (!row.get('text')) problems.push({ cell: row.cell('text'), message: 'missing Step' });
  const owner = row.get('owner');
  if (!OWNERS[owner.toLowerCase()])
    problems.push({ cell: row.cell('owner'), message: `Owner role "${owner}" is neither Employee nor Manager` });
  const offset = row.get('offset');
  // Ten years bounds a plan's dates: a longer offset is a typo, and a date past year 9999 is no ISO day.
  if (!/^\d+$/.test(offset) || Number(offset) > MAX_OFFSET)
    problems.push({ cell: row.cell('offset'), message: `Offset days "${offset}" is not a whole number of days from 0 to ${MAX_OFFSET}` });
  const replaces = replacesProblem(row.get('replaces'), ref, row.get('path'));
  if (replaces) problems.push({ cell: row.cell('replaces'), message: replaces });
  return problems;
}

/**
 * Reads the Steps table (contract section 12). A row with a problem is left out and told with its cell; for a
 * repeated Step id in a path, the later row is the one left out.
 */
export function readSteps(cells: readonly (readonly unknown[])[]): StepsRead {
  const table = readTable<StepField>(cells, HEADERS, ['path', 'id', 'text', 'owner', 'offset'], 'Steps');
  if (table.fatal) return { steps: [], problems: [], fatal: table.fatal };
  const steps: FrameworkStep[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const found = rowProblems(row, seen);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const replaces = row.get('replaces');
    seen.set(`${pathRefKey(pathRefOf(row.get('path')))}#${row.get('id')}`, row.cell('id'));
    steps.push({
      path: row.get('path'),
      id: row.get('id'),
      text: row.get('text'),
      owner: OWNERS[row.get('owner').toLowerCase()]!,
      offsetDays: Number(row.get('offset')),
      why: row.get('why'),
      doneWhen: row.get('doneWhen'),
      replaces: replaces.toLowerCase() === 'all' ? 'all' : replaces,
    });
  }
  return { steps, problems };
}
