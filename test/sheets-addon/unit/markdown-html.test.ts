import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../sheets-addon/src/markdown-html';

describe('markdownToHtml', () => {
  it.each([
    ['# Career plan: Ana', '<h1>Career plan: Ana</h1>'],
    ['**Path:** technical', '<strong>Path:</strong> technical'],
    ['_italic_', '<em>italic</em>'],
    ['a\\*b', 'a*b'],
    ['<script>', '&lt;script&gt;'],
  ])('%j contains %j', (markdown, html) => {
    expect(markdownToHtml(markdown)).toContain(html);
  });
});
