/**
 * The organisation case: a folder of team plans files (1,000 files of 100 people, about 1.1 million plan rows, in
 * the plans-table format `trellis plan` writes) rolled up by `trellis status DIR --by manager`, against DuckDB
 * reading and grouping the same files (`read_csv` + `GROUP BY` email), the anchor a data-minded HR analyst would
 * reach for. The two run in turn (DuckDB, Trellis, DuckDB, …) after one warm-up of each, so both see the same load.
 * Goal: Trellis within ×2 of DuckDB's median wall time, and under 1 GB of peak memory.
 * `npm run bench -- --org` runs this case alone. DuckDB is a devDependency used here only, never by the CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseCsv, toCsv } from '../shared/csv';
import { planAll } from '../shared/plan';
import { plansTableToGrid } from '../shared/plans-table';
import { readRoster } from '../shared/roster';
import type { PlanRow } from '../shared/types';
import { EARLIER, ROOT, TODAY } from './config';
import { expect, summarize, type Timing } from './measure';
import { prng, rosterGrid } from './roster';

/** The goal's organisation: team files and people in each. */
export const ORG_FILES = 1_000;
export const ORG_TEAM = 100;
/** Timed runs of each side (alternating, after one warm-up of each). */
export const ORG_RUNS = 3;
/** The goal: Trellis at most this many times DuckDB's median, and at most this much peak memory. */
export const ORG_GOAL_RATIO = 2;
export const ORG_GOAL_BYTES = 1024 ** 3;

/** What the organisation case measured. */
export interface OrgResult {
  files: number;
  people: number;
  rows: number;
  bytes: number;
  duckdb: Timing;
  trellis: Timing;
  /** trellis.median / duckdb.median */
  ratio: number;
  /** The largest peak resident memory of the Trellis runs, bytes; undefined where it cannot be read. */
  peakBytes?: number;
}

const TRELLIS = join(ROOT, 'cli', 'bin', 'trellis.js');
const EMAIL = 1;
const MANAGER_EMAIL = 4;

/**
 * One team's plans file text: a 100-person roster planned on the earlier day (so steps falling due before today are
 * overdue), with about a third of the steps Done. Emails get the team's prefix: every person is in one file only.
 */
function teamCsv(team: number): { text: string; rows: number } {
  const grid = rosterGrid(ORG_TEAM, 1_000 + team);
  const prefix = `t${team}.`;
  for (const row of grid.slice(1)) {
    row[EMAIL] = prefix + row[EMAIL];
    if (row[MANAGER_EMAIL]) row[MANAGER_EMAIL] = prefix + row[MANAGER_EMAIL];
  }
  const roster = readRoster(parseCsv(toCsv(grid)).rows);
  expect(`people planned in team ${team}`, roster.people.length, ORG_TEAM);
  const random = prng(team);
  const rows: PlanRow[] = planAll(roster.people, EARLIER).map((row) => (random() < 0.35 ? { ...row, status: 'Done' } : row));
  return { text: toCsv(plansTableToGrid({ rows, extraHeaders: [] })), rows: rows.length };
}

/** Writes `files` team files into a new temporary folder (ten subfolders, as teams group by department). */
function writeOrg(files: number): { dir: string; rows: number; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-org-'));
  let rows = 0;
  let bytes = 0;
  for (let team = 0; team < files; team++) {
    const folder = join(dir, 'teams', `dept-${team % 10}`);
    mkdirSync(folder, { recursive: true });
    const made = teamCsv(team);
    writeFileSync(join(folder, `team-${String(team).padStart(4, '0')}.csv`), made.text);
    rows += made.rows;
    bytes += Buffer.byteLength(made.text);
  }
  return { dir, rows, bytes };
}

