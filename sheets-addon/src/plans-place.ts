import { cellExact, cellText } from '../../shared/cells';
import { personOf } from '../../shared/plans-table';
import { refreshPlans, type RefreshResult } from '../../shared/refresh';
import type { PlanRow } from '../../shared/types';

// Where a refresh puts its new rows, worked out from the Key and Email columns alone: refreshPlans places rows by
// their key and their person (personOf reads Email, else the Key), and reads no other column for that. Pure.

export interface Placement {
  result: RefreshResult;
  /** Rows below the header with a Key or an Email (a row with neither places nothing, so it is not read). */
  kept: number;
  /** New rows by the 1-based sheet row they go right after, in refreshPlans' order. */
  after: Map<number, PlanRow[]>;
  /** The first sheet row that must move down to make room; lastRow + 1 when every new row goes below the table. */
  firstMoved: number;
}

const blankRow = (key: string, email: string): PlanRow => ({
  key, person: '', email, manager: '', path: '', targetRole: '', step: '', owner: '', ownerRole: '', ownerEmail: '', due: '', status: '', notes: '',
});

/**
 * keys and emails: the Key and Email cells (as the core reads them) of sheet rows headerRow + 1 … lastRow.
 * New steps of a known person follow that person's last row, new people follow the sheet's last row (contract 2).
 */
export function placeNewRows(keys: readonly unknown[], emails: readonly unknown[], headerRow: number, lastRow: number, generated: readonly PlanRow[]): Placement {
  const rows: PlanRow[] = [];
  const sheetRow = new Map<PlanRow, number>();
  keys.forEach((key, i) => {
    if (cellText(key) === '' && cellText(emails[i]) === '') return;
    const row = blankRow(cellExact(key), cellExact(emails[i]));
    rows.push(row);
    sheetRow.set(row, headerRow + 1 + i);
  });
  const result = refreshPlans({ rows, extraHeaders: [] }, generated);

  const lastOf = new Map<string, number>();
  for (const row of rows) {
    const person = personOf(row);
    if (person) lastOf.set(person, sheetRow.get(row)!);
  }
  const after = new Map<number, PlanRow[]>();
  let firstMoved = lastRow + 1;
  for (const row of result.table.rows) {
    if (sheetRow.has(row)) continue;
    const at = lastOf.get(personOf(row)) ?? lastRow;
    const list = after.get(at);
    if (list) list.push(row);
    else after.set(at, [row]);
    firstMoved = Math.min(firstMoved, at + 1);
  }
  return { result, kept: rows.length, after, firstMoved };
}
