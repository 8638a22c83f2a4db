import { describe, expect, it } from 'vitest';
import { personKey } from '../../../shared/meeting/person-key';

describe('personKey: one person, one key, however the address is written', () => {
  it.each<[string, { email: string | null; name: string }, { email: string | null; name: string }]>([
    ['case and spaces', { email: ' Ana@Example.com ', name: '' }, { email: 'ana@example.com', name: '' }],
    ['a zero-width space', { email: 'ana@exam\u200Bple.com', name: '' }, { email: 'ana@example.com', name: '' }],
    ['NFD and NFC', { email: 'jose\u0301@example.com', name: '' }, { email: 'jos\u00E9@example.com', name: '' }],
    ['a Unicode domain and its punycode', { email: 'ana@b\u00FCcher.de', name: '' }, { email: 'ana@xn--bcher-kva.de', name: '' }],
    ['no email: the name, spaces folded', { email: null, name: '  Ana   Lopez ' }, { email: null, name: 'ana lopez' }],
    ['a blank email: the name', { email: '  ', name: 'Ana' }, { email: null, name: 'ana' }],
  ])('%s', (_, a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it('an email and a name never share a key', () => {
    expect(personKey({ email: 'ana', name: '' })).not.toBe(personKey({ email: null, name: 'ana' }));
  });
});
