/** The Sheets add-on's section of docs/benchmarks.md. */
import { ADDON_GOAL_MS, PER_CALL_MS, PER_CELL_MS, WORST_GOAL_MS } from './cost';
import { ADDON_NOW } from './refresh';
import { addonTable, addonVerdict, methodTable, type AddonReport } from './report';

type Table = { head: string[]; rows: string[][] };

export function addonSection(report: AddonReport, command: string, markdownTable: (t: Table) => string): string {
  const v = addonVerdict(report);
  return `## The Google Sheets add-on

Measured by \`${command}\` (\`npm run bench\` prints the same tables; \`--no-addon\` leaves them out), code in
[bench/addon/](../bench/addon/). Apps Script cannot be timed here (no Google account, no network), so this part
measures what can be measured locally and turns it into an estimate with a stated cost model.

- **What runs**: the built \`sheets-addon/dist/Code.js\`, loaded by the add-on tests' harness
  (test/sheets-addon/harness.ts) into a node:vm context holding the tests' fakes of the Apps Script services
  (test/sheets-addon/fakes), with the clock at ${ADDON_NOW.toISOString()} and the sheet's zone UTC. The Roster sheet
  holds the benchmark's roster (bench/roster.ts, the same people as above). "Generate or refresh plans" makes the plans
  once (untimed); then about a third of the steps are marked Done, a tenth In progress and a tenth get a note, straight
  into the fake sheets. Two cases are timed, each edit made before a run untimed and uncounted:
  - **weekly** (the goal is judged on it): one person joins the roster and one more step is marked Done. The refresh
    reads Roster, the Plans header row and its Key and Email columns (all that says where new rows go), and writes
    only the new person's rows below the table: no formulas or notes of Plans are read, no existing row is written;
  - **worst**: every person's last row is taken out of Plans, so the refresh adds one step for every person, right
    after that person's rows: new rows go in as many places as there are people. Each place costs three calls
    (\`insertRowsAfter\`, \`getRange\`, \`setValues\` of the new rows alone; the last person's row goes below the
    table and needs no insertion), bottom first; no existing row is read or written. The reads are the weekly
    case's.
- **Calls**: the fakes count every service call; the table counts one refresh. **Cells** are counted by the benchmark
  (bench/addon/meter.ts) for the methods that carry a value per cell (getValues, getFormulas, getNotes, setValues,
  setNotes…): rows × columns of the range. A range-wide setter (one number format or one dropdown for a whole
  column) carries one value and counts as a call only. A row insertion makes rows × the sheet's columns blank
  cells, counted apart.
- **Time**: wall time of the whole \`generatePlans\` in the vm (median of the timed runs, after a warm-up, with a
  garbage collection and a 20 ms pause before each), the part of it spent inside the fakes' Range methods (the
  fakes do what Sheets would: type each written value in, copy each value read; it stands for Sheets' side, which the
  model charges separately), and the rest: the script's own JavaScript, the adapter plus the shared core. "Shared core
  alone" times \`readRoster → planAll → readPlansTable → refreshPlans\` outside the vm, on the same grids the adapter
  hands it.

### The cost model

Google's Apps Script best practices ("Use batch operations") give one figure: setting the background of each cell of a
100 × 100 grid takes 70 s with one call per cell, and 1 s with one \`setBackgrounds\` call for all 10,000 cells.
Reading that as *time = calls × per call + cells × per cell*:

- **per cell ≤ 1 s / 10,000 = ${PER_CELL_MS} ms**: the whole batched second is charged to the cells, though it also
  holds the one call and the script's loop, so this is an upper bound;
- **per call ≈ (70 s − 1 s) / 10,000 ≈ ${PER_CALL_MS} ms**: what the per-cell version adds, one call per cell (its
  \`offset\` calls and once-a-row \`flush\` folded in, so also on the high side).

A **row insertion** (\`insertRowsAfter\`) has no published figure either. It is charged as one call (${PER_CALL_MS} ms) plus
the blank cells it makes (rows × the sheet's columns) at ${PER_CELL_MS} ms each, as if Sheets wrote them, and nothing for
the rows it moves down: Sheets moves rows as a block and adjusts references formula by formula, not cell by cell (a
person inserting a row near the top of a 100,000-row sheet sees it at once, where reading and rewriting those rows
through the API was estimated at minutes). If an insertion costs more, the verdict below says how much more the worst
case can take.

Assumptions: every Spreadsheet service call costs the same ${PER_CALL_MS} ms whatever it does; a cell read costs the same
as a cell written, and a value cell the same as a note or a formula; Sheets' time grows with the cells only (not with
conditional formats or the sheet's size); the script's JavaScript runs in Apps Script as fast as in Node here. There is
no published figure for Apps Script's V8 speed, so no factor is applied: the verdict says how much slower it could be.
The estimate is **calls × ${PER_CALL_MS} ms + cells (read, written, made by insertion) × ${PER_CELL_MS} ms + the script's own
JavaScript as measured**.

${markdownTable(addonTable(report))}

${markdownTable(methodTable(report))}

### The add-on's goal

Goals: a weekly refresh of a 10,000-person team (about 100,000 plan rows) in under ${ADDON_GOAL_MS / 1_000} s of estimated Apps
Script time, a sixth of the 6-minute limit (issue 4); a new step for every one of 10,000 people in under
${WORST_GOAL_MS / 1_000} s, near the floor of three calls a place (issue 9).

**${v.met === undefined ? 'Not checked' : v.met ? 'Met' : 'Missed'}.** ${v.text.replace(/^(Met|Missed): a/, 'A')}

In the weekly case the number of calls does not grow with the team; in the worst case it grows by exactly three a
place new rows go, and by nothing else (test/sheets-addon/batching.test.ts checks both, method for method). The
cells read are the Roster sheet and the Key and Email columns of Plans; the cells written are the new rows alone.
A refresh that would still outrun the limit stops itself between two places at 4.5 minutes, with every row written
so far whole, says how far it got, and the next run adds the rest (test/sheets-addon/refresh-cut-short.test.ts).
This is a model, not a measurement on Google's servers: the first real refresh of a large team in Sheets (the
execution log shows its duration) is the figure to trust.

`;
}
