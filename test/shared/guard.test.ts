import { describe, expect, it } from 'vitest';
import { guardText, unguardText } from '../../shared/guard';

describe('guardText (contract section 4)', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2', "'-2"],
    ['@example', "'@example"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['\nnewline', "'\nnewline"],
    ['Ana Lopez', 'Ana Lopez'],
    ['', ''],
    ["'already quoted", "'already quoted"],
    ['a=b', 'a=b'],
    ['Zoë -x', 'Zoë -x'],
  ])('%j is written as %j', (input, written) => {
    expect(guardText(input)).toBe(written);
  });
});

describe('unguardText', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'-2", '-2'],
    ["'@x", '@x'],
    ["'plain", "'plain"],
    ["'", "'"],
    ['Ana', 'Ana'],
  ])('%j reads back as %j', (written, value) => {
    expect(unguardText(written)).toBe(value);
  });

  it.each(['=1+1', '+x', '-y', '@z', '\tq', 'plain', "'plain", ''])('round-trips %j', (value) => {
    expect(unguardText(guardText(value))).toBe(value);
  });
});
