// Every worker thread the app starts, in one list: electron.vite.config.ts builds each as
// out/main/<name>.js, and whoever starts one finds that file here, beside the running bundle —
// in a checkout (out/main/) as in the packaged app (resources/app.asar/out/main/). A new worker
// is one line below.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiptychError } from '../../shared/errors';

export const WORKER_ENTRIES = {
  /** Owns the archive's connection and answers the API (started by Electron main). */
  'api-worker': 'src/main/core/api/api-worker.ts',
  /** Runs one import on a connection of its own (started by the API worker). */
  'import-worker': 'src/main/core/import/worker/import-worker.ts',
  /** Reads, decodes, parses and analyses files for an import's writer (started by the import). */
  'parse-worker': 'src/main/core/pipeline/parse-worker.ts',
} as const;

export type WorkerName = keyof typeof WORKER_ENTRIES;

export const builtWorkerFileName = (name: WorkerName): string => `${name}.js`;

/**
 * The built entry of worker `name`, seen from `moduleDir`, the folder of the running module: the
 * bundle's entries sit in out/main/ and its shared chunks in out/main/chunks/, so both that folder
 * and the one above are looked in.
 */
export function builtWorkerEntry(
  name: WorkerName,
  moduleDir: string,
  exists: (path: string) => boolean = existsSync,
): string {
  const file = builtWorkerFileName(name);
  const entry = [moduleDir, dirname(moduleDir)].map((dir) => join(dir, file)).find(exists);
  if (!entry) throw new DiptychError('internal', { detail: `${file} not found beside ${moduleDir}` });
  return entry;
}

/**
 * Where worker `name` is, seen from the module that starts it (`moduleUrl`, its import.meta.url):
 * running from the TypeScript sources (tests, tsx), `sourceEntry` beside that module — a `.mjs`
 * that loads the source through tsx; otherwise the built entry (the app, the bundled CLI).
 */
export function workerEntryFrom(moduleUrl: string, name: WorkerName, sourceEntry: string): string {
  const here = fileURLToPath(moduleUrl);
  if (/\.ts$/u.test(here)) return join(dirname(here), sourceEntry);
  return builtWorkerEntry(name, dirname(here));
}
