// The example career framework (examples/framework) is valid data as contract section 12 describes it: read here on
// its own, so the example is checked whatever reads it in the product.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CLOSING, OPENING, PATHS } from '../../shared/paths/templates';
import { pathOfCell } from '../../shared/plan-rounds';

const FOLDER = join(__dirname, '../../examples/framework');

/** A CSV file of the example as objects keyed by header, with its header row. */
function table(name: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(FOLDER, name), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Titles as a roster Role is compared with them: case, punctuation and Roman numerals (to V) ignored. */
const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5' };
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => ROMAN[w] ?? w)
    .join(' ');

/** The first of each value's repeats, as `value (row N and row M)`: [] when every value is once. */
function repeats(values: readonly string[]): string[] {
  const first = new Map<string, number>();
  return values.flatMap((value, i) => {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i + 2);
    return seen === undefined ? [] : [`${value} (row ${seen} and row ${i + 2})`];
  });
}

describe('examples/framework/levels.csv', () => {
  const { header, rows } = table('levels.csv');

  it('has exactly the Levels headers', () => {
    expect(header).toEqual(['Track', 'Level', 'Title', 'Also known as', 'Expectations']);
  });

  it('has an Engineering track of five levels and a Data track, each counting from 1', () => {
    const levels = (track: string) => rows.filter((r) => r.Track === track).map((r) => r.Level);
    expect(levels('Engineering')).toEqual(['1', '2', '3', '4', '5']);
    expect(levels('Data')).toEqual(['1', '2', '3', '4']);
    expect(rows.every((r) => ['Engineering', 'Data'].includes(r.Track!))).toBe(true);
  });

  it('has each Track + Level once, and each title or alias naming one level only', () => {
    expect(repeats(rows.map((r) => `${r.Track} ${r.Level}`))).toEqual([]);
    const names = rows.flatMap((r) => [r.Title!, ...r['Also known as']!.split(';')].map((n) => titleKey(n)).filter(Boolean));
    expect(repeats(names)).toEqual([]);
  });

  it('writes the expectations of every level on the five axes, in order, one sentence each', () => {
    for (const r of rows) {
      expect(r.Title, `row of ${r.Track} ${r.Level}`).not.toBe('');
      expect(r.Expectations).toMatch(/^Technology: [^:]+\. System: [^:]+\. People: [^:]+\. Process: [^:]+\. Influence: [^:]+\.$/);
    }
  });
});

describe('examples/framework/steps.csv', () => {
  const { header, rows } = table('steps.csv');
  const builtInIds = (path: string) => {
    const id = pathOfCell(path || 'undecided');
    return [...OPENING, ...(id ? PATHS[id].steps : []), ...CLOSING].map((s) => s.id);
  };

  it('has exactly the Steps headers', () => {
    expect(header).toEqual(['Path', 'Step id', 'Step', 'Owner role', 'Offset days', 'Why', 'Done when', 'Replaces']);
  });

  it('has each Step id once in its path, in kebab-case', () => {
    expect(repeats(rows.map((r) => `${r.Path!.toLowerCase()}#${r['Step id']}`))).toEqual([]);
    for (const r of rows) expect(r['Step id']).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every step a text, an Employee or Manager owner and a whole number of days from 0', () => {
    for (const r of rows) {
      expect(r.Step, r['Step id']).not.toBe('');
      expect(['Employee', 'Manager']).toContain(r['Owner role']);
      expect(r['Offset days']).toMatch(/^\d+$/);
    }
  });

  it('uses only the placeholders a plan fills in', () => {
    const used = rows.flatMap((r) => [r.Step!, r.Why!, r['Done when']!].flatMap((text) => text.match(/\{[^}]*\}/g) ?? []));
    expect(new Set(used)).toEqual(new Set(['{first}', '{manager}', '{target}', '{focus}']));
  });

  it('adds a step, replaces a built-in step the path has, and brings a path of its own', () => {
    const replaced = rows.filter((r) => r.Replaces !== '');
    expect(replaced.map((r) => [r.Path, r.Replaces])).toEqual([['Technical ladder', 'fund-technical-learning']]);
    for (const r of replaced) expect(builtInIds(r.Path!)).toContain(r.Replaces);
    expect(rows.some((r) => r.Replaces === '' && pathOfCell(r.Path!) !== undefined)).toBe(true);
    const own = rows.filter((r) => pathOfCell(r.Path!) === undefined);
    expect(new Set(own.map((r) => r.Path))).toEqual(new Set(['Data steward']));
    expect(own.length).toBeGreaterThanOrEqual(3);
  });
});
