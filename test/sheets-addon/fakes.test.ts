// The fakes are the ground truth the add-on's tests stand on: these tables are the rules they follow.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createFakes, CUT_SHORT, DEFAULT_NUMBER_FORMAT, FakeSpreadsheet, formatJavaDate, LOCK_TIMEOUT, type LockRecord } from './fakes';
import { shiftFormula } from './fakes/shift';
import { loadAddon } from './harness';

const utc = (iso: string) => new Date(iso);
const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

/** Writes one value into A1 of a fresh sheet as a script would, and reads the cell back. */
function typed(input: unknown, timeZone = 'Etc/UTC', numberFormat?: string) {
  const { globals, spreadsheet } = createFakes({ timeZone });
  const range = globals.SpreadsheetApp.getActive().getActiveSheet().getRange('A1');
  if (numberFormat) range.setNumberFormat(numberFormat);
  range.setValue(input);
  return spreadsheet.sheets[0]!.cell('A1');
}

describe('a value a script writes is stored as Sheets stores typed input', () => {
  it.each<[string, unknown, unknown, string]>([
    // [what, written, stored value, display]
    ['an integer in text', '42', 42, '42'],
    ['a signed decimal', '-3.5', -3.5, '-3.5'],
    ['a leading plus', '+7', 7, '7'],
    ['leading zeros', '007', 7, '7'],
    ['surrounding spaces', ' 42 ', 42, '42'],
    ['thousands separators', '1,234', 1234, '1,234'],
    ['a percentage', '12%', 0.12, '12%'],
    ['dollars', '$5.50', 5.5, '$5.50'],
    ['scientific notation', '1e3', 1000, '1000'],
    ['TRUE in any case', 'true', true, 'TRUE'],
    ['FALSE', 'FALSE', false, 'FALSE'],
    ['an ISO date', '2026-03-02', utc('2026-03-02T00:00:00Z'), '2026-03-02'],
    ['a US date', '3/2/2026', utc('2026-03-02T00:00:00Z'), '3/2/2026'],
    ['a day that does not exist', '2026-02-30', '2026-02-30', '2026-02-30'],
    ['a month that does not exist', '13/1/2026', '13/1/2026', '13/1/2026'],
    ['a date with a time (not parsed by the fake)', '2026-03-02 10:00', '2026-03-02 10:00', '2026-03-02 10:00'],
    ['an apostrophe before a number', "'42", '42', '42'],
    ['an apostrophe before a formula', "'=SUM(A1:A2)", '=SUM(A1:A2)', '=SUM(A1:A2)'],
    ['an apostrophe before a minus', "'-5 days", '-5 days', '-5 days'],
    ['two apostrophes', "''x", "'x", "'x"],
    ['a plain name', 'Ana Lopez', 'Ana Lopez', 'Ana Lopez'],
    ['a leading @', '@ana', '@ana', '@ana'],
    ['a leading minus that is not a number', '-lead', '-lead', '-lead'],
    ['text with inner spaces kept', '  two  spaces ', '  two  spaces ', '  two  spaces '],
    ['the empty string', '', '', ''],
    ['null', null, '', ''],
    ['a number', 12.5, 12.5, '12.5'],
    ['a boolean', false, false, 'FALSE'],
    ['a Date object (date and time format)', utc('2026-03-02T15:04:05Z'), utc('2026-03-02T15:04:05Z'), '3/2/2026 15:04:05'],
  ])('%s: %j', (_, input, value, display) => {
    const cell = typed(input);
    expect(cell.value).toEqual(value);
    expect(isDate(cell.value)).toBe(isDate(value));
    expect(cell.formula).toBe('');
    expect(cell.display).toBe(display);
  });

  it.each<[string, unknown]>([
    ['=1+1', '#NAME?'],
    ['=SUM(A2:A9)', '#NAME?'],
    ['=HYPERLINK("http://x","y")', '#NAME?'],
    ['=42', 42],
    ['="hi ""you"""', 'hi "you"'],
    ['=TRUE', true],
  ])('a leading = makes a formula: %s (value %j)', (input, value) => {
    const cell = typed(input);
    expect(cell.formula).toBe(input);
    expect(cell.value).toEqual(value);
  });

  it.each<[string, unknown, string]>([
    ['42', '42', ''],
    ['2026-03-02', '2026-03-02', ''],
    ['TRUE', 'TRUE', ''],
    ["'=x", '=x', ''],
    ['=1', 1, '=1'],
  ])('in a cell formatted as plain text (@), %j is kept as text; = still makes a formula', (input, value, formula) => {
    const cell = typed(input, 'Etc/UTC', '@');
    expect(cell.value).toEqual(value);
    expect(cell.formula).toBe(formula);
  });

  it.each<[string, string]>([
    ['2026-03-02', 'yyyy-mm-dd'],
    ['3/2/2026', 'M/d/yyyy'],
    ['12%', '0%'],
    ['1,234', '#,##0'],
    ['42', '0.###############'],
  ])('typing %j into an unformatted cell gives it the format %j', (input, format) => {
    expect(typed(input).numberFormat).toBe(format);
  });

  it('typing a date into a formatted cell keeps the format', () => {
    expect(typed('3/2/2026', 'Etc/UTC', 'd mmm yyyy')).toMatchObject({ numberFormat: 'd mmm yyyy', display: '2 Mar 2026' });
  });

  it.each<[string, unknown, RegExp]>([
    ['an object', { a: 1 }, /cannot write \[object Object\]/],
    ['NaN', Number.NaN, /cannot write NaN/],
    ['an invalid Date', new Date('nope'), /invalid Date/],
    ['50,001 characters', 'x'.repeat(50_001), /more than the maximum of 50000 characters/],
  ])('refuses %s', (_, input, message) => {
    expect(() => typed(input)).toThrow(message);
  });
});

