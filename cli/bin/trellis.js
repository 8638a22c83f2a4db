#!/usr/bin/env node
// Runs the built command (cli/dist, made by `npm install` or `npm run build:cli`): no TypeScript is compiled at start.
try {
  await import('../dist/trellis.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('trellis.mjs')) throw error;
  process.stderr.write('trellis: the command is not built yet: run npm install (or npm run build:cli) in the Trellis folder\n');
  process.exitCode = 1;
}
