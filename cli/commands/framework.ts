import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultFramework } from '../../shared/framework/defaults';
import { frameworkToGrids } from '../../shared/framework/grids';
import { plural } from '../../shared/plural';
import { UserError } from '../../shared/user-error';
import { parse } from '../args';
import { EXIT } from '../errors';
import { writeAtomic } from '../io/write-atomic';
import { renderGrid, type Io } from '../output';

export const FRAMEWORK_HELP = `Usage: trellis framework --out FOLDER|FILE.xlsx

Writes Trellis's built-in career framework (contract section 12) as data to edit into your company's own:
  Levels  Track | Level | Title | Also known as | Expectations   (the ladder: a target is the next Level's Title)
  Steps   Path | Step id | Step | Owner role | Offset days | Why | Done when | Replaces   (the steps of each path)

  --out FOLDER     write levels.csv and steps.csv into FOLDER (made if missing)
  --out FILE.xlsx  write one workbook with sheets Levels and Steps

Then plan with it: trellis plan ROSTER --framework FOLDER|FILE.xlsx. Planning with the defaults as written gives
exactly the plans planning without --framework gives. Add your tracks and rungs to Levels; in Steps, a row with a
new Step id adds a step, a row with a built-in Step id changes that step, a row whose Replaces is a built-in step id
takes its place, and "all" in Replaces on any row of a path makes that path's steps its rows in the table (and
those under All paths): only then does deleting a row drop its step. The goals conversation, both sign-offs and the
review always stay. Step, Why and Done when may use {first}, {manager}, {target} and {focus}.
The track named Built-in is Trellis's own ladder, which also reads every spelling of developer and engineer titles;
delete its rows to match only your own rungs. A Path Trellis does not know is a new path, which the roster's Path
column then accepts.

Exit status: 0 written; 1 nothing written (an existing file is never overwritten).`;

/** `trellis framework`: the default career framework written out as Levels and Steps to edit. */
export async function frameworkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string', short: 'o' } });
  if (positionals.length > 0) throw new UserError(`takes no file; give where to write with --out FOLDER or --out FILE.xlsx`);
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new UserError('needs --out FOLDER or --out FILE.xlsx: where to write the framework');
  const framework = defaultFramework();
  const grids = frameworkToGrids(framework);
  const counted = `${plural(framework.levels.length, 'level', 'levels')} and ${plural(framework.steps.length, 'step', 'steps')}`;
  if (out.toLowerCase().endsWith('.xlsx')) {
    refuseExisting(out);
    // exceljs takes about 200 ms to load: only a workbook written pays for it.
    const { frameworkWorkbook } = await import('../io/framework-xlsx');
    await writeAtomic(out, [await frameworkWorkbook(grids)]);
    io.stderr(`Wrote the default career framework (${counted}) to ${out}: sheets Levels and Steps.`);
    return EXIT.clean;
  }
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UserError(`--out ${out} is a file: give a folder, or a name ending .xlsx`);
  const files = { levels: join(out, 'levels.csv'), steps: join(out, 'steps.csv') };
  for (const file of Object.values(files)) refuseExisting(file);
  mkdirSync(out, { recursive: true });
  await writeAtomic(files.levels, renderGrid(grids.levels, 'csv'));
  await writeAtomic(files.steps, renderGrid(grids.steps, 'csv'));
  io.stderr(`Wrote the default career framework (${counted}) to ${files.levels} and ${files.steps}.`);
  return EXIT.clean;
}

/** A framework file a team may have edited is theirs: it is never written over. */
function refuseExisting(path: string): void {
  if (existsSync(path) && statSync(path).size > 0) {
    throw new UserError(`${path} already exists and may hold your edits; it was left untouched: choose another --out or move that file`);
  }
}
