import type { Problem } from '../types';
import { roleKey } from './role-key';
import { readTable, type TableRow } from './table';
import { BUILT_IN_TRACK, type Rung } from './types';

type LevelField = 'track' | 'level' | 'title' | 'aliases' | 'expectations';
const HEADERS: Readonly<Record<LevelField, string>> = {
  track: 'Track',
  level: 'Level',
  title: 'Title',
  aliases: 'Also known as',
  expectations: 'Expectations',
};

export interface LevelsRead {
  levels: Rung[];
  /** Rows left out, each with its cell. */
  problems: Problem[];
  fatal?: Problem;
}

/** The names of a rung, each with the cell it is written in: its Title, then each Also known as. */
function namesOf(row: TableRow<LevelField>, title: string): { name: string; cell: string }[] {
  const aliases = row
    .get('aliases')
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
  return [{ name: title, cell: row.cell('title') }, ...aliases.map((name) => ({ name, cell: row.cell('aliases') }))];
}

/**
 * The key a rung's name is claimed under. The Built-in track's names and the team's are claimed apart: the team's
 * own rungs are matched first (see BUILT_IN_TRACK), so a team's `Senior Developer` is not a repeat of Trellis's.
 */
const nameKey = (track: string, name: string) => `${roleKey(track) === roleKey(BUILT_IN_TRACK) ? 'built-in' : 'own'}\n${roleKey(name)}`;

/** What leaves a Levels row out, if anything, given the rungs and names of the rows kept above it. */
function rowProblems(
  row: TableRow<LevelField>,
  seenLevels: ReadonlyMap<string, string>,
  seenNames: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const track = row.get('track');
  const level = row.get('level');
  const title = row.get('title');
  if (!track) problems.push({ cell: row.cell('track'), message: 'missing Track' });
  if (!/^\d+$/.test(level) || Number(level) < 1) {
    problems.push({ cell: row.cell('level'), message: `Level "${level}" is not a whole number from 1` });
  } else {
    const first = seenLevels.get(`${roleKey(track)}\n${Number(level)}`);
    if (track && first)
      problems.push({ cell: row.cell('level'), message: `repeated level ${Number(level)} of track "${track}" (first at ${first})` });
  }
  if (!title) problems.push({ cell: row.cell('title'), message: 'missing Title' });
  const own = new Set<string>();
  for (const { name, cell } of title ? namesOf(row, title) : []) {
    const key = nameKey(track, name);
    const first = seenNames.get(key);
    if (first && !own.has(key)) problems.push({ cell, message: `"${name}" already names another rung (at ${first})` });
    own.add(key);
  }
  return problems;
}

/**
 * Reads the Levels table (contract section 12). A row with a problem is left out and told with its cell; for a
 * repeat (Track + Level, or a title or alias two rungs claim), the later row is the one left out.
 */
export function readLevels(cells: readonly (readonly unknown[])[]): LevelsRead {
  const table = readTable<LevelField>(cells, HEADERS, ['track', 'level', 'title'], 'Levels');
  if (table.fatal) return { levels: [], problems: [], fatal: table.fatal };
  const levels: Rung[] = [];
  const problems: Problem[] = [];
  const seenLevels = new Map<string, string>();
  const seenNames = new Map<string, string>();
  for (const row of table.rows) {
    const found = rowProblems(row, seenLevels, seenNames);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const title = row.get('title');
    const names = namesOf(row, title);
    seenLevels.set(`${roleKey(row.get('track'))}\n${Number(row.get('level'))}`, row.cell('level'));
    for (const { name, cell } of names) {
      const key = nameKey(row.get('track'), name);
      if (!seenNames.has(key)) seenNames.set(key, cell);
    }
    levels.push({
      track: row.get('track'),
      level: Number(row.get('level')),
      title,
      aliases: names.slice(1).map((n) => n.name),
      expectations: row.get('expectations'),
    });
  }
  return { levels, problems };
}
