/// <reference types="google-apps-script" />
import { defaultFramework } from '../../shared/framework/defaults';
import { frameworkToGrids } from '../../shared/framework/grids';
import { readLevels } from '../../shared/framework/levels';
import { readSteps } from '../../shared/framework/steps';
import { LEVEL_HEADERS, STEP_HEADERS } from '../../shared/framework/types';
import { UserError } from '../../shared/user-error';
import { underLock } from './lock';
import { styleHeader, writeGrid } from './sheet-io';
import { textCell } from './values';
import { LEVELS, STEPS, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How a framework sheet is laid out: each column's width, which wrap, which hold whole numbers, and a note or two. */
interface Layout {
  name: string;
  headers: readonly string[];
  widths: readonly number[];
  wrapped: readonly string[];
  numbers: readonly string[];
  notes: Readonly<Record<string, string>>;
  /** A column offered as a dropdown (other values allowed: Generate lists them as problems). */
  choices?: { header: string; values: string[]; help: string };
  /** Whether the sheet's header is a table of this kind (so Trellis can read it). */
  readable: (cells: unknown[][]) => boolean;
}

const LEVELS_LAYOUT: Layout = {
  name: LEVELS,
  headers: LEVEL_HEADERS,
  widths: [120, 60, 180, 200, 420],
  wrapped: ['Also known as', 'Expectations'],
  numbers: ['Level'],
  notes: {
    Track:
      "A ladder's name. A target is the Title of the next Level in the same track. The Built-in track is Trellis's own ladder, which also reads every spelling of developer and engineer titles: delete its rows to match only your own.",
    'Also known as': 'Other titles meaning this rung, separated by ; (II and 2 are the same).',
    Expectations: 'What this rung expects: shown in the plan step that compares current work with the target.',
  },
  readable: (cells) => !readLevels(cells).fatal,
};

const STEPS_LAYOUT: Layout = {
  name: STEPS,
  headers: STEP_HEADERS,
  widths: [140, 170, 360, 100, 90, 300, 260, 140],
  wrapped: ['Step', 'Why', 'Done when'],
  numbers: ['Offset days'],
  notes: {
    Path: "A path the roster's Path column names, All paths for every plan, or a new path's name, which the roster then accepts.",
    'Step id':
      "Lowercase words joined by hyphens, unique in its path. A new id adds a step; a built-in step's id changes that step. Plans already written keep their rows as they are: only new ids add rows.",
    Step: 'May use {first}, {manager}, {target} and {focus}, as may Why and Done when.',
    'Owner role': 'Employee or Manager.',
    'Offset days': "Days from the plan's date to the step's Due.",
    Replaces:
      "Blank: the step is added. A built-in step id of this path: the step takes its place. all: the path's steps are only its rows here and those of All paths. The goals conversation, both sign-offs and the review always stay.",
  },
  choices: { header: 'Owner role', values: ['Employee', 'Manager'], help: 'Employee or Manager: who owns the step.' },
  readable: (cells) => !readSteps(cells).fatal,
};

/** A framework table's rows as cells to write: whole numbers as numbers, all else as text that stays text. */
function cellsOf(layout: Layout, grid: readonly string[][]): unknown[][] {
  const numbers = new Set(layout.numbers.map((h) => layout.headers.indexOf(h)));
  return grid.map((row, r) => row.map((cell, c) => (r > 0 && numbers.has(c) ? Number(cell) : textCell(cell))));
}

/** Writes the defaults into a sheet with nothing in it, and lays it out for reading and editing. */
function fill(sheet: Sheet, layout: Layout, grid: readonly string[][]): void {
  const width = layout.headers.length;
  const maxRows = writeGrid(sheet, cellsOf(layout, grid), width);
  styleHeader(sheet, 1, width);
  sheet.setFrozenRows(1);
  for (const [i, px] of layout.widths.entries()) sheet.setColumnWidth(i + 1, px);
  const column = (header: string) => layout.headers.indexOf(header) + 1;
  // The whole column, so rows a team adds wrap too.
  for (const header of layout.wrapped) sheet.getRange(2, column(header), maxRows - 1, 1).setWrap(true);
  sheet.getRange(2, 1, maxRows - 1, width).setVerticalAlignment('top');
  sheet.getRange(1, 1, 1, width).setNotes([layout.headers.map((h) => layout.notes[h] ?? '')]);
  if (layout.choices) {
    const { header, values, help } = layout.choices;
    sheet
      .getRange(2, column(header), maxRows - 1, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).setHelpText(help).build(),
      );
  }
}

/**
 * Set up career framework (contract section 12): Levels and Steps filled with Trellis's own ladder and steps, the
 * same tables `trellis framework --out` writes. A sheet already there is never written to (a person's words are
 * theirs), unless it has nothing in it: the missing one is added beside it, so the two make a framework again. A
 * sheet of that name that is no framework table stops it, nothing added, since Generate could not read the pair.
 */
export function setUpFramework(ss: Spreadsheet, lock: GoogleAppsScript.Lock.Lock): void {
  underLock(lock, () => {
    const grids = frameworkToGrids(defaultFramework());
    const tables = [
      { layout: LEVELS_LAYOUT, grid: grids.levels, sheet: ss.getSheetByName(LEVELS) },
      { layout: STEPS_LAYOUT, grid: grids.steps, sheet: ss.getSheetByName(STEPS) },
    ];
    const kept = tables.filter((t) => t.sheet && t.sheet.getLastRow() > 0);
    const unreadable = kept.find((t) => !t.layout.readable(t.sheet!.getDataRange().getValues()));
    if (unreadable) throw new UserError(notATable(unreadable.layout));
    const filled = tables.filter((t) => !kept.includes(t));
    for (const t of filled) fill(t.sheet ?? ss.insertSheet(t.layout.name), t.layout, t.grid);
    ss.getSheetByName(filled[0]?.layout.name ?? LEVELS)?.activate();
    ss.toast(
      setUpText(
        filled.map((t) => t.layout.name),
        kept.map((t) => t.layout.name),
      ),
      TITLE,
      15,
    );
  });
}

function notATable(layout: Layout): string {
  const names = `${layout.headers.slice(0, -1).join(', ')} and ${layout.headers.at(-1)}`;
  return (
    `You have a ${layout.name} sheet that is not a career framework table (its first row does not name the columns ${names}), ` +
    `so nothing was changed. Rename that sheet, then choose Set up career framework again.`
  );
}

const AFTER = 'Edit them into your own ladder and steps, then choose Generate or refresh plans.';

/** What the toast says: what was added, and what was already there and left as it is. */
function setUpText(added: readonly string[], left: readonly string[]): string {
  if (added.length === 2)
    return `Your career framework is ready: ${LEVELS} holds Trellis's ladder and ${STEPS} the steps of each path, as Trellis plans without them. ${AFTER}`;
  if (added.length === 0)
    return `You already have ${LEVELS} and ${STEPS} sheets, so they were left as they are. Generate or refresh plans uses them.`;
  const own = added[0] === LEVELS ? 'ladder' : 'steps';
  return `You already have a ${left[0]} sheet, so it was left as it is; ${added[0]} was added with Trellis's own ${own}. Generate or refresh plans uses both.`;
}
