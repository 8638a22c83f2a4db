import { describe, expect, it } from 'vitest';
import { escapeHtml, fillSlots, scriptJson } from '../../../sheets-addon/src/html';

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
  ])('%j → %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe('scriptJson', () => {
  it.each([
    ['</script>', '"\\u003c/script\\u003e"'],
    ['a&b', '"a\\u0026b"'],
    ['\u2028', '"\\u2028"'],
    [{ n: 1 }, '{"n":1}'],
  ])('%j → %s', (value, literal) => {
    expect(scriptJson(value)).toBe(literal);
  });
});

describe('fillSlots', () => {
  it.each([
    ['<p><!--slot:summary--></p>', { summary: 'Hi' }, '<p>Hi</p>'],
    ['<!--slot:a--><!--slot:b-->', { a: '1' }, '1<!--slot:b-->'],
  ])('%j with %j → %j', (page, slots, html) => {
    expect(fillSlots(page, slots)).toBe(html);
  });
});
