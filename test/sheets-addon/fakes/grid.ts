/** A sparse 2-D grid (0-based) with a default for cells never set: a 100,000-row sheet costs only its used rows. */
export class Grid<T> {
  private rows: (T[] | undefined)[] = [];
  /** Rows ever given cells (an upper bound of the rows stored): 0 lets a scan of a never-used grid stop at once. */
  private allocated = 0;
  constructor(readonly empty: T) {}

  get(row: number, col: number): T {
    const r = this.rows[row];
    if (!r || col >= r.length) return this.empty;
    return r[col] as T;
  }
  set(row: number, col: number, value: T): void {
    let r = this.rows[row];
    if (!r) {
      if (value === this.empty) return;
      // Kept without holes: a holey array can turn into a dictionary, and inserting rows into one is slow.
      while (this.rows.length < row) this.rows.push(undefined);
      r = this.rows[row] = [];
      this.allocated++;
    }
    while (r.length < col) r.push(this.empty);
    r[col] = value;
  }
  fill(row: number, col: number, numRows: number, numCols: number, value: T): void {
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numCols; j++) this.set(row + i, col + j, value);
  }
  /** Rows stored past `at` move down, as when rows are inserted. */
  insertRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(count).fill(undefined));
  }
  /** Every stored cell, with its 0-based row and column. */
  *entries(): Generator<[number, number, T]> {
    if (this.allocated === 0) return;
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (r) for (let j = 0; j < r.length; j++) yield [i, j, r[j] as T];
    }
  }
  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }
  /** The last row (0-based) holding a cell for which `used` is true, or -1. */
  lastRow(used: (v: T) => boolean): number {
    for (let i = this.rows.length - 1; i >= 0; i--) if (this.rows[i]?.some(used)) return i;
    return -1;
  }
  /** The last column (0-based) holding a cell for which `used` is true, or -1. */
  lastColumn(used: (v: T) => boolean): number {
    let last = -1;
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = r.length - 1; j > last; j--) if (used(r[j] as T)) last = j;
    }
    return last;
  }
}
