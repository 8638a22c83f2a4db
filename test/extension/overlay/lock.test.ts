import { describe, expect, it, vi } from 'vitest';
import { defaultLock, pageLock } from '../../../extension/overlay/lock';

/** Runs that record when they start and end, each taking one turn of the event loop. */
function recorder() {
  const order: string[] = [];
  const run =
    (name: string, fail = false) =>
    async () => {
      order.push(`start ${name}`);
      await new Promise((done) => setTimeout(done, 0));
      order.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
  return { order, run };
}

describe('pageLock', () => {
  it('runs holders of one name one after the other, a failed one included', async () => {
    const { order, run } = recorder();
    const results = await Promise.allSettled([pageLock('x', run('a', true)), pageLock('x', run('b')), pageLock('y', run('c'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(order.indexOf('start b')).toBeGreaterThan(order.indexOf('end a'));
    // Another name does not wait.
    expect(order.indexOf('start c')).toBeLessThan(order.indexOf('end a'));
  });
});

describe('defaultLock', () => {
  it.each([
    ['the Web Locks of the page when there are some', true],
    ['pageLock when there are none', false],
  ])('uses %s', async (_name, hasLocks) => {
    const request = vi.fn((_n: string, run: () => Promise<unknown>) => run());
    const lock = defaultLock(hasLocks ? { locks: { request } as unknown as LockManager } : {});
    expect(await lock('trellis:local:meetings', async () => 'done')).toBe('done');
    expect(request).toHaveBeenCalledTimes(hasLocks ? 1 : 0);
    if (!hasLocks) expect(lock).toBe(pageLock);
  });
});
