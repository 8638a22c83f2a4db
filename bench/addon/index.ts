/**
 * The Sheets add-on's part of `npm run bench`: one refresh of the built Code.js against the test fakes at each size,
 * in the weekly case and in the worst case (refresh.ts), and the estimate of Apps Script time from the counts
 * (cost.ts). `--no-addon` leaves this out.
 */
import { ensureBuilt } from '../../test/sheets-addon/harness';
import { benchRefresh, type AddonScenario } from './refresh';
import type { AddonReport } from './report';

/** Timed refreshes per size: fewer for the large teams, whose single refresh is already long and steady. */
const addonRepeats = (size: number, quick: boolean) => (quick ? 1 : size <= 100 ? 9 : size <= 1_000 ? 5 : 3);

export function benchAddon(sizes: readonly number[], quick: boolean, progress: (text: string) => void): AddonReport {
  ensureBuilt();
  // The tests run the add-on in the script's zone (vitest.config.ts, appsscript.json): do the same here, and put
  // the process's zone back for whatever the benchmark does next.
  const zone = process.env.TZ;
  process.env.TZ = 'Etc/UTC';
  try {
    const repeats: Record<number, number> = {};
    for (const size of sizes) repeats[size] = addonRepeats(size, quick);
    const run = (scenario: AddonScenario) =>
      sizes.map((size) => {
        progress(`add-on, ${scenario} case: ${size.toLocaleString('en-US')} people, ${repeats[size]} refreshes in the vm`);
        return benchRefresh(size, repeats[size]!, scenario);
      });
    return { results: run('weekly'), worst: run('worst'), repeats };
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}
