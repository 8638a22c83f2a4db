/**
 * Watches Calendar's page for changes that may show, hide or switch an event surface, and calls back at most once
 * per frame. Each record is judged cheaply (see `concerns`), nothing is judged once a call is already scheduled for
 * this frame, and the busy rest of the page costs one check per frame, not one per mutation (see watchPage).
 */
import { IDENTITY_ATTRIBUTES, OVERLAY_HOST, SURFACE_MARKERS, VISIBILITY_ATTRIBUTES } from './selectors';

export interface WatchOptions {
  doc: Document;
  /** Called once per frame after relevant changes; should re-find and re-read the surface. Its errors are swallowed. */
  onChange: () => void;
  /** Runs a callback at the next frame; requestAnimationFrame by default, else setTimeout 0. */
  schedule?: (fn: () => void) => void;
  /** Starts observing; returns the function that stops. Defaults to a MutationObserver. */
  observe?: Observe;
  /** Calls `fire` on URL changes; returns the function that unsubscribes. Defaults to popstate and the Navigation API. */
  subscribe?: (fire: () => void) => () => void;
}

/** Starts observing `target`; returns the function that stops. */
type Observe = (target: Node, init: MutationObserverInit, callback: (records: MutationRecord[]) => void) => () => void;

const VISIBILITY = new Set(VISIBILITY_ATTRIBUTES);

/** Starts watching; returns the function that stops it. */
export function watchCalendar(options: WatchOptions): () => void {
  const { doc, onChange } = options;
  const schedule = options.schedule ?? defaultSchedule(doc);
  const observe = options.observe ?? defaultObserve(doc);
  const subscribe = options.subscribe ?? defaultSubscribe(doc);
  const root = doc.body ?? doc.documentElement;
  const href = () => doc.location?.href ?? '';

  let lastHref = href();
  let pending = false;
  let stopped = false;
  // The surfaces seen at the last call: a style or class change on an ancestor of one may hide or show it.
  let seen = seeSurfaces(doc);
  let stopNear = () => {};
  let stopPage = () => {};
  let pagePaused = false;

  const request = () => {
    if (pending || stopped) return;
    pending = true;
    schedule(flush);
  };
  const judge = (records: MutationRecord[]) => {
    if (pending || stopped) return true;
    if (href() !== lastHref || records.some((record) => concerns(record, seen.surfaces))) {
      request();
      return true;
    }
    return false;
  };

  // The rest of the page: only elements added or removed matter (a surface appearing or leaving, our host taken
  // away). Calendar changes its grid all the time, so after a batch that does not concern us the page is not
  // observed again until the next frame, which then checks in one query whether the surfaces changed meanwhile:
  // the cost is per frame, not per mutation.
  const watchPage = () => {
    stopPage();
    pagePaused = false;
    stopPage = observe(root, { childList: true, subtree: true }, (records) => {
      if (judge(records) || pagePaused) return;
      pagePaused = true;
      stopPage();
      const before = seen;
      const hostSeen = doc.querySelector(OVERLAY_HOST) !== null;
      schedule(() => {
        if (stopped) return;
        watchPage();
        if (!unchanged(doc, before, hostSeen) || href() !== lastHref) request();
      });
    });
  };

  function flush() {
    pending = false;
    if (stopped) return;
    lastHref = href();
    seen = seeSurfaces(doc);
    stopNear();
    stopNear = watchNear(doc, seen.surfaces, observe, judge);
    try {
      onChange();
    } catch {
      // The caller reports its own errors; a failing callback must not stop the watch.
    }
  }

  stopNear = watchNear(doc, seen.surfaces, observe, judge);
  watchPage();
  const unsubscribe = subscribe(request);
  return () => {
    if (stopped) return;
    stopped = true;
    stopNear();
    stopPage();
    unsubscribe();
  };
}

/**
 * Watches near the surfaces: their whole subtrees, and the visibility attributes of their ancestors; returns the
 * function that stops. Records here are rare (Calendar touches a popup when it opens or loads a section), so each is
 * judged as it comes.
 */
function watchNear(
  doc: Document,
  surfaces: readonly Element[],
  observe: Observe,
  judge: (records: MutationRecord[]) => boolean,
): () => void {
  const stops: Array<() => void> = [];
  const inside = new Set<Node>(surfaces);
  for (const s of surfaces) {
    for (let a = s.parentNode; a && a !== doc && !inside.has(a); a = a.parentNode) {
      inside.add(a);
      stops.push(observe(a, { attributes: true, attributeFilter: [...VISIBILITY_ATTRIBUTES] }, judge));
    }
  }
  for (const s of surfaces) {
    stops.push(
      observe(
        s,
        { childList: true, subtree: true, attributes: true, attributeFilter: [...IDENTITY_ATTRIBUTES, ...VISIBILITY_ATTRIBUTES] },
        judge,
      ),
    );
  }
  return () => {
    for (const stop of stops) stop();
  };
}

