import { personOf, type PlansTable } from './plans-table';
import type { PlanRow } from './types';

/** Someone with rows in the plans table who is no longer on the roster; their rows are kept. */
export interface LeftPerson {
  email: string;
  person: string;
  rows: number;
}

export interface RefreshResult {
  table: PlansTable;
  /** How many generated rows were new and added. */
  added: number;
  left: LeftPerson[];
  /** Keys found more than once in the existing table (kept as they are; never added again). */
  duplicateKeys: string[];
}

const keyOf = (row: PlanRow) => row.key.trim().toLowerCase();

/**
 * Regenerates into an existing plans table without losing anything (contract section 2): existing rows stay exactly
 * as they are and where they are; new steps of a known person follow that person's last row; new people go last.
 */
export function refreshPlans(existing: PlansTable, generated: readonly PlanRow[]): RefreshResult {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const lastRowOf = new Map<string, number>();
  existing.rows.forEach((row, index) => {
    const key = keyOf(row);
    if (key) {
      if (seen.has(key)) duplicates.add(key);
      seen.add(key);
    }
    const person = personOf(row);
    if (person) lastRowOf.set(person, index);
  });

  const blankExtra = existing.extraHeaders.length > 0 ? existing.extraHeaders.map(() => '') : undefined;
  const newByPerson = new Map<string, PlanRow[]>();
  let added = 0;
  for (const row of generated) {
    const key = keyOf(row);
    if (seen.has(key)) continue;
    seen.add(key);
    added++;
    const person = personOf(row);
    const list = newByPerson.get(person) ?? [];
    list.push(blankExtra ? { ...row, extra: [...blankExtra] } : row);
    newByPerson.set(person, list);
  }

  const afterRow = new Map<number, PlanRow[]>();
  for (const [person, rows] of newByPerson) {
    const last = lastRowOf.get(person);
    if (last !== undefined) {
      afterRow.set(last, rows);
      newByPerson.delete(person);
    }
  }
  const rows: PlanRow[] = [];
  existing.rows.forEach((row, index) => {
    rows.push(row);
    rows.push(...(afterRow.get(index) ?? []));
  });
  for (const list of newByPerson.values()) rows.push(...list);

  const onRoster = new Set(generated.map(personOf));
  const left = new Map<string, LeftPerson>();
  for (const row of existing.rows) {
    const email = personOf(row);
    if (!email || onRoster.has(email)) continue;
    const entry = left.get(email) ?? { email, person: row.person, rows: 0 };
    entry.rows++;
    left.set(email, entry);
  }

  return {
    table: { rows, extraHeaders: existing.extraHeaders },
    added,
    left: [...left.values()],
    duplicateKeys: [...duplicates],
  };
}
