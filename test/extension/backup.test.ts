import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_VERSION, backupFileName, deleteAll, exportAll, importAll, parseBackup } from '../../extension/backup';
import {
  ALL_ITEMS,
  DEFAULT_SETTINGS,
  type ItemName,
  type StoredValues,
  diagnosticsItem,
  goalsItem,
  saveProblemItem,
  meetingsItem,
  ownPromptsItem,
  peopleItem,
  plansItem,
  settingsItem,
} from '../../extension/storage';
import type { ImportedPlans } from '../../shared/meeting/types';
import { blankGoals } from '../../shared/goals-export';

const plans: ImportedPlans = {
  fileName: 'plans.csv',
  importedAt: '2026-05-01T09:00:00.000Z',
  kind: 'status',
  people: [
    {
      name: 'Dev Rao',
      email: 'dev@example.com',
      manager: 'Ana',
      path: 'Technical',
      targetRole: 'Staff engineer',
      steps: [],
      summary: { steps: 4, done: 1, next: { step: 'Lead the design review', owner: 'Dev', due: '2026-06-01' }, signed: true },
    },
  ],
};

const full: StoredValues = {
  settings: { ...DEFAULT_SETTINGS, myEmail: 'ana@example.com', promptCount: 5, skippedCategories: ['review'] },
  ownPrompts: [{ id: 'own-1', text: 'What would you like to learn next?', category: 'whats-next' }],
  meetings: {
    abc_20260501T090000Z: {
      person: 'dev@example.com',
      day: '2026-05-01',
      asked: ['p1'],
      note: 'Wants to mentor',
      updatedAt: '2026-05-01T09:30:00.000Z',
    },
  },
  people: {
    'dev@example.com': { name: 'Dev Rao', email: 'dev@example.com', lastSeen: '2026-05-01' },
    'name:sam': { name: 'Sam', email: null, lastSeen: '2026-04-01' },
  },
  goals: {
    'dev@example.com': {
      ...blankGoals('dev@example.com', 'Dev Rao'),
      conversationDate: '2026-05-01',
      whatsNext: 'Lead the API work\nthen the platform',
      notWanted: 'Managing people',
    },
  },
  overrides: { abc: 'one-on-one', def: 'not-one-on-one' },
  seriesPeople: { abc: { name: 'Kim Park', email: 'kim.park@example.com' } },
  plans,
  stepMarks: {
    'dev@example.com#goals-conversation': {
      key: 'dev@example.com#goals-conversation',
      was: 'Not started',
      status: 'Done',
      changedOn: '2026-05-02',
    },
  },
  diagnostics: { at: '2026-05-02T10:00:00.000Z', where: 'popup', missing: ['guest list'] },
  calendarOwner: 'ana@example.com',
};

async function store(items: StoredValues) {
  for (const [name, value] of Object.entries(items)) {
    await (ALL_ITEMS[name as ItemName] as { setValue(v: unknown): Promise<void> }).setValue(value);
  }
}

const fileWith = (items: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ trellis: 'backup', version: BACKUP_VERSION, exportedAt: '2026-05-03T08:00:00.000Z', items, ...extra });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('exportAll', () => {
  it('writes every item, its fallback where nothing is stored, under a marker and a version', async () => {
    const file = await exportAll(new Date('2026-05-03T08:00:00.000Z'));
    expect(file).toEqual({
      trellis: 'backup',
      version: 1,
      exportedAt: '2026-05-03T08:00:00.000Z',
      items: {
        settings: DEFAULT_SETTINGS,
        ownPrompts: [],
        meetings: {},
        people: {},
        goals: {},
        overrides: {},
        seriesPeople: {},
        plans: null,
        stepMarks: {},
        diagnostics: null,
        calendarOwner: null,
      },
    });
    expect(Object.keys(file.items).sort()).toEqual(Object.keys(ALL_ITEMS).sort());
  });

  it('names the file after the day', () => {
    expect(backupFileName('2026-05-03')).toBe('trellis-backup-2026-05-03.json');
  });
});

describe('a backup round trip', () => {
  it('export, delete everything, import: every item as it was', async () => {
    await store(full);
    const text = JSON.stringify(await exportAll());
    await deleteAll();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    await importAll(parsed.data);
    expect((await exportAll()).items).toEqual(full);
  });

  it('import replaces: an item that is empty in the backup is removed', async () => {
    await store(full);
    const parsed = parseBackup(fileWith({ settings: DEFAULT_SETTINGS, plans: null }));
    if (!parsed.ok) throw new Error(parsed.message);
    await importAll(parsed.data);
    expect(await plansItem.getValue()).toBeNull();
    expect(await peopleItem.getValue()).toEqual({});
    expect(await meetingsItem.getValue()).toEqual({});
    expect(await goalsItem.getValue()).toEqual({});
    expect(await diagnosticsItem.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get('plans')).toEqual({});
  });
});

