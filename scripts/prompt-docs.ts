/**
 * Renders the prompt bank (shared/prompts/bank.ts) as Markdown.
 * Run `npx tsx scripts/prompt-docs.ts` to regenerate docs/prompts.md; a test fails if that file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROMPTS } from '../shared/prompts/bank';
import { CATEGORIES } from '../shared/prompts/categories';
import type { Fundamental } from '../shared/types';

const FUNDAMENTAL_NAMES: Record<Fundamental, string> = {
  ask: 'Ask about career goals',
  path: 'Build a path (non-management, or management where chosen)',
  commit: 'Commit the plan to writing',
};

const INTRO = [
  'Questions a manager can ask to help someone keep growing, with or without managing people.',
  'Each prompt is open, about the person rather than the project, and short enough to answer in a minute;',
  'the follow-ups are there for when the first answer is short.',
  'Prompts marked *seed* are the six core questions of a first career conversation.',
  'They are about growth, scope and impact; a plan built from them is not a checklist for the next title.',
].join('\n');

/** The whole prompt bank as Markdown, categories in the order of categories.ts. */
export function renderPromptDocs(): string {
  const lines: string[] = [
    '# The Trellis prompt bank',
    '',
    '<!-- Generated from shared/prompts/bank.ts by scripts/prompt-docs.ts; do not edit by hand. -->',
    '',
    INTRO,
    '',
  ];
  for (const category of CATEGORIES) {
    const prompts = PROMPTS.filter((p) => p.category === category.id);
    lines.push(`## ${category.label}`, '');
    lines.push(`Fundamental: **${FUNDAMENTAL_NAMES[category.fundamental]}** (\`${category.fundamental}\`)`, '');
    prompts.forEach((prompt, index) => {
      const seed = prompt.tags?.includes('seed') ? ' *seed*' : '';
      lines.push(`${index + 1}. **${prompt.text}** \`${prompt.id}\`${seed}`);
      for (const followUp of prompt.followUps) lines.push(`    - ${followUp}`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  const target = fileURLToPath(new URL('../docs/prompts.md', import.meta.url));
  writeFileSync(target, renderPromptDocs());
  console.log(`wrote ${target}`);
}
