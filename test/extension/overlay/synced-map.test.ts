import { describe, expect, it } from 'vitest';
import { applyKeyChange, sameKey, type KeyChange } from '../../../shared/meeting/changes';
import { pageLock } from '../../../extension/overlay/lock';
import { createSyncedMap, type SyncedMapOptions } from '../../../extension/overlay/synced-map';

type Value = Record<string, string>;

/** A stored item by hand: `during` runs after a write, before it resolves, as another tab's write might. */
function fakeItem(initial: Value) {
  let value = initial;
  const watchers = new Set<(v: Value) => void>();
  const fake = {
    key: 'local:test',
    fail: null as Error | null,
    during: null as (() => void) | null,
    getValue: async () => value,
    setValue: async (next: Value) => {
      if (fake.fail) throw fake.fail;
      fake.put(next);
      fake.during?.();
    },
    /** A write from elsewhere: stored and announced. */
    put(next: Value) {
      value = next;
      for (const watcher of watchers) watcher(next);
    },
    watch(cb: (v: Value) => void) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    stored: () => value,
  };
  return fake;
}

function hold(item: ReturnType<typeof fakeItem>) {
  const saves: (string | null)[] = [];
  const map = createSyncedMap<string, KeyChange<string>>({
    item: item as unknown as SyncedMapOptions<string, KeyChange<string>>['item'],
    initial: item.stored(),
    apply: applyKeyChange<string>,
    replaces: sameKey<string>,
    lock: pageLock,
    retry: (run) => run(),
    onValue: () => {},
    onSaved: (failure) => saves.push(failure ? String((failure.error as Error).message) : null),
  });
  return { map, saves };
}

describe('a synced map', () => {
  it('stores only its own edits, onto what was written elsewhere since it loaded', async () => {
    const item = fakeItem({ a: '1' });
    const { map } = hold(item);
    item.put({ a: '1', b: 'elsewhere' });
    map.edit({ key: 'c', value: 'here' });
    await map.save();
    expect(item.stored()).toEqual({ a: '1', b: 'elsewhere', c: 'here' });
    expect(map.value()).toEqual(item.stored());
  });

  it('keeps a later value heard before its own write resolved, never putting what it wrote back over it', async () => {
    const item = fakeItem({ a: '1' });
    const { map } = hold(item);
    map.edit({ key: 'c', value: 'here' });
    // Another tab writes right after this one, and its storage event arrives before this write's reply.
    item.during = () => item.put({ ...item.stored(), b: 'later' });
    await map.save();
    expect(map.value()).toEqual({ a: '1', b: 'later', c: 'here' });
  });

  it('keeps edits made while a save runs, and the latest of two edits of one key', async () => {
    const item = fakeItem({});
    const { map } = hold(item);
    map.edit({ key: 'a', value: 'first' });
    item.during = () => map.edit({ key: 'b', value: 'typed during the save' });
    await map.save();
    expect(item.stored()).toEqual({ a: 'first' });
    expect(map.value()).toEqual({ a: 'first', b: 'typed during the save' });
    item.during = null;
    map.edit({ key: 'b', value: 'typed after' });
    await map.save();
    expect(item.stored()).toEqual({ a: 'first', b: 'typed after' });
  });

  it('keeps an edit whose save failed, over every value that arrives, and stores it with the next save', async () => {
    const item = fakeItem({});
    const { map, saves } = hold(item);
    item.fail = new Error('QUOTA_BYTES quota exceeded');
    map.edit({ key: 'note', value: 'kept' });
    await map.save();
    item.put({ other: 'elsewhere' });
    expect(map.value()).toEqual({ other: 'elsewhere', note: 'kept' });
    item.fail = null;
    await map.save();
    expect(item.stored()).toEqual({ other: 'elsewhere', note: 'kept' });
    expect(saves).toEqual(['QUOTA_BYTES quota exceeded', null]);
  });
});
