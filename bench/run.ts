/**
 * `npm run bench`: speed figures for generated rosters of 100, 1,000 and 10,000 people.
 *
 * - Core, on plain data (no files): readRoster, planAll, refreshPlans against an existing table (about half the
 *   people already planned, statuses and notes edited), rollUp; then the same four as one pass, and that pass again
 *   in a child process pinned to one CPU with taskset (also at twice the largest size), which is what the goal is
 *   about: 10,000 people planned, refreshed and rolled up in under 1 s on one core, growing linearly.
 *   Each figure is the median of several runs after one warm-up run, with a garbage collection and a 20 ms pause
 *   before each run.
 * - Also the CSV and table conversions the CLI adds around the core (parseCsv, readPlansTable, plansTableToGrid, toCsv).
 * - The Chrome extension (bench/extension): the content script's size (bytes, gzipped, and what takes the space),
 *   the time from Calendar's event popup appearing to the prompts being visible (50 openings in headless Chromium),
 *   and the content script's main-thread cost per 1,000 unrelated DOM mutations.
 * - The Sheets add-on (bench/addon): one "Generate or refresh plans" of the built Code.js in node:vm against the test
 *   fakes: Spreadsheet service calls by method, cells read and written, time in the vm and of the core alone, and an
 *   estimate of Apps Script run time from a stated cost model (bench/addon/cost.ts).
 * - CLI wall time end to end: the real `node cli/bin/trellis.js` in a temporary folder (plan, plan again to refresh,
 *   status), median of 3 after a warm-up, and its start-up cost alone: `trellis --help` against `node -e 0`, run
 *   alternately, and the ratio of their medians (goal: ×1.5 or less; bench/startup.ts). The bundle in cli/dist is
 *   rebuilt first if a source is newer.
 * - The organisation (bench/org.ts): `trellis status DIR --by manager` on 1,000 team files (100,000 people) against
 *   DuckDB reading and grouping the same files, in turn; goal: within ×2 of DuckDB's time and under 1 GB of memory.
 *
 * Prints a table; `npm run bench -- --write` also rewrites docs/benchmarks.md with it.
 * `--sizes 100,1000`, `--no-cli`, `--no-extension` and `--no-addon` give a quicker partial run while developing (not with --write).
 * `--startup` runs the start-up case alone (about 10 s).
 * `--org` runs the organisation case alone (bench/org.ts: 1,000 team files rolled up by `trellis status --by manager`
 * against DuckDB on the same files; about a minute); with `--quick`, 5 files and one run each.
 * `--quick` times each core figure only 3 times and skips the pinned child's warm-up: the figures are rough, it is
 * for checking the benchmark still runs (test/bench); refused with --write.
 *
 * This file is the entry point: the work is in measure.ts, core.ts, cli.ts, extension/, addon/, report.ts and document.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCliIfStale } from '../scripts/build-cli';
import { CLI_REPEATS, benchCli } from './cli';
import { QUICK_REPEATS, benchCore, coreRepeats, oneCorePass, prepare } from './core';
import { DOC, documentText } from './document';
import { benchAddon } from './addon';
import { benchExtension } from './extension';
import { benchOneCore } from './measure';
import { count, orgTable, printReport, startupTable, textTable, type Report, type SizeResult } from './report';
import { benchStartup, startupVerdict } from './startup';
import { benchOrg, ORG_FILES, ORG_RUNS, orgVerdict } from './org';

const DEFAULT_SIZES = [100, 1_000, 10_000];

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

function nproc(): string {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return String(availableParallelism());
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      write: { type: 'boolean' },
      sizes: { type: 'string' },
      'no-cli': { type: 'boolean' },
      'no-extension': { type: 'boolean' },
      'no-addon': { type: 'boolean' },
      quick: { type: 'boolean' },
      'one-core-pass': { type: 'boolean' },
      startup: { type: 'boolean' },
      org: { type: 'boolean' },
    },
  });
  if (values.write && (values.startup || values.org)) throw new Error('--write records a full run: leave out --startup and --org');
  // The CLI figures time the real command: never a bundle older than its sources.
  if (!values['no-cli'] && !values['one-core-pass'] && (await buildCliIfStale())) process.stderr.write('bench: rebuilt cli/dist\n');
  if (values.startup) {
    const startup = benchStartup();
    process.stdout.write(`${textTable(startupTable(startup))}\n${startupVerdict(startup)}\n`);
    return;
  }
  const quick = values.quick === true;
  // The quick organisation is for checking the case still runs (test/bench): its figures mean nothing.
  const org = () => (quick ? benchOrg(5, 1, progress) : benchOrg(ORG_FILES, ORG_RUNS, progress));
  if (values.org) {
    const result = await org();
    process.stdout.write(`${textTable(orgTable(result))}\n${orgVerdict(result)}\n`);
    return;
  }
  const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, ''))) : DEFAULT_SIZES;
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--sizes takes whole numbers, like 100,1000`);
  if (values['one-core-pass']) return oneCorePass(sizes, quick);
  const withCli = !values['no-cli'];
  const withExtension = !values['no-extension'];
  const withAddon = !values['no-addon'];
  if (values.write && (values.sizes || !withCli || !withExtension || !withAddon)) {
    throw new Error('--write records a full run: leave out --sizes, --no-cli, --no-extension and --no-addon');
  }
  if (values.write && quick) throw new Error('--write records a full run: leave out --quick');

  const machine = {
    node: process.versions.node,
    nproc: nproc(),
    cpu: cpuModel(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadStart: load(),
    loadEnd: '',
  };
  const results: SizeResult[] = [];
  for (const size of sizes) {
    progress(`${count(size)} people: generating data`);
    const data = prepare(size);
    const repeats = quick ? QUICK_REPEATS : coreRepeats(size);
    progress(`${count(size)} people: core (${repeats} runs per figure)`);
    const core = benchCore(data, repeats);
    let cli: SizeResult['cli'];
    let plansBytes = 0;
    if (withCli) {
      progress(`${count(size)} people: CLI (${CLI_REPEATS} runs per figure)`);
      const measured = benchCli(data);
      cli = measured.timings;
      plansBytes = measured.plansBytes;
    }
    results.push({
      size,
      steps: data.generated.length,
      existingRows: data.existing.rows.length,
      added: data.added,
      left: data.left,
      refreshedRows: data.refreshed.rows.length,
      plansBytes,
      core,
      cli,
    });
  }
  progress(`one pass pinned to one CPU: ${[...sizes, 2 * Math.max(...sizes)].map(count).join(', ')} people`);
  // The child runs this file again, so it must be given this file, not the module that spawns it.
  const oneCore = benchOneCore(fileURLToPath(import.meta.url), [...sizes, 2 * Math.max(...sizes)], quick ? ['--quick'] : []);
  let startup: Report['startup'];
  if (withCli) {
    progress('CLI start-up');
    startup = benchStartup();
  }
  const orgResult = withCli ? await org() : undefined;
  const addon = withAddon ? benchAddon(sizes, quick, progress) : undefined;
  const extension = withExtension ? await benchExtension(quick, progress) : undefined;
  machine.loadEnd = load();
  const report: Report = { sizes, results, startup, org: orgResult, oneCore, machine, extension, addon };
  printReport(report);
  if (values.write) {
    writeFileSync(DOC, documentText(report));
    process.stdout.write(`\nWrote ${DOC}.\n`);
  }
}

main().then(
  // playwright-core may keep handles open after the browser is closed: the run is over, so say so.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
