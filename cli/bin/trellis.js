#!/usr/bin/env node
// The CLI is TypeScript run in place through tsx, so a fresh clone needs no build step before `npx trellis`.
import { register } from 'tsx/esm/api';

register();
const { installCleanup } = await import('../io/cleanup.ts');
installCleanup();
const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2));