describe('date cells are midnights in the spreadsheet time zone', () => {
  it.each([
    ['Etc/UTC', '2026-03-02', '2026-03-02T00:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-02', '2026-03-02T08:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-08', '2026-03-08T08:00:00.000Z'], // the day clocks go forward, at 02:00
    ['America/Los_Angeles', '2026-03-09', '2026-03-09T07:00:00.000Z'],
    ['Asia/Tokyo', '2026-03-02', '2026-03-01T15:00:00.000Z'],
    ['Pacific/Auckland', '2026-03-02', '2026-03-01T11:00:00.000Z'],
  ])('in %s, %s is the instant %s and reads back as that day', (timeZone, day, instant) => {
    const { globals, spreadsheet } = createFakes({ timeZone });
    const range = globals.SpreadsheetApp.getActive().getActiveSheet().getRange('A1');
    range.setValue(day);
    const value = range.getValue() as Date;
    expect(isDate(value)).toBe(true);
    expect(value.toISOString()).toBe(instant);
    expect(formatJavaDate(value.getTime(), timeZone, 'yyyy-MM-dd')).toBe(day);
    expect(spreadsheet.sheets[0]!.cell('A1').display).toBe(day);
  });

  it.each([
    ['Etc/UTC', '2026-03-02'],
    ['America/Los_Angeles', '2026-03-01'], // a UTC midnight is the evening before in California
    ['Asia/Tokyo', '2026-03-02'],
  ])('a Date object at UTC midnight written to a %s sheet shows %s', (timeZone, shown) => {
    const { globals, spreadsheet } = createFakes({ timeZone });
    const range = globals.SpreadsheetApp.getActive().getActiveSheet().getRange('A1');
    range.setNumberFormat('yyyy-mm-dd').setValue(utc('2026-03-02T00:00:00Z'));
    expect(spreadsheet.sheets[0]!.cell('A1').display).toBe(shown);
  });
});

describe('display values follow the number format', () => {
  it.each<[unknown, string, string]>([
    ['2026-03-02', 'yyyy-mm-dd', '2026-03-02'],
    ['2026-03-02', 'd mmm yyyy', '2 Mar 2026'],
    ['2026-03-02', 'dddd, mmmm d', 'Monday, March 2'],
    ['2026-03-02', 'M/d/yy', '3/2/26'],
    [utc('2026-03-02T15:04:05Z'), 'yyyy-mm-dd hh:mm', '2026-03-02 15:04'],
    [utc('2026-03-02T15:04:05Z'), 'h:mm AM/PM', '3:04 PM'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12.5%'],
    [Math.PI, '0.00', '3.14'],
    [1234567, '#,##0', '1,234,567'],
    [42, '@', '42'],
  ])('%j under %j shows %j', (value, format, shown) => {
    expect(typed(value, 'Etc/UTC', format).display).toBe(shown);
  });
});

describe('Utilities.formatDate takes Java patterns', () => {
  const t = utc('2026-03-02T15:04:05.123Z').getTime();
  it.each([
    ['Etc/UTC', 'yyyy-MM-dd', '2026-03-02'],
    ['Asia/Tokyo', 'yyyy-MM-dd', '2026-03-03'],
    ['America/Los_Angeles', "yyyy-MM-dd'T'HH:mm:ssXXX", '2026-03-02T07:04:05-08:00'],
    ['Asia/Tokyo', 'EEE, d MMM yyyy HH:mm Z', 'Tue, 3 Mar 2026 00:04 +0900'],
    ['Etc/UTC', 'EEEE d MMMM', 'Monday 2 March'],
    ['Etc/UTC', "h:mm a 'o''clock'", "3:04 PM o'clock"],
    ['Etc/UTC', 'HH:mm:ss.SSS', '15:04:05.123'],
  ])('in %s, %j gives %j', (timeZone, pattern, text) => {
    const { globals } = createFakes();
    expect(globals.Utilities.formatDate(new Date(t), timeZone, pattern)).toBe(text);
  });
});

describe('ranges and sheets fail as Sheets does', () => {
  const fresh = () => {
    const fakes = createFakes({ sheets: { Plans: [['Key', 'Status']] } });
    return { ...fakes, ss: fakes.globals.SpreadsheetApp.getActive() };
  };
  it.each<[string, (f: ReturnType<typeof fresh>) => unknown, RegExp]>([
    ['too few rows', (f) => f.ss.getRange('A1:B2').setValues([['a', 'b']]), /data has 1 but the range has 2/],
    ['a ragged row', (f) => f.ss.getRange('A1:B2').setValues([['a', 'b'], ['c']]), /number of columns in the data does not match/],
    ['past the last row', (f) => f.ss.getSheetByName('Plans')!.getRange(1000, 1, 2, 1), /outside the dimensions of the sheet/],
    ['past the last column', (f) => f.ss.getRange('AA1'), /outside the dimensions of the sheet/],
    ['zero rows', (f) => f.ss.getSheetByName('Plans')!.getRange(1, 1, 0, 1), /at least 1/],
    ['row 0', (f) => f.ss.getSheetByName('Plans')!.getRange(0, 1), /starting row of the range is too small/],
    ['a second filter', (f) => [0, 1].map(() => f.ss.getRange('A1:B5').createFilter()), /already has a filter/],
    ['a name taken in another case', (f) => f.ss.insertSheet('plans'), /already exists/],
    [
      'a method the fake lacks',
      (f) => (f.ss as unknown as { getBandings(): unknown }).getBandings(),
      /fake Spreadsheet has no "getBandings"/,
    ],
    [
      'a value outside a rejecting dropdown',
      (f) => {
        const rule = f.globals.SpreadsheetApp.newDataValidation()
          .requireValueInList(['Done', 'Not started'])
          .setAllowInvalid(false)
          .build();
        f.ss.getRange('B2').setDataValidation(rule).setValue('Maybe');
      },
      /cell B2 violates the data validation rules/,
    ],
  ])('%s', (_, act, message) => {
    expect(() => act(fresh())).toThrow(message);
  });

  it('a rejecting dropdown takes its values in any case, and blanks', () => {
    const f = fresh();
    const rule = f.globals.SpreadsheetApp.newDataValidation().requireValueInList(['Done']).setAllowInvalid(false).build();
    f.ss
      .getRange('B2:B4')
      .setDataValidation(rule)
      .setValues([['done'], ['Done'], ['']]);
    expect(['B2', 'B3', 'B4'].map((a1) => f.spreadsheet.sheet('Plans')!.cell(a1).value)).toEqual(['done', 'Done', '']);
  });

  it.each([
    ['plans', 'Plans'],
    ['PLAN STATUS', null],
  ])('finds sheets by name case-insensitively: %s', (name, found) => {
    expect(fresh().ss.getSheetByName(name)?.getName() ?? null).toBe(found);
  });

  it('grows with insertRowsAfter, and a new sheet is 1000 × 26 and becomes active', () => {
    const f = fresh();
    const sheet = f.ss.insertSheet('Plan status');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), f.ss.getActiveSheet().getName()]).toEqual([1000, 26, 'Plan status']);
    sheet.insertRowsAfter(1000, 500);
    expect(() => sheet.getRange(1, 1, 1500, 13).setValue('x')).not.toThrow();
    expect(sheet.getLastRow()).toBe(1500);
  });
});

