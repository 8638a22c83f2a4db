/**
 * Our one element in Calendar's page (contract section 7): a host carrying data-trellis="overlay" with an open
 * shadow root that holds the overlay's styles and its container. Built by hand rather than with WXT's
 * createShadowRootUi, which fetches its CSS from the package at run time and brings code the overlay does not use.
 */
export interface OverlayHost {
  host: HTMLElement;
  container: HTMLElement;
}

export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const host = doc.createElement('trellis-overlay');
  host.setAttribute('data-trellis', 'overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // textContent: Calendar enforces Trusted Types, so nothing of ours is ever parsed as markup.
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  return { host, container };
}
