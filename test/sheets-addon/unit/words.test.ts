import { describe, expect, it } from 'vitest';
import { MENU_PATH, NO_PLANS, NO_ROSTER, notPlansTable } from '../../../sheets-addon/src/words';

describe('words', () => {
  it.each([
    ['NO_ROSTER', NO_ROSTER, `${MENU_PATH} → Set up roster`],
    ['NO_PLANS', NO_PLANS, `${MENU_PATH} → Generate or refresh plans`],
    ['notPlansTable', notPlansTable('no Key column'), 'is not a Trellis plans table (no Key column), so it was left as it is.'],
  ])('%s names the way on', (_name, text, part) => {
    expect(text).toContain(part);
  });
});
