// `npm start`: the main job on the bundled sample team, through the same code as the trellis command, and the two
// other front ends built, with where to load each. The plan run's notes (stderr) are kept and told after the summary.
import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main';
import type { Io } from '../cli/output';
import { terminalLine } from '../cli/terminal';
import { buildAddon } from './build-addon';
import { buildHr } from './build-hr';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const roster = 'examples/roster.csv';
const goals = 'examples/goals.csv';
const files = { plans: 'out/plans.csv', status: 'out/plan-status.csv', written: 'out/written-plans.md' };
const EXTENSION = '.output/chrome-mv3';

/** `wxt build` in a child process, its output kept: resolves to '' when it built, else what it said. */
function buildExtension(): Promise<string> {
  return new Promise((done) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    child.stdout.on('data', (chunk) => (said += chunk));
    child.stderr.on('data', (chunk) => (said += chunk));
    child.on('error', (error) => done(error.message));
    child.on('close', (code) => done(code === 0 ? '' : said.trim() || `wxt build exited ${code}`));
  });
}

console.log('Planning the sample team, and building the Calendar extension and the Sheets add-on (about 10 seconds)…');
const extension = buildExtension();

const notes: string[] = [];
const io: Io = { stdout: (text) => process.stdout.write(text), stderr: (line) => notes.push(terminalLine(line)) };
const planned = await main(['plan', roster, '--goals', goals, '--out', files.plans, '--written', files.written], io);
const rolled = planned === 1 ? 1 : await main(['status', files.plans, '--out', files.status], io);
if (planned === 1 || rolled === 1) {
  for (const note of notes) console.error(note);
  process.exit(1);
}
let addon: { dist: string; paste: string; hr: string } | undefined;
try {
  const built = buildAddon();
  const hr = buildHr();
  addon = {
    dist: `${relative(root, built.outDir)}/`,
    paste: `${relative(root, built.pasteDir)}/Code.gs`,
    hr: `${relative(root, hr.outDir)}/`,
  };
} catch (error) {
  notes.push(`The Sheets add-on did not build: ${terminalLine(error instanceof Error ? error.message : String(error))}`);
}
const extensionProblem = await extension;
if (extensionProblem) notes.push(`The Calendar extension did not build (wxt build): ${terminalLine(extensionProblem)}`);

console.log(`
Trellis planned the sample team in ${roster}, with what each said in their career-goals conversation (${goals}):
  Plans table    ${files.plans}   one row per step, each with one owner, a due date and a status
  Written plans  ${files.written}   each person's plan to read together and sign, opening with their goals
                 in their own words (Dev's and Ravi's are drafts until their conversations are written down)
  Plan status    ${files.status}   one row per person, for HR (npx trellis status ${files.plans} shows it as a table)

What to do next:
  - Open ${files.plans} in a spreadsheet, set a few Status cells to Done or add a note, save it as CSV,
    then run npm start again: your edits are kept and only new steps are added.
  - Write down Dev's answers in ${goals} and run npm start again: Dev's plan is then no longer a draft.
  - Plan your own team: npx trellis goals your-roster.csv --out goals.csv writes a goals sheet to fill in during
    each 1:1, then npx trellis plan your-roster.csv --goals goals.csv --out plans.csv  (npx trellis --help for more)
  - Prompts for someone's next 1:1: npx trellis prompts --plans ${files.plans} --person ana.lopez@example.com`);
if (!extensionProblem) {
  console.log(`
The Calendar extension is built in ${EXTENSION}/: in Chrome open chrome://extensions, turn on Developer mode,
  choose Load unpacked and pick that folder; then import ${files.plans} on its options page.`);
}
if (addon) {
  console.log(`
The Sheets add-on is built in ${addon.dist} (for clasp), and as one file to paste into the
  Apps Script editor, ${addon.paste};
  sheets-addon/README.md takes you from either to the Trellis menu in your team's sheet.
Trellis HR, the roll-up of many teams' spreadsheets for HR, is built in ${addon.hr} (Code.js and
  appsscript.json to paste into an HR spreadsheet's Apps Script editor): see hr-rollup/README.md.`);
}
if (notes.length > 0) {
  console.log(`\nNotes from the run (${notes.length}):`);
  for (const note of notes) console.log(`  ${note}`);
}
