// How the command line and what runs like it (bench:import's children) are bundled: ES modules for
// Node 20, a chunk per lazily loaded module, better-sqlite3 left where npm built it.

/** esbuild options bundling `entryPoints` (name → source, from `root`) into `outdir`. */
export function bundleOptions({ root, entryPoints, outdir }) {
  return {
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The native addon stays where npm built it.
    external: ['better-sqlite3'],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __diptychRequire } from 'node:module'; const require = __diptychRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    legalComments: 'none',
  };
}
