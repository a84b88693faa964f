// Types of bundle-options.mjs (plain JavaScript: `npm install` runs it before anything is built).
import type { BuildOptions } from 'esbuild';

export function bundleOptions(options: { root: string; entryPoints: Record<string, string>; outdir: string }): BuildOptions;
