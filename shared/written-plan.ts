import { longDay } from './dates';
import { type CareerGoals, hasGoals } from './goals';
import { fillStep } from './plan';
import { generatedId, numbered, pathNameKey, pathOfCell, REVIEW_STEP, SHARED_IDS, signOffRound } from './plan-rounds';
import { stepIdOf } from './plans-table';
import { CLOSING, OPENING, PATHS } from './paths/templates';
import { currentRow, dueDay, isClosed, isPastDue, parseStatus } from './status';
import type { PlanRow, StepTemplate } from './types';
import type { Block, Item, Signature, WrittenDocument } from './written-doc';
import { conversationLine, goalItems, type TargetDateGap, targetDateGaps } from './written-goals';
import { documentToMarkdown } from './written-markdown';
import { documentToText } from './written-text';

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
  /** The person's current role, from the roster ('' when not known). */
  role: string;
  path: string;
  pathSummary: string;
  targetRole: string;
  /** What the career-goals conversation found; undefined when there is no goals row. */
  goals: CareerGoals | undefined;
  /** Where the goals' Target date and the plan's scope-or-title review are more than 30 days apart. */
  targetDateGap: TargetDateGap | undefined;
  employeeSteps: WrittenStep[];
  managerSteps: WrittenStep[];
  otherSteps: WrittenStep[];
  signOff: { role: 'Employee' | 'Manager'; name: string; signed: boolean; due: string }[];
  review: WrittenStep | undefined;
  /** Earlier paths whose steps were closed when the path changed (contract 9): shown only as one history line. */
  earlier: { path: string; closed: number }[];
  today: string;
}

/** What a written plan needs beyond the plans table: the roster's current role and the person's career goals. */
export interface WrittenExtras {
  role?: string;
  goals?: CareerGoals;
  /** A career framework's step by Path cell and step id (frameworkStepOf), when the plans were made with one. */
  stepOf?: (path: string, id: string) => StepTemplate | undefined;
}

const SHARED_TEMPLATES = new Map([...OPENING, ...CLOSING].map((s) => [s.id, s]));
const ANY_PATH_TEMPLATES = new Map(Object.values(PATHS).flatMap((p) => p.steps.map((s) => [s.id, s] as const)));

/**
 * A row's step template: by its step id on the path its own Path cell names (a step added on a new path has its why),
 * the framework's first where the plans were made with one.
 */
function templateOf(row: PlanRow, stepOf: WrittenExtras['stepOf']): StepTemplate | undefined {
  const own = stepOf?.(row.path, numbered(stepIdOf(row)).base);
  if (own) return own;
  const id = generatedId(row);
  if (!id) return undefined;
  const path = pathOfCell(row.path);
  return SHARED_TEMPLATES.get(id) ?? (path && PATHS[path].steps.find((s) => s.id === id)) ?? ANY_PATH_TEMPLATES.get(id);
}

/**
 * Builds a person's written plan from their rows of the plans table, each section in due order, on their latest path and sign-off
 * round (contract 9): an earlier path's steps closed by a path change are left out but for one history line.
 */
