/** Whether Calendar is showing its dark theme, from the computed background behind the event (cheap: one element walk). */

/** Parses `rgb(…)` / `rgba(…)`; null for anything else or a fully transparent colour. */
export function parseRgb(color: string): [number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha === 0) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** True for a dark background, false for a light one, null when no element up the tree paints one. */
export function isDarkBehind(element: Element | null, win: Pick<Window, 'getComputedStyle'>): boolean | null {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const rgb = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (rgb) return luminance(rgb) < 0.2;
  }
  return null;
}
