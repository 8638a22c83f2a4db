// A dialog the add-on showed, running in happy-dom with its own script, its google.script.run calls going to the
// bundle's global functions in the vm (the answer crossing as JSON, as Apps Script sends it), so a test clicks and
// types in the real page.
import { Window } from 'happy-dom';
import type { AddonRun } from './harness';

export interface Dialog {
  window: Window;
  byId<T extends HTMLElement = HTMLElement>(id: string): T;
  /** Clicks a button and waits for the server's answer to be shown. */
  click(id: string): Promise<void>;
  /** Waits for every google.script.run call made so far, and its handlers. */
  settle(): Promise<void>;
  /** Whether the page is still open (google.script.host.close not called). */
  open: boolean;
  close(): Promise<void>;
}

/** The google.script.run chain: handlers, then any global function of the bundle by name. */
function scriptRun(addon: AddonRun, pending: Promise<unknown>[]): unknown {
  const chain = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => chain(f, failure);
          if (name === 'withFailureHandler') return (f: (e: unknown) => void) => chain(success, f);
          return (...args: unknown[]) => {
            const call = Promise.resolve().then(() => {
              try {
                const result = addon.call(name, ...JSON.parse(JSON.stringify(args)));
                success?.(result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
              } catch (error) {
                failure?.(error);
              }
            });
            pending.push(call);
          };
        },
      },
    );
  return chain();
}

/** Opens the last dialog the add-on showed. */
export function openDialog(addon: AddonRun): Dialog {
  const { html } = addon.ui.dialogs.at(-1)!;
  const window = new Window({
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } as never,
  });
  const pending: Promise<unknown>[] = [];
  const dialog: Dialog = {
    window,
    byId: <T extends HTMLElement>(id: string) => window.document.getElementById(id) as unknown as T,
    async click(id) {
      (window.document.getElementById(id) as unknown as HTMLElement).click();
      await dialog.settle();
    },
    async settle() {
      while (pending.length > 0) await pending.shift();
    },
    open: true,
    close: () => window.happyDOM.close(),
  };
  Object.assign(window, { google: { script: { run: scriptRun(addon, pending), host: { close: () => (dialog.open = false) } } } });
  window.document.write(html);
  return dialog;
}
