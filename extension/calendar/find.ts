/**
 * Finds the event surface open now in Calendar: the visible event details popup, else the full event page of an
 * existing event. Calendar re-uses its popup and leaves hidden dialogs behind, so this is re-run on every change
 * and nothing it returns should be kept beyond one read.
 */
import { EVENT_PAGE_PATH, SELECTORS, queryFirst } from './selectors';

export type EventSurface = { kind: 'popup'; dialog: HTMLElement; body: HTMLElement } | { kind: 'page'; root: HTMLElement };

/**
 * Whether an element is shown: connected, not under `hidden` or aria-hidden="true", and (in an engine that has
 * it) passing checkVisibility for display and visibility; without checkVisibility, having a layout box.
 */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
  }
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true });
  }
  return el.getClientRects().length > 0;
}

/** The event surface open now, or null; never throws. */
export function findEventSurface(doc: Document, isVisible: (el: Element) => boolean = isShown): EventSurface | null {
  const shown = (el: Element): boolean => {
    try {
      return isVisible(el);
    } catch {
      return false;
    }
  };
  try {
    return findPopup(doc, shown) ?? findPage(doc, shown);
  } catch {
    return null;
  }
}

/** The last visible dialog (the one opened most recently) that holds a visible event body. */
function findPopup(doc: Document, shown: (el: Element) => boolean): EventSurface | null {
  for (const selector of SELECTORS.dialog) {
    const dialogs = doc.querySelectorAll<HTMLElement>(selector);
    for (let i = dialogs.length - 1; i >= 0; i--) {
      const dialog = dialogs[i]!;
      const body = queryFirst(dialog, SELECTORS.eventBody);
      if (body && shown(dialog) && shown(body)) return { kind: 'popup', dialog, body };
    }
  }
  // Dialog markers renamed: a visible event body outside any dialog still is the popup; its parent stands for it.
  const anyDialog = SELECTORS.dialog.join(',');
  for (const selector of SELECTORS.eventBody) {
    const bodies = doc.querySelectorAll<HTMLElement>(selector);
    for (let i = bodies.length - 1; i >= 0; i--) {
      const body = bodies[i]!;
      const dialog = body.parentElement;
      if (dialog && dialog !== doc.body && !body.closest(anyDialog) && shown(body)) return { kind: 'popup', dialog, body };
    }
  }
  return null;
}

/** The full event page of an existing event: its path and its existing-event marker, both. */
function findPage(doc: Document, shown: (el: Element) => boolean): EventSurface | null {
  if (!EVENT_PAGE_PATH.test(doc.location?.pathname ?? '')) return null;
  for (const selector of SELECTORS.pageRoot) {
    for (const root of Array.from(doc.querySelectorAll<HTMLElement>(selector))) {
      if (shown(root)) return { kind: 'page', root };
    }
  }
  return null;
}
