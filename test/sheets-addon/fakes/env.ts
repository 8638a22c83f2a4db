// What every fake shares: the spreadsheet, the recorders, the call counter, and the realm of the script under test.
import { CallCounter, counted } from './counter';
import type { FakeSpreadsheet } from './model';
import type { FakeUi } from './ui';

/** Constructors of the context the bundle runs in, so `instanceof Date` / `instanceof Error` hold there. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/** What the document lock saw. */
export interface LockRecord {
  /**
   * Another execution holds the document lock for as long as this is true: waitLock throws as Apps Script does
   * ("Lock timeout: …") and tryLock answers false. A test may set it at any time.
   */
  busy: boolean;
  /** Attempts to take the lock that failed because it was busy. */
  refusals: number;
  /** Times the lock was taken. */
  waits: number;
  releases: number;
  held: boolean;
  /** Whether every release came after a SpreadsheetApp.flush() made while the lock was held (reliability.md). */
  flushedBeforeRelease: boolean;
}

/** A time-driven trigger as ScriptApp.newTrigger(…).timeBased().everyMinutes(n).create() made it. */
export interface FakeTrigger {
  handler: string;
  everyMinutes: number;
}

export interface Env {
  book: FakeSpreadsheet;
  ui: FakeUi;
  lock: LockRecord;
  /** Flushes so far (SpreadsheetApp.flush). */
  flushes: number;
  /** Milliseconds the script has waited in Utilities.sleep (the harness's clock moves on by them). */
  sleptMs: number;
  /** Other spreadsheets SpreadsheetApp.openById/openByUrl opens, by id; any other id is one the user cannot open. */
  spreadsheets: Map<string, FakeSpreadsheet>;
  /** The project's triggers (ScriptApp), as created. */
  triggers: FakeTrigger[];
  /** PropertiesService.getDocumentProperties(), as stored. */
  documentProperties: Record<string, string>;
  logs: string[];
  counter: CallCounter;
  realm: Realm;
  scriptTimeZone: string;
  /** The built dist/ folder, where HtmlService finds its files. */
  htmlDir: string;
  /** Compiles a template function in the script's realm, so a template sees the script's globals. */
  compile: (source: string) => (...args: unknown[]) => unknown;
  wrap<T extends object>(target: T, kind: string): T;
  /** A host Date as the script's realm sees it. */
  date(ms: number): Date;
}

export function createEnv(
  parts: Omit<
    Env,
    'counter' | 'wrap' | 'date' | 'flushes' | 'sleptMs' | 'logs' | 'lock' | 'documentProperties' | 'spreadsheets' | 'triggers'
  >,
  options: { lockBusy?: boolean } = {},
): Env {
  const counter = new CallCounter();
  const { realm } = parts;
  const mapError = (error: unknown) => toRealmError(error, realm);
  return {
    ...parts,
    counter,
    flushes: 0,
    sleptMs: 0,
    documentProperties: {},
    spreadsheets: new Map(),
    triggers: [],
    logs: [],
    lock: { busy: options.lockBusy ?? false, refusals: 0, waits: 0, releases: 0, held: false, flushedBeforeRelease: true },
    wrap: (target, kind) => counted(target, kind, counter, mapError),
    date: (ms) => new realm.Date(ms),
  };
}

/** A host Error as an Error of the script's realm (same message); anything else unchanged. */
export function toRealmError(error: unknown, realm: Realm): unknown {
  const Host: ErrorConstructor = Error;
  if (!(error instanceof Host) || error instanceof (realm.Error as unknown as ErrorConstructor)) return error;
  return new realm.Error((error as Error).message);
}
