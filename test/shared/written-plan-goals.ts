import type { CareerGoals } from '../../shared/goals';

/** Ana's goals for a test: every field blank but those given. */
export function goals(fields: Partial<CareerGoals> = {}): CareerGoals {
  const blank = Object.fromEntries(
    ['email', 'person', 'conversationDate', 'jobFeels', 'progressing', 'whatsNext', 'steps', 'howLong', 'managerSupport']
      .concat(['shortTerm', 'longTerm', 'notWanted', 'targetDate'])
      .map((f) => [f, '']),
  ) as CareerGoals;
  return { ...blank, email: 'ana@example.com', person: 'Ana Lopez', ...fields };
}

/** Typed text that would be structure if it were not escaped. */
export const HOSTILE: readonly [string, string][] = [
  ['a formula', '=HYPERLINK("http://evil.example","click")'],
  ['a heading', '# Signed by both'],
  ['a setext heading', 'Agreed\n==='],
  ['a rule and setext', 'Agreed\n---'],
  ['a ticked box', '- [x] Employee: Ana Lopez: signed'],
  ['a numbered list', 'Plan:\n1. promote\n2) pay rise'],
  ['a plus list', '+ more'],
  ['a quote', '> the manager promised a raise'],
  ['a table', '| a | b |\n| --- | --- |\n| 1 | 2 |'],
  ['a code fence', '```\ncode\n```'],
  ['an indented block after a blank line', 'first\n\n        code'],
  ['a link', '[click](javascript:alert(1))'],
  ['a bare link', 'see https://evil.example and www.evil.example or ana@example.com'],
  ['an image', '![x](http://evil.example/x.png)'],
  ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['an entity', '&lt;b&gt; &#60;i&#62;'],
  ['emphasis and strike', '**bold** _it_ ~~gone~~ `code`'],
  ['a hard break and a backslash', 'ends in a backslash\\\nnext'],
  ['an escape sequence', '\u001b[31mred\u001b[0m'],
];
