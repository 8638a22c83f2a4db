// A team spreadsheet as the Sheets API hands it over (the Advanced Sheets service, spreadsheets.get), made into what
// the roll-up reads, and the API's refusals sorted by what HR should do about them. Pure: no Apps Script here.
// SpreadsheetApp.openById would need the full `spreadsheets` scope; the API reads with `spreadsheets.readonly`.

/** The sheet read, quoted so that it names the sheet even where a named range is called `Plans` too. */
export const PLANS_RANGE = "'Plans'";

/**
 * One read gives the title and the Plans sheet's cells: each cell's value, its number format's type (a date is a
 * number in the API, told apart only by its format) and its text as shown (for a formula's error, which has no value).
 */
export const TEAM_FIELDS = 'properties.title,sheets.data.rowData.values(effectiveValue,formattedValue,effectiveFormat.numberFormat.type)';

/** The title alone, asked for only when the spreadsheet has no Plans sheet (the read above is then refused whole). */
export const TITLE_FIELDS = 'properties.title';

/** The parts of the API's Spreadsheet the fields above give. */
export interface ApiSpreadsheet {
  properties?: { title?: string };
  sheets?: { data?: { rowData?: { values?: ApiCell[] }[] }[] }[];
}

export interface ApiCell {
  effectiveValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean; errorValue?: unknown };
  formattedValue?: string;
  effectiveFormat?: { numberFormat?: { type?: string } };
}

const DAY_MS = 86_400_000;
/** Sheets counts days from 1899-12-30, in the spreadsheet's own time zone: day 0's midnight as a UTC instant. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The calendar day `YYYY-MM-DD` a date cell's serial number shows (its time of day, if any, dropped). */
export function serialDay(serial: number): string {
  return new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A cell as getValues gave it before, after coreGrid: text, numbers and booleans as they are, a date the day it
 * shows, a formula's error as shown (`#REF!`), an empty cell ''.
 */
export function cellOf(cell: ApiCell | undefined): unknown {
  const value = cell?.effectiveValue;
  if (!value) return '';
  if (value.numberValue !== undefined) {
    const type = cell.effectiveFormat?.numberFormat?.type;
    return type === 'DATE' || type === 'DATE_TIME' ? serialDay(value.numberValue) : value.numberValue;
  }
  return value.stringValue ?? value.boolValue ?? cell.formattedValue ?? '';
}

/** The team's title and its Plans sheet as a grid of rows (the API leaves out empty cells at a row's end). */
export function teamSheet(spreadsheet: ApiSpreadsheet): { name: string; plans: unknown[][] } {
  const rows = spreadsheet.sheets?.[0]?.data?.[0]?.rowData ?? [];
  return { name: spreadsheet.properties?.title ?? '', plans: rows.map((row) => (row.values ?? []).map(cellOf)) };
}

/** What a refused read means for the roll-up. */
export type Refusal =
  /** Apps Script ended the run (6 minutes): it must end here too, the link read again next run. */
  | 'out-of-time'
  /** The project is not set up to read (a scope, the Sheets API off in its Cloud project): every link would fail alike. */
  | 'setup'
  /** Google's reads-a-minute limit: nothing wrong with the link, read it again later. */
  | 'later'
  /** The spreadsheet opened but has no sheet named Plans. */
  | 'no-plans-sheet'
  /** Not shared with whoever runs the roll-up, deleted, or not a Google spreadsheet (an .xlsx in Drive). */
  | 'no-access';

const REFUSALS: [RegExp, Refusal][] = [
  [/Exceeded maximum execution time/, 'out-of-time'],
  [/Required permissions?:|insufficient authentication scopes|has not been used in project/i, 'setup'],
  [/Quota exceeded|rate limit|Too many requests|RESOURCE_EXHAUSTED/i, 'later'],
  [/Unable to parse range/i, 'no-plans-sheet'],
];

/** Sorts an error the Advanced Sheets service threw, by its message (Apps Script gives no status code to read). */
export function refusalOf(message: string): Refusal {
  return REFUSALS.find(([words]) => words.test(message))?.[1] ?? 'no-access';
}
