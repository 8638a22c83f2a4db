import { longDay } from './dates';
import { fillStep } from './plan';
import { stepIdOf } from './plans-table';
import { CLOSING, OPENING, PATHS } from './paths/templates';
import { dueDay, isClosed, isPastDue, parseStatus } from './status';
import type { PlanRow } from './types';

/** One step as a written plan shows it. */
export interface WrittenStep {
  text: string;
  owner: string;
  due: string;
  status: string;
  overdue: boolean;
  why: string;
  evidence: string;
  notes: string;
}

/** A person's plan as a document: who, where they are heading, who does what by when, and the sign-off. */
export interface WrittenPlan {
  person: string;
  email: string;
  manager: string;
  path: string;
  pathSummary: string;
  targetRole: string;
  employeeSteps: WrittenStep[];
  managerSteps: WrittenStep[];
  otherSteps: WrittenStep[];
  signOff: { role: 'Employee' | 'Manager'; name: string; signed: boolean; due: string }[];
  review: WrittenStep | undefined;
  today: string;
}

/** Builds a person's written plan from their rows of the plans table, in table order. */
export function writtenPlan(rows: readonly PlanRow[], today: string): WrittenPlan {
  const first = rows[0]!;
  const path = Object.values(PATHS).find((p) => p.label.toLowerCase() === first.path.trim().toLowerCase());
  const templates = new Map([...OPENING, ...(path?.steps ?? []), ...CLOSING].map((s) => [s.id, s]));
  const fill = (text: string | undefined) => (text ? fillStep(text, { name: first.person, manager: first.manager }, first.targetRole) : '');
  const toStep = (row: PlanRow): WrittenStep => {
    const template = templates.get(stepIdOf(row));
    return {
      text: row.step,
      owner: row.owner,
      due: row.due,
      status: row.status || 'Not started',
      overdue: !isClosed(parseStatus(row.status)) && isPastDue(dueDay(row.due), today),
      why: fill(template?.why),
      evidence: fill(template?.evidence),
      notes: row.notes,
    };
  };
  const closing = new Set(CLOSING.map((s) => s.id));
  const body = rows.filter((r) => !closing.has(stepIdOf(r)));
  const signRow = (id: string) => rows.find((r) => stepIdOf(r) === id);
  const sign = (role: 'Employee' | 'Manager', id: string) => {
    const row = signRow(id);
    return {
      role,
      name: row?.owner || (role === 'Employee' ? first.person : first.manager),
      signed: row !== undefined && parseStatus(row.status) === 'Done',
      due: row?.due ?? '',
    };
  };
  const reviewRow = signRow('progress-review');
  return {
    person: first.person,
    email: first.email,
    manager: first.manager,
    path: first.path,
    pathSummary: path?.summary ?? '',
    targetRole: first.targetRole,
    employeeSteps: body.filter((r) => r.ownerRole.trim().toLowerCase() === 'employee').map(toStep),
    managerSteps: body.filter((r) => r.ownerRole.trim().toLowerCase() === 'manager').map(toStep),
    otherSteps: body.filter((r) => !['employee', 'manager'].includes(r.ownerRole.trim().toLowerCase())).map(toStep),
    signOff: [sign('Employee', 'sign-off-employee'), sign('Manager', 'sign-off-manager')],
    review: reviewRow ? toStep(reviewRow) : undefined,
    today,
  };
}

const firstName = (name: string) => name.split(/\s+/)[0] || name;
const due = (s: WrittenStep) => (s.due ? `due ${longDay(s.due)}` : 'no date yet');

