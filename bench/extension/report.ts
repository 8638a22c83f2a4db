/**
 * The extension's figures as tables (text for the terminal, markdown for docs/benchmarks.md) and the verdict on
 * its three goals.
 */
import type { BrowserFigures, CostSample, MutationScenario } from './browser';
import type { SizeFigures } from './size';

/** The goals of issue 3. */
export const GOALS = {
  /** Content script + CSS, gzipped: under 25 KB (1 KB = 1,000 bytes, as wxt prints sizes). */
  gzipBytes: 25_000,
  /** Popup to prompts visible, median: within one frame's budget. */
  popupMs: 16,
  /** Main-thread cost per 1,000 unrelated DOM mutations. */
  mutationMs: 1,
} as const;

export interface ExtensionReport {
  size: SizeFigures;
  browser: BrowserFigures;
  /** The counts the run was made with. */
  openings: number;
  warmups: number;
  rounds: number;
}

type Table = { head: string[]; rows: string[][] };

const kb = (bytes: number) => `${(bytes / 1_000).toFixed(1)} KB`;
const bytes = (n: number) => n.toLocaleString('en-US');
const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '');

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function sizeTable(size: SizeFigures): Table {
  return {
    head: ['content script (content-scripts/calendar.*)', 'bytes', 'gzipped (level 9)'],
    rows: [
      ['calendar.js', bytes(size.jsBytes), bytes(size.jsGzip)],
      size.cssBytes
        ? ['calendar.css', bytes(size.cssBytes), bytes(size.cssGzip)]
        : ['calendar.css (none: the CSS is inlined in calendar.js)', '0', '0'],
      ['content script size, total', bytes(size.jsBytes + size.cssBytes), bytes(size.totalGzip)],
    ],
  };
}

export function breakdownTable(size: SizeFigures): Table {
  return {
    head: ['what takes the space in calendar.js (source map)', 'bytes', 'gzip saved without it'],
    rows: size.groups.map((g) => [g.label, bytes(g.bytes), bytes(g.gzipSaved)]),
  };
}

export function popupTable(report: ExtensionReport): Table {
  const ms = report.browser.popup.samples.map((s) => s.ms);
  const inFrame = report.browser.popup.samples.map((s) => s.inFrame);
  return {
    head: [`popup to prompts visible, ${ms.length} openings`, 'median', 'p95', 'min', 'max'],
    rows: [
      [
        'popup to prompts visible, ms',
        fixed(median(ms), 1),
        fixed(percentile(ms, 95), 1),
        fixed(Math.min(...ms), 1),
        fixed(Math.max(...ms), 1),
      ],
      [
        '  of which the work in the frame that shows them, ms',
        fixed(median(inFrame), 1),
        fixed(percentile(inFrame, 95), 1),
        fixed(Math.min(...inFrame.filter(Number.isFinite)), 1),
        fixed(Math.max(...inFrame.filter(Number.isFinite)), 1),
      ],
    ],
  };
}

/** A scenario's cost: median per round with and without the content script, and the difference per 1,000 mutations. */
export function scenarioCost(scenario: MutationScenario, key: keyof CostSample, mutations: number) {
  const withMs = median(scenario.with.map((s) => s[key]));
  const withoutMs = median(scenario.without.map((s) => s[key]));
  return { withMs, withoutMs, per1000: ((withMs - withoutMs) * 1_000) / mutations };
}

const scenarioLabel = (s: MutationScenario) =>
  `popup ${s.popup === 'open' ? 'open (1:1)' : 'closed'}, ${s.perTask === 1 ? 'one mutation per task' : `${s.perTask} mutations per task`}`;

export function mutationTable(report: ExtensionReport): Table {
  const m = report.browser.mutations;
  return {
    head: [
      `${bytes(m.mutations)} unrelated mutations, median of ${m.rounds} rounds`,
      'task ms with',
      'without',
      'content script, ms per 1,000',
      'script ms with',
      'without',
      'content script, ms per 1,000',
    ],
    rows: m.scenarios.map((s) => {
      const task = scenarioCost(s, 'task', m.mutations);
      const script = scenarioCost(s, 'script', m.mutations);
      return [
        scenarioLabel(s),
        fixed(task.withMs),
        fixed(task.withoutMs),
        fixed(task.per1000),
        fixed(script.withMs),
        fixed(script.withoutMs),
        fixed(script.per1000),
      ];
    }),
  };
}

export interface GoalVerdict {
  goal: string;
  measured: string;
  met: boolean;
  by: string;
}

/** The three goals: met or missed, and by how much. */
export function extensionVerdicts(report: ExtensionReport): GoalVerdict[] {
  const gz = report.size.totalGzip;
  const ms = report.browser.popup.samples.map((s) => s.ms);
  const popupMedian = median(ms);
  const m = report.browser.mutations;
  // The worst scenario by the main-thread task time: what the content script costs Calendar's page at most.
  const worst = m.scenarios
    .map((s) => ({ s, cost: scenarioCost(s, 'task', m.mutations) }))
    .sort((a, b) => b.cost.per1000 - a.cost.per1000)[0]!;
  const pct = (value: number, goal: number) => `${Math.round((100 * Math.abs(value - goal)) / goal)}%`;
  return [
    {
      goal: `content script under ${kb(GOALS.gzipBytes)} gzipped`,
      measured: `${bytes(gz)} bytes gzipped${report.size.cssBytes ? ` (js ${bytes(report.size.jsGzip)} + css ${bytes(report.size.cssGzip)})` : ' (the CSS inlined in the js)'}`,
      met: gz < GOALS.gzipBytes,
      by:
        gz < GOALS.gzipBytes
          ? `${bytes(GOALS.gzipBytes - gz)} bytes under (${pct(gz, GOALS.gzipBytes)})`
          : `${bytes(gz - GOALS.gzipBytes)} bytes over (${pct(gz, GOALS.gzipBytes)})`,
    },
    {
      goal: `prompts visible under ${GOALS.popupMs} ms after the popup (median)`,
      measured: `median ${fixed(popupMedian, 1)} ms, p95 ${fixed(percentile(ms, 95), 1)} ms over ${ms.length} openings`,
      met: popupMedian < GOALS.popupMs,
      by:
        popupMedian < GOALS.popupMs
          ? `${fixed(GOALS.popupMs - popupMedian, 1)} ms under (${pct(popupMedian, GOALS.popupMs)})`
          : `${fixed(popupMedian - GOALS.popupMs, 1)} ms over (${pct(popupMedian, GOALS.popupMs)})`,
    },
    {
      goal: `under ${GOALS.mutationMs} ms of main-thread time per 1,000 unrelated mutations`,
      measured: `${fixed(worst.cost.per1000)} ms per 1,000 at worst (${scenarioLabel(worst.s)}); ${m.scenarios
        .filter((s) => s !== worst.s)
        .map((s) => `${fixed(scenarioCost(s, 'task', m.mutations).per1000)} ms ${scenarioLabel(s)}`)
        .join('; ')}`,
      met: worst.cost.per1000 < GOALS.mutationMs,
      by:
        worst.cost.per1000 < GOALS.mutationMs
          ? `${fixed(GOALS.mutationMs - worst.cost.per1000)} ms under`
          : `${fixed(worst.cost.per1000 - GOALS.mutationMs)} ms over (×${fixed(worst.cost.per1000 / GOALS.mutationMs, 1)} the budget)`,
    },
  ];
}

export function verdictLines(report: ExtensionReport): string[] {
  return extensionVerdicts(report).map((v) => `${v.met ? 'Met' : 'Missed'}: ${v.goal}: ${v.measured}; ${v.by}.`);
}

export type { Table };
