/**
 * docs/benchmarks.md as `npm run bench -- --write` writes it: what is measured, on what machine, the tables and the
 * verdict, then the notes written by hand below the marker, carried over from the current file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_REPEATS } from './cli';
import { CONVERSION_ROWS, CORE_ROWS, coreRepeats } from './core';
import { EARLIER, GOAL_SIZE, ROOT, TODAY } from './config';
import { ONE_CPU } from './measure';
import { STARTUP_GOAL, STARTUP_RUNS, startupVerdict } from './startup';
import { ORG_FILES, ORG_GOAL_RATIO, ORG_RUNS, ORG_TEAM, orgVerdict } from './org';
import {
  cliTable,
  coreTable,
  count,
  goalTable,
  headline,
  markdownTable,
  ms,
  orgTable,
  sizesTable,
  startupTable,
  verdict,
  type Report,
} from './report';
import { addonSection } from './addon/document';
import { MUTATIONS, PLAIN_ORIGIN } from './extension/browser';
import { GOALS, breakdownTable, extensionVerdicts, mutationTable, popupTable, sizeTable, type ExtensionReport } from './extension/report';

/** The file --write rewrites. */
export const DOC = join(ROOT, 'docs', 'benchmarks.md');
const COMMAND = 'npm run bench -- --write';

/** The line after which docs/benchmarks.md holds notes written by hand; --write keeps them. */
const NOTES_MARKER = '<!-- Notes below this line are written by hand and kept when the benchmark rewrites this file. -->';

const DEFAULT_NOTES = `## Notes

No notes yet.
`;

/** The hand-written notes of the current docs/benchmarks.md, to carry over into the rewritten file. */
function keptNotes(): string {
  try {
    const text = readFileSync(DOC, 'utf8');
    const at = text.indexOf(NOTES_MARKER);
    return at < 0 ? DEFAULT_NOTES : text.slice(at + NOTES_MARKER.length).replace(/^\n+/, '');
  } catch {
    return DEFAULT_NOTES;
  }
}