/** DuckDB's per-person counting over the same files: rows, done and overdue steps by email. */
function duckdbSql(teams: string): string {
  const glob = join(teams, '**', '*.csv').replace(/'/g, "''");
  return `SELECT lower(Email) AS email, count(*) AS steps, sum((Status = 'Done')::INT) AS done,
    sum((Status <> 'Done' AND Due <> '' AND Due < '${TODAY}')::INT) AS overdue
    FROM read_csv('${glob}', header = true, all_varchar = true) GROUP BY 1`;
}

const USR_BIN_TIME = '/usr/bin/time';
const RSS_HOOK = join(ROOT, 'bench', 'limits-rss.mjs');

/** One `trellis status TEAMS --by manager` run: wall time (ms) and peak resident memory (bytes, where readable). */
function runTrellis(teams: string, out: string): { ms: number; peakBytes?: number } {
  const args = [TRELLIS, 'status', teams, '--by', 'manager', '--out', out, '--today', TODAY];
  // GNU time reports the child's peak memory; without it, a hook loaded into Node reports its own on exit.
  const withTime = existsSync(USR_BIN_TIME);
  const [command, commandArgs] = withTime
    ? [USR_BIN_TIME, ['-v', process.execPath, ...args]]
    : [process.execPath, ['--import', RSS_HOOK, ...args]];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`trellis status ${teams} --by manager exited ${result.status ?? result.signal}:\n${result.stderr}`);
  const kb = withTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr) : /bench-max-rss-kb: (\d+)/.exec(result.stderr);
  return { ms, peakBytes: kb ? Number(kb[1]) * 1024 : undefined };
}

/** The people the by-manager table counts, summed over its rows. */
function peopleIn(out: string): number {
  const [head, ...rows] = parseCsv(readFileSync(out, 'utf8')).rows;
  const column = head?.indexOf('People') ?? -1;
  if (column < 0) throw new Error(`benchmark data check failed: no People column in ${out}`);
  return rows.reduce((sum, row) => sum + Number(row[column] || 0), 0);
}

/**
 * Generates `files` team files, then times DuckDB in this process and the built command as a child, `runs` times
 * each in turn after one warm-up of each. The temporary folder is removed afterwards.
 */
export async function benchOrg(files = ORG_FILES, runs = ORG_RUNS, progress: (text: string) => void = () => {}): Promise<OrgResult> {
  progress(`organisation: writing ${files.toLocaleString('en-US')} team files of ${ORG_TEAM} people`);
  const { dir, rows, bytes } = writeOrg(files);
  const teams = join(dir, 'teams');
  const out = join(dir, 'by-manager.csv');
  const people = files * ORG_TEAM;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const sql = duckdbSql(teams);
    const runDuckdb = async () => {
      const start = process.hrtime.bigint();
      const reader = await connection.runAndReadAll(sql);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      expect('people DuckDB grouped', reader.currentRowCount, people);
      return ms;
    };
    const wall = { duckdb: [] as number[], trellis: [] as number[] };
    let peakBytes: number | undefined;
    for (let i = 0; i <= runs; i++) {
      progress(`organisation: ${i === 0 ? 'warm-up' : `run ${i} of ${runs}`} (DuckDB, then trellis status --by manager)`);
      const duck = await runDuckdb();
      const trellis = runTrellis(teams, out);
      expect('people in the by-manager table', peopleIn(out), people);
      if (i === 0) continue;
      wall.duckdb.push(duck);
      wall.trellis.push(trellis.ms);
      if (trellis.peakBytes !== undefined) peakBytes = Math.max(peakBytes ?? 0, trellis.peakBytes);
    }
    const duckdb = summarize(wall.duckdb, []);
    const trellis = summarize(wall.trellis, []);
    return { files, people, rows, bytes, duckdb, trellis, ratio: trellis.median / duckdb.median, peakBytes };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether the run meets the goal (time and memory), in words. */
export function orgVerdict(org: OrgResult): string {
  const fast = org.ratio <= ORG_GOAL_RATIO;
  const small = org.peakBytes !== undefined && org.peakBytes < ORG_GOAL_BYTES;
  const memory = org.peakBytes === undefined ? 'peak memory not measured' : `peak memory ${(org.peakBytes / 1024 ** 2).toFixed(0)} MB`;
  return (
    `Organisation goal (${org.files.toLocaleString('en-US')} files, ${org.people.toLocaleString('en-US')} people: ` +
    `within ×${ORG_GOAL_RATIO} of DuckDB and under 1 GB): ${fast && small ? 'met' : 'not met'}, ×${org.ratio.toFixed(2)}, ${memory}.`
  );
}
