import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { PROMPTS } from '../../../shared/prompts/bank';
import { FOLLOW_UPS } from '../../../shared/prompts/follow-ups';
import { QUESTIONS } from '../../../shared/prompts/questions';
import { CATEGORIES, fundamentalOf } from '../../../shared/prompts/categories';
import { RETIRED_PROMPTS } from '../../../shared/prompts/retired';
import type { PromptCategory } from '../../../shared/types';
import { renderPromptDocs } from '../../../scripts/prompt-docs';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YES_NO_START = /^(is|are|am|was|were|do|does|did|can|could|will|would|should|have|has|had)\b/i;
/** A question that offers its own answers ("…: X, Y or Z?") or asks which of two is preferred; options belong in a follow-up. */
const FORCED_CHOICE =
  /:[^:?]*\bor\b[^:?]*\?$|\bor\b[^:?]*:\s*which\b|^which (?:do you prefer|appeals to you more)\b|\b(?:prefer|rather)\b.*\bor\b/i;

const SEED_CATEGORIES: PromptCategory[] = ['job-satisfaction', 'career-progress', 'whats-next', 'steps', 'timeline', 'manager-support'];

describe('prompt bank: ids', () => {
  it.each(PROMPTS.map((p) => [p.id]))('%s is kebab-case', (id) => {
    expect(id).toMatch(KEBAB);
  });

  it("no bank id could be taken for a prompt of the user's own (those are own-…)", () => {
    expect(PROMPTS.filter((p) => p.id.startsWith('own-')).map((p) => p.id)).toEqual([]);
  });

  it.each([...RETIRED_PROMPTS])('retired %s is never reused, and %s, which replaced it, is in the bank', (retired, replacement) => {
    expect(PROMPTS.map((p) => p.id)).not.toContain(retired);
    expect(PROMPTS.map((p) => p.id)).toContain(replacement);
    expect(Object.keys(FOLLOW_UPS)).not.toContain(retired);
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

describe('prompt bank: what a career conversation has to reach', () => {
  it.each([
    ['staying or leaving, honestly', 'stay-competitor-call', /competitor/],
    ['what motivates them', 'motivation-what-drives', /motivates/],
    ['feeling recognised and valued', 'motivation-recognised', /recognised and valued/],
    ['what they do not want', 'next-not-wanted', /rather not/],
    ['how much hands-on work to keep', 'next-hands-on', /hands-on/],
    ['what the team needs from them', 'path-team-needs', /team needs/],
    ['what worries them about managing', 'manage-worries', /worries you about managing/],
    ['a trial of managing', 'manage-trial-shape', /trial/],
    ['a way back from managing', 'manage-way-back', /way back/],
    ['what to take off their plate', 'support-take-off-plate', /off your plate/],
  ])('%s (%s)', (_topic, id, words) => {
    expect(PROMPTS.find((p) => p.id === id)?.text).toMatch(words);
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

  it.each(PROMPTS.map((p) => [p.id, p.text]))('%s leaves the answer open rather than offering a choice: %s', (_id, text) => {
    expect(text).not.toMatch(FORCED_CHOICE);
  });

  it.each([
    ['Do you prefer going deep or going broad?', true],
    ['Which appeals to you more: depth or breadth?', true],
    ['Becoming the expert on a topic, coaching others, or leading technical work: which pulls at you most?', true],
    ['How do you learn best: by doing, by reading, on a course or next to someone?', true],
    ['Would you rather lead people or systems?', true],
    ['What keeps you here, and what would make you start looking elsewhere?', false],
    ['Where would you like to go deeper in your work, and where would you like to reach wider?', false],
  ])('the forced-choice check flags %j: %s', (text, flagged) => {
    expect(FORCED_CHOICE.test(text) || YES_NO_START.test(text)).toBe(flagged);
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
