// The benchmark's build of the extension: the project's own wxt.config.ts, written to a directory of the bench run's
// own (TRELLIS_BENCH_OUT) and with hidden source maps (`.map` files beside the bundles, no sourceMappingURL comment),
// so the bundles are byte for byte those of `wxt build` and the maps say which source each byte came from.
import { defineConfig } from 'wxt';
import base from '../../wxt.config';

type ViteConfig = { build?: Record<string, unknown> } & Record<string, unknown>;

export default defineConfig({
  ...base,
  outDir: process.env.TRELLIS_BENCH_OUT ?? '.output/bench',
  vite: (env) => {
    const own = (typeof base.vite === 'function' ? base.vite(env) : {}) as ViteConfig;
    return { ...own, build: { ...own.build, sourcemap: 'hidden' } };
  },
});
