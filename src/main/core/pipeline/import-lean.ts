// The door for large imports (the CLI, the app's import worker): the same pipeline as import.ts,
// but this thread, the writer's, never loads the language detector (tens of megabytes); the
// parse workers load it when a file first needs it, and a small import parsed here hands such a
// file to a worker started for it.
import type { Database } from 'better-sqlite3';
import { filesAt, ImportRun, parseWorkersFor } from './import-run';
import type { ImportOptions } from './options';
import { defaultParseWorkers, importParsers, InlineParsers, WorkerParsers } from './parsers';
import type { ImportReport } from './report';
import type { Parsed, WorkItem } from './units';

/** Where no worker can start at all, a file that needs its language detected fails, said so. */
const noDetector = (item: WorkItem): Parsed => [
  { failure: { file: item.name, error: { code: 'internal', detail: 'no parse worker could start to detect the language' } } },
];

/** Reads the files (and, recursively, folders and zips) at `paths` and imports them. */
export function importPathsLean(db: Database, paths: readonly string[], options: ImportOptions = {}): ImportReport {
  const run = new ImportRun(db, options);
  const files = filesAt(run, paths);
  let detecting: WorkerParsers | null = null;
  const viaWorker = (item: WorkItem): Parsed => {
    detecting ??= new WorkerParsers(1, run.override, new InlineParsers(run.override, null, noDetector));
    detecting.submit(item);
    return detecting.next();
  };
  const workers = parseWorkersFor(files, options, defaultParseWorkers);
  try {
    // A file parsed here (no worker started, or read again for a lost batch) is detected there.
    return run.run(files, importParsers(workers, run.override, null, viaWorker));
  } finally {
    (detecting as WorkerParsers | null)?.close();
  }
}