describe('inserting rows moves what Sheets moves (issue 9: rows a refresh inserts above keep everything)', () => {
  it.each<[string, string, boolean, number, string]>([
    // [what, formula, on the sheet, rows inserted after row 5 (deleted from row 6 when negative), formula after]
    ['a cell below', '=A7', true, 2, '=A9'],
    ['a cell above or at the row', '=B5+B4', true, 2, '=B5+B4'],
    ['absolute rows move too', '=$C$10*2', true, 2, '=$C$12*2'],
    ['a range the rows go inside grows', '=SUM(D2:D9)', true, 2, '=SUM(D2:D11)'],
    ['a range ending at the row does not', '=SUM(D2:D5)', true, 2, '=SUM(D2:D5)'],
    ['whole rows', '=COUNTA(6:8)', true, 2, '=COUNTA(8:10)'],
    ['text in quotes is text', '=IF(A7="A7","A7",A7)', true, 2, '=IF(A9="A7","A7",A9)'],
    ['a function name is not a cell', '=LOG10(A8)', true, 2, '=LOG10(A10)'],
    ['on another sheet, a reference without a sheet is not ours', '=A7', false, 2, '=A7'],
    ['on another sheet, naming this one', "=Plans!A7+'Plans'!B8+Other!A7", false, 2, "=Plans!A9+'Plans'!B10+Other!A7"],
    ['deleted: a cell below moves up', '=A9', true, -2, '=A7'],
    ['deleted: a cell above stays', '=A5', true, -2, '=A5'],
    ['deleted: a deleted cell is #REF!', '=A6+A7', true, -2, '=#REF!+#REF!'],
    ['deleted: a range over them shrinks', '=SUM(D2:D9)', true, -2, '=SUM(D2:D7)'],
    ['deleted: a range starting in them keeps what is left', '=SUM(D7:D9)', true, -2, '=SUM(D6:D7)'],
    ['deleted: a range inside them is #REF!', '=SUM(D6:D7)', true, -2, '=SUM(#REF!)'],
  ])('%s: %s', (_, formula, onSheet, count, expected) => {
    expect(shiftFormula(formula, 'Plans', onSheet, 5, count)).toBe(expected);
  });

  it('moves values, formulas, notes, links and formats down; new rows take the formats of the row above', () => {
    const { globals, spreadsheet } = createFakes({ sheets: { Plans: [['Key'], ['a'], ['b'], ['=A2']] } });
    const model = spreadsheet.sheet('Plans')!;
    model.noteGrid.set(2, 0, 'note on b');
    model.richTextGrid.set(2, 0, { text: 'b', url: 'https://example.com' });
    model.styleGrid('background').set(1, 0, '#fff2cc');
    model.formatGrid.set(1, 0, '@');
    model.filterRange = 'A1:A4';
    globals.SpreadsheetApp.getActive().getSheetByName('Plans')!.insertRowsAfter(2, 2);
    expect(model.values.map((r) => r[0])).toEqual(['Key', 'a', '', '', 'b', '#NAME?']);
    expect(model.cell('A6').formula).toBe('=A2');
    expect([model.cell('A5').note, model.richTextGrid.get(4, 0)?.url]).toEqual(['note on b', 'https://example.com']);
    expect([model.cell('A3').background, model.cell('A3').numberFormat, model.cell('A3').note]).toEqual(['#fff2cc', '@', '']);
    expect(model.filterRange).toBe('A1:A6');
    expect(model.maxRows).toBe(1002);
  });

  it('insertRowsBefore takes the formats of the row below; writing a value drops its link', () => {
    const { globals, spreadsheet } = createFakes({ sheets: { Plans: [['Key'], ['a']] } });
    const model = spreadsheet.sheet('Plans')!;
    model.styleGrid('background').set(1, 0, '#fff2cc');
    model.richTextGrid.set(1, 0, { text: 'a', url: 'https://example.com' });
    const sheet = globals.SpreadsheetApp.getActive().getSheetByName('Plans')!;
    sheet.insertRowsBefore(2, 1);
    expect([model.cell('A2').background, model.cell('A3').value]).toEqual(['#fff2cc', 'a']);
    sheet.getRange('A3').setValue('b');
    expect(model.richTextGrid.get(2, 0)).toBeNull();
  });
});

