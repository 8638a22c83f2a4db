/**
 * Keeps the overlay in step with Calendar's page: finds the event now open, reads it, places the overlay beside it
 * and puts our host back if Calendar removed it. Called on every coalesced page change; never throws.
 *
 * Calendar's event popup is modal: a pointer event outside it (seen by the page in the capture phase, where a click
 * in our shadow root is a click on our host) closes it, focus outside it is pulled back, and its content drops
 * children it did not make. So while a popup is open our host is a direct child of the dialog itself, which Calendar
 * leaves alone; the panel is still drawn beside the popup (fixed, placement.ts), never over it.
 */
import type { CalendarEvent } from '../../shared/meeting/types';
import type { EventSurface } from '../calendar/find';
import { findEventSurface } from '../calendar/find';
import { readEvent } from '../calendar/read';
import type { OverlayController } from './controller';
import { besidePopup, onEventPage, type PanelPlacement } from './placement';
import { isDarkBehind } from './theme';

export interface PageSyncOptions {
  doc: Document;
  win: Pick<Window, 'innerWidth' | 'innerHeight' | 'getComputedStyle'> & Partial<Pick<Window, 'matchMedia'>>;
  controller: OverlayController;
  /** Our overlay host: in the open popup's dialog, else at the end of <body>; put back whenever Calendar removes it. */
  host: HTMLElement;
  find?: (doc: Document) => EventSurface | null;
  read?: (surface: EventSurface) => { event: CalendarEvent; missing: string[] };
  onError?: (error: unknown) => void;
}

/**
 * The placement in the coordinates the panel is drawn in. The host is a fixed box at 0,0 (style.css): where it
 * really is tells whether an ancestor (a transformed dialog) moved the origin of fixed positioning.
 */
export function fromOrigin(placement: PanelPlacement, origin: { top: number; left: number }): PanelPlacement {
  return { ...placement, top: placement.top - origin.top, left: placement.left - origin.left };
}

/** Whether an event as read has anything to decide on. */
export function usable(event: CalendarEvent): boolean {
  return Boolean(event.title.trim() || event.guests.length > 0);
}

/** Returns the function to call whenever the page may have changed. */
export function createPageSync(options: PageSyncOptions): () => void {
  const { doc, win, controller, host, find = findEventSurface, read = readEvent, onError = () => {} } = options;
  let themedFor: Element | null = null;
  let dark: boolean | null = null;

  /** Moves the host under `parent` when it is not there already (a move costs Calendar a mutation and us focus). */
  const mountIn = (parent: Element | null) => {
    if (parent && host.parentNode !== parent) parent.append(host);
  };

  return () => {
    try {
      const surface = find(doc);
      if (surface?.kind === 'popup') mountIn(surface.dialog);
      else if (surface || !host.isConnected) mountIn(doc.body);
      if (!surface) {
        themedFor = null;
        controller.show(null);
        return;
      }
      const { event, missing } = read(surface);
      if (missing.length > 0) controller.reportMissing(surface.kind, missing);
      if (!usable(event)) {
        controller.show(null);
        return;
      }
      const viewport = { width: win.innerWidth, height: win.innerHeight };
      const anchor = surface.kind === 'popup' ? surface.dialog : surface.root;
      // The theme is read once per popup or page shown, not on every change.
      if (themedFor !== anchor) {
        themedFor = anchor;
        // Calendar's own theme, read from the page; where nothing paints a background, the system's setting.
        dark = isDarkBehind(anchor, win) ?? win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? null;
      }
      const placement = surface.kind === 'popup' ? besidePopup(surface.dialog.getBoundingClientRect(), viewport) : onEventPage(viewport);
      controller.show(event, fromOrigin(placement, host.getBoundingClientRect()), dark);
    } catch (error) {
      onError(error);
      try {
        controller.show(null);
      } catch {
        // Nothing more to do: stay out of the way.
      }
    }
  };
}
