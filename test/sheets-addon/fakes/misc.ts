/// <reference types="google-apps-script" />
// LockService (document lock only), Session, Utilities, Logger and console.
import { isDate } from './cells';
import type { Env } from './env';
import { formatJavaDate } from './zone';

/** What waitLock throws when another execution keeps the lock past the timeout (the message Apps Script gives). */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

// Lock (https://developers.google.com/apps-script/reference/lock/lock): tryLock "returns false" when the lock could
// not be acquired in time; waitLock is the same "except that it throws an exception ... instead of returning false".
class GasLock implements Pick<GoogleAppsScript.Lock.Lock, 'waitLock' | 'tryLock' | 'releaseLock' | 'hasLock'> {
  private flushesAtAcquire = 0;
  constructor(private env: Env) {}
  /** Takes the lock, or says false when another execution holds it (LockRecord.busy). */
  private acquire(): boolean {
    const { lock } = this.env;
    if (lock.busy && !lock.held) {
      lock.refusals += 1;
      return false;
    }
    lock.waits += 1;
    lock.held = true;
    this.flushesAtAcquire = this.env.flushes;
    return true;
  }
  waitLock(_timeoutInMillis: number) {
    if (!this.acquire()) throw new Error(LOCK_TIMEOUT);
  }
  tryLock(_timeoutInMillis: number) {
    return this.acquire();
  }
  releaseLock() {
    const { lock } = this.env;
    if (lock.held && this.env.flushes === this.flushesAtAcquire) lock.flushedBeforeRelease = false;
    lock.releases += 1;
    lock.held = false;
  }
  hasLock() {
    return this.env.lock.held;
  }
}

class GasLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'> {
  constructor(private env: Env) {}
  getDocumentLock() {
    return this.env.wrap(new GasLock(this.env), 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
  }
}

// Quotas (developers.google.com/apps-script/guides/services/quotas): 9 KB a value, 500 KB a property store.
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

type PropertyMethods = 'getProperty' | 'getProperties' | 'setProperty' | 'setProperties' | 'deleteProperty' | 'getKeys';

/** One property store (the document's), with Apps Script's size limits. */
class GasProperties implements Pick<GoogleAppsScript.Properties.Properties, PropertyMethods> {
  constructor(private env: Env) {}
  private get store() {
    return this.env.documentProperties;
  }
  private put(entries: Record<string, string>): void {
    const next = { ...this.store, ...Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, String(v)])) };
    for (const [key, value] of Object.entries(next)) {
      if (key.length + value.length > VALUE_LIMIT) throw new Error(`Argument too large: value`);
    }
    if (Object.entries(next).reduce((n, [k, v]) => n + k.length + v.length, 0) > STORE_LIMIT) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    Object.assign(this.store, next);
  }
  getProperty(key: string) {
    return this.store[key] ?? null;
  }
  getProperties() {
    return { ...this.store };
  }
  getKeys() {
    return Object.keys(this.store);
  }
  setProperty(key: string, value: string) {
    this.put({ [key]: value });
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean) {
    if (deleteAllOthers) for (const key of Object.keys(this.store)) delete this.store[key];
    this.put(properties);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string) {
    delete this.store[key];
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

class GasPropertiesService implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties'> {
  constructor(private env: Env) {}
  getDocumentProperties() {
    return this.env.wrap(new GasProperties(this.env), 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
  }
}

class GasSession implements Pick<GoogleAppsScript.Base.Session, 'getScriptTimeZone' | 'getActiveUserLocale'> {
  constructor(private env: Env) {}
  getScriptTimeZone() {
    return this.env.scriptTimeZone;
  }
  getActiveUserLocale() {
    return 'en';
  }
}

class GasUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'base64Encode' | 'sleep'> {
  readonly Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' }) as never;
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string) {
    if (!isDate(date)) throw new Error('Utilities.formatDate: the first argument must be a Date.');
    return formatJavaDate(date.getTime(), timeZone, format);
  }
  base64Encode(data: string | number[]) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
    return bytes.toString('base64');
  }
  constructor(private env: Env) {}
  sleep(milliseconds: number) {
    this.env.sleptMs += Math.max(0, Number(milliseconds) || 0);
  }
}

class GasLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  constructor(private env: Env) {}
  log(format: unknown, ...values: unknown[]) {
    let i = 0;
    const text = values.length ? String(format).replace(/%s|%d/g, () => String(values[i++])) : String(format);
    this.env.logs.push(text);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  getLog() {
    return this.env.logs.join('\n');
  }
  clear() {
    this.env.logs.length = 0;
  }
}

/** ScriptApp's time-driven triggers, as HR's roll-up makes them: newTrigger(f).timeBased().everyMinutes(n).create(). */
class GasScriptApp {
  constructor(private env: Env) {}
  newTrigger(handler: string) {
    const env = this.env;
    return {
      timeBased: () => ({
        everyMinutes: (everyMinutes: number) => ({
          create: () => {
            const trigger = { handler, everyMinutes };
            env.triggers.push(trigger);
            return trigger;
          },
        }),
      }),
    };
  }
  getProjectTriggers() {
    return this.env.triggers.map((trigger) => ({ trigger, getHandlerFunction: () => trigger.handler }));
  }
  deleteTrigger(handle: { trigger: unknown }) {
    const at = this.env.triggers.indexOf(handle.trigger as never);
    if (at >= 0) this.env.triggers.splice(at, 1);
  }
}

/** The service globals the bundle runs with, besides SpreadsheetApp and HtmlService. */
export function miscServices(env: Env) {
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      env.logs.push(`${level}: ${args.map(String).join(' ')}`);
    };
  return {
    LockService: env.wrap(new GasLockService(env), 'LockService'),
    PropertiesService: env.wrap(new GasPropertiesService(env), 'PropertiesService'),
    Session: env.wrap(new GasSession(env), 'Session'),
    Utilities: env.wrap(new GasUtilities(env), 'Utilities'),
    Logger: env.wrap(new GasLogger(env), 'Logger'),
    ScriptApp: env.wrap(new GasScriptApp(env), 'ScriptApp'),
    console: { log: record('log'), info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug') },
  };
}
