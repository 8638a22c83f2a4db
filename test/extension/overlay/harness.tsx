/** The overlay over a real store and controller, re-rendered on every change as the content script does, for component tests. */
import { cleanup } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WriteClip } from '../../../extension/components/overlay/CopyButton';
import { Overlay } from '../../../extension/components/overlay/Overlay';
import { createController, type OverlayController } from '../../../extension/overlay/controller';
import { loadStore, type OverlayStore } from '../../../extension/overlay/store';
import { NOW } from './helpers';

export interface Loaded {
  store: OverlayStore;
  controller: OverlayController;
}

/** A fresh store and controller for each test (fake storage, the clock at NOW), closed after it. */
export function useLoaded(): Loaded {
  const loaded = {} as Loaded;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(NOW);
    loaded.store = await loadStore();
    loaded.controller = createController({ store: loaded.store });
  });
  afterEach(async () => {
    cleanup();
    loaded.controller.close();
    await loaded.store.idle();
    loaded.store.close();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
  return loaded;
}

export function Harness({ controller, write }: { controller: OverlayController; write?: WriteClip }) {
  const [, setTick] = useState(0);
  useEffect(() => controller.subscribe(() => setTick((n) => n + 1)), [controller]);
  return <Overlay state={controller.state()} actions={controller} writeClipboard={write} />;
}
