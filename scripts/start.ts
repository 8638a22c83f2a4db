// `npm start`: the main job on the bundled sample team, through the same code as the trellis command.
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const roster = 'examples/roster.csv';
const files = { plans: 'out/plans.csv', status: 'out/plan-status.csv', written: 'out/written-plans.md' };

const planned = await main(['plan', roster, '--out', files.plans, '--written', files.written]);
if (planned === 1) process.exit(1);
const rolled = await main(['status', files.plans, '--out', files.status]);
if (rolled === 1) process.exit(1);

console.log(`
Trellis planned the sample team in ${roster}:
  Plans table    ${files.plans}   one row per step, each with one owner, a due date and a status
  Written plans  ${files.written}   each person's plan as a document to read together and sign
  Plan status    ${files.status}   one row per person, for HR

What to do next:
  - Open ${files.plans} in a spreadsheet, set a few Status cells to Done or add a note, save it as CSV,
    then run npm start again: your edits are kept and only new steps are added.
  - Plan your own team: npx trellis plan your-roster.csv --out plans.csv  (npx trellis --help for more)
  - Prompts for someone's next 1:1: npx trellis prompts --plans ${files.plans} --person ana.lopez@example.com`);
