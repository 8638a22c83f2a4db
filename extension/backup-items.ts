/** Checks each item of a backup file against its stored shape and the settings limits (storage.ts). */
import { STATUSES, type PromptCategory, type Status } from '../shared/types';
import type { StepMark } from '../shared/meeting/step-marks';
import type { Counterpart, ImportedPlans, MeetingRecord, Override, PersonRecord } from '../shared/meeting/types';
import { CATEGORIES } from '../shared/prompts/categories';
import { GOALS_FIELDS, type CareerGoals } from '../shared/goals-columns';
import {
  ALL_ITEMS,
  DEFAULT_SETTINGS,
  ITEM_NAMES,
  SETTINGS_LIMITS,
  SYNC_QUOTA,
  bytesText,
  fitsSyncItem,
  type Diagnostics,
  type ItemName,
  type OwnPrompt,
  type Settings,
  type StoredValues,
} from './storage';

/** A backup item that is not what it should be; its message says what, in plain words. */
export class Invalid extends Error {}

/** Whether a value is a plain JSON object. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const CATEGORY_IDS = new Set<string>(CATEGORIES.map((c) => c.id));
const SYNC_ITEM_TEXT = `${bytesText(SYNC_QUOTA.bytesPerItem)} bytes`;

/** Throws Invalid(what) unless ok. */
function need(ok: boolean, what: string): void {
  if (!ok) throw new Invalid(what);
}
function str(v: unknown, what: string): string {
  need(typeof v === 'string', `${what} should be text`);
  return v as string;
}
function strOrNull(v: unknown, what: string): string | null {
  return v == null ? null : str(v, what);
}
function strings(v: unknown, what: string): string[] {
  need(Array.isArray(v) && v.every((x) => typeof x === 'string'), `${what} should be a list of text`);
  return v as string[];
}
function count(v: unknown, what: string): number {
  need(typeof v === 'number' && Number.isInteger(v) && v >= 0, `${what} should be a whole number`);
  return v as number;
}
function category(v: unknown, what: string): PromptCategory {
  need(typeof v === 'string' && CATEGORY_IDS.has(v), `${what} is not a prompt category Trellis knows`);
  return v as PromptCategory;
}
function record<T>(v: unknown, what: string, each: (value: unknown, where: string) => T): Record<string, T> {
  need(isObject(v), `${what} should be an object`);
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) out[key] = each(value, `${what} "${key}"`);
  return out;
}

function settings(v: unknown): Settings {
  need(isObject(v), 'settings should be an object');
  const s = { ...DEFAULT_SETTINGS, ...(v as Partial<Settings>) };
  const whole = (n: unknown, { min, max }: { min: number; max: number }, what: string) =>
    need(
      typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max,
      `settings ${what} should be a whole number from ${min} to ${max}`,
    );
  whole(s.promptCount, SETTINGS_LIMITS.promptCount, 'promptCount');
  whole(s.nudgeDays, SETTINGS_LIMITS.nudgeDays, 'nudgeDays');
  const out: Settings = {
    myEmail: str(s.myEmail, 'settings myEmail'),
    titlePatterns: strings(s.titlePatterns, 'settings titlePatterns'),
    promptCount: s.promptCount,
    nudgeDays: s.nudgeDays,
    skippedCategories: strings(s.skippedCategories, 'settings skippedCategories').map((c) => category(c, `settings category "${c}"`)),
  };
  need(fitsSyncItem('settings', out), `settings are larger than one Chrome sync item (${SYNC_ITEM_TEXT})`);
  return out;
}

function ownPrompts(v: unknown): OwnPrompt[] {
  need(Array.isArray(v), 'ownPrompts should be a list');
  const out = (v as unknown[]).map((p, i) => {
    need(isObject(p), `ownPrompts item ${i + 1} should be an object`);
    const o = p as Record<string, unknown>;
    return {
      id: str(o.id, `ownPrompts item ${i + 1} id`),
      text: str(o.text, `ownPrompts item ${i + 1} text`),
      category: category(o.category, `ownPrompts item ${i + 1} category`),
    };
  });
  need(fitsSyncItem('ownPrompts', out), `your own prompts are larger than one Chrome sync item (${SYNC_ITEM_TEXT})`);
  return out;
}

function meeting(v: unknown, what: string): MeetingRecord {
  need(isObject(v), `${what} should be an object`);
  const o = v as Record<string, unknown>;
  return {
    person: str(o.person, `${what} person`),
    day: str(o.day, `${what} day`),
    asked: strings(o.asked, `${what} asked`),
    note: str(o.note, `${what} note`),
    updatedAt: str(o.updatedAt, `${what} updatedAt`),
  };
}

