/** What the overlay shows for one Calendar event, computed from the event and the store's state; no DOM, no storage. */
import type { CalendarEvent, Counterpart, EventId, Override, PersonPlan } from '../../shared/meeting/types';
import type { PromptQuestion, PromptCategory } from '../../shared/types';
import { personKey } from '../../shared/meeting/person-key';
import { classifyEvent } from '../../shared/meeting/one-on-one';
import { conversationDue, historyFor, lastConversation } from '../../shared/meeting/nudge';
// From plan-steps rather than plans-import, so the CSV parser (papaparse) stays out of the content script.
import { importedPlanFor, openSteps, preferFor, type OpenStep } from '../../shared/meeting/plan-steps';
import { stepKey, withMarks, type StepMarks } from '../../shared/meeting/step-marks';
import type { Status } from '../../shared/types';
import { QUESTIONS } from '../../shared/prompts/questions';
import { selectPrompts } from '../../shared/prompts/select';
import { CATEGORIES } from '../../shared/prompts/categories';
import type { CareerGoals } from '../../shared/goals-columns';
import { blankGoals } from '../../shared/goals-export';
import type { StoreState } from './store';

/** A step as the panel lists it, with what marking it needs. */
export interface PanelStep extends OpenStep {
  /** Its Key; '' when it cannot be marked (a row with no Key, or a plan status import's next step). */
  key: string;
  /** Its Status now, marks included. */
  status: Status;
  /** The Status it was imported with. */
  was: Status;
  /** Whether it was marked here and the imported plans do not show that yet. */
  marked: boolean;
}

/** A plan as the overlay shows it, with the steps marked in the panel at their new Status. */
export interface PlanView {
  path: string;
  targetRole: string;
  /** The open steps, next first (a plan status import has only its next step); empty when every step is done. */
  steps: PanelStep[];
  /**
   * What the panel lists: the steps the imported plan has open, in the same order, at their Status now; a step marked
   * Done here stays in its place, so the mark can be taken back.
   */
  listed: PanelStep[];
  /** The plan itself, for the agenda. */
  plan: PersonPlan;
}

/** A group of prompts under one category, for "More prompts". */
export interface PromptGroup {
  category: PromptCategory;
  label: string;
  prompts: PromptQuestion[];
}

/** The overlay for a 1:1. */
export interface OneOnOneView {
  kind: 'one-on-one';
  meetingId: string;
  /** The recurring series (or single event) id overrides are kept under; null when the page carried no id. */
  seriesId: string | null;
  /** Whether the event would be a 1:1 without the user's override. */
  autoOneOnOne: boolean;
  person: Counterpart;
  personKey: string;
  /** The meeting's day: the instance day of a recurring event, else today. */
  day: string;
  today: string;
  prompts: PromptQuestion[];
  more: PromptGroup[];
  asked: string[];
  note: string;
  plan: PlanView | null;
  /** The person's career goals (blank until something is typed or imported); null without an email to keep them by. */
  goals: CareerGoals | null;
  nudge: { due: boolean; daysSince: number | null; nudgeDays: number };
}

/** The overlay for an existing event that is not a 1:1: only the quiet "Treat as 1:1". */
export interface OtherView {
  kind: 'other';
  meetingId: string;
  seriesId: string | null;
  autoOneOnOne: boolean;
  /** The people invited but me: with more than one, "Treat as 1:1" asks which of them the 1:1 is with. */
  guests: Counterpart[];
}

export type OverlayView = OneOnOneView | OtherView;

/** The key a meeting is stored under: the decoded instance id, else the person and today. */
export function meetingIdOf(id: EventId | null, key: string, today: string): string {
  return id ? id.instanceId : `${key}|${today}`;
}

/** Every prompt the user can be shown: the bank and their own. */
export function promptBank(state: StoreState): PromptQuestion[] {
  const own: PromptQuestion[] = state.ownPrompts.map((p) => ({
    id: p.id,
    text: p.text,
    category: p.category,
    fundamental: CATEGORIES.find((c) => c.id === p.category)?.fundamental ?? 'ask',
  }));
  return [...QUESTIONS, ...own];
}

