/**
 * Everything Trellis stores as one JSON file, and back: export, checked import, and delete all.
 * The file: { "trellis": "backup", "version": 1, "exportedAt": ISO timestamp, "items": { <name>: value } }.
 */
import type { PromptCategory } from '../shared/types';
import type { ImportedPlans, MeetingRecord, Override, PersonRecord } from '../shared/meeting/types';
import { CATEGORIES } from '../shared/prompts/categories';
import { ALL_ITEMS, DEFAULT_SETTINGS, fitsSyncItem, saveProblemItem, type Diagnostics, type OwnPrompt, type Settings, type StoredValues } from './storage';

export const BACKUP_MARKER = 'backup';
export const BACKUP_VERSION = 1;

/** The value of every item, by its name in ALL_ITEMS. */
export type BackupItems = StoredValues;

export interface BackupFile {
  trellis: typeof BACKUP_MARKER;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  items: BackupItems;
}

type ItemName = keyof typeof ALL_ITEMS;
const NAMES = Object.keys(ALL_ITEMS) as ItemName[];

/** Reads every stored item (its fallback where nothing is stored) into one backup. */
export async function exportAll(now: Date = new Date()): Promise<BackupFile> {
  const values = await Promise.all(NAMES.map((name) => ALL_ITEMS[name].getValue()));
  const items = Object.fromEntries(NAMES.map((name, i) => [name, values[i]])) as unknown as BackupItems;
  return { trellis: BACKUP_MARKER, version: BACKUP_VERSION, exportedAt: now.toISOString(), items };
}

/** The file name an export is saved under: trellis-backup-YYYY-MM-DD.json (the local day). */
export function backupFileName(day: string): string {
  return `trellis-backup-${day}.json`;
}

/** Replaces everything stored with a checked backup (see parseBackup); an item the file lacks is removed. */
export async function importAll(data: BackupFile): Promise<void> {
  await Promise.all(
    NAMES.map((name) => {
      const value = data.items[name];
      const item = ALL_ITEMS[name] as { setValue(v: unknown): Promise<void>; removeValue(): Promise<void> };
      return value == null ? item.removeValue() : item.setValue(value);
    }),
  );
}

/**
 * Removes every stored value. The small version markers (`settings$`: { v: 2 }) stay: they hold no data, and without
 * them a value written later in this session would be read as version 1 next time and migrated again.
 */
export async function deleteAll(): Promise<void> {
  // The last save problem is no backup item, but "delete everything" means everything.
  await Promise.all([...NAMES.map((name) => ALL_ITEMS[name].removeValue()), saveProblemItem.removeValue()]);
}

export type ParseResult = { ok: true; data: BackupFile } | { ok: false; message: string };

class Invalid extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const CATEGORY_IDS = new Set<string>(CATEGORIES.map((c) => c.id));

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
  const whole = (n: unknown, min: number, max: number, what: string) =>
    need(typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max, `settings ${what} should be a whole number from ${min} to ${max}`);
  whole(s.promptCount, 1, 8, 'promptCount');
  whole(s.nudgeDays, 7, 365, 'nudgeDays');
  const out: Settings = {
    myEmail: str(s.myEmail, 'settings myEmail'),
    titlePatterns: strings(s.titlePatterns, 'settings titlePatterns'),
    promptCount: s.promptCount,
    nudgeDays: s.nudgeDays,
    skippedCategories: strings(s.skippedCategories, 'settings skippedCategories').map((c) => category(c, `settings category "${c}"`)),
  };
  need(fitsSyncItem('settings', out), 'settings are larger than one Chrome sync item (8,192 bytes)');
  return out;
}

function ownPrompts(v: unknown): OwnPrompt[] {
  need(Array.isArray(v), 'ownPrompts should be a list');
  const out = (v as unknown[]).map((p, i) => {
    need(isObject(p), `ownPrompts item ${i + 1} should be an object`);
    const o = p as Record<string, unknown>;
    return { id: str(o.id, `ownPrompts item ${i + 1} id`), text: str(o.text, `ownPrompts item ${i + 1} text`), category: category(o.category, `ownPrompts item ${i + 1} category`) };
  });
  need(fitsSyncItem('ownPrompts', out), 'your own prompts are larger than one Chrome sync item (8,192 bytes)');
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

function override(v: unknown, what: string): Override {
  need(v === 'one-on-one' || v === 'not-one-on-one', `${what} should be "one-on-one" or "not-one-on-one"`);
  return v as Override;
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

function diagnostics(v: unknown): Diagnostics | null {
  if (v == null) return null;
  need(isObject(v), 'diagnostics should be an object');
  const o = v as Record<string, unknown>;
  need(o.where === 'popup' || o.where === 'page', 'diagnostics where should be "popup" or "page"');
  return { at: str(o.at, 'diagnostics at'), where: o.where as Diagnostics['where'], missing: strings(o.missing, 'diagnostics missing') };
}

/** Checks a backup file's text: the marker, the version and the shape of every item; says what is wrong otherwise. */
export function parseBackup(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Trellis backup: it is not JSON. Choose the trellis-backup-….json file that "Export everything" saved.' };
  }
  if (!isObject(json) || json.trellis !== BACKUP_MARKER) {
    return { ok: false, message: 'This file is not a Trellis backup. Choose the trellis-backup-….json file that "Export everything" saved.' };
  }
  if (json.version !== BACKUP_VERSION) {
    const newer = typeof json.version === 'number' && json.version > BACKUP_VERSION;
    return {
      ok: false,
      message: newer
        ? `This backup was made by a newer Trellis (format ${json.version}). Update Trellis, then import it again.`
        : `This backup's format (${String(json.version)}) is not one Trellis can read. Nothing was changed.`,
    };
  }
  try {
    need(isObject(json.items), 'the file has no items');
    const items = json.items as Record<string, unknown>;
    const data: BackupFile = {
      trellis: BACKUP_MARKER,
      version: BACKUP_VERSION,
      exportedAt: typeof json.exportedAt === 'string' ? json.exportedAt : '',
      items: {
        settings: items.settings == null ? DEFAULT_SETTINGS : settings(items.settings),
        ownPrompts: items.ownPrompts == null ? [] : ownPrompts(items.ownPrompts),
        meetings: items.meetings == null ? {} : record(items.meetings, 'meeting', meeting),
        people: items.people == null ? {} : record(items.people, 'person', person),
        overrides: items.overrides == null ? {} : record(items.overrides, 'override', override),
        plans: plans(items.plans),
        diagnostics: diagnostics(items.diagnostics),
        calendarOwner: strOrNull(items.calendarOwner, 'calendarOwner'),
      },
    };
    return { ok: true, data };
  } catch (err) {
    if (!(err instanceof Invalid)) throw err;
    return { ok: false, message: `This backup is damaged: ${err.message}. Nothing was changed; try an earlier backup.` };
  }
}
