/**
 * One stored map as a Calendar tab holds it: the latest stored value (kept current by a storage watch) with this
 * tab's unsaved edits applied on top, so a write from another tab never undoes typing here. A save reads the latest
 * value under a lock every Calendar tab shares, applies only this tab's edits and writes that, so what another tab
 * saved is kept too. An edit stays here until a save of it succeeds.
 */
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { Lock } from './lock';

type Entries<V> = Record<string, V>;

export interface SyncedMapOptions<V, C> {
  item: WxtStorageItem<Entries<V>, Record<string, unknown>>;
  /** The value as loaded. */
  initial: Entries<V>;
  /** The map with one edit applied; applying an edit twice must give the same map. */
  apply: (map: Entries<V>, change: C) => Entries<V>;
  /** Whether a later edit replaces an earlier one, so edits typed while saves fail do not pile up. */
  replaces: (later: C, earlier: C) => boolean;
  lock: Lock;
  /** Runs one save, trying again as it sees fit; rejects with the last failure. */
  retry: <T>(run: () => Promise<T>) => Promise<T>;
  /** After the value changed (an edit here, a save, or a write elsewhere), with the new value. */
  onValue: (value: Entries<V>) => void;
  /** After each save of some edits: null when it succeeded, else its last failure. */
  onSaved: (failure: { error: unknown } | null) => void;
}

export interface SyncedMap<V, C> {
  /** The stored value with this tab's unsaved edits applied. */
  value(): Entries<V>;
  /** Applies an edit here at once; it is stored by the next save. */
  edit(change: C): void;
  /** Stores every edit not stored yet; never rejects (failures go to onSaved). */
  save(): Promise<void>;
  /** Stops watching storage. */
  close(): void;
}

/** Holds one stored map for this tab and watches it. */
export function createSyncedMap<V, C>(options: SyncedMapOptions<V, C>): SyncedMap<V, C> {
  const { item, apply, replaces, lock, retry, onValue, onSaved } = options;
  let stored = options.initial;
  let unsaved: C[] = [];
  let value = stored;
  const refresh = () => {
    value = unsaved.reduce(apply, stored);
    onValue(value);
  };
  /** How many stored values the watch has brought: one heard during a save is newer than what the save wrote. */
  let heard = 0;
  const stop = item.watch((next) => {
    heard++;
    stored = next;
    refresh();
  });

  const saveNow = async () => {
    queued = null;
    const batch = unsaved;
    if (batch.length === 0) return;
    try {
      const written = await retry(() =>
        lock(`trellis:${item.key}`, async () => {
          const next = batch.reduce(apply, await item.getValue());
          const before = heard;
          await item.setValue(next);
          return { next, overtaken: heard !== before };
        }),
      );
      // Until the watch echoes it, what was written is the latest stored value (unless a later one came already).
      if (!written.overtaken) stored = written.next;
      // Edits made while this save ran stay for the next one.
      unsaved = unsaved.filter((change) => !batch.includes(change));
      refresh();
      onSaved(null);
    } catch (error) {
      onSaved({ error });
    }
  };
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;

  return {
    value: () => value,
    edit(change) {
      unsaved = [...unsaved.filter((earlier) => !replaces(change, earlier)), change];
      refresh();
    },
    save() {
      // One save at a time; saves asked for while one waits to start are the same save.
      if (!queued) chain = queued = chain.then(saveNow);
      return queued;
    },
    close: stop,
  };
}