function planView(imported: PersonPlan, plan: PersonPlan, marks: StepMarks, today: string): PlanView {
  const panelStep = (step: OpenStep): PanelStep => {
    const source = step.id ? imported.steps.find((s) => s.id === step.id) : undefined;
    const was = (source?.status ?? 'Not started') as Status;
    const key = source ? stepKey(imported, source) : '';
    const status = (key && marks[key]?.status) || was;
    return { ...step, key, status, was, marked: status !== was };
  };
  const steps = openSteps(plan, today).map(panelStep);
  const listed = openSteps(imported, today).map(panelStep);
  return { path: plan.path, targetRole: plan.targetRole, steps, listed, plan };
}

/** The overlay's view of an event. */
export function buildView(event: CalendarEvent, state: StoreState, today: string): OverlayView {
  const { id } = event;
  const seriesId = id ? id.seriesId : null;
  const { settings } = state;
  // An empty setting means "the calendar owner": this event's (from its id), else the one last seen (an event on a
  // shared calendar carries no owner).
  const myEmail = settings.myEmail.trim() || id?.ownerEmail || state.calendarOwner || null;
  const override: Override | undefined = seriesId ? state.overrides[seriesId] : undefined;
  const options = { titlePatterns: settings.titlePatterns, myEmail };
  const auto = classifyEvent(event, options);
  const verdict = override ? classifyEvent(event, { ...options, override }) : auto;

  if (!verdict.oneOnOne) {
    const fallbackKey = personKey({ email: null, name: event.title });
    const meetingId = meetingIdOf(id, fallbackKey, today);
    return { kind: 'other', meetingId, seriesId, autoOneOnOne: auto.oneOnOne, guests: verdict.guests };
  }

  // The person the user said the series is with, else the one found; a meeting made a 1:1 by hand may have no clear
  // other person, and then the title stands in for one.
  const chosen = seriesId ? state.seriesPeople[seriesId] : undefined;
  const person: Counterpart = chosen ?? verdict.other ?? { name: event.title.trim() || 'this meeting', email: null };
  const key = personKey(person);
  const meetingId = meetingIdOf(id, key, today);
  const record = state.meetings[meetingId];
  const imported = importedPlanFor(state.plans, person);
  const plan = imported && withMarks(imported, state.stepMarks, today);
  const skipped = new Set(settings.skippedCategories);
  const categories = CATEGORIES.map((c) => c.id).filter((c) => !skipped.has(c));
  const bank = promptBank(state);
  const prompts = selectPrompts({
    bank,
    history: historyFor(state.meetings, key, meetingId),
    count: settings.promptCount,
    categories,
    prefer: preferFor(plan),
  });
  const shown = new Set(prompts.map((p) => p.id));
  const more: PromptGroup[] = CATEGORIES.filter((c) => !skipped.has(c.id))
    .map((c) => ({ category: c.id, label: c.label, prompts: bank.filter((p) => p.category === c.id && !shown.has(p.id)) }))
    .filter((g) => g.prompts.length > 0);
  const last = lastConversation(state.meetings, key, today);
  // The conversation under way in this meeting answers the nudge, whatever day the meeting is on.
  const holding = Boolean(record && (record.asked.length > 0 || record.note.trim()));
  const due = holding ? { due: false, daysSince: null } : conversationDue(last, today, settings.nudgeDays);

  return {
    kind: 'one-on-one',
    meetingId,
    seriesId,
    autoOneOnOne: auto.oneOnOne,
    person,
    personKey: key,
    day: record?.day ?? id?.instanceDay ?? today,
    today,
    prompts,
    more,
    asked: record?.asked ?? [],
    note: record?.note ?? '',
    plan: imported && plan ? planView(imported, plan, state.stepMarks, today) : null,
    goals: person.email ? (state.goals[key] ?? blankGoals(person.email, person.name)) : null,
    nudge: { due: due.due, daysSince: due.daysSince, nudgeDays: settings.nudgeDays },
  };
}
