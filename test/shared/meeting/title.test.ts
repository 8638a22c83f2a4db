import { describe, expect, it } from 'vitest';
import { DEFAULT_TITLE_PATTERNS, nameBesidePattern, nameIsAddress, namesFromTitle, titleMatches } from '../../../shared/meeting/title';

describe('titleMatches with the default patterns', () => {
  it.each([
    ['Dev / Maria 1:1', true],
    ['1:1', true],
    ['weekly 1-1 with Ola', true],
    ['Ola 1on1', true],
    ['1 On 1: Kim', true],
    ['1  on  1 Kim', true],
    ['One-on-one with Dev', true],
    ['ONE ON ONE', true],
    ['Kim 1x1', true],
    ['(1:1) Kim', true],
    ['Kim, 1:1.', true],
    ['11:15 sync', false],
    ['Q1-1 review', false],
    ['release 2026-1-1', false],
    ['1:15 standup', false],
    ['sprint 21x1', false],
    ['1x10 grid', false],
    ['someone-on-one', false],
    ['Team sync', false],
    ['', false],
  ])('%j → %s', (title, expected) => {
    expect(titleMatches(title, DEFAULT_TITLE_PATTERNS)).toBe(expected);
  });

  it.each([
    ['user pattern', 'Career chat Dev', ['career chat'], true],
    ['user pattern with regex characters', 'Dev (sync)', ['(sync)'], true],
    ['user pattern as a whole word only', 'mentoring', ['mentor'], false],
    ['no patterns', '1:1', [], false],
    ['blank patterns are ignored', 'anything', ['', '  '], false],
  ])('%s', (_, title, patterns, expected) => {
    expect(titleMatches(title, patterns)).toBe(expected);
  });
});

describe('namesFromTitle', () => {
  it.each([
    ['Maria Lopez / Dev Patel 1:1', ['Maria Lopez', 'Dev Patel']],
    ['Ola <> Maria', ['Ola', 'Maria']],
    ['Ola<>Maria', ['Ola', 'Maria']],
    ['Kim | Maria', ['Kim', 'Maria']],
    ['Kim x Maria', ['Kim', 'Maria']],
    ['Kim × Maria', ['Kim', 'Maria']],
    ['1:1: Maria / Dev - planning', ['Maria', 'Dev']],
    ['Weekly sync: Maria / Dev (remote)', ['Maria', 'Dev']],
    ['Zoë / José 1on1', ['Zoë', 'José']],
    ['Dev 1:1', []],
    ['A / B / C', []],
    ['Q3/Q4 planning', []],
    ['<img src=x onerror=alert(1)> / Kim 1:1', []],
    ['Kim / <b>', []],
    ['Malcolm X Day', []],
    ['', []],
  ])('%j → %j', (title, names) => {
    expect(namesFromTitle(title)).toEqual(names);
  });
});

describe('nameBesidePattern', () => {
  it.each([
    ['Dev 1:1', 'Dev'],
    ['1:1 with Dev Patel', 'Dev Patel'],
    ['Weekly 1-1 - Ola', 'Ola'],
    ['1:1', null],
    ['1:1 prep', null],
    ['1:1 <script>', null],
  ])('%j → %j', (title, name) => {
    expect(nameBesidePattern(title, DEFAULT_TITLE_PATTERNS)).toBe(name);
  });
});

describe('nameIsAddress', () => {
  it.each([
    ['Maria', 'maria.lopez@example.com', true],
    ['Maria Lopez', 'maria.lopez@example.com', true],
    ['maria lopez', 'maria.lopez@example.com', true],
    ['M Lopez', 'maria.lopez@example.com', true],
    ['Maria Chen', 'maria.lopez@example.com', false],
    ['Dev', 'maria.lopez@example.com', false],
    ['María', 'maria.lopez@example.com', true],
    ['Maria Lopez', 'mlopez@example.com', true],
    ['Maria Lopez', 'maria@example.com', true],
    ['maria.lopez@example.com', 'maria.lopez@example.com', true],
    ['dev@example.com', 'maria.lopez@example.com', false],
    ['M', 'maria.lopez@example.com', false],
  ])('%j is %s: %s', (name, email, expected) => {
    expect(nameIsAddress(name, email)).toBe(expected);
  });
});
