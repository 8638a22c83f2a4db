/**
 * Every Google Calendar selector Trellis relies on, each list in the order tried: roles, then ids, then data
 * attributes; never hashed class names, never aria-label text (it follows the user's language). A Google change
 * should be one edit here. Each entry says where it was seen and when Trellis took it from there (the day of the
 * reader's first commit), as shared/handbook/calendar-dom.md records them: a fallback seen only long ago, and no
 * longer on the page, can then be retired with confidence.
 */

export const SELECTORS = {
  /** Containers Calendar shows as dialogs: the event popup, but also quick-create, tasks, menus and loaders. */
  dialog: [
    '[role="dialog"]', // seen 2026-11-28: toggl/track-extension src/content/google-calendar.js
    '[aria-modal="true"]', // seen 2026-11-28: calendar-dom.md, on the same dialog (no extension named)
    '[data-chips-dialog="true"]', // seen 2026-11-28: toggl/track-extension src/content/google-calendar.js
  ],
  /** The body of an existing event's details; only events have it (not tasks, reminders or quick-create). */
  eventBody: [
    '#xDetDlg', // seen 2026-11-28: miterco/miter-app bridge_v5.ts; c19yamamoto/google-calendar-event-copy-extension constants.js
  ],
  /** The popup's title, looked up inside the dialog; the dialog's aria-labelledby target is tried second. */
  popupTitle: [
    '#rAECCd', // seen 2026-11-28: statushero/meeting-cost-gcal-chrome-ext content.js
    '[role="heading"]', // seen 2026-11-28: calendar-dom.md, the dialog's heading (no extension named)
  ],
  /** The popup's guest section. */
  guestSection: [
    '#xDetDlgAtt', // seen 2026-11-28: calendar-dom.md, beside #xDetDlgWhen (no extension named)
  ],
  /** One guest entry (a person, a room or a group); the address is in data-email or data-hovercard-id. */
  guestEntry: [
    '[data-email]', // seen 2026-11-28: calvinqi/meeting-cost-calculator content.js
    '[data-hovercard-id*="@"]', // seen 2026-11-28: calvinqi/meeting-cost-calculator content.js
  ],
  /** The full event page's container for an existing event ("More options"); a new event has data-is-create="true". */
  pageRoot: [
    '[data-is-create="false"]', // seen 2026-11-28: toggl/track-extension src/content/google-calendar.js
  ],
  /** The full event page's title field; its value is the title. */
  pageTitle: [
    'input[data-initial-value]', // seen 2026-11-28: toggl/track-extension src/content/google-calendar.js
  ],
} as const;

/** Attributes read from Calendar's elements. */
export const ATTRIBUTES = {
  eventId: 'data-eventid', // seen 2026-11-28: miterco/miter-app bridge_v5.ts; c19yamamoto/google-calendar-event-copy-extension
  jslog: 'jslog', // seen 2026-11-28: miterco/miter-app bridge_v5.ts (the id after `2:`, when data-eventid is missing)
  email: 'data-email', // seen 2026-11-28: calvinqi/meeting-cost-calculator content.js
  hovercard: 'data-hovercard-id', // seen 2026-11-28: calvinqi/meeting-cost-calculator content.js
  initialValue: 'data-initial-value', // seen 2026-11-28: toggl/track-extension src/content/google-calendar.js
  labelledBy: 'aria-labelledby', // seen 2026-11-28: calendar-dom.md, the popup's aria-labelledby="rAECCd"
} as const;

/** Attribute changes that can switch the event a surface shows. */
export const IDENTITY_ATTRIBUTES = [ATTRIBUTES.eventId, ATTRIBUTES.jslog, 'data-is-create'];

/** Attribute changes that can show or hide a surface (on it or on an ancestor). */
export const VISIBILITY_ATTRIBUTES = ['hidden', 'aria-hidden', 'style', 'class'];

/**
 * The full event page's path (`/calendar/u/0/r/eventedit/<eid>`); group 1 is the base64url event id when present.
 * Seen 2026-11-28: calendar-dom.md, "More options" (no extension named).
 */
export const EVENT_PAGE_PATH = /\/r\/eventedit(?:\/([A-Za-z0-9_-]+))?(?:[/?#]|$)/;

/**
 * A room's address: rooms are guest entries too, and a capacity in a room's name is not a group's size.
 * Seen 2026-11-28: calendar-dom.md, the guest list (no extension named).
 */
export const ROOM_ADDRESS = /@resource\.calendar\.google\.com$/i;

/** Text inside a guest entry that is not part of what it shows (avatars' hidden initials, say). */
export const UNSEEN_TEXT = '[aria-hidden="true"], script, style';

/** Our own overlay host (contract section 7): never read as Calendar's, never a reason to re-read the page. */
export const OVERLAY_HOST = '[data-trellis="overlay"]';

/** Any element that is, or holds, an event surface: used by the watcher to tell relevant mutations apart. */
export const SURFACE_MARKERS = [...SELECTORS.dialog, ...SELECTORS.eventBody, ...SELECTORS.pageRoot].join(',');

/** The first element under `root` matching the first selector of `selectors` that matches anything. */
export function queryFirst<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E | null {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element under `root` matching any of `selectors`, in document order. */
export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E[] {
  return Array.from(root.querySelectorAll<E>(selectors.join(',')));
}
