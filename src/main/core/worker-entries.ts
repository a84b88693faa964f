// Every worker thread the app starts, in one list: electron.vite.config.ts builds each as
// out/main/<name>.js, and whoever starts one finds that file here, beside the running bundle —
// in a checkout (out/main/) as in the packaged app (resources/app.asar/out/main/). A new worker
// is one line below.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
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

/**
 * Each worker's heap, given when it is started. Left to V8, a thread keeps up to 32 MB of young
 * generation and, under a high limit, lets its old generation grow to about four times what
 * survives before collecting it; with a limit under 2 GB the growth scales down (about 1.6× at
 * 1 GB, 1.8× at 1.5 GB). V8 scales that by the system's pointer size, not by pointer compression,
 * so Electron's compressed heap grows the same way. These workers' live heaps are small, so that
 * slack was most of their memory. Measured (bench:import, bench:search at 100,000 stories):
 */
export const WORKER_HEAP_LIMITS = {
  // Live heap about 11 MB (its caches are typed arrays): the search process's peak went from
  // 167–205 to 145–150 MB for 3–5 % more CPU with 16 MB of young generation, and to 135–139 MB
  // with 8 MB for some 3 % more again (back to back at 100,000 stories, 6 December 2026). A
  // million stories' caches fit well inside.
  'api-worker': { maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 8 },
  // The writer (live about 30 MB) and the parsers (44–57 MB: the word cache): an import's
  // garbage dies young. With both, 100,000 text stories peaked at 286 MB, not 409–487. A page or
  // story that would need more fails on its own in a parse worker; in the import worker the
  // import stops with importOutOfMemory.
  'import-worker': { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 },
  'parse-worker': { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 },
} as const satisfies Record<WorkerName, ResourceLimits>;

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
