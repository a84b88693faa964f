// Importing files, for callers on a thread that may hold every parser (tests, the app's paste, the
// first-run guide): small imports parse here, large ones on parse workers. See import-run.ts for
// the pipeline itself, and import-lean.ts for the door a large import's writer uses.
import type { Database } from 'better-sqlite3';
import { detectLanguage } from '../import/detect-language';
import { filesAt, filesOf, ImportRun, parseWorkersFor, type FileToImport, type ImportSource } from './import-run';
import type { ImportOptions } from './options';
import { defaultParseWorkers, importParsers, type Parsers } from './parsers';
import type { ImportReport } from './report';

export type { ImportSource } from './import-run';

function parsersFor(run: ImportRun, files: readonly FileToImport[], options: ImportOptions): Parsers {
  return importParsers(parseWorkersFor(files, options, defaultParseWorkers), run.override, (text) => detectLanguage(text).lang);
}

/** Reads the files (and, recursively, folders and zips) at `paths` and imports them. */
export function importPaths(db: Database, paths: readonly string[], options: ImportOptions = {}): ImportReport {
  const run = new ImportRun(db, options);
  const files = filesAt(run, paths);
  return run.run(files, parsersFor(run, files, options));
}

/** Parses and stores sources given as bytes (tests, paste, the worker), in order. */
export function importSources(db: Database, sources: readonly ImportSource[], options: ImportOptions = {}): ImportReport {
  const run = new ImportRun(db, options);
  const files = filesOf(sources);
  return run.run(files, parsersFor(run, files, options));
}