type Escape = (text: string) => string;
const plain: Escape = (text) => text.replace(/\s*[\r\n]+\s*/g, ' ');
// Names and steps come from whoever edited the roster: in Markdown they must stay text, never markup or HTML.
const markdown: Escape = (text) => plain(text).replace(/[\\`*_[\]<>#|~!]/g, (c) => `\\${c}`);

function stepLines(steps: readonly WrittenStep[], mark: (s: WrittenStep) => string, esc: Escape): string[] {
  const detail = esc === markdown ? '  - ' : '    ';
  return steps.flatMap((s) => {
    const state = [s.status, s.overdue ? 'OVERDUE' : ''].filter(Boolean).join(', ');
    const lines = [`${mark(s)} ${esc(s.text)} (${due(s)}; ${esc(state)})`];
    // Why and Done when are our words with the person's name, manager and target filled in: those are typed text too.
    if (s.why) lines.push(`${detail}Why: ${esc(s.why)}`);
    if (s.evidence) lines.push(`${detail}Done when: ${esc(s.evidence)}`);
    if (s.notes) lines.push(`${detail}Notes: ${esc(s.notes)}`);
    return lines;
  });
}

function sections(plan: WrittenPlan, mark: (s: WrittenStep) => string, esc: Escape) {
  const first = esc(firstName(plan.person));
  const managerName = esc(plan.manager) || 'the manager';
  const out: { title: string; lines: string[] }[] = [
    { title: `What ${first} will do`, lines: stepLines(plan.employeeSteps, mark, esc) },
    { title: `What ${managerName} will do to support ${first}`, lines: stepLines(plan.managerSteps, mark, esc) },
  ];
  if (plan.otherSteps.length > 0) out.push({ title: 'Other steps', lines: stepLines(plan.otherSteps, mark, esc) });
  if (plan.review) {
    out.push({ title: 'Reviewing the plan', lines: stepLines([plan.review], mark, esc) });
  }
  return out;
}

function header(plan: WrittenPlan, esc: Escape): string[] {
  return [
    `Person: ${esc(plan.person)}${plan.email ? ` (${esc(plan.email)})` : ''}`,
    `Manager: ${esc(plan.manager) || 'not named on the roster'}`,
    `Path: ${esc(plan.path) || 'Undecided'}${plan.pathSummary ? ` (${esc(plan.pathSummary)})` : ''}`,
    `Target role: ${esc(plan.targetRole) || 'to be agreed together'}`,
    `Written: ${longDay(plan.today)}`,
  ];
}

function signOffLines(plan: WrittenPlan, esc: Escape): string[] {
  return plan.signOff.map((s) =>
    s.signed
      ? `${s.role}: ${esc(s.name)}: signed (marked Done in the plan)`
      : `${s.role}: ${esc(s.name)}   Signature: ____________________   Date: ____________${s.due ? ` (by ${longDay(s.due)})` : ''}`,
  );
}

/** A written plan as a Markdown document. */
export function planToMarkdown(plan: WrittenPlan): string {
  const lines = [
    `# Career plan: ${markdown(plan.person)}`,
    '',
    ...header(plan, markdown).map((l) => `- ${l.replace(/^([^:]+):/, '**$1:**')}`),
  ];
  for (const section of sections(plan, (s) => (parseStatus(s.status) === 'Done' ? '- [x]' : '- [ ]'), markdown)) {
    lines.push('', `## ${section.title}`, '');
    lines.push(...(section.lines.length > 0 ? section.lines : ['_Nothing written down yet._']));
  }
  lines.push('', '## Sign-off', '', 'We agree to this plan and to reviewing it together.', '');
  lines.push(...signOffLines(plan, markdown).map((l) => `- ${l}`));
  return `${lines.join('\n')}\n`;
}

/** A written plan as plain text, for pasting where Markdown is not rendered (an event description, an email). */
export function planToText(plan: WrittenPlan): string {
  const title = `Career plan: ${plain(plan.person)}`;
  const lines = [title, '='.repeat(title.length), '', ...header(plan, plain)];
  for (const section of sections(plan, (s) => (parseStatus(s.status) === 'Done' ? '[x]' : '[ ]'), plain)) {
    lines.push('', section.title, '-'.repeat(section.title.length));
    lines.push(...(section.lines.length > 0 ? section.lines : ['Nothing written down yet.']));
  }
  lines.push('', 'Sign-off', '--------', 'We agree to this plan and to reviewing it together.', '', ...signOffLines(plan, plain));
  return `${lines.join('\n')}\n`;
}