export function writtenPlan(rows: readonly PlanRow[], today: string, extras: WrittenExtras = {}): WrittenPlan {
  const first = rows[0]!;
  const current = currentRow(rows);
  const pathId = pathOfCell(current.path);
  const path = pathId ? PATHS[pathId] : undefined;
  const ownSteps = new Set(path?.steps.map((s) => s.id));
  // A step of an earlier path closed by a path change (contract 9): Trellis's own, or the framework's the plans were
  // made with; on a path the framework added, any Skipped step whose row names another path.
  const closedEarlier = (r: PlanRow) => {
    if (parseStatus(r.status) !== 'Skipped') return false;
    const base = numbered(stepIdOf(r)).base;
    const id = generatedId(r) || (extras.stepOf?.(r.path, base) ? base : '');
    if (id === '' || SHARED_IDS.has(id)) return false;
    return path ? !ownSteps.has(id) : pathNameKey(r.path) !== pathNameKey(current.path);
  };
  const fill = (text: string | undefined, row: PlanRow) =>
    text ? fillStep(text, { name: first.person, manager: first.manager, role: extras.role }, row.targetRole || current.targetRole) : '';
  const toStep = (row: PlanRow): WrittenStep => {
    const template = templateOf(row, extras.stepOf);
    return {
      text: row.step,
      owner: row.owner,
      due: row.due,
      status: row.status || 'Not started',
      overdue: !isClosed(parseStatus(row.status)) && isPastDue(dueDay(row.due), today),
      why: fill(template?.why, row),
      evidence: fill(template?.evidence, row),
      notes: row.notes,
    };
  };
  const closing = new Set(CLOSING.map((s) => s.id));
  // In due order, so a step a refresh added after the person's last row reads where it falls; a tie keeps table order.
  const body = rows.filter((r) => !closing.has(numbered(stepIdOf(r)).base) && !closedEarlier(r)).sort(byDue);
  // The latest round's sign-off and the latest review: numbered steps, the highest number the one that counts now.
  const latest = (base: string, round: number) =>
    rows.find((r) => numbered(stepIdOf(r)).base === base && numbered(stepIdOf(r)).round === round);
  const round = Math.max(1, signOffRound(rows));
  const reviews = rows.map((r) => numbered(stepIdOf(r))).filter((n) => n.base === REVIEW_STEP);
  const sign = (role: 'Employee' | 'Manager', id: string) => {
    const row = latest(id, round);
    return {
      role,
      name: row?.owner || (role === 'Employee' ? first.person : first.manager),
      signed: row !== undefined && parseStatus(row.status) === 'Done',
      due: row?.due ?? '',
    };
  };
  const reviewRow = latest(REVIEW_STEP, Math.max(1, ...reviews.map((n) => n.round)));
  const ownerRole = (r: PlanRow) => r.ownerRole.trim().toLowerCase();
  return {
    person: first.person,
    email: first.email,
    manager: first.manager,
    role: extras.role ?? '',
    path: current.path,
    pathSummary: path?.summary ?? '',
    targetRole: current.targetRole,
    goals: extras.goals,
    targetDateGap: extras.goals ? targetDateGaps(rows, () => extras.goals)[0] : undefined,
    employeeSteps: body.filter((r) => ownerRole(r) === 'employee').map(toStep),
    managerSteps: body.filter((r) => ownerRole(r) === 'manager').map(toStep),
    otherSteps: body.filter((r) => !['employee', 'manager'].includes(ownerRole(r))).map(toStep),
    signOff: [sign('Employee', 'sign-off-employee'), sign('Manager', 'sign-off-manager')],
    review: reviewRow ? toStep(reviewRow) : undefined,
    earlier: earlierPaths(rows.filter(closedEarlier)),
    today,
  };
}

/** Rows by their Due day, undated ones last (Array.prototype.sort is stable, so ties keep their order). */
function byDue(a: PlanRow, b: PlanRow): number {
  const [x, y] = [dueDay(a.due), dueDay(b.due)];
  if (x === y) return 0;
  if (!x || !y) return x ? -1 : 1;
  return x < y ? -1 : 1;
}

/** The earlier paths of closed rows, each with how many of its steps were closed, in table order. */
function earlierPaths(closed: readonly PlanRow[]): { path: string; closed: number }[] {
  const byPath = new Map<string, number>();
  for (const row of closed) {
    const path = row.path.trim() || 'Undecided';
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
  }
  return [...byPath].map(([path, count]) => ({ path, closed: count }));
}

/** Whether the plan is still a draft: nothing of the career-goals conversation has been written down. */
export const isDraft = (plan: WrittenPlan) => !plan.goals || !hasGoals(plan.goals);

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

