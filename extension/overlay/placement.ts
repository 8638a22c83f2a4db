/** Where the overlay goes: beside the event popup (right, else left, else below or above it), or at the right of the event page. */

/** Fixed-position coordinates in CSS pixels. */
export interface PanelPlacement {
  top: number;
  left: number;
  maxHeight: number;
}

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** The overlay's width; the stylesheet uses the same number. */
export const PANEL_WIDTH = 320;
const GAP = 8;
const MARGIN = 8;
/** Below Calendar's top bar on the full event page. */
const PAGE_TOP = 72;
const MIN_HEIGHT = 160;

/**
 * Beside a popup's box, never over it, so its own buttons stay free: at its right, else at its left; on a screen too
 * narrow for either (1024 px wide, say), below it or above it, whichever leaves more room. The panel scrolls
 * inside `maxHeight`, its footer always shown.
 */
export function besidePopup(rect: Box, viewport: { width: number; height: number }): PanelPlacement {
  const top = Math.max(MARGIN, Math.min(rect.top, viewport.height - MIN_HEIGHT - MARGIN));
  const maxHeight = viewport.height - top - MARGIN;
  if (rect.right + GAP + PANEL_WIDTH + MARGIN <= viewport.width) {
    return { top, left: rect.right + GAP, maxHeight };
  }
  if (rect.left - GAP - PANEL_WIDTH >= MARGIN) {
    return { top, left: rect.left - GAP - PANEL_WIDTH, maxHeight };
  }
  const left = Math.max(MARGIN, Math.min(rect.left, viewport.width - PANEL_WIDTH - MARGIN));
  const below = viewport.height - MARGIN - (rect.bottom + GAP);
  const above = rect.top - GAP - MARGIN;
  if (below >= above) return { top: rect.bottom + GAP, left, maxHeight: Math.max(0, below) };
  return { top: MARGIN, left, maxHeight: above };
}

/** A panel at the right of the full event page. */
export function onEventPage(viewport: { width: number; height: number }): PanelPlacement {
  return {
    top: PAGE_TOP,
    left: Math.max(MARGIN, viewport.width - PANEL_WIDTH - 16),
    maxHeight: Math.max(MIN_HEIGHT, viewport.height - PAGE_TOP - MARGIN),
  };
}