describe('a run cut short, and the document properties', () => {
  it('cutAfter(n): the Spreadsheet calls after the n-th throw what Apps Script says at its time limit, and change nothing', () => {
    const { globals, calls, spreadsheet } = createFakes({ sheets: { Plans: [['Key']] } });
    const sheet = globals.SpreadsheetApp.getActive().getSheetByName('Plans')!; // 2 calls
    calls.cutAfter(3);
    sheet.getRange('A2').setValue('a'); // two calls let through
    const range = sheet.getRange('A3'); // the third
    expect(() => range.setValue('b')).toThrow(CUT_SHORT);
    expect(spreadsheet.sheet('Plans')!.values).toEqual([['Key'], ['a']]);
    expect(() => globals.LockService.getDocumentLock()).not.toThrow();
    calls.cutAfter(undefined);
    expect(() => sheet.getRange('A3').setValue('c')).not.toThrow();
  });

  it('keeps properties per document, refusing a value over 9 KB as Apps Script does', () => {
    const { globals, env } = createFakes();
    const store = (
      globals as unknown as { PropertiesService: GoogleAppsScript.Properties.PropertiesService }
    ).PropertiesService.getDocumentProperties();
    store.setProperties({ a: '1', b: '2' });
    expect(store.getProperties()).toEqual({ a: '1', b: '2' });
    expect(env.documentProperties).toEqual({ a: '1', b: '2' });
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024))).toThrow(/Argument too large/);
    expect(store.getProperty('big')).toBeNull();
  });
});

describe('every service call is counted', () => {
  it('per method, in total, and the Spreadsheet service ones apart', () => {
    const { globals, calls } = createFakes({ sheets: { Plans: [['Key']] } });
    const ss = globals.SpreadsheetApp.getActive(); // SpreadsheetApp.getActive
    const sheet = ss.getSheetByName('Plans')!; // Spreadsheet.getSheetByName
    sheet.getDataRange().getValues(); // Sheet.getDataRange, Range.getValues
    sheet
      .getRange(2, 1, 3, 1)
      .setValues([['a'], ['b'], ['c']])
      .setNumberFormat('@'); // chained calls count too
    globals.SpreadsheetApp.newDataValidation().requireValueInList(['x']).build(); // builder calls
    globals.SpreadsheetApp.getUi().alert('hi'); // SpreadsheetApp.getUi, Ui.alert
    globals.LockService.getDocumentLock().waitLock(1000);
    expect(calls.byMethod()).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireValueInList': 1,
      'Lock.waitLock': 1,
      'LockService.getDocumentLock': 1,
      'Range.getValues': 1,
      'Range.setNumberFormat': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActive': 1,
      'SpreadsheetApp.getUi': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'Ui.alert': 1,
    });
    expect(calls.total()).toBe(14);
    expect(calls.spreadsheetService()).toBe(11); // all but Ui.alert and the two lock calls
    calls.reset();
    expect([calls.total(), calls.byMethod()]).toEqual([0, {}]);
  });

  it('reading the fake directly, as a test does, counts nothing', () => {
    const { spreadsheet, calls } = createFakes({ sheets: { Plans: [['Key'], ['k1']] } });
    const plans = spreadsheet.sheet('Plans')!;
    plans.write('A3', [['k2']]);
    expect([plans.values, plans.cell('A2').value, calls.total()]).toEqual([[['Key'], ['k1'], ['k2']], 'k1', 0]);
  });
});

