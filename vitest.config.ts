import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // Gives extension tests WXT's fake browser (storage, runtime) in place of chrome.*.
  plugins: [WxtVitest()],
  test: {
    // CLI and browser tests spawn real processes; give them room on a shared 2-core machine.
    testTimeout: 30_000,
    // A CLI test's beforeAll runs the command several times: 10 s was overrun on a loaded machine.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/sheets-addon/**', '**/node_modules/**'],
          // The CLI tests run the built command: globalSetup rebuilds cli/dist when a source is newer than it.
          globalSetup: ['test/cli/global-setup.ts'],
        },
      },
      {
        // The Sheets add-on, loaded from its built bundle (test/sheets-addon/harness.ts); globalSetup builds it once.
        extends: true,
        test: {
          name: 'sheets-addon',
          include: ['test/sheets-addon/**/*.test.ts'],
          globalSetup: ['test/sheets-addon/global-setup.ts'],
          // Apps Script runs in the script's zone (appsscript.json "timeZone": "Etc/UTC"), and so does the vm context.
          env: { TZ: 'Etc/UTC' },
        },
      },
      {
        // End-to-end tests in real Chromium with the built extension (test/e2e/harness.ts). Their globalSetup builds
        // the extension once, and only when e2e files are part of the run. They run after the unit tests, one file at
        // a time, so two browsers never share the 2 cores with the rest of the suite.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
