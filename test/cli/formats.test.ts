import { describe, expect, it } from 'vitest';
import { formatOfOut, isDocument, namesTable } from '../../cli/formats';

const plan = ['csv', 'json', 'md', 'text'] as const;
const status = ['csv', 'json'] as const;

describe('formatOfOut: the format an --out name asks for', () => {
  it.each([
    [undefined, plan, 'csv'],
    ['plans.csv', plan, 'csv'],
    ['plans.JSON', plan, 'json'],
    ['plans.md', plan, 'md'],
    ['plans.txt', plan, 'text'],
    ['plans', plan, 'csv'],
    ['plans.tsv', plan, 'csv'],
    ['status.json', status, 'json'],
    ['status.md', status, 'csv'],
  ])('%s (of %j) → %s', (out, allowed, format) => {
    expect(formatOfOut(out, allowed)).toBe(format);
  });
});

describe('isDocument and namesTable', () => {
  it.each([
    ['csv', false],
    ['json', false],
    ['md', true],
    ['text', true],
  ] as const)('%s is a document: %s', (format, document) => {
    expect(isDocument(format)).toBe(document);
  });

  it.each([
    ['plans.csv', true],
    ['plans.Json', true],
    ['plans.md', false],
    ['plans', false],
  ])('%s names a table: %s', (path, table) => {
    expect(namesTable(path)).toBe(table);
  });
});
