import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A stored item's value once read (undefined until then), a setter that writes it and shows it, and one that only
 * shows a value (after removeValue, say).
 */
export function useStored<T, M extends Record<string, unknown>>(
  item: WxtStorageItem<T, M>,
): [T | undefined, (value: T) => Promise<void>, (value: T) => void] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    item.getValue().then(
      (v) => live && setValue(() => v),
      () => live && setValue(() => item.fallback),
    );
    return () => {
      live = false;
    };
  }, [item]);
  const show = (next: T) => setValue(() => next);
  const write = async (next: T) => {
    await item.setValue(next);
    show(next);
  };
  return [value, write, show];
}

/** A stored item's value once read (undefined until then), following every later change, from any tab. */
export function useWatched<T, M extends Record<string, unknown>>(item: WxtStorageItem<T, M>): T | undefined {
  const [value, , show] = useStored(item);
  useEffect(() => item.watch((next) => show(next)), [item]);
  return value;
}
