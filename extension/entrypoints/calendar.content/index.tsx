/** Content script on Google Calendar: wiring only. The overlay's logic is in extension/overlay, its UI in components/overlay. */
import css from './style.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchCalendar } from '../../calendar/watch';
import { mountOverlay } from '../../components/overlay/mount';
import { createController } from '../../overlay/controller';
import { isolateEvents } from '../../overlay/isolate';
import { panelKeyboard } from '../../overlay/keyboard';
import { createOverlayHost } from '../../overlay/host';
import { createPageSync } from '../../overlay/page';
import { loadStore } from '../../overlay/store';

// Errors stay in the extension's console, never in the page's way.
const report = (error: unknown) => console.debug('[Trellis]', error);

async function main(ctx: ContentScriptContext) {
  const store = await loadStore({ onError: report, sleep: (ms) => new Promise((done) => ctx.setTimeout(done, ms)) });
  const controller = createController({
    store,
    setTimer: (run, ms) => ctx.setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as number),
    onError: report,
  });
  const { host, container } = createOverlayHost(document, css);
  document.body.append(host);
  const unmount = mountOverlay(container, controller);
  const release = isolateEvents(container);
  // Escape with nothing to go back to: the popup the panel is mounted in, if it is in one.
  const fallback = () => (host.parentElement && host.parentElement !== document.body ? host.parentElement : null);
  const stopKeyboard = panelKeyboard({ win: window, container, fallback });

  const sync = createPageSync({ doc: document, win: window, controller, host, onError: report });
  const stopWatching = watchCalendar({ doc: document, onChange: sync });
  ctx.addEventListener(window, 'wxt:locationchange', sync);
  ctx.addEventListener(window, 'resize', sync);
  // A note being typed is written before the tab is hidden or closed.
  ctx.addEventListener(window, 'pagehide', () => controller.flushNote());
  ctx.addEventListener(document, 'visibilitychange', () => controller.flushNote());
  // Edits Chrome could not store live only in this tab (the panel says so): ask before the tab goes.
  ctx.addEventListener(window, 'beforeunload', (event) => {
    if (store.problem()) event.preventDefault();
  });
  ctx.onInvalidated(() => {
    stopWatching();
    release();
    stopKeyboard();
    unmount();
    host.remove();
    controller.close();
    store.close();
  });
  sync();
}

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  // The style sheet goes into the overlay's shadow root (overlay/host.ts), never into Calendar's page.
  cssInjectionMode: 'manual',
  main(ctx) {
    main(ctx).catch(report);
  },
});
