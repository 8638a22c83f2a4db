/**
 * Cells moved and time spent inside the fakes' Range methods. The fakes count calls (test/sheets-addon/fakes); the
 * cost model also needs how many cells each call carries, and the vm's wall time includes the fakes' own work (typing
 * values in as Sheets would), which is not the script's. Only the benchmark patches GasRange, and only while metering.
 */
import { GasRange } from '../../test/sheets-addon/fakes/range';
import { GasSheet } from '../../test/sheets-addon/fakes/sheet';

/** Methods that carry one cell per cell of the range, in or out; range-wide setters (one value for all) carry one. */
const READS = [
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getNumberFormats',
  'getDataValidations',
  'getNotes',
  'getFontWeights',
  'getBackgrounds',
];
const WRITES = ['setValues', 'setFormulas', 'setNumberFormats', 'setDataValidations', 'setNotes', 'setFontWeights', 'setBackgrounds'];

export interface Meter {
  cellsRead: number;
  cellsWritten: number;
  /** Blank cells made by row insertion: rows inserted × the sheet's columns (cost.ts says why they are charged). */
  cellsInserted: number;
  /** ms spent inside any Range method of the fakes. */
  fakeMs: number;
}

export const meter: Meter = { cellsRead: 0, cellsWritten: 0, cellsInserted: 0, fakeMs: 0 };

export function resetMeter(): void {
  meter.cellsRead = 0;
  meter.cellsWritten = 0;
  meter.cellsInserted = 0;
  meter.fakeMs = 0;
}

type Method = (this: GasRange, ...args: unknown[]) => unknown;

const INSERTS = ['insertRowsAfter', 'insertRowsBefore'];

/** Counts the cells each row insertion makes, until the returned function is called. */
function meterInserts(): () => void {
  const proto = GasSheet.prototype as unknown as Record<string, (this: GasSheet, ...args: unknown[]) => unknown>;
  const originals = INSERTS.map((name) => [name, proto[name]!] as const);
  for (const [name, original] of originals) {
    proto[name] = function (this: GasSheet, ...args: unknown[]) {
      const start = process.hrtime.bigint();
      try {
        return original.apply(this, args);
      } finally {
        meter.fakeMs += Number(process.hrtime.bigint() - start) / 1e6;
        meter.cellsInserted += Number(args[1]) * this.model.maxColumns;
      }
    };
  }
  return () => {
    for (const [name, original] of originals) proto[name] = original;
  };
}

/**
 * Wraps every GasRange method, and the Sheet's row insertions, until the returned function is called; nested calls
 * (setValue → setValues) count once.
 */
export function startMetering(): () => void {
  const stopInserts = meterInserts();
  const proto = GasRange.prototype as unknown as Record<string, Method>;
  const originals = new Map<string, Method>();
  let depth = 0;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const original = proto[name];
    if (name === 'constructor' || typeof original !== 'function') continue;
    originals.set(name, original);
    const cells = READS.includes(name) ? 'cellsRead' : WRITES.includes(name) ? 'cellsWritten' : undefined;
    proto[name] = function (this: GasRange, ...args: unknown[]) {
      if (depth > 0) return original.apply(this, args);
      depth++;
      const start = process.hrtime.bigint();
      try {
        return original.apply(this, args);
      } finally {
        meter.fakeMs += Number(process.hrtime.bigint() - start) / 1e6;
        if (cells) meter[cells] += this.area.numRows * this.area.numCols;
        depth--;
      }
    };
  }
  return () => {
    for (const [name, original] of originals) proto[name] = original;
    stopInserts();
  };
}
