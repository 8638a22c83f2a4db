import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFramework } from '../shared/framework/read';
import type { Framework } from '../shared/framework/types';
import { UserError } from '../shared/user-error';
import { readGrid, readNamedSheet } from './io/read-grid';

// The career framework `--framework` names (contract section 12): a workbook with sheets Levels and Steps, or a
// folder holding levels.csv and steps.csv. Every problem is told with its file (and sheet) and cell.

/** The framework read for a plan, and its problems as lines told (each row told is left out). */
export interface FrameworkInput {
  framework: Framework;
  problems: string[];
}

const FILES = { Levels: 'levels.csv', Steps: 'steps.csv' } as const;
const HOW = 'trellis framework --out writes one to start from';

/** One table's cells, and how a cell of it is named in a message. */
async function tableAt(path: string, table: 'Levels' | 'Steps'): Promise<{ cells: unknown[][]; where: (cell: string) => string }> {
  if (path.toLowerCase().endsWith('.xlsx')) {
    const cells = await readNamedSheet(path, table);
    if (!cells) throw new UserError(`${path} has no sheet named ${table}: a framework workbook has sheets Levels and Steps (${HOW})`);
    return { cells, where: (cell) => `${path}:'${table}'!${cell}` };
  }
  const file = join(path, FILES[table]);
  if (!existsSync(file))
    throw new UserError(`${path} holds no ${FILES[table]}: a framework folder holds levels.csv and steps.csv (${HOW})`);
  const cells = statSync(file).size === 0 ? [] : await readGrid(file, ['csv'], table);
  return { cells, where: (cell) => `${file}${cell ? `:${cell}` : ''}` };
}

/**
 * Reads `--framework PATH`, telling each problem through `tell` first; a framework nothing can be used of (or that
 * cannot be read) is then a UserError.
 */
export async function readFrameworkInput(path: string, tell: (line: string) => void): Promise<FrameworkInput> {
  const isFolder = existsSync(path) && statSync(path).isDirectory();
  if (!isFolder && !path.toLowerCase().endsWith('.xlsx')) {
    throw new UserError(
      `--framework ${path}: give a folder holding levels.csv and steps.csv, or an .xlsx file with sheets Levels and Steps`,
    );
  }
  const levels = await tableAt(path, 'Levels');
  const steps = await tableAt(path, 'Steps');
  const read = readFramework(levels.cells, steps.cells);
  const where = (table: 'Levels' | 'Steps', cell: string) => (table === 'Levels' ? levels : steps).where(cell);
  const problems = read.problems.map((p) => `${where(p.table, p.cell)}: ${p.message}`);
  for (const line of problems) tell(line);
  if (read.fatal) {
    const at = read.fatal.cell ? where(read.fatal.table, read.fatal.cell) : path;
    throw new UserError(`${at}: ${read.fatal.message}; nothing was written`);
  }
  return { framework: read.framework, problems };
}
