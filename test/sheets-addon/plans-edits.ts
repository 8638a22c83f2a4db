// Edits to a Plans sheet straight into the fakes (uncounted), shared by the add-on's tests and its benchmark.
import type { FakeSheet } from './fakes';
import { P } from './team';

/**
 * Takes each person's last row out of Plans and closes the gaps, values, formulas and notes alike, as if the step
 * template had had one step fewer: the next refresh adds one step for every person, each right after that person's
 * rows, so rows move from near the top of the sheet down.
 */
export function dropEveryonesLastStep(plans: FakeSheet): void {
  const { values, formulas, notes } = plans;
  const email = (r: number) => String(values[r]?.[P('Email')] ?? '').toLowerCase();
  const keep = values.map((_, r) => r === 0 || email(r) === '' || email(r) === email(r + 1));
  const rows = values.map((_, r) => r).filter((r) => keep[r]);
  for (let r = 0; r < values.length; r++) {
    const from = rows[r];
    for (let c = 0; c < values[0]!.length; c++) {
      plans.cells.set(r, c, from === undefined ? '' : values[from]![c]);
      plans.formulaGrid.set(r, c, from === undefined ? '' : formulas[from]![c]!);
      plans.noteGrid.set(r, c, from === undefined ? '' : notes[from]![c]!);
    }
  }
}
