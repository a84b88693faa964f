#!/usr/bin/env node
// The `diptych` command: runs the bundle in build/cli (built by `npm install` or
// `npm run build:cli`). In a development checkout whose sources changed since that build, or
// before any build, it runs the TypeScript sources through tsx instead, so it is never stale.
import { existsSync, readFileSync, statSync } from 'node:fs';

// `diptych show 1 | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const root = new URL('../', import.meta.url);

/** The bundle, unless a source it was built from is newer than it. */
function freshBundle() {
  const bundle = new URL('build/cli/main.js', root);
  const manifest = new URL('build/cli/inputs.json', root);
  if (!existsSync(bundle) || !existsSync(manifest)) return null;
  const { builtAt, inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
  for (const input of inputs) {
    const source = new URL(input, root);
    // A source gone or changed: this is a checkout being worked on.
    if (!existsSync(source) || statSync(source).mtimeMs > builtAt) return null;
  }
  return bundle;
}

async function load() {
  const bundle = freshBundle();
  if (bundle) return import(bundle.href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL('src/main/cli/main.ts', root).href);
}

const { runCli } = await load();
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