describe('the recorders', () => {
  it.each<[string, unknown[], object, string]>([
    ['prompt only', ['Saved.'], { prompt: 'Saved.', buttons: 'OK' }, 'OK'],
    ['prompt and buttons', ['Replace?', 'YES_NO'], { prompt: 'Replace?', buttons: 'YES_NO' }, 'YES'],
    ['title, prompt and buttons', ['Trellis', 'Done.', 'OK_CANCEL'], { title: 'Trellis', prompt: 'Done.', buttons: 'OK_CANCEL' }, 'OK'],
  ])('alert(%s) is recorded and answered', (_, args, record, answer) => {
    const { globals, ui } = createFakes();
    const alert = globals.SpreadsheetApp.getUi().alert as (...a: unknown[]) => unknown;
    expect(alert(...args)).toBe(answer);
    expect(ui.alerts).toEqual([record]);
  });

  it('answers alerts from the queue a test fills', () => {
    const { globals, ui } = createFakes();
    ui.answers.push('NO');
    const gasUi = globals.SpreadsheetApp.getUi();
    expect(gasUi.alert('Replace?', gasUi.ButtonSet.YES_NO)).toBe(gasUi.Button.NO);
  });

  it('records sidebars, dialogs and toasts with their titles and HTML', () => {
    const { globals, ui } = createFakes();
    const gasUi = globals.SpreadsheetApp.getUi();
    gasUi.showSidebar(globals.HtmlService.createHtmlOutput('<p>plan</p>').setTitle('Written plan'));
    gasUi.showModalDialog(globals.HtmlService.createHtmlOutput('<p>csv</p>').setWidth(400).setHeight(300), 'Plan status');
    globals.SpreadsheetApp.getActive().toast('Planned 3 people', 'Trellis');
    expect(ui.sidebars).toEqual([{ title: 'Written plan', html: '<p>plan</p>' }]);
    expect(ui.dialogs).toEqual([{ title: 'Plan status', html: '<p>csv</p>', width: 400, height: 300, modal: true }]);
    expect(ui.toasts).toEqual([{ message: 'Planned 3 people', title: 'Trellis' }]);
  });

  it.each<[string[], Partial<LockRecord>, unknown[]]>([
    // [steps, the record after them, what each wait/try gave]
    [['wait', 'flush', 'release'], { waits: 1, releases: 1, held: false, flushedBeforeRelease: true }, ['taken']],
    [['wait', 'release'], { waits: 1, releases: 1, held: false, flushedBeforeRelease: false }, ['taken']],
    [['try', 'flush'], { waits: 1, releases: 0, held: true, flushedBeforeRelease: true }, [true]],
    [['busy', 'wait'], { busy: true, refusals: 1, waits: 0, held: false }, [LOCK_TIMEOUT]],
    [['busy', 'try', 'try'], { busy: true, refusals: 2, waits: 0, held: false }, [false, false]],
    [['busy', 'try', 'free', 'try'], { busy: false, refusals: 1, waits: 1, held: true }, [false, true]],
    [['wait', 'busy', 'try'], { busy: true, refusals: 0, waits: 2, held: true }, ['taken', true]], // already ours
  ])('the document lock after %j', (steps, record, results) => {
    const { globals, lock } = createFakes();
    const l = globals.LockService.getDocumentLock();
    const gave: unknown[] = [];
    for (const step of steps) {
      if (step === 'wait') {
        try {
          l.waitLock(30_000);
          gave.push('taken');
        } catch (e) {
          gave.push((e as Error).message);
        }
      }
      if (step === 'try') gave.push(l.tryLock(30_000));
      if (step === 'flush') globals.SpreadsheetApp.flush();
      if (step === 'release') l.releaseLock();
      if (step === 'busy') lock.busy = true;
      if (step === 'free') lock.busy = false;
    }
    expect(lock).toEqual({ busy: false, refusals: 0, waits: 0, releases: 0, held: false, flushedBeforeRelease: true, ...record });
    expect(gave).toEqual(results);
  });

  it('a busy lock from the start: createFakes({ lockBusy: true })', () => {
    const { globals, lock } = createFakes({ lockBusy: true });
    expect(() => globals.LockService.getDocumentLock().waitLock(1)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock).toMatchObject({ busy: true, refusals: 1, waits: 0 });
  });

  it('HtmlService reads NAME.html from the built folder and evaluates templates, escaping <?= ?>', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-html-'));
    writeFileSync(join(dir, 'page.html'), '<h1><?= title ?></h1><? for (const s of steps) { ?><li><?!= s ?></li><? } ?>');
    const { globals } = createFakes({ htmlDir: dir });
    expect(globals.HtmlService.createHtmlOutputFromFile('page').getContent()).toContain('<?= title ?>');
    const template = globals.HtmlService.createTemplateFromFile('page') as unknown as Record<string, unknown> &
      GoogleAppsScript.HTML.HtmlTemplate;
    template.title = '<b>Ana</b>';
    template.steps = ['<i>one</i>'];
    expect(template.evaluate().getContent()).toBe('<h1>&lt;b&gt;Ana&lt;/b&gt;</h1><li><i>one</i></li>');
    expect(() => globals.HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
  });
});

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type CFBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