/** The whole text of docs/benchmarks.md for `report`, keeping the current file's hand-written notes. */
export function documentText(report: Report): string {
  const v = verdict(report);
  const big = report.results.find((r) => r.size === GOAL_SIZE)!;
  const core = big.core;
  const shares = (['readRoster', 'planAll', 'refreshPlans', 'rollUp'] as const)
    .map((key) => ({ key, value: core[key].median }))
    .sort((a, b) => b.value - a.value);
  const cli = big.cli;
  const help = report.startup?.help.median;
  const conversions = core.parseRoster.median + core.readExisting.median + core.toGrid.median + core.toCsv.median;
  const largest = Math.max(...report.sizes);
  return `# Benchmarks

These figures come from \`npm run bench\` (code in [bench/](../bench/)). Everything above the notes at the end
is written by the benchmark itself (\`${COMMAND}\`): run it again rather than editing the figures by hand.

## What is measured

Rosters of 100, 1,000 and 10,000 people, made by \`bench/roster.ts\`: the same rows on every machine (a seeded
generator), every row valid, with unicode names, names with a comma, every path value the contract accepts
(several spellings each, and blank for undecided), roles on the technical ladder and off it, some target roles,
focus areas, managers with emails (about eight people each) and a column Trellis ignores.

- **Core, on plain data** (no files): \`readRoster\` on the roster grid, \`planAll\` for everyone (dated ${TODAY}),
  \`refreshPlans\` against an existing plans table, and \`rollUp\` of the refreshed table. The existing table is
  what a team would already have: generated on ${EARLIER} for every other person on the roster (about half),
  plus one former colleague per hundred who has left; with statuses changed by hand (30% Done, 10% In progress,
  some Blocked and Skipped), notes on 10% of rows (some with a comma, a quote or a line break), a user column
  "Comments", one step deleted for one person in twenty (refresh adds it back after their last row) and a row
  with no Key added by hand for one in fifty. It is read through \`toCsv\`/\`parseCsv\`/\`readPlansTable\`, as
  the CLI reads it.
  **core: plan + refresh + roll-up, one pass** times \`readRoster → planAll → refreshPlans → rollUp\` as one run.
  **pinned to one CPU** is the same pass in a child process started with \`taskset -c ${ONE_CPU}\`, so that the
  garbage collector's helper threads cannot use the second core: that is the figure the goal is about. It is
  also measured at ${count(2 * largest)} people, twice the largest roster, to check the growth stays linear.
- **CSV and table conversions** the CLI adds around the core: parsing the roster file, parsing and reading the
  existing plans file, turning the refreshed table into a grid and into CSV text, and \`groupByPerson\`
  (used by \`--written\` and \`--format md\`).
- **CLI wall time end to end**: the real command, spawned in a temporary folder:
  \`node cli/bin/trellis.js plan roster.csv --out plans.csv --today ${TODAY}\` with no plans.csv yet (new plans),
  the same command with the existing table above copied to plans.csv first (refresh), then
  \`node cli/bin/trellis.js status plans.csv --out status.csv --today ${TODAY}\`. Each is the median of
  ${CLI_REPEATS} runs after a warm-up run, and includes starting Node, loading the built command (cli/dist, the
  esbuild bundle \`npm install\` makes; each command is a chunk loaded when it runs), reading, writing and
  fsync-ing the files.
- **Start-up alone**: \`trellis --help\` (Node and the bundle's entry, no work) against \`node -e 0\` (Node
  alone), ${STARTUP_RUNS} runs of each after a warm-up, taking turns so both see the same load, and the ratio of
  their medians. Goal: ×${STARTUP_GOAL} or less. \`npm run bench -- --startup\` runs this case alone.
- **The organisation**: ${count(ORG_FILES)} team plans files of ${ORG_TEAM} people each (rosters generated as above,
  one per team, planned on ${EARLIER} with about a third of the steps Done, so steps due before ${TODAY} are
  overdue), in ten subfolders, written once to a temporary folder. In turn, after a warm-up of each, ${ORG_RUNS} runs
  each: DuckDB in the bench's process (\`@duckdb/node-api\`, a devDependency the CLI never uses) running
  \`SELECT lower(Email), count(*), sum(Status = 'Done'), sum(overdue) FROM read_csv('DIR/**/*.csv', header = true,
  all_varchar = true) GROUP BY 1\`, then \`node cli/bin/trellis.js status DIR --by manager --out by-manager.csv
  --today ${TODAY}\` as a child process, its peak resident memory read by GNU \`time -v\`. Goal: Trellis within
  ×${ORG_GOAL_RATIO} of DuckDB's median and under 1 GB. \`npm run bench -- --org\` runs this case alone.

Core figures are the median wall time (\`process.hrtime.bigint\`) of ${coreRepeats(100)} runs at 100 people,
${coreRepeats(1_000)} at 1,000 and ${coreRepeats(10_000)} at 10,000, each after one untimed warm-up run, a forced
garbage collection and a 20 ms pause, so the collector's background sweeping is not on the next run's clock;
the pinned one pass, the goal's figure, has 11 runs at 10,000 people.
JavaScript runs on one thread; the garbage collector also has helper threads, hence the pinned figure.
"10,000 / 1,000" is the ratio of the two medians: ×10 is linear growth.

## Machine and command

- Command: \`${COMMAND}\` (\`npm run bench\` is the same run, printing the tables without writing this file)
- Node ${report.machine.node}; \`nproc\`: ${report.machine.nproc}; CPU: ${report.machine.cpu} (from /proc/cpuinfo)
- Date: ${report.machine.date}
- Load average (1, 5, 15 min): ${report.machine.loadStart} at the start, ${report.machine.loadEnd} at the end

The machine is shared with other work and noisy: figures vary from run to run (often by 10 to 30%, more for
the small figures and the CLI), so compare orders of magnitude and ratios rather than single milliseconds.

## Results

Core on plain data, ms:

${markdownTable(goalTable(report))}

CSV and table conversions around the core (on the CLI path, outside the goal), ms:

${markdownTable(coreTable(report, CONVERSION_ROWS))}

CLI wall time end to end, ms:

${markdownTable(cliTable(report))}

${report.startup ? `${markdownTable(startupTable(report.startup))}\n\n${startupVerdict(report.startup)}` : ''}

${report.org ? `${markdownTable(orgTable(report.org))}\n\n${orgVerdict(report.org)}` : ''}

The data behind the figures:

${markdownTable(sizesTable(report))}

## The goal

Goal: 10,000 people planned, refreshed and rolled up in under 1 s of core time on one core, growing linearly.

**${headline(v)}.** ${v.met === undefined ? '' : v.text}

At 10,000 people, measured separately, ${shares.map((s) => `${CORE_ROWS[s.key].split(' ')[0]} takes ${ms(s.value)} ms`).join(', ')}
(not pinned; medians of separate runs, so they need not add up to the one-pass figure).
The CSV and table conversions the CLI adds come to about ${ms(conversions)} ms more at 10,000 people.
${
  cli && help !== undefined
    ? `End to end, the CLI takes ${ms(cli.plan.median)} ms to plan 10,000 people into a new file, ${ms(cli.refresh.median)} ms to refresh, and ${ms(cli.status.median)} ms for the status; about ${ms(help)} ms of each is start-up (\`trellis --help\`), the rest is reading, the core, writing and fsync.`
    : ''
}

${report.extension ? extensionSection(report.extension) : ''}
${report.addon ? addonSection(report.addon, COMMAND, markdownTable) : ''}
${NOTES_MARKER}

${keptNotes()}`;
}

/** The section on the Chrome extension (bench/extension). */
function extensionSection(ext: ExtensionReport): string {
  const verdicts = extensionVerdicts(ext);
  const goalRows = {
    head: ['goal', 'measured', 'verdict'],
    rows: verdicts.map((v) => [v.goal, v.measured, `**${v.met ? 'met' : 'missed'}**, ${v.by}`]),
  };
  return `## The Chrome extension

Measured by the same command (\`${COMMAND}\`; \`--no-extension\` leaves this part out), code in
[bench/extension/](../bench/extension/). The extension is built with the project's \`wxt.config.ts\` (plus hidden
source maps, which leave the bundles byte for byte as \`npm run build\` makes them) into a temporary directory, and
loaded into Debian's Chromium ${ext.browser.chromium}, headless, by playwright-core through the end-to-end tests'
harness (test/e2e/harness.ts): the fixture pages of test/fixtures/e2e served over HTTPS as https://calendar.google.com.

- **Size**: bytes and gzipped bytes (node:zlib, level 9) of \`content-scripts/calendar.js\` and its CSS. What takes
  the space comes from the bundle's source map: each generated character is counted for the source it maps to, the
  sources are grouped, and "gzip saved without it" is how much smaller the gzipped script is with that group's
  characters left out (the groups share gzip's dictionary, so these do not add up to the total).
- **Popup to prompts visible**: ${ext.openings} openings of the event popup (after ${ext.warmups} untimed ones),
  alternating between two 1:1s with different people (Maria / Dev 1:1 and Catch-up with Sam), the popup closed
  in between and the prompts gone before the next opening. In the page's main world: \`performance.now()\` just
  before the chip's click inserts the popup (clicked at a random moment of the frame), then the first moment the
  overlay's open shadow root holds \`[data-trellis="prompt"]\` elements with a non-zero size under
  "1:1 with <the person just opened>" (a MutationObserver on the shadow root and on \`<body>\`, plus a
  requestAnimationFrame poll). The content script renders in a requestAnimationFrame callback, so the prompts
  are painted in the frame in which they are detected. "The work in the frame" is the part of that time from the
  start of that frame's animation callbacks: the content script reading the popup, choosing the prompts and
  rendering, as opposed to waiting for the frame.
- **Unrelated mutations**: ${count(MUTATIONS)} mutations of the week grid (a chip's text replaced, a div appended to a day
  column, a chip's style changed, the div removed, in turn), every mutation in a task of its own (the worst case
  for a MutationObserver: one callback per mutation) and in tasks of 50, with the popup closed and with a 1:1's
  popup open. The same workload runs on the same fixture at https://calendar.google.com (content script injected)
  and at ${PLAIN_ORIGIN} (the same file answered by playwright's \`page.route\`; the content script does not
  match it), in alternating rounds in one browser, ${ext.rounds} rounds each. Each round's cost is the renderer main
  thread's \`TaskDuration\` (all work: script, style, layout) and \`ScriptDuration\` from CDP
  \`Performance.getMetrics\` in thread time (\`timeDomain: threadTicks\`, so time other processes take from the CPU is
  not counted), from before the workload to two frames after its end. The content script's cost is the median
  with it minus the median without it, per 1,000 mutations.

Content script size:

${markdownTable(sizeTable(ext.size))}

${ext.size.groups.length ? markdownTable(breakdownTable(ext.size)) : ''}

Popup to prompts visible, ms:

${markdownTable(popupTable(ext))}

Main-thread time of ${count(MUTATIONS)} unrelated mutations, ms (median of ${ext.rounds} rounds), and the content script's share:

${markdownTable(mutationTable(ext))}

### The extension's goals

Goals (issue 3): under ${GOALS.gzipBytes / 1_000} KB gzipped (1 KB = 1,000 bytes, as \`wxt build\` prints sizes), prompts visible within
one frame's budget of the popup (under ${GOALS.popupMs} ms median), under ${GOALS.mutationMs} ms of main-thread time per
1,000 unrelated mutations (judged on the worst of the four workloads).

${markdownTable(goalRows)}

**${verdicts.filter((v) => v.met).length} of ${verdicts.length} met.**

`;
}
