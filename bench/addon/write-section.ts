/**
 * `npx tsx bench/addon/write-section.ts`: only the add-on's part of the benchmark, at 100, 1,000 and 10,000 people,
 * and its section of docs/benchmarks.md rewritten with the figures; every other section is left as it is (a full
 * `npm run bench -- --write` remeasures those too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOC } from '../document';
import { markdownTable } from '../report';
import { addonSection } from './document';
import { addonTable, addonVerdict, methodTable } from './report';
import { benchAddon } from './index';

const COMMAND = 'npx tsx bench/addon/write-section.ts';
const START = '## The Google Sheets add-on';
const END = '<!-- Notes below this line';

const report = benchAddon([100, 1_000, 10_000], false, (text) => process.stderr.write(`bench: ${text}\n`));
const doc = readFileSync(DOC, 'utf8');
const start = doc.indexOf(START);
const end = doc.indexOf(END);
if (start < 0 || end < start) throw new Error(`${DOC} has no add-on section to replace`);
writeFileSync(DOC, doc.slice(0, start) + addonSection(report, COMMAND, markdownTable) + doc.slice(end));
for (const table of [addonTable(report), methodTable(report)]) process.stdout.write(`${markdownTable(table)}\n\n`);
process.stdout.write(`${addonVerdict(report).text}\n`);
process.stdout.write(`Wrote the add-on section of ${DOC}.\n`);
