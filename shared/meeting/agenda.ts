import { longDay } from '../dates';
import type { PromptQuestion } from '../types';
import { openSteps, type OpenStep } from './plan-steps';
import type { PersonPlan } from './types';

export interface AgendaInput {
  name: string;
  prompts: readonly PromptQuestion[];
  plan: PersonPlan | null;
  today: string;
}

/** How many open plan steps the agenda lists. */
const STEPS_SHOWN = 3;
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

function stepLine({ step, owner, due, overdue }: OpenStep): string {
  const when = due ? `due ${longDay(due)}${overdue ? ', overdue' : ''}` : 'no date set yet';
  return `• ${line(step)} (${[line(owner), when].filter(Boolean).join(', ')})`;
}

function planLines(plan: PersonPlan, today: string): string[] {
  const { summary } = plan;
  const aim = [line(plan.path), plan.targetRole.trim() ? `towards ${line(plan.targetRole)}` : ''].filter(Boolean).join(', ');
  const lines = [
    `Their plan${aim ? `: ${aim}` : ''}`,
    `${summary.done} of ${summary.steps} steps done; ${summary.signed ? 'signed by both' : 'not signed yet'}.`,
  ];
  const open = openSteps(plan, today).slice(0, STEPS_SHOWN);
  if (open.length === 0) lines.push('Every step is done.');
  else lines.push(open.length === 1 ? 'Next step:' : 'Next steps:', ...open.map(stepLine));
  return lines;
}

/**
 * A 1:1's agenda as plain text to paste into the event description: no Markdown, no markup. Every guest can read a
 * description, so the manager's private note for the meeting is never part of it.
 */
export function agendaText(input: AgendaInput): string {
  const { name, prompts, plan, today } = input;
  const sections: string[][] = [[line(name) ? `Career conversation with ${line(name)}` : 'Career conversation', longDay(today)]];
  if (prompts.length > 0) sections.push(['Questions for today:', ...prompts.map((p, i) => `${i + 1}. ${line(p.text)}`)]);
  if (plan) sections.push(planLines(plan, today));
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
