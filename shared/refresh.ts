import { keyIdentity, personOf, type PlansTable } from './plans-table';
import type { PlanRow } from './types';

/** Someone with rows in the plans table who is no longer on the roster; their rows are kept. */
export interface LeftPerson {
  email: string;
  person: string;
  rows: number;
}

/** What a refresh needs to know of an existing row: its Key, its Email, its Step text (and the name, for reports). */
export type RowFacts = Pick<PlanRow, 'key' | 'email' | 'step'> & { person?: string };

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
 * person follow that person's last row; new people go at the end. Existing rows are never moved or changed.
 */
export function placeNewRows(existing: readonly RowFacts[], generated: readonly PlanRow[]): Placement {
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
  for (const row of generated) {
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

  return { insertions, added, matchedByStep, left: leftPeople(existing, generated), duplicateKeys: [...duplicates] };
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
  rows.forEach((row, index) => {
    out.push(row, ...(after.get(index) ?? []));
  });
  out.push(...(after.get('end') ?? []));
  return out;
}

/**
 * Regenerates into an existing plans table without losing anything (contract section 2): placeNewRows decides, and
 * the table is the existing rows with the insertions spliced in. New rows get blank cells in columns a user added.
 */
export function refreshPlans(existing: PlansTable, generated: readonly PlanRow[]): RefreshResult {
  const placement = placeNewRows(existing.rows, generated);
  const blankExtra = existing.extraHeaders.map(() => '');
  const insertions =
    blankExtra.length === 0
      ? placement.insertions
      : placement.insertions.map((i) => ({ after: i.after, rows: i.rows.map((row) => ({ ...row, extra: [...blankExtra] })) }));
  return {
    ...placement,
    insertions,
    table: { rows: spliceInsertions(existing.rows, insertions), extraHeaders: existing.extraHeaders },
  };
}
