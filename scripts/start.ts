// `npm start`: the main job on the bundled sample team, through the same code as the trellis command.
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const roster = 'examples/roster.csv';
const goals = 'examples/goals.csv';
const files = { plans: 'out/plans.csv', status: 'out/plan-status.csv', written: 'out/written-plans.md' };

const planned = await main(['plan', roster, '--goals', goals, '--out', files.plans, '--written', files.written]);
if (planned === 1) process.exit(1);
const rolled = await main(['status', files.plans, '--out', files.status]);
if (rolled === 1) process.exit(1);

console.log(`
Trellis planned the sample team in ${roster}, with what each said in their career-goals conversation (${goals}):
  Plans table    ${files.plans}   one row per step, each with one owner, a due date and a status
  Written plans  ${files.written}   each person's plan to read together and sign, opening with their goals
                 in their own words (Dev's and Ravi's are drafts until their conversations are written down)
  Plan status    ${files.status}   one row per person, for HR

What to do next:
  - Open ${files.plans} in a spreadsheet, set a few Status cells to Done or add a note, save it as CSV,
    then run npm start again: your edits are kept and only new steps are added.
  - Write down Dev's answers in ${goals} and run npm start again: Dev's plan is then no longer a draft.
  - Plan your own team: npx trellis goals your-roster.csv --out goals.csv writes a goals sheet to fill in during
    each 1:1, then npx trellis plan your-roster.csv --goals goals.csv --out plans.csv  (npx trellis --help for more)
  - Prompts for someone's next 1:1: npx trellis prompts --plans ${files.plans} --person ana.lopez@example.com`);
