// Every Apps Script object the add-on sees is a counting proxy: batching is proven by these counts (issue 4).

/** The kinds whose calls are Spreadsheet service calls (the ones Google's batching advice is about). */
const SPREADSHEET_KINDS = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'DataValidationBuilder',
  'DataValidation',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
  'BooleanCondition',
  'GradientCondition',
  'Filter',
  'FilterCriteria',
  'FilterCriteriaBuilder',
  // The Advanced Sheets service's Spreadsheets (HR's roll-up reads team spreadsheets through it).
  'SheetsApi',
]);

// Names a test runner or `await` may probe on any object; every other missing name is a method the fake lacks.
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', '$$typeof', 'inspect']);

/** What Apps Script says when a run outlives its 6 minutes; the fakes throw it to cut a run short. */
export const CUT_SHORT = 'Exceeded maximum execution time';

/** Counts of service calls, per `Kind.method`. */
export class CallCounter {
  private counts = new Map<string, number>();
  /** Spreadsheet service calls since the fakes were made; never reset (the harness's clock may run on it). */
  spreadsheetCallsEver = 0;
  private cutAt: number | undefined;

  /**
   * From now on, Spreadsheet service calls after the first `calls` throw CUT_SHORT without doing anything, as when
   * the 6-minute limit or a closed tab ends a run; undefined lets every call through again.
   */
  cutAfter(calls: number | undefined): void {
    this.cutAt = calls === undefined ? undefined : this.spreadsheetCallsEver + calls;
  }

  add(key: string): void {
    if (SPREADSHEET_KINDS.has(key.slice(0, key.indexOf('.')))) {
      if (this.cutAt !== undefined && this.spreadsheetCallsEver >= this.cutAt) throw new Error(CUT_SHORT);
      this.spreadsheetCallsEver += 1;
    }
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  spreadsheetService(): number {
    let n = 0;
    for (const [k, v] of this.counts) if (SPREADSHEET_KINDS.has(k.slice(0, k.indexOf('.')))) n += v;
    return n;
  }
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
  reset(): void {
    this.counts.clear();
  }
}

/** Turns a host Error thrown by a fake into one of the script's realm, so `e instanceof Error` holds in the bundle. */
export type ErrorMapper = (error: unknown) => unknown;

/**
 * Wraps a fake so each method call counts as `kind.method`, a method returning the fake itself returns the proxy
 * (chaining stays counted), and a method the fake lacks fails loudly instead of reading as `undefined`.
 */
export function counted<T extends object>(target: T, kind: string, counter: CallCounter, mapError: ErrorMapper): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || PROBES.has(prop)) return Reflect.get(obj, prop, receiver);
      if (!(prop in obj)) {
        throw mapError(new Error(`the fake ${kind} has no "${prop}" (test/sheets-addon/fakes): add it if the add-on needs it`));
      }
      const value = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      return function (this: unknown, ...args: unknown[]) {
        try {
          counter.add(`${kind}.${prop}`);
          const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
          return result === obj ? proxy : result;
        } catch (error) {
          throw mapError(error);
        }
      };
    },
  });
  return proxy;
}
