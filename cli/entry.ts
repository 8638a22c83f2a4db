// The bundle's entry (scripts/build-cli.ts bundles it into cli/dist/trellis.mjs, which cli/bin/trellis.js runs).
import { installCleanup } from './io/cleanup';
import { main } from './main';

installCleanup();
process.exitCode = await main(process.argv.slice(2));
