// Vitest global setup: one temporary folder for the whole run, removed at its end. Test workers
// find it in DIPTYCH_TEST_TMPDIR (they inherit the environment) and keep files that outlive one
// test file there, such as archive templates: a worker may be stopped without its exit handlers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'diptych-tests-'));
  process.env.DIPTYCH_TEST_TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
