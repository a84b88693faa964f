// Bundles the command line for bin/diptych.mjs: build/cli/main.js (a chunk per command, loaded
// when that command runs) and build/cli/parse-worker.js (the import's parse workers). Run by
// `npm install` (the `prepare` script) and `npm run build:cli`; a checkout whose sources are newer
// than the bundle runs them through tsx instead (bin/diptych.mjs).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build/cli');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main/cli/main.ts', 'parse-worker': 'src/main/core/pipeline/parse-worker.ts' },
  outdir: out,
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
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});

// What the bundle was built from, so bin/diptych.mjs can tell when a source changed since.
const inputs = Object.keys(result.metafile.inputs).filter((p) => p.startsWith('src/'));
writeFileSync(join(out, 'inputs.json'), `${JSON.stringify({ builtAt: Date.now(), inputs: inputs.map((p) => relative(root, join(root, p))) })}\n`);
console.error(`build/cli: ${inputs.length} sources bundled`);
