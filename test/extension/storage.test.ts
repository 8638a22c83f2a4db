import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../shared/prompts/categories';
import type { PromptCategory } from '../../shared/types';
import {
  ALL_ITEMS,
  DEFAULT_SETTINGS,
  ITEM_NAMES,
  SETTINGS_LIMITS,
  SYNC_QUOTA,
  diagnosticsItem,
  fitsSyncItem,
  meetingsItem,
  overridesItem,
  seriesPeopleItem,
  ownPromptsItem,
  peopleItem,
  plansItem,
  saveProblemItem,
  settingsItem,
  readAll,
  type OwnPrompt,
  type Settings,
} from '../../extension/storage';
import { draftOf, readDraft } from '../../extension/components/options/settings-form';
import { parseBackup } from '../../extension/backup';

// The fake browser enforces none of Chrome's storage.sync quotas (SYNC_QUOTA): these tests do.
const ALL_IDS = CATEGORIES.map((c) => c.id);
const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The largest settings the options page lets through: every limit at its maximum, the patterns made of control
 * characters, which JSON writes as six bytes each (\u0001), the most any character can take.
 */
function maximalSettings(): Settings {
  return {
    myEmail: `${'a'.repeat(SETTINGS_LIMITS.emailLength - '@example.com'.length)}@example.com`,
    titlePatterns: Array.from({ length: SETTINGS_LIMITS.titlePatterns }, (_, i) =>
      `${i}`.padEnd(SETTINGS_LIMITS.titlePatternLength, '\u0001'),
    ),
    promptCount: SETTINGS_LIMITS.promptCount.max,
    nudgeDays: SETTINGS_LIMITS.nudgeDays.max,
    skippedCategories: [...ALL_IDS],
  };
}