/**
 * Whether the page's surfaces are still those seen at the last call, each under the same parent, and our overlay
 * host still in the page: what a paused page watch checks once a frame. One query of the page; no layout.
 */
function unchanged(doc: Document, seen: Seen, hostSeen: boolean): boolean {
  const now = trackSurfaces(doc);
  if (now.length !== seen.surfaces.length || (doc.querySelector(OVERLAY_HOST) !== null) !== hostSeen) return false;
  return now.every((s, i) => s === seen.surfaces[i] && s.parentNode === seen.parents[i]);
}

/** The surfaces in the page and each one's parent, as seen at one moment. */
interface Seen {
  readonly surfaces: readonly Element[];
  readonly parents: readonly (Node | null)[];
}

function seeSurfaces(doc: Document): Seen {
  const surfaces = trackSurfaces(doc);
  return { surfaces, parents: surfaces.map((s) => s.parentNode) };
}

/**
 * Whether a mutation can concern an event surface, given the surfaces (dialogs, event bodies, page roots) seen at the
 * last call. Ignored: nodes added or removed that are only text (text changes in the grid; an event switch in the
 * popup also changes its id or its elements), element changes outside every known surface that neither add nor
 * remove one, id changes on anything but a surface itself (grid chips carry ids too), style/class/hidden changes
 * on elements that neither are nor hold a surface, and anything inside our overlay host, or our host being added.
 * Our host being removed counts, so that the caller can put it back. Costs O(known surfaces) native `contains`
 * calls per record; `closest` and `querySelector` run only on the rare records that add or remove elements.
 */
export function concerns(record: MutationRecord, surfaces: readonly Element[] = []): boolean {
  const target = record.target;
  if (target.nodeType !== 1) return false;
  const el = target as Element;
  if (record.type === 'attributes') {
    if (VISIBILITY.has(record.attributeName ?? '')) return surfaces.some((s) => el.contains(s)) || el.matches(SURFACE_MARKERS);
    return el.matches(SURFACE_MARKERS);
  }
  if (record.type !== 'childList') return false;
  const added = elementsOf(record.addedNodes);
  const removed = elementsOf(record.removedNodes);
  if (added.length === 0 && removed.length === 0) return false;
  const ours = (n: Element) => n.matches(OVERLAY_HOST);
  if (surfaces.some((s) => s.contains(el))) return !(removed.length === 0 && added.every(ours)) && el.closest(OVERLAY_HOST) === null;
  return added.some((n) => !ours(n) && holdsSurface(n)) || removed.some((n) => ours(n) || holdsSurface(n));
}

/** The element nodes of a node list (text and comments left out). */
function elementsOf(nodes: NodeList): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

function holdsSurface(el: Element): boolean {
  return el.matches(SURFACE_MARKERS) || (el.firstElementChild !== null && el.querySelector(SURFACE_MARKERS) !== null);
}

function trackSurfaces(doc: Document): Element[] {
  try {
    return Array.from(doc.querySelectorAll(SURFACE_MARKERS));
  } catch {
    return [];
  }
}

function defaultSchedule(doc: Document): (fn: () => void) => void {
  const win = doc.defaultView;
  if (win && typeof win.requestAnimationFrame === 'function') return (fn) => void win.requestAnimationFrame(() => fn());
  return (fn) => void setTimeout(fn, 0);
}

function defaultObserve(doc: Document): NonNullable<WatchOptions['observe']> {
  return (target, init, callback) => {
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new Observer((records) => callback(records));
    observer.observe(target, init);
    return () => observer.disconnect();
  };
}

type NavigationLike = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

function defaultSubscribe(doc: Document): NonNullable<WatchOptions['subscribe']> {
  return (fire) => {
    const win = doc.defaultView;
    if (!win) return () => {};
    const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
    const onNavigate = () => fire();
    win.addEventListener('popstate', onNavigate);
    navigation?.addEventListener('currententrychange', onNavigate);
    return () => {
      win.removeEventListener('popstate', onNavigate);
      navigation?.removeEventListener('currententrychange', onNavigate);
    };
  };
}