describe('conditional-format rules are recorded as built', () => {
  const N = 'NUMBER' as unknown as GoogleAppsScript.Spreadsheet.InterpolationType;
  const P = 'PERCENT' as unknown as GoogleAppsScript.Spreadsheet.InterpolationType;
  const point = (color: string, type: string, value: string) => ({ color, type, value });
  it.each<[string, (b: CFBuilder) => CFBuilder, object]>([
    [
      'a colour scale between two values',
      (b) => b.setGradientMinpointWithValue('#ffffff', N, '0').setGradientMaxpointWithValue('#57bb8a', N, '100'),
      { criteria: 'GRADIENT', values: [], gradient: { min: point('#ffffff', 'NUMBER', '0'), max: point('#57bb8a', 'NUMBER', '100') } },
    ],
    [
      "a colour scale between the range's own minimum and maximum",
      (b) => b.setGradientMinpoint('#ff0000').setGradientMaxpoint('#00ff00'),
      { criteria: 'GRADIENT', values: [], gradient: { min: point('#ff0000', 'MIN', ''), max: point('#00ff00', 'MAX', '') } },
    ],
    [
      'a three-colour scale, points set in any order',
      (b) =>
        b.setGradientMaxpointWithValue('#0000ff', N, '100').setGradientMidpointWithValue('#00ff00', P, '50').setGradientMinpoint('#ff0000'),
      {
        criteria: 'GRADIENT',
        values: [],
        gradient: { min: point('#ff0000', 'MIN', ''), mid: point('#00ff00', 'PERCENT', '50'), max: point('#0000ff', 'NUMBER', '100') },
      },
    ],
    [
      'a boolean condition set after a gradient replaces it',
      (b) => b.setGradientMinpoint('#ff0000').whenFormulaSatisfied('=A1>0').setBold(true),
      { criteria: 'CUSTOM_FORMULA', values: ['=A1>0'], format: { bold: true } },
    ],
    [
      'a gradient set after a boolean condition replaces it',
      (b) => b.whenTextEqualTo('Done').setGradientMaxpointWithValue('#00ff00', N, '1'),
      { criteria: 'GRADIENT', values: [], gradient: { max: point('#00ff00', 'NUMBER', '1') } },
    ],
  ])('%s', (_, build, rule) => {
    const { globals, spreadsheet } = createFakes();
    const sheet = globals.SpreadsheetApp.getActiveSheet();
    sheet.setConditionalFormatRules([
      build(globals.SpreadsheetApp.newConditionalFormatRule())
        .setRanges([sheet.getRange('I2:I9')])
        .build(),
    ]);
    expect(spreadsheet.sheets[0]!.conditionalRules).toEqual([{ format: {}, ranges: ['I2:I9'], ...rule }]);
  });

  it('SpreadsheetApp.InterpolationType has the five point types', () => {
    const app: App = createFakes().globals.SpreadsheetApp;
    expect(Object.keys(app.InterpolationType)).toEqual(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
  });

  it('a colour scale read back has a gradient condition and no boolean one; counted like the other builder calls', () => {
    const { globals, calls } = createFakes();
    const app = globals.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const bar = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', app.InterpolationType.NUMBER, '0')
      .setGradientMaxpointWithValue('#57bb8a', app.InterpolationType.NUMBER, '100')
      .setRanges([sheet.getRange('A1:A5')])
      .build();
    const red = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('B1')])
      .build();
    sheet.setConditionalFormatRules([bar, red]);
    const [gradient, plain] = sheet.getConditionalFormatRules();
    const g = gradient!.getGradientCondition()!;
    expect([gradient!.getBooleanCondition(), g.getMinColor(), String(g.getMinType()), g.getMinValue()]).toEqual([
      null,
      '#ffffff',
      'NUMBER',
      '0',
    ]);
    expect([g.getMaxColor(), String(g.getMaxType()), g.getMaxValue(), g.getMidType(), g.getMidColor()]).toEqual([
      '#57bb8a',
      'NUMBER',
      '100',
      null,
      '',
    ]);
    expect([plain!.getGradientCondition(), String(plain!.getBooleanCondition()!.getCriteriaType())]).toEqual([null, 'CELL_EMPTY']);
    const byMethod = calls.byMethod();
    expect([
      byMethod['ConditionalFormatRuleBuilder.setGradientMinpointWithValue'],
      byMethod['ConditionalFormatRuleBuilder.setGradientMaxpointWithValue'],
      byMethod['ConditionalFormatRule.getGradientCondition'],
      byMethod['GradientCondition.getMinColor'],
    ]).toEqual([1, 1, 2, 1]);
  });

  it('a rule needs a condition or a gradient point', () => {
    const { globals } = createFakes();
    const sheet = globals.SpreadsheetApp.getActiveSheet();
    expect(() =>
      globals.SpreadsheetApp.newConditionalFormatRule()
        .setBold(true)
        .setRanges([sheet.getRange('A1')])
        .build(),
    ).toThrow(/needs a condition: call a when… or setGradient… method first/);
  });
});

