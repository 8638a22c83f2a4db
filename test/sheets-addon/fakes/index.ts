// Fakes of the Apps Script services the add-on uses, typed against @types/google-apps-script, counting every call.
import { createEnv, toRealmError, type Env, type Realm } from './env';
import { htmlService } from './html';
import { miscServices } from './misc';
import { FakeSpreadsheet } from './model';
import { sheetsService } from './sheets-api';
import { spreadsheetApp } from './spreadsheet';
import { FakeUi } from './ui';

export { CallCounter, CUT_SHORT } from './counter';
export { DATE_TIME_FORMAT, DEFAULT_NUMBER_FORMAT, displayValue, typeIn } from './cells';
export { FakeSheet, FakeSpreadsheet, type FormatRule, type GradientPoint, type ValidationRule } from './model';
export { FakeUi, type MenuRecord, type ShownHtml } from './ui';
export { formatJavaDate, zonedDay, zonedMidnight } from './zone';
export type { Env, FakeTrigger, LockRecord, Realm } from './env';
export { NO_ACCESS } from './spreadsheet';
export { NO_PERMISSION } from './sheets-api';
export { LOCK_TIMEOUT } from './misc';

export interface FakeOptions {
  /** The spreadsheet's time zone (File > Settings); 'Etc/UTC' unless given. */
  timeZone?: string;
  /** The script's time zone (appsscript.json), what Session.getScriptTimeZone answers. */
  scriptTimeZone?: string;
  /** Sheets to start with, typed in as a person would; one empty 'Sheet1' unless given. */
  sheets?: Record<string, unknown[][]>;
  /** Where createHtmlOutputFromFile finds NAME.html (the built dist/). */
  htmlDir?: string;
  realm?: Realm;
  compile?: Env['compile'];
  /** Another execution holds the document lock: waitLock times out, tryLock says false (see LockRecord.busy). */
  lockBusy?: boolean;
  /** Other spreadsheets openById can open, by id (HR's roll-up); any other id throws as Apps Script does without access. */
  spreadsheets?: Record<string, FakeSpreadsheet>;
  /** The manifest enables the Advanced Sheets service: the global `Sheets` is there (else undefined, as in Apps Script). */
  sheetsService?: boolean;
}

/** A fresh spreadsheet with its services: `globals` go into the script's global scope, the rest is for asserting. */
export function createFakes(options: FakeOptions = {}) {
  const book = new FakeSpreadsheet(options.timeZone ?? 'Etc/UTC', options.sheets);
  const ui = new FakeUi();
  const env = createEnv(
    {
      book,
      ui,
      realm: options.realm ?? { Date, Error },
      scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
      htmlDir: options.htmlDir ?? '.',
      // eslint-disable-next-line no-new-func -- templates are code by design; the harness compiles them in the script's realm
      compile: options.compile ?? ((source) => new Function(`return ${source}`)() as (...args: unknown[]) => unknown),
    },
    { lockBusy: options.lockBusy },
  );
  for (const [id, book] of Object.entries(options.spreadsheets ?? {})) env.spreadsheets.set(id, book);
  ui.attach(env.counter, (e) => toRealmError(e, env.realm));
  const globals = {
    SpreadsheetApp: spreadsheetApp(env),
    HtmlService: htmlService(env),
    ...miscServices(env),
    ...(options.sheetsService ? { Sheets: sheetsService(env) } : {}),
  };
  return { globals, spreadsheet: book, ui, env, lock: env.lock, calls: env.counter, logs: env.logs };
}
