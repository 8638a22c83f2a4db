import type { Framework } from './framework/types';
import { planChanges, type CellUpdate, type ChangeFacts, type PathChange } from './plan-changes';
import { keyIdentity, personOf, type PlansTable } from './plans-table';
import type { PlanRow } from './types';

/** Someone with rows in the plans table who is no longer on the roster; their rows are kept. */
export interface LeftPerson {
  email: string;
  person: string;
  rows: number;
}

/**
 * What a refresh needs to know of an existing row: its Key, Email, Step text, Path and Status, and for a few rows
 * their Due and Notes (see PlanChanges' unread); the name too, for reports.
 */
export type RowFacts = Pick<PlanRow, 'key' | 'email' | 'step'> & ChangeFacts & { person?: string };

/** New rows that go in one place: right after the existing row at index `after`, or at the end of the table. */
export interface Insertion {
  after: number | 'end';
  rows: PlanRow[];
}

/** Where a refresh puts its new rows, decided from keys, people and steps alone. */
export interface Placement {
  /** Top to bottom: ascending `after`, then 'end'. */
  insertions: Insertion[];
  /** How many generated rows were new and added. */
  added: number;
  /** Generated rows not added because a row with an empty Key has their person and step. */
  matchedByStep: number;
  left: LeftPerson[];
  /** Keys found more than once in the existing table (kept as they are; never added again). */
  duplicateKeys: string[];
  /** The one change made to existing rows (contract section 9): untouched steps of an earlier path closed. */
  updates: CellUpdate[];
  /** People whose path changed: what was closed, what is still open, for the report. */
  pathChanges: PathChange[];
  /** Existing rows whose Due or Notes the result depends on but the facts left out: read them and place again. */
  unread: { due: number[]; notes: number[] };
}

export interface RefreshResult extends Placement {
  table: PlansTable;
}

// Keys compare as the people and steps they name: `Ana@Bücher.de#x` and `ana@xn--bcher-kva.de#x` are one row.
const keyOf = (row: Pick<PlanRow, 'key'>) => keyIdentity(row.key);
const stepText = (step: string) => step.trim().replace(/\s+/g, ' ').toLowerCase();
// personOf reads only the Email and the Key, which every RowFacts has.
const whose = (row: RowFacts) => personOf(row as PlanRow);
const personStep = (row: RowFacts) => `${whose(row)}\n${stepText(row.step)}`;

/**
 * Where regenerated rows go in an existing table (contract section 2): a generated row whose Key is there, or whose
 * person and Step text match a row with an empty Key (a Key someone blanked), is not added; new steps of a known
 * person follow that person's last row; new people go at the end. Existing rows are never moved, and changed only
 * as contract section 9 says (`updates`); `generated` is the roster's plan made on `today`, with `framework` where
 * one made it (its new paths and steps are then read as Trellis's own: see planChanges).
 */
export function placeNewRows(
  existing: readonly RowFacts[],
  generated: readonly PlanRow[],
  today: string,
  framework?: Framework,
): Placement {
  const changes = planChanges(existing, generated, today, framework);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const lastRowOf = new Map<string, number>();
  const keyless = new Map<string, number>();
  existing.forEach((row, index) => {
    const key = keyOf(row);
    if (key) {
      if (seen.has(key)) duplicates.add(key);
      seen.add(key);
    }
    const person = whose(row);
    if (!person) return;
    lastRowOf.set(person, index);
    if (!key) keyless.set(personStep(row), (keyless.get(personStep(row)) ?? 0) + 1);
  });

  const byPlace = new Map<number | 'end', PlanRow[]>();
  let added = 0;
  let matchedByStep = 0;
  for (const row of changes.generated) {
    const key = keyOf(row);
    if (seen.has(key)) continue;
    seen.add(key);
    // Most tables have no blanked Key: then no generated row needs its person-and-step text worked out.
    const match = keyless.size > 0 ? (keyless.get(personStep(row)) ?? 0) : 0;
    if (match > 0) {
      keyless.set(personStep(row), match - 1);
      matchedByStep++;
      continue;
    }
    added++;
    const place = lastRowOf.get(personOf(row)) ?? 'end';
    const list = byPlace.get(place);
    if (list) list.push(row);
    else byPlace.set(place, [row]);
  }
  const insertions = [...byPlace].map(([after, rows]) => ({ after, rows }));
  insertions.sort((a, b) => (a.after === 'end' ? 1 : b.after === 'end' ? -1 : a.after - b.after));

  const { updates, pathChanges, unread } = changes;
  const left = leftPeople(existing, generated);
  return { insertions, added, matchedByStep, left, duplicateKeys: [...duplicates], updates, pathChanges, unread };
}

function leftPeople(existing: readonly RowFacts[], generated: readonly PlanRow[]): LeftPerson[] {
  const onRoster = new Set(generated.map(personOf));
  const left = new Map<string, LeftPerson>();
  for (const row of existing) {
    const email = whose(row);
    if (!email || onRoster.has(email)) continue;
    const entry = left.get(email) ?? { email, person: row.person ?? '', rows: 0 };
    entry.rows++;
    left.set(email, entry);
  }
  return [...left.values()];
}

/** Existing rows with each insertion's rows laid in after the row it names (or at the end). */
export function spliceInsertions<T>(rows: readonly T[], insertions: readonly { after: number | 'end'; rows: readonly T[] }[]): T[] {
  const after = new Map(insertions.map((i) => [i.after, i.rows]));
  const out: T[] = [];
  // One push per row: spreading a place's rows into push() overflows the stack past about 100,000 of them.
  const add = (list: readonly T[] | undefined) => {
    for (const row of list ?? []) out.push(row);
  };
  rows.forEach((row, index) => {
    out.push(row);
    add(after.get(index));
  });
  add(after.get('end'));
  return out;
}

/**
 * Regenerates into an existing plans table without losing anything (contract sections 2 and 9): placeNewRows decides,
 * and the table is the existing rows, the updated ones with their new Status and Notes, with the insertions spliced
 * in. New rows get blank cells in columns a user added.
 */
export function refreshPlans(existing: PlansTable, generated: readonly PlanRow[], today: string, framework?: Framework): RefreshResult {
  const placement = placeNewRows(existing.rows, generated, today, framework);
  const rows = [...existing.rows];
  for (const { index, status, notes } of placement.updates) rows[index] = { ...rows[index]!, status, notes };
  const blankExtra = existing.extraHeaders.map(() => '');
  const insertions =
    blankExtra.length === 0
      ? placement.insertions
      : placement.insertions.map((i) => ({ after: i.after, rows: i.rows.map((row) => ({ ...row, extra: [...blankExtra] })) }));
  return {
    ...placement,
    insertions,
    table: { rows: spliceInsertions(rows, insertions), extraHeaders: existing.extraHeaders },
  };
}