function stepItem(s: WrittenStep): Item {
  const state = [s.status, s.overdue ? 'OVERDUE' : ''].filter(Boolean).join(', ');
  const details = [
    { label: 'Why', value: s.why },
    { label: 'Done when', value: s.evidence },
    { label: 'Notes', value: s.notes },
  ].filter((d) => d.value.trim() !== '');
  return {
    box: parseStatus(s.status) === 'Done' ? 'done' : 'open',
    overdue: s.overdue,
    text: s.text,
    status: `${s.due ? `due ${longDay(s.due)}` : 'no date yet'}; ${state}`,
    details,
  };
}

function stepSection(title: string, steps: readonly WrittenStep[]): Block[] {
  const body: Block =
    steps.length > 0
      ? { kind: 'items', items: steps.map(stepItem) }
      : { kind: 'paragraph', text: 'Nothing written down yet.', quiet: true };
  return [{ kind: 'heading', text: title }, body];
}

function goalsSection(plan: WrittenPlan, first: string): Block[] {
  const heading: Block = { kind: 'heading', text: `Goals in ${first}'s words` };
  if (isDraft(plan)) {
    return [heading, { kind: 'paragraph', text: 'Nothing written down yet: the career-goals conversation fills this in.', quiet: true }];
  }
  const goals = plan.goals!;
  const items = goalItems(goals, plan.manager, plan.targetDateGap);
  return [heading, { kind: 'paragraph', text: conversationLine(goals) }, ...(items.length > 0 ? [{ kind: 'items', items } as Block] : [])];
}

/** The written plan as a document: the one source of the Markdown, the text and the add-on's HTML. */
export function planDocument(plan: WrittenPlan): WrittenDocument {
  const first = firstName(plan.person);
  const blocks: Block[] = [];
  if (isDraft(plan)) {
    blocks.push({ kind: 'notice', text: `This plan is a draft until the career-goals conversation with ${first} has been written down.` });
  }
  blocks.push({
    kind: 'fields',
    fields: [
      { label: 'Person', value: `${plan.person}${plan.email ? ` (${plan.email})` : ''}` },
      { label: 'Manager', value: plan.manager || 'not named on the roster' },
      { label: 'Current role', value: plan.role || 'not given on the roster' },
      { label: 'Path', value: `${plan.path || 'Undecided'}${plan.pathSummary ? ` (${plan.pathSummary})` : ''}` },
      { label: 'Target role', value: plan.targetRole || 'to be agreed together' },
      { label: 'Written', value: longDay(plan.today) },
    ],
  });
  blocks.push(...goalsSection(plan, first));
  blocks.push(...stepSection(`What ${first} will do`, plan.employeeSteps));
  blocks.push(...stepSection(`What ${plan.manager || 'the manager'} will do to support ${first}`, plan.managerSteps));
  if (plan.otherSteps.length > 0) blocks.push(...stepSection('Other steps', plan.otherSteps));
  if (plan.review) blocks.push(...stepSection('Reviewing the plan', [plan.review]));
  if (plan.earlier.length > 0) {
    const closed = plan.earlier.map((e) => `${e.path} (${e.closed === 1 ? '1 step' : `${e.closed} steps`} closed when the path changed)`);
    blocks.push({ kind: 'paragraph', text: `Earlier path: ${closed.join('; ')}.`, quiet: true });
  }
  const signatures: Signature[] = plan.signOff.map((s) => ({ ...s, due: s.due ? longDay(s.due) : '' }));
  blocks.push(
    { kind: 'heading', text: 'Sign-off' },
    { kind: 'paragraph', text: 'We agree to this plan and to reviewing it together.' },
    { kind: 'signatures', signatures },
  );
  return { title: `Career plan: ${plan.person}`, blocks };
}

/** A written plan as a Markdown document. */
export function planToMarkdown(plan: WrittenPlan): string {
  return documentToMarkdown(planDocument(plan));
}

/** A written plan as plain text, for pasting where Markdown is not rendered (an event description, an email). */
export function planToText(plan: WrittenPlan): string {
  return documentToText(planDocument(plan));
}
