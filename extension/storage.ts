/**
 * Every key Trellis stores, declared once (ALL_ITEMS; the types, the backup and the store's loops derive from it).
 * Settings live in storage.sync (small, follows the user between browsers: SYNC_QUOTA); what happens in meetings
 * lives in storage.local, on this browser only.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { PromptCategory } from '../shared/types';
import type { CareerGoals } from '../shared/goals-columns';
import type { Counterpart, ImportedPlans, MeetingRecord, Override, PersonRecord } from '../shared/meeting/types';
import type { StepMarks } from '../shared/meeting/step-marks';
import { DEFAULT_TITLE_PATTERNS } from '../shared/meeting/one-on-one';
import { CATEGORIES } from '../shared/prompts/categories';

/** What the user sets on the options page; kept in storage.sync. */
export interface Settings {
  /** The user's own address; '' means "the calendar owner read from the page". */
  myEmail: string;
  /** Title words that mark a 1:1 (matched case-insensitively as whole words), beside the built-in "A / B" shapes. */
  titlePatterns: string[];
  /** How many prompts to show for today. */
  promptCount: number;
  /** Days after the last career conversation with a person when the overlay says one is due. */
  nudgeDays: number;
  /** Categories left out of today's prompts; new categories in a later prompt bank are on by default. */
  skippedCategories: PromptCategory[];
}

/** The settings before the user changes any. */
export const DEFAULT_SETTINGS: Settings = {
  myEmail: '',
  titlePatterns: [...DEFAULT_TITLE_PATTERNS],
  promptCount: 3,
  nudgeDays: 30,
  skippedCategories: [],
};

/**
 * The bounds of each setting, which keep the settings item well under one sync item (the storage tests check a
 * maximal one); the options form, its help text and the backup check all read them here.
 */
export const SETTINGS_LIMITS = {
  emailLength: 254,
  titlePatterns: 20,
  titlePatternLength: 60,
  promptCount: { min: 1, max: 8 },
  nudgeDays: { min: 7, max: 365 },
  ownPromptLength: 280,
} as const;

/** Chrome's storage.sync quotas (Chromium extensions/common/api/storage.json): bytes an item, bytes in all, items. */
export const SYNC_QUOTA = { bytesPerItem: 8_192, totalBytes: 102_400, maxItems: 512 } as const;

/** A sync quota in bytes as the options page and the backup's messages write it ("8,192"). */
export const bytesText = (bytes: number) => bytes.toLocaleString('en-US');

/** A prompt the user wrote on the options page. */
export interface OwnPrompt {
  id: string;
  text: string;
  category: PromptCategory;
}

/** What the content script could not find on the last Calendar page it gave up on. */
export interface Diagnostics {
  at: string;
  where: 'popup' | 'page';
  missing: string[];
}

/** A write a Calendar tab still could not make after trying again, in plain words (see save-problem.ts). */
export interface SaveProblem {
  at: string;
  /** What went wrong. */
  reason: string;
  /** What the user can do about it. */
  advice: string;
}

const ALL_CATEGORY_IDS: PromptCategory[] = CATEGORIES.map((c) => c.id);

/** Settings, in sync. Version 1 kept the categories to use; version 2 keeps those left out (see Settings). */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: Omit<Settings, 'skippedCategories'> & { categories?: PromptCategory[] }): Settings => {
      const { categories, ...rest } = old;
      const skipped = categories ? ALL_CATEGORY_IDS.filter((id) => !categories.includes(id)) : [];
      return { ...DEFAULT_SETTINGS, ...rest, skippedCategories: skipped };
    },
  },
});

/** The user's own prompts, in sync (one item, so at most SYNC_QUOTA.bytesPerItem: see fitsSyncItem). */
export const ownPromptsItem = storage.defineItem<OwnPrompt[]>('sync:ownPrompts', { fallback: [], version: 1 });