describe('deleteAll', () => {
  it('leaves every item at its fallback and no stored value but the version markers', async () => {
    await store(full);
    await saveProblemItem.setValue({ at: '2026-05-02T10:00:00.000Z', reason: "Chrome's storage for Trellis is full", advice: '' });
    await deleteAll();
    expect(await saveProblemItem.getValue()).toBeNull();
    for (const item of Object.values(ALL_ITEMS)) expect(await item.getValue()).toEqual(item.fallback);
    const left = [...Object.keys(await fakeBrowser.storage.sync.get(null)), ...Object.keys(await fakeBrowser.storage.local.get(null))];
    expect(left.every((key) => key.endsWith('$'))).toBe(true);
  });

  it('keeps settings written afterwards from being migrated again as version 1', async () => {
    // As in a browser where settings were saved before: the first write of a session records the version marker.
    await fakeBrowser.storage.sync.set({ settings$: { v: 2 } });
    await store(full);
    await deleteAll();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, skippedCategories: ['timeline'] });
    await settingsItem.migrate();
    expect((await settingsItem.getValue()).skippedCategories).toEqual(['timeline']);
  });
});

describe('parseBackup', () => {
  it('accepts an export and fills items the file lacks with their fallbacks', () => {
    const result = parseBackup(fileWith({ ownPrompts: full.ownPrompts }));
    expect(result).toEqual({
      ok: true,
      data: {
        trellis: 'backup',
        version: 1,
        exportedAt: '2026-05-03T08:00:00.000Z',
        items: {
          settings: DEFAULT_SETTINGS,
          ownPrompts: full.ownPrompts,
          meetings: {},
          people: {},
          goals: {},
          overrides: {},
          seriesPeople: {},
          plans: null,
          stepMarks: {},
          diagnostics: null,
          calendarOwner: null,
        },
      },
    });
  });

  it('fills settings fields the file lacks from the defaults', () => {
    const result = parseBackup(fileWith({ settings: { promptCount: 6 } }));
    expect(result.ok && result.data.items.settings).toEqual({ ...DEFAULT_SETTINGS, promptCount: 6 });
  });

  const tooMany = Array.from({ length: 40 }, (_, i) => ({ id: `own-${i}`, text: 'x'.repeat(280), category: 'review' }));
  it.each([
    ['text that is not JSON', '{ "trellis": ', 'it is not JSON'],
    ['JSON without the marker', JSON.stringify({ version: 1, items: {} }), 'is not a Trellis backup'],
    ['a plans file', JSON.stringify([{ Person: 'Dev' }]), 'is not a Trellis backup'],
    ['a newer format', JSON.stringify({ trellis: 'backup', version: 2, items: {} }), 'newer Trellis (format 2). Update Trellis'],
    ['an unknown format', JSON.stringify({ trellis: 'backup', version: '1', items: {} }), 'format (1) is not one Trellis can read'],
    ['no items', JSON.stringify({ trellis: 'backup', version: 1 }), 'damaged: the file has no items'],
    ['a prompt count out of range', fileWith({ settings: { promptCount: 20 } }), 'promptCount should be a whole number from 1 to 8'],
    ['an unknown category', fileWith({ settings: { skippedCategories: ['gossip'] } }), 'category "gossip" is not a prompt category'],
    ['title patterns that are not a list', fileWith({ settings: { titlePatterns: '1:1' } }), 'titlePatterns should be a list of text'],
    ['own prompts past one sync item', fileWith({ ownPrompts: tooMany }), 'larger than one Chrome sync item'],
    ['an own prompt with no text', fileWith({ ownPrompts: [{ id: 'a', category: 'review' }] }), 'ownPrompts item 1 text should be text'],
    [
      'a meeting without its note',
      fileWith({ meetings: { m1: { person: 'p', day: '2026-05-01', asked: [], updatedAt: '' } } }),
      'meeting "m1" note should be text',
    ],
    ['a person as a list', fileWith({ people: [] }), 'person should be an object'],
    [
      'career goals with a number for an answer',
      fileWith({ goals: { 'dev@example.com': { email: 'dev@example.com', jobFeels: 7 } } }),
      'career goals of "dev@example.com" jobFeels should be text',
    ],
    [
      'a step mark with an unknown Status',
      fileWith({ stepMarks: { k: { key: 'k', was: 'Not started', status: 'Finished', changedOn: '' } } }),
      'step mark "k" status should be one of Not started, In progress, Done, Blocked, Skipped',
    ],
    ['an unknown override', fileWith({ overrides: { s1: 'maybe' } }), 'override "s1" should be "one-on-one" or "not-one-on-one"'],
    [
      'a series person with no name',
      fileWith({ seriesPeople: { s1: { email: 'kim@example.com' } } }),
      'series person "s1" name should be text',
    ],
    ['plans of an unknown kind', fileWith({ plans: { ...plans, kind: 'roster' } }), 'plans kind should be "plans" or "status"'],
    [
      'a plan without a summary',
      fileWith({ plans: { ...plans, people: [{ ...plans.people[0], summary: undefined }] } }),
      'plans person 1 summary should be an object',
    ],
    ['diagnostics from nowhere', fileWith({ diagnostics: { at: '', where: 'sidebar', missing: [] } }), 'diagnostics where'],
  ])('refuses %s, saying why', (_what, text, says) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(says);
  });

  it('a refused file changes nothing', async () => {
    await store(full);
    expect(parseBackup(fileWith({ people: [] })).ok).toBe(false);
    expect((await exportAll()).items).toEqual(full);
    expect(await ownPromptsItem.getValue()).toEqual(full.ownPrompts);
  });
});
