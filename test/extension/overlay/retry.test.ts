import { describe, expect, it } from 'vitest';
import { RETRY_DELAYS_MS, retrying } from '../../../extension/overlay/retry';

describe('retrying', () => {
  it.each([
    { failures: 0, waits: [] as number[], result: 'saved' },
    { failures: 1, waits: [200], result: 'saved' },
    { failures: 3, waits: [200, 800, 3000], result: 'saved' },
    { failures: 4, waits: [200, 800, 3000], result: 'failure 4' },
  ])('failing $failures times: waits $waits, then $result', async ({ failures, waits, result }) => {
    let tries = 0;
    const slept: number[] = [];
    const run = async () => {
      tries++;
      if (tries <= failures) throw new Error(`failure ${tries}`);
      return 'saved';
    };
    const outcome = await retrying(run, async (ms) => void slept.push(ms)).catch((error: Error) => error.message);
    expect(outcome).toBe(result);
    expect(slept).toEqual(waits);
    expect(tries).toBe(Math.min(failures + 1, RETRY_DELAYS_MS.length + 1));
  });
});
