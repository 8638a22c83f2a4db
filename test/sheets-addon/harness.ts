// Loads the built add-on (sheets-addon/dist/Code.js) with node:vm into a fresh context holding the fake Apps Script
// services, the way Apps Script runs it: one global scope, menu items and google.script.run calling globals by name.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildAddon } from '../../scripts/build-addon';
import { createFakes, type CallCounter, type FakeSpreadsheet, type FakeTrigger, type FakeUi, type LockRecord, type Realm } from './fakes';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(REPO, 'sheets-addon', 'dist');
export const BUNDLE = join(DIST, 'Code.js');

export interface AddonRun {
  /** Calls a global function of the bundle (as a menu click or google.script.run would), returning its result. */
  call(name: string, ...args: unknown[]): unknown;
  /** typeof each top-level name of the bundle (its functions and `var`s), read BEFORE the bundle's body has run. */
  globalsBeforeRun: Record<string, string>;
  /** The same names, read after the bundle has run. */
  globalsAfterRun: Record<string, string>;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  lock: LockRecord;
  /** The fakes' call counter; `calls.cutAfter(n)` cuts the run short after n more Spreadsheet service calls. */
  calls: CallCounter;
  /** The document's property store (PropertiesService.getDocumentProperties()). */
  properties: Record<string, string>;
  /** The project's triggers (ScriptApp). */
  triggers: FakeTrigger[];
  /** Logger.log and console.* lines of the script. */
  logs: string[];
  /** The vm context: the bundle's global scope. */
  context: vm.Context;
}

export interface LoadOptions {
  /** The spreadsheet's time zone; 'Etc/UTC' unless given. */
  timeZone?: string;
  /** What Date.now() and `new Date()` give inside the script; the real clock unless given. */
  now?: Date;
  /** With `now`: the script's clock moves on this many ms with every Spreadsheet service call (0 unless given), and by
   *  what the script sleeps (Utilities.sleep). */
  msPerCall?: number;
  /** Sheets to start with, typed in as a person would (strings become numbers, dates…); one empty Sheet1 unless given. */
  sheets?: Record<string, unknown[][]>;
  /** A Code.js other than the built one (its folder holds the HTML files and appsscript.json). */
  bundlePath?: string;
  /** Another execution holds the document lock: waitLock times out as in Apps Script, tryLock says false.
   *  `run.lock.busy` turns it on or off later. */
  lockBusy?: boolean;
  /** Other spreadsheets SpreadsheetApp.openById and the Advanced Sheets service open, by id; any other id is one the
   *  user cannot open. */
  spreadsheets?: Record<string, FakeSpreadsheet>;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    newest = Math.max(newest, statSync(join(dir, entry)).mtimeMs);
  }
  return newest;
}

let checked = false;
/** Builds dist/ when Code.js is missing or older than what it is built from (once per test process). */
export function ensureBuilt(): void {
  if (checked) return;
  const inputs = Math.max(
    newestSource(join(REPO, 'sheets-addon', 'src')),
    newestSource(join(REPO, 'shared')),
    statSync(join(REPO, 'sheets-addon', 'appsscript.json')).mtimeMs,
    statSync(join(REPO, 'scripts', 'build-addon.ts')).mtimeMs,
  );
  let built = 0;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    // not built yet
  }
  if (built < inputs) buildAddon(REPO);
  checked = true;
}

const sources = new Map<string, { mtime: number; code: string }>();
function readBundle(path: string): string {
  const mtime = statSync(path).mtimeMs;
  const cached = sources.get(path);
  if (cached?.mtime === mtime) return cached.code;
  const code = readFileSync(path, 'utf8');
  sources.set(path, { mtime, code });
  return code;
}

/** The bundle's top-level names: function declarations and `var`s that start a line. */
export function topLevelNames(code: string): string[] {
  const names = [...code.matchAll(/^(?:function\s+([A-Za-z_$][\w$]*)\s*\(|var\s+([A-Za-z_$][\w$]*))/gm)].map((m) => m[1] ?? m[2]!);
  return [...new Set(names)];
}

/** A Date whose no-argument form and Date.now() read `clock()`; `instanceof Date` still holds for every Date. */
const FIXED_CLOCK = `(function (clock) {
  var RealDate = globalThis.Date;
  function FixedDate() {
    if (!new.target) return new RealDate(clock()).toString();
    return Reflect.construct(RealDate, arguments.length ? arguments : [clock()], new.target);
  }
  FixedDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(FixedDate, RealDate);
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FixedDate, writable: true, configurable: true });
  FixedDate.now = function () { return clock(); };
  globalThis.Date = FixedDate;
})`;

/** Loads the bundle into a fresh context with fresh fakes. */
export function loadAddon(options: LoadOptions = {}): AddonRun {
  const bundlePath = options.bundlePath ?? BUNDLE;
  if (!options.bundlePath) ensureBuilt();
  const code = readBundle(bundlePath);
  const dir = dirname(bundlePath);
  const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as {
    timeZone?: string;
    dependencies?: { enabledAdvancedServices?: { userSymbol?: string; serviceId?: string; version?: string }[] };
  };
  // Apps Script defines an advanced service's global only when the manifest enables it.
  const sheetsService = (manifest.dependencies?.enabledAdvancedServices ?? []).some(
    (s) => s.userSymbol === 'Sheets' && s.serviceId === 'sheets' && s.version === 'v4',
  );

  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Error })', context) as Realm;
  const fakes = createFakes({
    timeZone: options.timeZone,
    scriptTimeZone: manifest.timeZone ?? 'Etc/UTC',
    sheets: options.sheets,
    lockBusy: options.lockBusy,
    spreadsheets: options.spreadsheets,
    sheetsService,
    htmlDir: dir,
    realm,
    compile: (source) => vm.runInContext(source, context) as (...args: unknown[]) => unknown,
  });
  Object.assign(context, fakes.globals);
  if (options.now) {
    const start = options.now.getTime();
    const perCall = options.msPerCall ?? 0;
    (vm.runInContext(FIXED_CLOCK, context) as (clock: () => number) => void)(
      () => start + perCall * fakes.calls.spreadsheetCallsEver + fakes.env.sleptMs,
    );
  }

  // The probe is the first statement after the "use strict" prologue, on the same line, so line numbers hold.
  const names = topLevelNames(code);
  const probe = `globalThis.__trellisBefore = { ${names.map((n) => `${JSON.stringify(n)}: typeof ${n}`).join(', ')} };`;
  const strict = /^"use strict";$/m;
  const probed = strict.test(code) ? code.replace(strict, (s) => `${s} ${probe}`) : `${probe} ${code}`;
  new vm.Script(probed, { filename: bundlePath }).runInContext(context);
  const globalsBeforeRun = { ...(context.__trellisBefore as Record<string, string>) };
  delete context.__trellisBefore;
  const globalsAfterRun = Object.fromEntries(names.map((n) => [n, typeof context[n]]));

  return {
    call(name, ...args) {
      const fn: unknown = context[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name} (it has ${typeof fn})`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    globalsBeforeRun,
    globalsAfterRun,
    spreadsheet: fakes.spreadsheet,
    ui: fakes.ui,
    lock: fakes.lock,
    calls: fakes.calls,
    properties: fakes.env.documentProperties,
    triggers: fakes.env.triggers,
    logs: fakes.logs,
    context,
  };
}
