/**
 * The extension's part of `npm run bench`: builds it (build.ts), measures the content script's size (size.ts), then
 * its speed in real Chromium (browser.ts). `--no-extension` leaves this out.
 */
import { benchBrowser } from './browser';
import { buildExtension } from './build';
import type { ExtensionReport } from './report';
import { measureSize } from './size';

/** Openings of the popup timed (after the warm-ups), and rounds of each mutation workload per side. */
export const FULL = { openings: 50, warmups: 4, rounds: 30 } as const;
/** `--quick`: enough to see every figure come out, not to judge it. */
export const QUICK = { openings: 4, warmups: 1, rounds: 2 } as const;

export async function benchExtension(quick: boolean, progress: (text: string) => void): Promise<ExtensionReport> {
  const counts = quick ? QUICK : FULL;
  progress('extension: wxt build');
  const build = buildExtension();
  try {
    const size = measureSize(build.extDir);
    progress(`extension: ${counts.openings} popup openings and ${counts.rounds} rounds of each mutation workload in Chromium`);
    const browser = await benchBrowser(build.extDir, counts);
    return { size, browser, ...counts };
  } finally {
    build.remove();
  }
}
