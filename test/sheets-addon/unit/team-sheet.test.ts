// HR's roll-up reading a team spreadsheet through the Sheets API (hr-rollup/src/team-sheet.ts): the cells as the
// roll-up reads them, and each refusal sorted by what it means for HR.
import { describe, expect, it } from 'vitest';
import { cellOf, refusalOf, serialDay, teamSheet } from '../../../hr-rollup/src/team-sheet';

const FAILED = 'GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error:';

describe('cellOf', () => {
  it.each([
    ['text', { effectiveValue: { stringValue: 'Ana' }, formattedValue: 'Ana' }, 'Ana'],
    ['a number, not as shown', { effectiveValue: { numberValue: 1000 }, formattedValue: '1,000' }, 1000],
    ['a checkbox', { effectiveValue: { boolValue: false }, formattedValue: 'FALSE' }, false],
    [
      'a date, as the day it shows',
      { effectiveValue: { numberValue: 46296 }, effectiveFormat: { numberFormat: { type: 'DATE' } } },
      '2026-10-01',
    ],
    [
      'a date and time late in the day, as its day',
      { effectiveValue: { numberValue: 46296.99 }, effectiveFormat: { numberFormat: { type: 'DATE_TIME' } } },
      '2026-10-01',
    ],
    ['a number formatted as a number', { effectiveValue: { numberValue: 3 }, effectiveFormat: { numberFormat: { type: 'NUMBER' } } }, 3],
    ["a formula's error, as shown", { effectiveValue: { errorValue: { type: 'REF' } }, formattedValue: '#REF!' }, '#REF!'],
    ['an empty cell', {}, ''],
    ['a cell left out', undefined, ''],
  ])('%s', (_what, cell, value) => expect(cellOf(cell)).toEqual(value));
});

describe('serialDay', () => {
  it.each([
    [0, '1899-12-30'],
    [1, '1899-12-31'],
    [25569, '1970-01-01'],
    [46081, '2026-02-28'],
    [46082, '2026-03-01'],
    [-1.5, '1899-12-28'],
  ])('%d → %s', (serial, day) => expect(serialDay(serial)).toBe(day));
});

describe('teamSheet', () => {
  it('keeps empty rows and cells in place, and rows as long as the API gives them', () => {
    const got = teamSheet({
      properties: { title: 'Payments team' },
      sheets: [
        {
          data: [
            {
              rowData: [
                { values: [{ effectiveValue: { stringValue: 'Key' } }, {}, { effectiveValue: { stringValue: 'Due' } }] },
                {},
                { values: [{}, { effectiveValue: { numberValue: 2 } }] },
              ],
            },
          ],
        },
      ],
    });
    expect(got).toEqual({ name: 'Payments team', plans: [['Key', '', 'Due'], [], ['', 2]] });
  });

  it('an empty Plans sheet is an empty grid', () => {
    expect(teamSheet({ properties: { title: 'T' }, sheets: [{ data: [{}] }] })).toEqual({ name: 'T', plans: [] });
  });
});

describe('refusalOf', () => {
  it.each([
    ['Exceeded maximum execution time', 'out-of-time'],
    [`${FAILED} Request had insufficient authentication scopes.`, 'setup'],
    [
      'Specified permissions are not sufficient to call Sheets.Spreadsheets.get. Required permissions: https://www.googleapis.com/auth/spreadsheets',
      'setup',
    ],
    [`${FAILED} Google Sheets API has not been used in project 1234 before or it is disabled.`, 'setup'],
    [`${FAILED} Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'`, 'later'],
    [`${FAILED} Unable to parse range: 'Plans'`, 'no-plans-sheet'],
    [`${FAILED} The caller does not have permission`, 'no-access'],
    [`${FAILED} Requested entity was not found.`, 'no-access'],
    [`${FAILED} This operation is not supported for this document`, 'no-access'],
  ])('%s → %s', (message, refusal) => expect(refusalOf(message)).toBe(refusal));
});
