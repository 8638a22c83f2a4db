/**
 * The panel's keyboard. Alt+Shift+J, anywhere in Calendar while the panel shows, moves focus to the panel's first
 * control; Escape inside the panel gives focus back to what had it before (the popup's element), rather than
 * closing the popup. Calendar's own shortcuts are single keys or Ctrl/⌘ ones; Chrome keeps Alt+Shift+T, I, A and B.
 */

/** The shortcut, by physical key: on a Mac, Option+Shift+J types a character instead of "J". */
export const SHORTCUT = { code: 'KeyJ', label: 'Alt+Shift+J' } as const;

/** The controls a keyboard user can reach, in the order the panel shows them. */
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

export function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === SHORTCUT.code;
}

export interface PanelKeyboardOptions {
  /** Where the shortcut is heard: the window, in the capture phase, before any handler of Calendar's page. */
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The panel's container, inside our shadow root. */
  container: HTMLElement;
  /** Where focus goes on Escape when nothing outside the panel had it: the popup the panel is mounted in, if any. */
  fallback: () => HTMLElement | null;
}

/** Starts listening; returns the function that stops. */
export function panelKeyboard({ win, container, fallback }: PanelKeyboardOptions): () => void {
  let returnTo: HTMLElement | null = null;
  const inPanel = (node: EventTarget | null) => node instanceof Node && container.contains(node);

  const onShortcut = (event: KeyboardEvent) => {
    if (!isShortcut(event)) return;
    const first = container.querySelector<HTMLElement>(FOCUSABLE);
    if (!first) return;
    event.preventDefault();
    event.stopPropagation();
    first.focus();
  };
  // Focus coming in from outside: remember where from (what the shortcut or a Tab left), for Escape.
  const onFocusIn = (event: FocusEvent) => {
    if (inPanel(event.relatedTarget)) return;
    returnTo = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    const back = returnTo?.isConnected ? returnTo : fallback();
    returnTo = null;
    if (back) back.focus();
    else ((container.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null)?.blur();
  };

  win.addEventListener('keydown', onShortcut as EventListener, true);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('keydown', onKeyDown);
  return () => {
    win.removeEventListener('keydown', onShortcut as EventListener, true);
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('keydown', onKeyDown);
  };
}
