// Where a worker's code is: the built `<name>.js` beside the bundle that starts it (the app, the
// CLI), or, when running from the TypeScript sources, the `.mjs` entry that loads them through tsx.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `moduleUrl` is the caller's import.meta.url; `sourceEntry` sits beside the caller's source. */
export function workerEntry(moduleUrl: string, builtName: string, sourceEntry: string): string {
  const here = fileURLToPath(moduleUrl);
  if (/\.ts$/u.test(here)) return join(dirname(here), sourceEntry);
  for (const dir of [dirname(here), join(dirname(here), '..')]) {
    const entry = join(dir, builtName);
    if (existsSync(entry)) return entry;
  }
  throw new Error(`${builtName} not found beside ${here}`);
}