/** Meetings by Calendar instance id (or by person and day when the page carried no id). */
export const meetingsItem = storage.defineItem<Record<string, MeetingRecord>>('local:meetings', {
  fallback: {},
  version: 1,
});

/** People met in 1:1s, by person key. */
export const peopleItem = storage.defineItem<Record<string, PersonRecord>>('local:people', { fallback: {}, version: 1 });

/** Career goals typed in the panel or imported on the options page, by the person's email identity (contract 8). */
export const goalsItem = storage.defineItem<Record<string, CareerGoals>>('local:goals', { fallback: {}, version: 1 });

/** "Treat this as a 1:1" (or not), by recurring series id. */
export const overridesItem = storage.defineItem<Record<string, Override>>('local:overrides', {
  fallback: {},
  version: 1,
});

/** Whom a meeting of several people is a 1:1 with, by recurring series id: the answer to "With whom?" (Treat as 1:1). */
export const seriesPeopleItem = storage.defineItem<Record<string, Counterpart>>('local:seriesPeople', { fallback: {}, version: 1 });

/** The last plans or plan status CSV imported on the options page. */
export const plansItem = storage.defineItem<ImportedPlans | null>('local:plans', { fallback: null, version: 1 });

/** Plan steps marked done or in progress in the panel, by Key, until a plans import shows them (contract 11). */
export const stepMarksItem = storage.defineItem<StepMarks>('local:stepMarks', { fallback: {}, version: 1 });

/** The last thing the content script could not find, for the options page's diagnostics line. */
export const diagnosticsItem = storage.defineItem<Diagnostics | null>('local:diagnostics', {
  fallback: null,
  version: 1,
});

/** The calendar owner last read from an event id on Calendar's page: who "me" is when Settings.myEmail is empty. */
export const calendarOwnerItem = storage.defineItem<string | null>('local:calendarOwner', { fallback: null, version: 1 });

/**
 * The last write a Calendar tab could not make, for the options page's diagnostics; removed when that tab saves again.
 * In sync, not local, because a full or failing local storage is what it reports. Not in ALL_ITEMS: it is no user
 * data, and a backup restored later should not bring back an old problem.
 */
export const saveProblemItem = storage.defineItem<SaveProblem | null>('sync:saveProblem', { fallback: null, version: 1 });

/** Every item of user data, by name: the one list export, import, "delete all" and the overlay's store loop over. */
export const ALL_ITEMS = {
  settings: settingsItem,
  ownPrompts: ownPromptsItem,
  meetings: meetingsItem,
  people: peopleItem,
  goals: goalsItem,
  overrides: overridesItem,
  seriesPeople: seriesPeopleItem,
  plans: plansItem,
  stepMarks: stepMarksItem,
  diagnostics: diagnosticsItem,
  calendarOwner: calendarOwnerItem,
} as const;

/** The name of a stored item in ALL_ITEMS. */
export type ItemName = keyof typeof ALL_ITEMS;

/** Every item's name, in ALL_ITEMS' order. */
export const ITEM_NAMES = Object.keys(ALL_ITEMS) as ItemName[];

type ValueOf<I> = I extends WxtStorageItem<infer V, infer _M> ? V : never;

/** The value of every item, by its name in ALL_ITEMS. */
export type StoredValues = { [K in ItemName]: ValueOf<(typeof ALL_ITEMS)[K]> };

/** Reads every item (its fallback where nothing is stored). */
export async function readAll(): Promise<StoredValues> {
  const values = await Promise.all(ITEM_NAMES.map((name) => ALL_ITEMS[name].getValue()));
  return Object.fromEntries(ITEM_NAMES.map((name, i) => [name, values[i]])) as StoredValues;
}

/** Whether a value fits one storage.sync item under its key (the key's length plus the value's JSON, in bytes). */
export function fitsSyncItem(key: string, value: unknown): boolean {
  return new TextEncoder().encode(key + JSON.stringify(value)).length <= SYNC_QUOTA.bytesPerItem;
}
