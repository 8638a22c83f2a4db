import { describe, expect, it } from 'vitest';
import { leftReasons } from '../../shared/refresh-left';

const ana = { person: 'Ana', email: 'Ana@Example.com', rows: 3 };
const bo = { person: 'Bo', email: 'bo@bücher.de', rows: 1 };

describe('leftReasons: a rejected roster row or someone who left', () => {
  it.each([
    ['nobody rejected', [], [false, false]],
    ['rejected by identity, any case', ['ana@example.com'], [true, false]],
    ['rejected with the domain in punycode', ['bo@xn--bcher-kva.de'], [false, true]],
    ['someone else rejected', ['cy@example.com'], [false, false]],
  ])('%s', (_what, rejectedEmails, rejected) => {
    expect(leftReasons([ana, bo], rejectedEmails)).toEqual([
      { ...ana, rejected: rejected[0] },
      { ...bo, rejected: rejected[1] },
    ]);
  });
});
