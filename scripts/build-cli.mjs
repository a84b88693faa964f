// Bundles the command line for bin/diptych.mjs: build/cli/main.js (a chunk per command, loaded
// when that command runs) and build/cli/parse-worker.js (the import's parse workers). Run by
// `npm install` (the `prepare` script) and `npm run build:cli`; a checkout whose sources are newer
// than the bundle runs them through tsx instead (bin/diptych.mjs).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build/cli');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  ...bundleOptions({ root, entryPoints: { main: 'src/main/cli/main.ts', 'parse-worker': 'src/main/core/pipeline/parse-worker.ts' }, outdir: out }),
  metafile: true,
});

// What the bundle was built from, so bin/diptych.mjs can tell when a source changed since.
const inputs = Object.keys(result.metafile.inputs).filter((p) => p.startsWith('src/'));
writeFileSync(join(out, 'inputs.json'), `${JSON.stringify({ builtAt: Date.now(), inputs: inputs.map((p) => relative(root, join(root, p))) })}\n`);
console.error(`build/cli: ${inputs.length} sources bundled`);