describe('the filter keeps criteria per column, counted from column A', () => {
  const withFilter = () => {
    const fakes = createFakes({
      sheets: {
        Plans: [
          ['Key', 'Status'],
          ['k1', 'Done'],
          ['k2', 'Not started'],
        ],
      },
    });
    const sheet = fakes.globals.SpreadsheetApp.getActive().getSheetByName('Plans')!;
    const filter = sheet.getRange('A1:B3').createFilter();
    const hideDone = fakes.globals.SpreadsheetApp.newFilterCriteria().setHiddenValues(['Done']).build();
    return { ...fakes, sheet, filter, hideDone };
  };
  type F = ReturnType<typeof withFilter>;
  it.each<[string, (f: F) => unknown, unknown]>([
    ['none set: null', (f) => f.filter.getColumnFilterCriteria(2), null],
    [
      'set on B: read back from B',
      (f) => f.filter.setColumnFilterCriteria(2, f.hideDone).getColumnFilterCriteria(2)!.getHiddenValues(),
      ['Done'],
    ],
    ['set on B: nothing on A', (f) => f.filter.setColumnFilterCriteria(2, f.hideDone).getColumnFilterCriteria(1), null],
    [
      'set on B: in the model under 2',
      (f) => (f.filter.setColumnFilterCriteria(2, f.hideDone), f.spreadsheet.sheet('Plans')!.filterCriteria[2]!.hiddenValues),
      ['Done'],
    ],
    [
      'removed from B',
      (f) => f.filter.setColumnFilterCriteria(2, f.hideDone).removeColumnFilterCriteria(2).getColumnFilterCriteria(2),
      null,
    ],
    [
      'set to null',
      (f) => f.filter.setColumnFilterCriteria(2, f.hideDone).setColumnFilterCriteria(2, null).getColumnFilterCriteria(2),
      null,
    ],
    [
      'a condition',
      (f) =>
        f.filter
          .setColumnFilterCriteria(1, f.globals.SpreadsheetApp.newFilterCriteria().whenCellNotEmpty().build())
          .getColumnFilterCriteria(1)!
          .getCriteriaValues(),
      [],
    ],
    [
      'kept when read from getFilter again',
      (f) => (f.filter.setColumnFilterCriteria(2, f.hideDone), f.sheet.getFilter()!.getColumnFilterCriteria(2)!.getHiddenValues()),
      ['Done'],
    ],
    [
      'gone with the filter',
      (f) => (
        f.filter.setColumnFilterCriteria(2, f.hideDone).remove(), [f.sheet.getFilter(), f.spreadsheet.sheet('Plans')!.filterCriteria]
      ),
      [null, {}],
    ],
    [
      'a copy survives the removal',
      (f) => {
        const kept = f.filter.setColumnFilterCriteria(2, f.hideDone).getColumnFilterCriteria(2)!;
        f.filter.remove();
        return f.sheet.getRange('A1:B9').createFilter().setColumnFilterCriteria(2, kept).getColumnFilterCriteria(2)!.getHiddenValues();
      },
      ['Done'],
    ],
    [
      'counted',
      (f) => (
        f.filter.setColumnFilterCriteria(2, f.hideDone).getColumnFilterCriteria(2),
        [f.calls.byMethod()['Filter.setColumnFilterCriteria'], f.calls.byMethod()['Filter.getColumnFilterCriteria']]
      ),
      [1, 1],
    ],
  ])('%s', (_, act, expected) => {
    expect(act(withFilter())).toEqual(expected);
  });
});

describe('clearing, as the Range and Sheet references describe it', () => {
  /** A1 holding a value, a note, a number format, a bold style and a dropdown, on a sheet with a rule and a filter. */
  const full = () => {
    const fakes = createFakes({ sheets: { S: [['42']] } });
    const app = fakes.globals.SpreadsheetApp;
    const sheet = app.getActive().getSheetByName('S')!;
    const a1 = sheet.getRange('A1');
    a1.setNote('keep me?').setNumberFormat('0.00').setFontWeight('bold');
    a1.setDataValidation(app.newDataValidation().requireValueInList(['42']).build());
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenCellEmpty().setBold(true).setRanges([a1]).build()]);
    return { sheet, a1, model: fakes.spreadsheet.sheet('S')! };
  };
  type Full = ReturnType<typeof full>;
  const left = ({ model }: Full) => {
    const c = model.cell('A1');
    return {
      value: c.value,
      note: c.note,
      format: c.numberFormat,
      bold: c.fontWeight === 'bold',
      validation: !!c.validation,
      rules: model.conditionalRules.length,
    };
  };
  const kept: { value: unknown; note: string; format: string; bold: boolean; validation: boolean; rules: number } = {
    value: 42,
    note: 'keep me?',
    format: '0.00',
    bold: true,
    validation: true,
    rules: 1,
  };
  it.each<[string, (f: Full) => unknown, Partial<typeof kept>]>([
    ['Range.clear()', (f) => f.a1.clear(), { value: '', format: DEFAULT_NUMBER_FORMAT, bold: false, validation: false }],
    ['Range.clear({})', (f) => f.a1.clear({}), { value: '', format: DEFAULT_NUMBER_FORMAT, bold: false, validation: false }],
    ['Range.clear({ contentsOnly })', (f) => f.a1.clear({ contentsOnly: true }), { value: '' }],
    [
      'Range.clear({ formatOnly }): format takes data validation with it',
      (f) => f.a1.clear({ formatOnly: true }),
      { format: DEFAULT_NUMBER_FORMAT, bold: false, validation: false },
    ],
    ['Range.clear({ commentsOnly })', (f) => f.a1.clear({ commentsOnly: true }), { note: '' }],
    ['Range.clear({ validationsOnly })', (f) => f.a1.clear({ validationsOnly: true }), { validation: false }],
    ['Range.clearContent()', (f) => f.a1.clearContent(), { value: '' }],
    ['Range.clearFormat(): number formats stay', (f) => f.a1.clearFormat(), { bold: false }],
    ['Range.clearNote()', (f) => f.a1.clearNote(), { note: '' }],
    ['Range.clearDataValidations()', (f) => f.a1.clearDataValidations(), { validation: false }],
    ['Sheet.clear()', (f) => f.sheet.clear(), { value: '', format: DEFAULT_NUMBER_FORMAT, bold: false, validation: false, rules: 0 }],
    ['Sheet.clear({ contentsOnly })', (f) => f.sheet.clear({ contentsOnly: true }), { value: '' }],
    [
      'Sheet.clear({ formatOnly })',
      (f) => f.sheet.clear({ formatOnly: true }),
      { format: DEFAULT_NUMBER_FORMAT, bold: false, validation: false, rules: 0 },
    ],
    ['Sheet.clearContents()', (f) => f.sheet.clearContents(), { value: '' }],
    [
      'Sheet.clearFormats(): conditional formatting too',
      (f) => f.sheet.clearFormats(),
      { format: DEFAULT_NUMBER_FORMAT, bold: false, validation: false, rules: 0 },
    ],
    ['Sheet.clearNotes()', (f) => f.sheet.clearNotes(), { note: '' }],
  ])('%s', (_, clear, cleared) => {
    const f = full();
    expect(left(f)).toEqual(kept);
    clear(f);
    expect(left(f)).toEqual({ ...kept, ...cleared });
  });
});