/** As many own prompts of the longest length (in two-byte characters) as fit one sync item: the most the page allows. */
function maximalOwnPrompts(): OwnPrompt[] {
  const prompts: OwnPrompt[] = [];
  for (let i = 0; ; i++) {
    const next = [
      ...prompts,
      {
        id: `own-${String(i).padStart(8, '0')}`,
        text: 'é'.repeat(SETTINGS_LIMITS.ownPromptLength),
        category: 'technical-leadership' as const,
      },
    ];
    if (!fitsSyncItem('ownPrompts', next)) return prompts;
    prompts.push(next[next.length - 1]!);
  }
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('every item', () => {
  it.each([
    ['settings', settingsItem, DEFAULT_SETTINGS],
    ['ownPrompts', ownPromptsItem, []],
    ['meetings', meetingsItem, {}],
    ['people', peopleItem, {}],
    ['overrides', overridesItem, {}],
    ['seriesPeople', seriesPeopleItem, {}],
    ['plans', plansItem, null],
    ['diagnostics', diagnosticsItem, null],
    ['saveProblem', saveProblemItem, null],
  ] as const)('%s reads its fallback when nothing is stored', async (_name, item, fallback) => {
    expect(await item.getValue()).toEqual(fallback);
  });

  it('lists every item once in ALL_ITEMS, with settings and own prompts in sync and the rest in local', () => {
    expect(Object.fromEntries(Object.entries(ALL_ITEMS).map(([name, item]) => [name, item.key]))).toEqual({
      settings: 'sync:settings',
      ownPrompts: 'sync:ownPrompts',
      meetings: 'local:meetings',
      people: 'local:people',
      goals: 'local:goals',
      overrides: 'local:overrides',
      seriesPeople: 'local:seriesPeople',
      plans: 'local:plans',
      stepMarks: 'local:stepMarks',
      diagnostics: 'local:diagnostics',
      calendarOwner: 'local:calendarOwner',
    });
  });
});

describe('readAll', () => {
  it('reads every item of ALL_ITEMS, by name, at its fallback when nothing is stored', async () => {
    expect(await readAll()).toEqual(Object.fromEntries(ITEM_NAMES.map((name) => [name, ALL_ITEMS[name].fallback])));
  });
});

describe('SETTINGS_LIMITS: the options form and the backup check accept and refuse the same numbers', () => {
  const { promptCount, nudgeDays } = SETTINGS_LIMITS;
  const backup = (settings: Partial<Settings>) =>
    parseBackup(JSON.stringify({ trellis: 'backup', version: 1, items: { settings: { ...DEFAULT_SETTINGS, ...settings } } })).ok;
  const form = (settings: Partial<Settings>) => readDraft(draftOf({ ...DEFAULT_SETTINGS, ...settings })).ok;

  it.each<[string, Partial<Settings>, boolean]>([
    ['the fewest prompts', { promptCount: promptCount.min }, true],
    ['the most prompts', { promptCount: promptCount.max }, true],
    ['one prompt too few', { promptCount: promptCount.min - 1 }, false],
    ['one prompt too many', { promptCount: promptCount.max + 1 }, false],
    ['the shortest nudge', { nudgeDays: nudgeDays.min }, true],
    ['the longest nudge', { nudgeDays: nudgeDays.max }, true],
    ['a day too short', { nudgeDays: nudgeDays.min - 1 }, false],
    ['a day too long', { nudgeDays: nudgeDays.max + 1 }, false],
  ])('%s', (_what, settings, ok) => {
    expect(form(settings)).toBe(ok);
    expect(backup(settings)).toBe(ok);
  });
});

describe('storage.sync quotas', () => {
  it('the default settings fit one sync item with room to spare', () => {
    expect(fitsSyncItem('settings', DEFAULT_SETTINGS)).toBe(true);
    expect(bytes(`settings${JSON.stringify(DEFAULT_SETTINGS)}`)).toBeLessThan(SYNC_QUOTA.bytesPerItem / 8);
  });

  it('maximal settings fit one sync item, and the options form accepts them', () => {
    const max = maximalSettings();
    expect(bytes(`settings${JSON.stringify(max)}`)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    const viaForm = readDraft({
      myEmail: max.myEmail,
      titlePatterns: max.titlePatterns.join('\n'),
      promptCount: String(max.promptCount),
      nudgeDays: String(max.nudgeDays),
      used: ['review'],
    });
    expect(viaForm.ok).toBe(true);
  });

  it('all sync items together, with their version markers, stay under the total quota and the item count', async () => {
    await settingsItem.setValue(maximalSettings());
    await ownPromptsItem.setValue(maximalOwnPrompts());
    const stored = await fakeBrowser.storage.sync.get(null);
    const entries = Object.entries(stored);
    for (const [key, value] of entries) expect(fitsSyncItem(key, value), key).toBe(true);
    const total = entries.reduce((sum, [key, value]) => sum + bytes(key + JSON.stringify(value)), 0);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
    expect(entries.length).toBeLessThanOrEqual(SYNC_QUOTA.maxItems);
    // Only the two items and their version markers (@wxt-dev/storage writes `<key>$` beside a versioned item).
    expect(Object.keys(stored).every((key) => /^(settings|ownPrompts)\$?$/.test(key))).toBe(true);
  });

  it('the most own prompts the page allows fill one item without passing it', () => {
    const prompts = maximalOwnPrompts();
    expect(prompts.length).toBeGreaterThan(5);
    expect(bytes(`ownPrompts${JSON.stringify(prompts)}`)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
  });
});

describe('fitsSyncItem', () => {
  // The key 'k' plus the value's JSON: '"' + n characters + '"'.
  it.each([
    ['a small value', 'k', { a: 1 }, true],
    ['exactly 8,192 bytes', 'k', 'a'.repeat(SYNC_QUOTA.bytesPerItem - 3), true],
    ['one byte over', 'k', 'a'.repeat(SYNC_QUOTA.bytesPerItem - 2), false],
    ['a long key counts too', 'k'.repeat(100), 'a'.repeat(SYNC_QUOTA.bytesPerItem - 101), false],
    ['two-byte characters count as two', 'k', 'é'.repeat(4_095), false],
    ['escaped characters count as written', 'k', '"'.repeat(4_095), false],
  ])('%s', (_what, key, value, fits) => {
    expect(fitsSyncItem(key, value)).toBe(fits);
  });
});

describe('settings migration from version 1 (categories to use) to version 2 (categories left out)', () => {
  const v1 = { myEmail: 'ana@example.com', titlePatterns: ['1:1', 'sync'], promptCount: 4, nudgeDays: 21 };

  /** Seeds storage.sync as @wxt-dev/storage lays it out: the value under its key, its meta under the key plus "$". */
  async function seed(value: unknown, meta?: { v: number }) {
    await fakeBrowser.storage.sync.set(meta ? { settings: value, settings$: meta } : { settings: value });
    await settingsItem.migrate();
  }

  it.each<[string, PromptCategory[] | undefined, PromptCategory[]]>([
    [
      'a few categories kept',
      ['job-satisfaction', 'path-choice', 'review'],
      ALL_IDS.filter((id) => !['job-satisfaction', 'path-choice', 'review'].includes(id)),
    ],
    ['every category kept', [...ALL_IDS], []],
    ['no categories kept', [], [...ALL_IDS]],
    ['no categories field', undefined, []],
  ])('%s', async (_what, categories, skipped) => {
    await seed(categories ? { ...v1, categories } : v1, { v: 1 });
    expect(await settingsItem.getValue()).toEqual({ ...v1, skippedCategories: skipped });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { ...v1, skippedCategories: skipped } });
  });

  it('reads a value stored with no meta as version 1', async () => {
    await seed({ ...v1, categories: ['review'] });
    expect((await settingsItem.getValue()).skippedCategories).toEqual(ALL_IDS.filter((id) => id !== 'review'));
  });

  it('fills fields version 1 lacked from the defaults', async () => {
    await seed({ myEmail: 'ana@example.com', categories: [...ALL_IDS] }, { v: 1 });
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, myEmail: 'ana@example.com' });
  });

  it('leaves a version 2 value alone', async () => {
    const v2: Settings = { ...DEFAULT_SETTINGS, skippedCategories: ['review'] };
    await seed(v2, { v: 2 });
    expect(await settingsItem.getValue()).toEqual(v2);
  });
});
