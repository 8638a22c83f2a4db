/**
 * `npm run bench:limits`: the CLI on inputs too large or too strange (issue "Nothing lost, ever"). Each must either
 * work or end in one line and exit 1, within 60 s and 1.5 GB of memory. The real `trellis` runs with Node's heap held
 * to 1.5 GB; each row gives its wall time and the process's peak resident memory (getrusage's maxRSS, read as the
 * process exits). `--write` also rewrites the section of docs/reliability.md between the limits markers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toCsv } from '../shared/csv';
import { workbook, zipBomb } from '../test/cli/zip';
import { ROOT, TODAY } from './config';
import { rosterGrid } from './roster';

const TRELLIS = join(ROOT, 'cli', 'bin', 'trellis.js');
const REPORT_RSS = join(ROOT, 'bench', 'limits-rss.mjs');
const DOC = join(ROOT, 'docs', 'reliability.md');
const START = '<!-- limits:start -->';
const END = '<!-- limits:end -->';
const GOAL_SECONDS = 60;
const GOAL_MB = 1536;

interface Case {
  input: string;
  /** Writes the input files into `dir`. */
  make: (dir: string) => void;
  args: string[];
}

const PLANS_HEADER = 'Key,Person,Email,Manager,Path,Target role,Step,Owner,Owner role,Owner email,Due,Status,Notes';
const long = (c: string, i: number) => `${c.repeat(40_000)}${i}`;

const CASES: Case[] = [
  {
    input: '20,000-person roster, new plans.csv',
    make: (dir) => writeFileSync(join(dir, 'roster.csv'), toCsv(rosterGrid(20_000))),
    args: ['plan', 'roster.csv', '--out', 'plans.csv'],
  },
  { input: 'the same, refreshing that plans.csv', make: () => {}, args: ['plan', 'roster.csv', '--out', 'plans.csv'] },
  { input: 'that plans.csv read by status', make: () => {}, args: ['status', 'plans.csv', '--out', 'status.csv'] },
  { input: 'that plans.csv read by prompts', make: () => {}, args: ['prompts', '--plans', 'plans.csv', '--format', 'json'] },
  {
    input: 'that plans.csv with a 100-character note on every row (about 95 MB), refreshed',
    make: (dir) => {
      const note = 'Talked through the next step; agreed to revisit after the design review, with examples of the work.';
      const path = join(dir, 'plans.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/,Not started,\r\n/g, `,Not started,${note}\r\n`));
    },
    args: ['plan', 'roster.csv', '--out', 'plans.csv'],
  },
  {
    input: '200,000-row roster',
    make: (dir) => writeFileSync(join(dir, 'big.csv'), toCsv(rosterGrid(200_000))),
    args: ['plan', 'big.csv', '--out', 'big-plans.csv'],
  },
  {
    input: '300,000-row workbook',
    make: (dir) =>
      writeFileSync(
        join(dir, 'big.xlsx'),
        workbook([['Name', 'Email'], ...Array.from({ length: 300_000 }, (_, i) => [`Person ${i}`, `p${i}@example.com`])]),
      ),
    args: ['plan', 'big.xlsx'],
  },
  { input: '4 MB .xlsx inflating to 4 GiB', make: (dir) => writeFileSync(join(dir, 'bomb.xlsx'), zipBomb()), args: ['plan', 'bomb.xlsx'] },
  {
    input: 'plans row with a million filled cells',
    make: (dir) =>
      writeFileSync(
        join(dir, 'wide.csv'),
        `${PLANS_HEADER}\nana@example.com#goals,Ana,ana@example.com,,,,Talk,Ana,Employee,,,Not started,${'x,'.repeat(1_000_000)}x\n`,
      ),
    args: ['status', 'wide.csv'],
  },
  {
    input: '500 people with 40,000-character cells (80 MB)',
    make: (dir) => {
      const people = Array.from({ length: 500 }, (_, i) => [
        long('N', i),
        `p${i}@example.com`,
        long('R', i),
        long('M', i),
        long('F', i),
        'expert',
      ]);
      writeFileSync(join(dir, 'long.csv'), toCsv([['Name', 'Email', 'Role', 'Manager', 'Focus area', 'Path'], ...people]));
    },
    args: ['plan', 'long.csv', '--out', 'long-plans.csv'],
  },
];

interface Row {
  input: string;
  command: string;
  exit: number | null;
  said: string;
  seconds: number;
  megabytes: number;
}

function run(dir: string, c: Case): Row {
  c.make(dir);
  const args = [...c.args, '--today', TODAY];
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--max-old-space-size=1536', '--import', REPORT_RSS, TRELLIS, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const lines = (result.stderr ?? '').split('\n').filter((l) => l.trim() !== '');
  const rss = lines.find((l) => l.startsWith('bench-max-rss-kb: '));
  const said = lines.filter((l) => l !== rss).at(-1) ?? '';
  return {
    input: c.input,
    command: `trellis ${c.args.join(' ')}`,
    exit: result.status,
    said: said.length > 110 ? `${said.slice(0, 107)}…` : said,
    seconds,
    megabytes: rss ? Number(rss.split(': ')[1]) / 1024 : Number.NaN,
  };
}

function table(rows: readonly Row[]): string {
  const lines = [
    '| input | command | exit | what it said (last line) | wall time | peak memory | within 60 s and 1.5 GB |',
    '| --- | --- | --- | --- | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.input} | \`${r.command}\` | ${r.exit} | ${r.said.replace(/\|/g, '\\|')} | ${r.seconds.toFixed(1)} s | ${Math.round(r.megabytes)} MB | ${r.seconds <= GOAL_SECONDS && r.megabytes <= GOAL_MB ? 'yes' : '**no**'} |`,
    ),
  ];
  return lines.join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'trellis-limits-'));
try {
  const rows = CASES.map((c) => {
    const row = run(dir, c);
    process.stderr.write(`${row.input}: exit ${row.exit}, ${row.seconds.toFixed(1)} s, ${Math.round(row.megabytes)} MB\n`);
    return row;
  });
  const section = `${START}\n${table(rows)}\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:limits -- --write\` on this project's machine (2 cores, shared and noisy: the times are rough).\n${END}`;
  process.stdout.write(`${section}\n`);
  if (process.argv.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    const at = doc.indexOf(START);
    const end = doc.indexOf(END);
    if (at < 0 || end < at) throw new Error(`${DOC} has no ${START} … ${END} section to rewrite`);
    const next = `${doc.slice(0, at)}${section}${doc.slice(end + END.length)}`;
    writeFileSync(DOC, next);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