function person(v: unknown, what: string): PersonRecord {
  need(isObject(v), `${what} should be an object`);
  const o = v as Record<string, unknown>;
  return { name: str(o.name, `${what} name`), email: strOrNull(o.email, `${what} email`), lastSeen: str(o.lastSeen, `${what} lastSeen`) };
}

function goals(v: unknown, what: string): CareerGoals {
  need(isObject(v), `${what} should be an object`);
  const o = v as Record<string, unknown>;
  return Object.fromEntries(GOALS_FIELDS.map((field) => [field, str(o[field] ?? '', `${what} ${field}`)])) as CareerGoals;
}

function override(v: unknown, what: string): Override {
  need(v === 'one-on-one' || v === 'not-one-on-one', `${what} should be "one-on-one" or "not-one-on-one"`);
  return v as Override;
}

function seriesPerson(v: unknown, what: string): Counterpart {
  need(isObject(v), `${what} should be an object`);
  const o = v as Record<string, unknown>;
  return { name: str(o.name, `${what} name`), email: strOrNull(o.email, `${what} email`) };
}

function plans(v: unknown): ImportedPlans | null {
  if (v == null) return null;
  need(isObject(v), 'plans should be an object');
  const o = v as Record<string, unknown>;
  str(o.fileName, 'plans fileName');
  str(o.importedAt, 'plans importedAt');
  need(o.kind === 'plans' || o.kind === 'status', 'plans kind should be "plans" or "status"');
  need(Array.isArray(o.people), 'plans people should be a list');
  (o.people as unknown[]).forEach((p, i) => {
    const what = `plans person ${i + 1}`;
    need(isObject(p), `${what} should be an object`);
    const q = p as Record<string, unknown>;
    for (const field of ['name', 'email', 'manager', 'path', 'targetRole'] as const) str(q[field], `${what} ${field}`);
    need(Array.isArray(q.steps), `${what} steps should be a list`);
    need(isObject(q.summary), `${what} summary should be an object`);
    const s = q.summary as Record<string, unknown>;
    count(s.steps, `${what} summary steps`);
    count(s.done, `${what} summary done`);
    need(typeof s.signed === 'boolean', `${what} summary signed should be true or false`);
  });
  return v as unknown as ImportedPlans;
}

function stepMark(v: unknown, what: string): StepMark {
  need(isObject(v), `${what} should be an object`);
  const o = v as Record<string, unknown>;
  const status = (x: unknown, field: string) => {
    need(typeof x === 'string' && (STATUSES as readonly string[]).includes(x), `${what} ${field} should be one of ${STATUSES.join(', ')}`);
    return x as Status;
  };
  return {
    key: str(o.key, `${what} key`),
    was: status(o.was, 'was'),
    status: status(o.status, 'status'),
    changedOn: str(o.changedOn, `${what} changedOn`),
  };
}

function diagnostics(v: unknown): Diagnostics | null {
  if (v == null) return null;
  need(isObject(v), 'diagnostics should be an object');
  const o = v as Record<string, unknown>;
  need(o.where === 'popup' || o.where === 'page', 'diagnostics where should be "popup" or "page"');
  return { at: str(o.at, 'diagnostics at'), where: o.where as Diagnostics['where'], missing: strings(o.missing, 'diagnostics missing') };
}

/** How each item of a backup is checked, one reader per item of ALL_ITEMS (the type makes a missing one an error). */
const READERS: { [K in ItemName]: (v: unknown) => StoredValues[K] } = {
  settings,
  ownPrompts,
  meetings: (v) => record(v, 'meeting', meeting),
  people: (v) => record(v, 'person', person),
  goals: (v) => record(v, 'career goals of', goals),
  overrides: (v) => record(v, 'override', override),
  seriesPeople: (v) => record(v, 'series person', seriesPerson),
  plans,
  stepMarks: (v) => record(v, 'step mark', stepMark),
  diagnostics,
  calendarOwner: (v) => strOrNull(v, 'calendarOwner'),
};

/** Every item of a backup, checked; an item the file lacks is its fallback. */
export function readItems(value: unknown): StoredValues {
  need(isObject(value), 'the file has no items');
  const items = value as Record<string, unknown>;
  const read = <K extends ItemName>(name: K) => (items[name] == null ? ALL_ITEMS[name].fallback : READERS[name](items[name]));
  return Object.fromEntries(ITEM_NAMES.map((name) => [name, read(name)])) as StoredValues;
}
