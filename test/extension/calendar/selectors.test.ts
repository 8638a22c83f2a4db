/** Every Calendar selector and attribute carries the day and the place it was seen, so a fallback can be retired. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, SELECTORS } from '../../../extension/calendar/selectors';

const source = readFileSync(fileURLToPath(new URL('../../../extension/calendar/selectors.ts', import.meta.url)), 'utf8');
const SEEN = / \/\/ seen \d{4}-\d{2}-\d{2}: \S/;

/** The source line declaring `value` as a string literal. */
const lineOf = (value: string) => source.split('\n').find((line) => line.includes(`'${value}'`)) ?? '';

describe('selectors note when and where they were seen', () => {
  it.each([
    ...Object.entries(SELECTORS).flatMap(([name, list]) => list.map((selector) => [name, selector])),
    ...Object.entries(ATTRIBUTES),
  ])('%s: %s', (_name, value) => {
    expect(lineOf(value)).toMatch(SEEN);
  });
});
