// The end-to-end tests' build: the project's own wxt.config.ts, only written to a directory of the test run's own
// (TRELLIS_E2E_OUT, set by global-setup.ts) so a `wxt build` someone runs meanwhile cannot swap files under Chromium.
import { defineConfig } from 'wxt';
import base from '../../wxt.config';

export default defineConfig({
  ...base,
  outDir: process.env.TRELLIS_E2E_OUT ?? '.output/e2e',
});
