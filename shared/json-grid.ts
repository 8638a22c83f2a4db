// The JSON form of a table (contract section 5): an array of objects keyed by the column headers.

type Item = Readonly<Record<string, unknown>>;

/** A grid (header first) as objects keyed by header; a missing cell is ''. */
export function gridToObjects(grid: readonly (readonly string[])[]): Record<string, string>[] {
  const [header = [], ...rows] = grid;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** Every key any object has, in order of first appearance: the grid's header. */
export function headersOf(items: readonly Item[]): string[] {
  return [...new Set(items.flatMap((item) => Object.keys(item)))];
}

/** Objects as a grid under `headers` (their keys by default); a missing or null value is ''. */
export function objectsToGrid(items: readonly Item[], headers: readonly string[] = headersOf(items)): unknown[][] {
  return [[...headers], ...items.map((item) => headers.map((h) => item[h] ?? ''))];
}
