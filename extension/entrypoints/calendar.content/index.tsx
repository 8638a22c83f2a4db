/** Content script on Google Calendar: wiring only. The overlay's logic is in extension/overlay, its UI in components/overlay. */
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchCalendar } from '../../calendar/watch';
import { mountOverlay } from '../../components/overlay/mount';
import { createController } from '../../overlay/controller';
import { isolateEvents } from '../../overlay/isolate';
import { createPageSync } from '../../overlay/page';
import { loadStore } from '../../overlay/store';

// Errors stay in the extension's console, never in the page's way.
const report = (error: unknown) => console.debug('[Trellis]', error);

async function main(ctx: ContentScriptContext) {
  const store = await loadStore(report);
  const controller = createController({
    store,
    setTimer: (run, ms) => ctx.setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as number),
    onError: report,
  });
  const ui = await createShadowRootUi(ctx, {
    name: 'trellis-overlay',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    onMount: (container, _shadow, host) => {
      host.setAttribute('data-trellis', 'overlay');
      const unmount = mountOverlay(container, controller);
      const release = isolateEvents(container);
      return () => {
        release();
        unmount();
      };
    },
    onRemove: (unmount) => unmount?.(),
  });
  ui.mount();

  const sync = createPageSync({ doc: document, win: window, controller, host: ui.shadowHost, onError: report });
  const stopWatching = watchCalendar({ doc: document, onChange: sync });
  ctx.addEventListener(window, 'wxt:locationchange', sync);
  ctx.addEventListener(window, 'resize', sync);
  // A note being typed is written before the tab is hidden or closed.
  ctx.addEventListener(window, 'pagehide', () => controller.flushNote());
  ctx.addEventListener(document, 'visibilitychange', () => controller.flushNote());
  ctx.onInvalidated(() => {
    stopWatching();
    controller.close();
    store.close();
  });
  sync();
}

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    main(ctx).catch(report);
  },
});
