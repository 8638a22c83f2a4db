/// <reference types="google-apps-script" />
import { ROSTER_HEADERS } from '../../shared/roster';
import { ACCEPTED_PATH_VALUES, PATHS } from '../../shared/paths/templates';
import { UserError } from '../../shared/user-error';
import { cellAt } from './problem-notes';
import { styleHeader } from './sheet-io';
import { textCell } from './values';
import { ROSTER, TITLE } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Contract section 1's columns, each under its first accepted header name. */
export const ROSTER_COLUMNS = Object.values(ROSTER_HEADERS).map((names) => names[0]!);

/** One row that shows the shape of the data and cannot be taken for a real person. */
const EXAMPLE = [
  'Example: Dev Patel',
  'dev.patel@example.com',
  'Developer',
  'Example: Sam Okafor',
  'sam.okafor@example.com',
  'technical ladder',
  '',
  '',
];

/** The dropdown offers one plain name a path; the other spellings the roster accepts are still taken (and listed). */
const PATH_CHOICES = Object.values(PATHS).flatMap((p) => {
  const plain = p.accepted.find((v) => v === p.label.toLowerCase().replace(/-/g, ' ')) ?? p.accepted[0];
  return plain ? [plain] : [];
});

/** Set up roster: a Roster sheet ready to fill in, or the existing one brought to the front. */
export function setUpRosterSheet(ss: Spreadsheet): void {
  const existing = ss.getSheetByName(ROSTER);
  if (existing) {
    existing.activate();
    ss.toast(
      'You already have a Roster sheet, so it was left as it is and opened. Add one person a row, then choose Generate or refresh plans.',
      TITLE,
      10,
    );
    return;
  }
  const sheet = ss.insertSheet(ROSTER);
  const width = ROSTER_COLUMNS.length;
  sheet.getRange(1, 1, 2, width).setValues([ROSTER_COLUMNS, EXAMPLE.map(textCell)]);
  styleHeader(sheet, 1, width);
  sheet.setFrozenRows(1);
  sheet.getRange(2, 1, 1, width).setFontStyle('italic').setFontColor('#5f6368');
  sheet
    .getRange(2, 1)
    .setNote('This row is an example. Replace it with your team, one person a row: Name and Email are needed, the rest helps.');
  const path = ROSTER_COLUMNS.indexOf('Path') + 1;
  sheet.getRange(2, path, sheet.getMaxRows() - 1, 1).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(PATH_CHOICES, true)
      .setAllowInvalid(true)
      .setHelpText(
        `Choose a career path, or leave it blank if it is not decided yet. Also accepted: ${ACCEPTED_PATH_VALUES.filter((v) => !PATH_CHOICES.includes(v)).join(', ')}.`,
      )
      .build(),
  );
  sheet.setColumnWidths(1, width, 160);
  sheet.activate();
  ss.toast('Your Roster sheet is ready. Replace the example row with your team, then choose Generate or refresh plans.', TITLE, 10);
}

/** Puts the cursor on a cell of a sheet the problems dialog lists: its cell buttons call this. */
export function selectCell(ss: Spreadsheet, name: string, reference: unknown): void {
  const sheet = ss.getSheetByName(name);
  const at = typeof reference === 'string' ? cellAt(reference) : undefined;
  if (!sheet || !at) throw new UserError(`That cell could not be found in the ${name} sheet.`);
  sheet.activate();
  sheet.getRange(at.row + 1, at.column + 1).activate();
}
