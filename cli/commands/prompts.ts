import { longDay } from '../../shared/dates';
import { emailIdentity } from '../../shared/email';
import { groupByPerson, personOf, readPlansTable } from '../../shared/plans-table';
import { PROMPTS } from '../../shared/prompts/bank';
import { CATEGORIES } from '../../shared/prompts/categories';
import { planStage, preferredCategories, selectPrompts } from '../../shared/prompts/select';
import { statusOf } from '../../shared/status';
import type { PlanRow, Prompt } from '../../shared/types';
import { formatFrom, parse, todayFrom, OUTPUT_OPTIONS } from '../args';
import { UserError } from '../../shared/user-error';
import { EXIT, fatalIn } from '../errors';
import { isGuarded, readGrid } from '../io/read-grid';
import type { Io } from '../output';
import { terminalText } from '../terminal';

export const PROMPTS_HELP = `Usage: trellis prompts [--person EMAIL] [--plans PLANS] [--count N] [--today YYYY-MM-DD] [--format text|json]

The career-conversation prompts a manager would see for a person's next 1:1, with follow-ups for a short answer.

  --person EMAIL  the person the 1:1 is with
  --plans PLANS   their plans table (.csv, .json or .xlsx): the prompts then follow what the plan needs next
                  (goals first, then the path, then signing, then reviewing), and the plan's next step is shown.
                  Without --person, prompts for everyone in the table.
  --count N       how many prompts (default 3, at most 20)
  --today DATE    the day of the 1:1, for overdue steps (default: today)
  --format F      text (default) or json`;

interface Agenda {
  person: string;
  email: string;
  path: string;
  targetRole: string;
  nextStep: string;
  nextOwner: string;
  nextDue: string;
  overdue: number;
  prompts: Prompt[];
}

/** `trellis prompts`: the prompts for a person's next 1:1, shaped by their written plan when one is given. */
export async function promptsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    person: { type: 'string', short: 'p' },
    plans: { type: 'string' },
    count: { type: 'string', short: 'n' },
    today: OUTPUT_OPTIONS.today,
    format: OUTPUT_OPTIONS.format,
  });
  if (positionals.length > 0) {
    throw new UserError(`takes no file name (got ${positionals.join(' ')}); use --plans PLANS and --person EMAIL`);
  }
  const count = Number(values.count ?? '3');
  if (!Number.isInteger(count) || count < 1 || count > 20) throw new UserError('--count must be a whole number from 1 to 20');
  const today = todayFrom(values.today);
  const format = formatFrom(values.format, ['text', 'json'] as const, 'text');
  const email = typeof values.person === 'string' ? values.person.trim() : undefined;
  const plansPath = values.plans as string | undefined;

  let people: PlanRow[][] = [];
  if (plansPath) {
    const { table, fatal } = readPlansTable(await readGrid(plansPath, ['csv', 'json', 'xlsx'], 'Plans'), { guarded: isGuarded(plansPath) });
    if (fatal) throw fatalIn(plansPath, fatal);
    people = groupByPerson(table.rows);
    if (email) {
      people = people.filter((rows) => personOf(rows[0]!) === emailIdentity(email));
      if (people.length === 0) {
        throw new UserError(`${plansPath} has no plan for ${email}: check the email, or run trellis plan to add them`);
      }
    }
  }
  const agendas: Agenda[] =
    people.length > 0
      ? people.map((rows) => {
          const status = statusOf(rows, today);
          return {
            person: status.person,
            email: status.email,
            path: status.path,
            targetRole: status.targetRole,
            nextStep: status.nextStep,
            nextOwner: status.nextOwner,
            nextDue: status.nextDue,
            overdue: status.overdue,
            prompts: selectPrompts({ bank: PROMPTS, count, prefer: preferredCategories(planStage(rows)) }),
          };
        })
      : [
          {
            person: '',
            email: email ?? '',
            path: '',
            targetRole: '',
            nextStep: '',
            nextOwner: '',
            nextDue: '',
            overdue: 0,
            prompts: selectPrompts({ bank: PROMPTS, count }),
          },
        ];
  io.stdout(format === 'json' ? `${JSON.stringify(agendas, null, 2)}\n` : terminalText(agendas.map(promptsText).join('\n')));
  return EXIT.clean;
}

const label = (p: Prompt) => CATEGORIES.find((c) => c.id === p.category)?.label ?? p.category;

/** One agenda as terminal text: who, their path and next step, then the numbered prompts with follow-ups. */
function promptsText(a: Agenda): string {
  const who = a.person ? `${a.person}${a.email ? ` <${a.email}>` : ''}` : a.email;
  const lines = [who ? `Next 1:1 with ${who}` : 'Next career conversation'];
  if (a.path) lines.push(`Path: ${a.path}${a.targetRole ? `, towards ${a.targetRole}` : ''}`);
  if (a.nextStep) {
    lines.push(`Next step: ${a.nextStep} (${a.nextOwner}${a.nextDue ? `, due ${longDay(a.nextDue)}` : ''})`);
  }
  if (a.overdue > 0) lines.push(`${a.overdue} step${a.overdue === 1 ? ' is' : 's are'} overdue: ask what is in the way.`);
  lines.push('');
  a.prompts.forEach((p, i) => {
    lines.push(`${i + 1}. ${p.text}`, `   (${label(p)})`);
    for (const f of p.followUps) lines.push(`   If the answer is short: ${f}`);
  });
  return `${lines.join('\n')}\n`;
}
