#!/usr/bin/env node
// The `diptych` command: runs the TypeScript CLI through tsx, so it works right after
// `npm install` with nothing to build.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

// `diptych show 1 | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

register();
const entry = new URL('../src/main/cli/main.ts', import.meta.url);
const { runCli } = await import(fileURLToPath(entry));
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
