/** Trying a failed storage write again, a few times with growing waits, before telling the user. */

/** The waits before each further try: three more over about four seconds, then the panel says what failed. */
export const RETRY_DELAYS_MS: readonly number[] = [200, 800, 3000];

/** Runs `run`, and again after each delay while it fails; rejects with the last failure. */
export async function retrying<T>(
  run: () => Promise<T>,
  sleep: (ms: number) => Promise<void>,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined) throw error;
      await sleep(delay);
    }
  }
}
