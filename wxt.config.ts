import { defineConfig } from 'wxt';

// The extension lives in extension/ (entrypoints in extension/entrypoints), beside the shared core it imports.
export default defineConfig({
  srcDir: 'extension',
  // WXT looks for public/ at the root, not in srcDir: the icons live in extension/public/icon.
  publicDir: 'extension/public',
  // Explicit imports everywhere, so the extension type-checks with the rest of the repository and reads plainly.
  imports: false,
  manifest: {
    name: 'Trellis: career conversations for 1:1s',
    short_name: 'Trellis',
    description: 'Career-conversation prompts and written plans beside your one-on-ones in Google Calendar.',
    // Settings in sync, history and notes in local; nothing else: no host access and no network requests.
    permissions: ['storage'],
  },
  webExt: { disabled: true },
  // Vite's module-preload polyfill fetches the extension's own chunks; nothing here needs it, and the extension
  // should contain no network code at all.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
});
