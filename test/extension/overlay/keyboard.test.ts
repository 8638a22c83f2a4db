import { describe, expect, it } from 'vitest';
import { isShortcut } from '../../../extension/overlay/keyboard';

/** A keydown as the browser hands it over: only the fields the shortcut reads. */
const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>, key = '') =>
  ({ code, key, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods }) as KeyboardEvent;

describe('the shortcut into the panel', () => {
  it.each([
    ['Alt+Shift+J', key('KeyJ', { altKey: true, shiftKey: true }, 'J'), true],
    ['Option+Shift+J on a Mac (types "Ô")', key('KeyJ', { altKey: true, shiftKey: true }, 'Ô'), true],
    ['J alone (free for the page)', key('KeyJ', {}, 'j'), false],
    ['Alt+J', key('KeyJ', { altKey: true }, 'j'), false],
    ['Ctrl+Alt+Shift+J', key('KeyJ', { altKey: true, shiftKey: true, ctrlKey: true }, 'J'), false],
    ['Alt+Shift+T (Chrome focuses its toolbar)', key('KeyT', { altKey: true, shiftKey: true }, 'T'), false],
  ])('%s: %s', (_name, event, expected) => {
    expect(isShortcut(event)).toBe(expected);
  });
});
