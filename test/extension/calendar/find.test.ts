// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findEventSurface, isShown } from '../../../extension/calendar/find';
import { readEvent } from '../../../extension/calendar/read';
import { loadFixture } from './fixtures';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

function place(html: string): Element {
  const wrapper = new DOMParser().parseFromString(`<div id="outer">${html}</div>`, 'text/html').body.firstElementChild!;
  document.body.replaceChildren(document.importNode(wrapper, true));
  return document.querySelector('#probe')!;
}

describe('isShown, the default visibility check', () => {
  it.each([
    { html: '<div id="probe"></div>', shown: true },
    { html: '<div style="display:none"><div id="probe"></div></div>', shown: false },
    { html: '<div id="probe" style="visibility:hidden"></div>', shown: false },
    { html: '<div hidden><div id="probe"></div></div>', shown: false },
    { html: '<div aria-hidden="true"><div id="probe"></div></div>', shown: false },
    { html: '<div aria-hidden="false"><div id="probe"></div></div>', shown: true },
  ])('$html → $shown', ({ html, shown }) => {
    expect(isShown(place(html))).toBe(shown);
  });

  it('is false for a detached element', () => {
    expect(isShown(document.createElement('div'))).toBe(false);
  });
});

describe('findEventSurface', () => {
  it('skips hidden leftover dialogs, before and after the visible popup', () => {
    loadFixture('hidden-leftovers.html');
    const surface = findEventSurface(document);
    expect(surface?.kind === 'popup' && surface.body.getAttribute('data-eventid')).toMatch(/^N2h2/);
  });

  it('uses the visibility check it is given', () => {
    loadFixture('hidden-leftovers.html');
    const everything = findEventSurface(document, () => true);
    expect(everything && readEvent(everything).event.title).toBe('Old menu');
    expect(findEventSurface(document, () => false)).toBeNull();
  });

  it('returns null, not an error, when the visibility check throws', () => {
    loadFixture('popup.html');
    expect(
      findEventSurface(document, () => {
        throw new Error('no layout');
      }),
    ).toBeNull();
  });

  it('never takes a grid chip with data-eventid for the popup', () => {
    loadFixture('popup.html');
    document.querySelector('[role="dialog"]')!.remove();
    expect(document.querySelectorAll('[data-eventid]').length).toBeGreaterThan(0);
    expect(findEventSurface(document)).toBeNull();
  });

  it('still finds the event body when the dialog markers are renamed', () => {
    loadFixture('popup.html');
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    for (const name of ['role', 'aria-modal', 'data-chips-dialog']) dialog.removeAttribute(name);
    const surface = findEventSurface(document);
    expect(surface?.kind).toBe('popup');
    expect(readEvent(surface!).event.title).toBe('Maria / Dev 1:1');
  });

  it('prefers the popup over the event page behind it', () => {
    loadFixture('page.html', '/calendar/u/0/r/eventedit/abc');
    const popup = new DOMParser().parseFromString(
      '<div role="dialog"><div id="xDetDlg"><span id="rAECCd">On top</span></div></div>',
      'text/html',
    ).body.firstElementChild!;
    document.body.append(document.importNode(popup, true));
    expect(findEventSurface(document)?.kind).toBe('popup');
  });
});
