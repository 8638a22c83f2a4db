import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { PROMPTS } from '../../../shared/prompts/bank';
import { FOLLOW_UPS } from '../../../shared/prompts/follow-ups';
import { QUESTIONS } from '../../../shared/prompts/questions';
import { CATEGORIES, fundamentalOf } from '../../../shared/prompts/categories';
import type { PromptCategory } from '../../../shared/types';
import { renderPromptDocs } from '../../../scripts/prompt-docs';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YES_NO_START = /^(is|are|am|was|were|do|does|did|can|could|will|would|should|have|has|had)\b/i;

const SEED_CATEGORIES: PromptCategory[] = ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'];

describe('prompt bank: ids', () => {
  it.each(PROMPTS.map((p) => [p.id]))('%s is kebab-case', (id) => {
    expect(id).toMatch(KEBAB);
  });

  it('ids are unique', () => {
    const seen = new Map<string, number>();
    for (const p of PROMPTS) seen.set(p.id, (seen.get(p.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });
});

describe('prompt bank: coverage', () => {
  it('holds at least 60 prompts in all', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CATEGORIES.map((c) => [c.id]))('%s has at least 5 prompts', (category) => {
    expect(PROMPTS.filter((p) => p.category === category).length).toBeGreaterThanOrEqual(5);
  });

  it('every prompt uses a known category', () => {
    const known = new Set(CATEGORIES.map((c) => c.id));
    expect(PROMPTS.filter((p) => !known.has(p.category)).map((p) => p.id)).toEqual([]);
  });
});

describe('prompt bank: fundamentals', () => {
  it.each(PROMPTS.map((p) => [p.id, p.category, p.fundamental]))(
    '%s (%s) serves %s as categories.ts says',
    (_id, category, fundamental) => {
      expect(fundamental).toBe(fundamentalOf(category));
    },
  );
});

describe('prompt bank: wording', () => {
  it.each(PROMPTS.map((p) => [p.id, p.text]))('%s is an open question: %s', (_id, text) => {
    expect(text.endsWith('?')).toBe(true);
    expect(text).not.toMatch(YES_NO_START);
  });

  it.each(PROMPTS.map((p) => [p.id, p.followUps]))('%s has 1 or 2 follow-up questions', (_id, followUps) => {
    expect(followUps.length).toBeGreaterThanOrEqual(1);
    expect(followUps.length).toBeLessThanOrEqual(2);
    for (const f of followUps) {
      expect(f.endsWith('?')).toBe(true);
      expect(f).not.toMatch(YES_NO_START);
    }
  });

  it('every follow-up belongs to a question of the bank', () => {
    const ids = new Set(QUESTIONS.map((q) => q.id));
    expect(Object.keys(FOLLOW_UPS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('no two prompts share a text', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const p of PROMPTS) {
      const key = p.text.trim().toLowerCase();
      if (seen.has(key)) dupes.push(p.id);
      seen.add(key);
    }
    expect(dupes).toEqual([]);
  });

  it.each(PROMPTS.map((p) => [p.id, [p.text, ...p.followUps].join(' ')]))('%s talks about growth, never promotion', (_id, words) => {
    expect(words.toLowerCase()).not.toContain('promot');
  });
});

describe('prompt bank: the six seed questions', () => {
  it('exactly six prompts are tagged seed', () => {
    expect(PROMPTS.filter((p) => p.tags?.includes('seed')).length).toBe(6);
  });

  it.each(SEED_CATEGORIES.map((c) => [c]))('%s has exactly one seed prompt', (category) => {
    const seeds = PROMPTS.filter((p) => p.category === category && p.tags?.includes('seed'));
    expect(seeds.length).toBe(1);
  });
});

describe('docs/prompts.md', () => {
  it('equals renderPromptDocs() (regenerate with `npx tsx scripts/prompt-docs.ts`)', () => {
    const file = fileURLToPath(new URL('../../../docs/prompts.md', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(renderPromptDocs());
  });

  it.each(CATEGORIES.map((c) => [c.label]))('has a heading for %s', (label) => {
    expect(renderPromptDocs()).toContain(`\n## ${label}\n`);
  });
});