describe('the harness runs a bundle as Apps Script would', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-bundle-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'America/New_York' }));
  writeFileSync(
    join(dir, 'Code.js'),
    [
      '"use strict";',
      'var Probe = (() => ({ read: () => SpreadsheetApp.getActive().getRange("A1:A2").getValues() }))();',
      'function today() { return [Date.now(), new Date().getTime(), new Date(2020, 0, 1).getFullYear()]; }',
      'function isDate() { return Probe.read()[1][0] instanceof Date; }',
      'function fails() { try { SpreadsheetApp.getActive().getRange("ZZZ1"); } catch (e) { return e instanceof Error && e.message; } }',
      'function zone() { return Session.getScriptTimeZone(); }',
    ].join('\n'),
  );
  const run = (now?: Date) => loadAddon({ bundlePath: join(dir, 'Code.js'), now, sheets: { Sheet1: [['Due'], ['2026-03-02']] } });

  it('sees declarations before the body runs, and the body after', () => {
    const addon = run();
    expect(addon.globalsBeforeRun).toEqual({
      Probe: 'undefined',
      today: 'function',
      isDate: 'function',
      fails: 'function',
      zone: 'function',
    });
    expect(addon.globalsAfterRun.Probe).toBe('object');
  });

  it('fixes the clock inside the script when given `now`', () => {
    const now = utc('2026-03-02T15:00:00Z');
    expect(run(now).call('today')).toEqual([now.getTime(), now.getTime(), 2020]);
  });

  it.each([
    ['dates from getValues are Dates of the script', 'isDate', true],
    ["the fakes' errors are Errors of the script", 'fails', 'The coordinates of the range are outside the dimensions of the sheet.'],
    ["Session answers appsscript.json's time zone", 'zone', 'America/New_York'],
  ])('%s', (_, name, result) => {
    expect(run().call(name)).toEqual(result);
  });

  it('names a missing global clearly', () => {
    expect(() => run().call('nope')).toThrow('Code.js has no global function nope');
  });

  it('runs each load in a fresh context', () => {
    const a = run();
    const b = run();
    expect(a.context).not.toBe(b.context);
    expect(vm.isContext(a.context)).toBe(true);
  });
});

describe('the Advanced Sheets service answers as the Sheets API does', () => {
  const FIELDS = 'properties.title,sheets.data.rowData.values(effectiveValue,formattedValue,effectiveFormat.numberFormat.type)';
  const team = () => {
    const book = new FakeSpreadsheet('Australia/Sydney', {
      Plans: [['Key', '', 'Due'], [], ['a', 'TRUE', '2026-10-01'], ['=NOPE()', '12']],
      Roster: [['Name']],
    });
    book.name = 'Payments team';
    return book;
  };
  const api = (options: { sheetsService?: boolean } = { sheetsService: true }) =>
    createFakes({ ...options, spreadsheets: { 'team-id': team() } });

  it("gives only the fields asked for: the title, and a sheet's cells up to each row's last value", () => {
    const { globals, calls } = api();
    const got = globals.Sheets!.Spreadsheets.get('team-id', { ranges: ["'Plans'"], fields: FIELDS });
    expect(got).toEqual({
      properties: { title: 'Payments team' },
      sheets: [
        {
          data: [
            {
              rowData: [
                {
                  values: [
                    { effectiveValue: { stringValue: 'Key' }, formattedValue: 'Key' },
                    {},
                    { effectiveValue: { stringValue: 'Due' }, formattedValue: 'Due' },
                  ],
                },
                {},
                {
                  values: [
                    { effectiveValue: { stringValue: 'a' }, formattedValue: 'a' },
                    { effectiveValue: { boolValue: true }, formattedValue: 'TRUE' },
                    // A date is the serial number of its day in the spreadsheet's zone, told apart by its format.
                    {
                      effectiveValue: { numberValue: 46296 },
                      formattedValue: '2026-10-01',
                      effectiveFormat: { numberFormat: { type: 'DATE' } },
                    },
                  ],
                },
                {
                  values: [
                    { effectiveValue: { errorValue: { type: 'NAME', message: 'Unknown function in =NOPE()' } }, formattedValue: '#NAME?' },
                    { effectiveValue: { numberValue: 12 }, formattedValue: '12' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(globals.Sheets!.Spreadsheets.get('team-id', { fields: 'properties.title' })).toEqual({ properties: { title: 'Payments team' } });
    expect(calls.byMethod()).toEqual({ 'SheetsApi.get': 2 });
    expect(calls.spreadsheetService()).toBe(2);
  });

  it.each([
    ['a sheet that is not there', 'team-id', { ranges: ["'Plans 2'"], fields: FIELDS }, "Unable to parse range: 'Plans 2'"],
    ['a spreadsheet not shared with the user', 'other-id', { fields: FIELDS }, 'The caller does not have permission'],
    ['a field mask it cannot read', 'team-id', { fields: 'properties.(title' }, 'Invalid field selection properties.(title'],
  ])("refuses %s in Apps Script's words", (_what, id, options, why) => {
    const { globals } = api();
    expect(() => globals.Sheets!.Spreadsheets.get(id, options)).toThrow(
      `GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: ${why}`,
    );
  });

  it('is there only when the manifest enables it', () => {
    expect(api({}).globals.Sheets).toBeUndefined();
  });
});
