// Which ranges of a sheet the add-on reads and writes: every value, formula or note read or written, recorded from the
// fakes' Range methods, shared by the tests that check a refresh touches only what it must.
import { GasRange } from './fakes/range';

const RECORDED = ['getValues', 'getFormulas', 'getNotes', 'setValues', 'setNotes'] as const;
export type Access = `${(typeof RECORDED)[number]} ${string}`;

/** Records `method A1` for every read or write of a value, formula or note on the named sheet while `run` runs. */
export function recordAccess(sheetName: string, run: () => void): Access[] {
  const proto = GasRange.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = RECORDED.map((name) => [name, proto[name]!] as const);
  const seen: Access[] = [];
  for (const [name, original] of originals) {
    proto[name] = function (this: GasRange, ...args: unknown[]) {
      if (this.sheet.name === sheetName) seen.push(`${name} ${this.getA1Notation()}`);
      return original.apply(this, args);
    };
  }
  try {
    run();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return seen;
}
