import { describe, expect, it } from 'vitest';
import { emailIdentity, emailText, isEmail } from '../../shared/email';

describe('emailIdentity: the same person compares equal', () => {
  it.each([
    ['case', 'Ana.Lopez@Example.COM', 'ana.lopez@example.com'],
    ['spaces around it', '  ana@example.com\t', 'ana@example.com'],
    ['a zero-width space pasted from a chat', 'ana@exa\u200Bmple.com', 'ana@example.com'],
    ['a byte-order mark and a word joiner', '\uFEFFana\u2060@example.com', 'ana@example.com'],
    ['a soft hyphen', 'ana@exam\u00ADple.com', 'ana@example.com'],
    ['decomposed accents (NFD, as macOS file names)', 'jose\u0301@example.com', 'jos\u00E9@example.com'],
    ['a Unicode domain and its punycode', 'ana@b\u00FCcher.de', 'ana@xn--bcher-kva.de'],
    ['an upper-case Unicode domain', 'ANA@B\u00DCCHER.DE', 'ana@xn--bcher-kva.de'],
  ])('%s', (_, a, b) => {
    expect(emailIdentity(a)).toBe(emailIdentity(b));
  });

  it.each([
    ['different people', 'ana@example.com', 'anna@example.com'],
    ['different domains', 'ana@example.com', 'ana@example.org'],
  ])('%s stay apart', (_, a, b) => {
    expect(emailIdentity(a)).not.toBe(emailIdentity(b));
  });
});

describe('emailText: what is kept and written', () => {
  it.each([
    ['keeps the case as typed', 'Ana@Example.com', 'Ana@Example.com'],
    ['drops invisible characters', 'ana\u200B@example.com', 'ana@example.com'],
    ['composes accents', 'jose\u0301@example.com', 'jos\u00E9@example.com'],
    ['keeps a Unicode domain readable', 'ana@b\u00FCcher.de', 'ana@b\u00FCcher.de'],
  ])('%s', (_, raw, kept) => {
    expect(emailText(raw)).toBe(kept);
  });
});

describe('isEmail', () => {
  it.each([
    ['ana@example.com', true],
    ['ana.lopez+career@eng.example.co.uk', true],
    ['ANA@EXAMPLE.COM', true],
    ['ana@', false],
    ['@example.com', false],
    ['ana example@example.com', false],
    ['ana@example', false],
    ['ana@@example.com', false],
    ['ana@example..com', false],
    ['ana@example.c', false],
    ['<ana@example.com>', false],
  ])('%j → %s', (text, ok) => {
    expect(isEmail(text)).toBe(ok);
  });
});
