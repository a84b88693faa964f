// Importing files into the archive: folders are walked, zips opened, each file read, parsed and
// stored atomically (its own savepoint: a file that fails leaves no trace and the others still
// land). Files are handled one at a time, and big JSON files one story at a time, so memory stays
// flat however many files come in.
import type { Database } from 'better-sqlite3';
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiptychError, toApiError, type ApiError } from '../../../shared/errors';
import { normalizeLangTag } from './detect-language';
import { extensionOf, formatFor, MAX_JSON_STORY_BYTES } from './formats';
import { parseJsonStory } from './formats/json-archive';
import { splitJsonStories } from './formats/json-stream';
import { addToReport, emptyReport, type ImportProgress, type ImportReport } from './import-report';
import { prepareVersions, VersionStore, type StoreOptions } from './store-versions';
import { zipEntries } from './zip-entries';
import { withDeferredAlignment } from '../align/store';

export { addToReport, emptyReport, type ImportReport, type ImportProgress } from './import-report';

/** Larger files are refused before they are read: no news story is this long. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest .zip read (its entries are limited again as they are inflated). */
export const MAX_ZIP_BYTES = 512 * 1024 * 1024;
/** JSON is read a story at a time, so only the disk limits it; this catches runaway files. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024 * 1024;
/** From this many files (or bytes) an import is bulk: alignment waits for a story's first reading. */
export const BULK_FILES = 100;
export const BULK_BYTES = 16 * 1024 * 1024;

export interface ImportOptions extends StoreOptions {
  signal?: AbortSignal;
  /** Polled between files and stories; true stops the import (what landed stays). */
  isCancelled?: () => boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Keep at most this many entries in each of the report's lists (the counts stay complete). */
  listLimit?: number;
}

export interface ImportSource {
  /** Shown in reports: the path as the user gave it. */
  name: string;
  bytes: Uint8Array;
}

class ImportRun {
  readonly report: ImportReport;
  private readonly store: VersionStore;
  private readonly override: string | null;
  private done = 0;
  private total = 0;
  private bytesDone = 0;
  private bytesTotal = 0;
  private current = '';

  constructor(private readonly db: Database, private readonly options: ImportOptions) {
    this.report = emptyReport(options.listLimit);
    this.override = options.lang !== undefined ? requireLang(options.lang) : null;
    this.store = new VersionStore(db, options, this.report);
  }

  cancelled(): boolean {
    if (this.report.cancelled) return true;
    if (this.options.signal?.aborted || this.options.isCancelled?.()) this.report.cancelled = true;
    return this.report.cancelled === true;
  }

  private progress(): void {
    this.options.onProgress?.({
      done: this.done,
      total: this.total,
      file: this.current,
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      imported: this.report.counts.imported,
      duplicates: this.report.counts.duplicates,
      failed: this.report.counts.failed,
    });
  }

  private fail(file: string, error: ApiError): void {
    addToReport(this.report, 'failed', { file, error });
  }

  run(items: readonly { name: string; size: number; read: () => 'json-file' | Uint8Array }[]): ImportReport {
    this.total = items.length;
    this.bytesTotal = items.reduce((n, i) => n + i.size, 0);
    try {
      // A bulk import leaves paragraph alignment to each story's first reading (the reader and
      // `diptych align` compute it then): aligning every pair as it lands was most of the time.
      if (items.length >= BULK_FILES || this.bytesTotal >= BULK_BYTES) withDeferredAlignment(this.db, () => this.runItems(items));
      else this.runItems(items);
    } finally {
      // Whatever happened, what was stored so far is committed (each file of it whole).
      this.store.batches.commit();
    }
    this.current = '';
    this.progress();
    return this.report;
  }

  private runItems(items: readonly { name: string; size: number; read: () => 'json-file' | Uint8Array }[]): void {
    for (const item of items) {
      if (this.cancelled()) break;
      this.current = item.name;
      this.progress();
      const before = this.bytesDone;
      try {
        const content = item.read();
        if (content === 'json-file') this.importJson(item.name, readChunks(item.name, (n) => this.advance(n)));
        else this.importBytes(item.name, content, false);
      } catch (e) {
        this.fail(item.name, toApiError(e));
      }
      this.bytesDone = before + item.size;
      this.done++;
    }
  }

  private advance(bytes: number): void {
    this.bytesDone += bytes;
  }

  private importBytes(name: string, bytes: Uint8Array, insideZip: boolean): void {
    const ext = extensionOf(name);
    if (ext === 'zip') {
      if (insideZip) throw new DiptychError('nestedArchive');
      this.importZip(name, bytes);
      return;
    }
    if (bytes.length > MAX_FILE_BYTES && ext !== 'json') {
      throw new DiptychError('fileTooLarge', { limitMb: MAX_FILE_BYTES >> 20 });
    }
    const format = formatFor(name, bytes);
    if (format.id === 'json') {
      this.importJson(name, [bytes]);
      return;
    }
    const parsed = format.parse(bytes, name);
    if (parsed.length === 0) throw new DiptychError('notAStory', { reason: 'empty' });
    const prepared = prepareVersions(name, parsed, this.override);
    this.store.store(prepared);
  }

  /** A JSON file, a story at a time: a story that fails is reported with no trace, the others land. */
  private importJson(name: string, chunks: Iterable<Uint8Array>): void {
    let index = 0;
    for (const text of splitJsonStories(chunks, { maxStoryBytes: MAX_JSON_STORY_BYTES })) {
      if (this.cancelled()) return;
      const label = `${name}#${index + 1}`;
      try {
        const parsed = parseJsonStory(text, index);
        this.store.store(prepareVersions(name, parsed, this.override, false).map((p, i) => ({
          ...p,
          file: parsed.length > 1 ? `${label}.${i + 1}` : label,
        })), true);
      } catch (e) {
        this.fail(label, toApiError(e));
      }
      index++;
      if (index % 200 === 0) {
        this.current = label;
        this.progress();
      }
    }
  }

  private importZip(name: string, zip: Uint8Array): void {
    let files = 0;
    for (const entry of zipEntries(zip)) {
      files++;
      if (this.cancelled()) return;
      const entryName = `${name}/${entry.name}`;
      if ('error' in entry) {
        this.fail(entryName, entry.error);
        continue;
      }
      this.current = entryName;
      this.progress();
      try {
        this.importBytes(entryName, entry.bytes, true);
      } catch (e) {
        this.fail(entryName, toApiError(e));
      }
    }
    // An archive with nothing in it (or only folders and hidden files) is said so, not passed over.
    if (files === 0) this.fail(name, { code: 'emptyArchive' });
  }
}

function requireLang(tag: string): string {
  const lang = normalizeLangTag(tag);
  if (!lang) throw new DiptychError('unknownLanguage', { lang: tag });
  return lang;
}

/** A file's bytes a megabyte at a time, telling `onRead` how far it got. */
function* readChunks(path: string, onRead: (bytes: number) => void): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const size = 1024 * 1024;
    for (;;) {
      // A fresh buffer each time: the JSON splitter may hold on to slices of earlier chunks.
      const buffer = new Uint8Array(size);
      const n = readSync(fd, buffer, 0, size, null);
      if (n <= 0) return;
      onRead(n);
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

function readLimited(path: string, size: number): () => 'json-file' | Uint8Array {
  return () => {
    const ext = extensionOf(path);
    if (ext === 'json') {
      if (size > MAX_JSON_BYTES) throw new DiptychError('fileTooLarge', { limitMb: MAX_JSON_BYTES >> 20 });
      return 'json-file';
    }
    const limit = ext === 'zip' ? MAX_ZIP_BYTES : MAX_FILE_BYTES;
    if (size > limit) throw new DiptychError('fileTooLarge', { limitMb: limit >> 20 });
    return readFileSync(path);
  };
}

function readError(e: unknown, path: string): ApiError {
  if (e instanceof DiptychError) return toApiError(e);
  return { code: 'fileUnreadable', params: { file: path }, detail: (e as Error).message };
}

/** The files under `paths`, folders walked recursively (hidden entries skipped), with sizes. */
export function expandPaths(
  paths: readonly string[],
  fail: (failure: ImportReport['failed'][number]) => void,
): { name: string; size: number }[] {
  const out: { name: string; size: number }[] = [];
  const walk = (path: string, depth: number): void => {
    let stat;
    try {
      // What the user named is followed; links met inside a folder are not, so a folder can
      // neither loop back on itself nor pull in files from elsewhere (`secret -> /etc/passwd`).
      stat = depth === 0 ? statSync(path) : lstatSync(path);
    } catch (e) {
      fail({ file: path, error: readError(e, path) });
      return;
    }
    if (stat.isSymbolicLink()) return;
    if (!stat.isDirectory()) {
      out.push({ name: path, size: stat.size });
      return;
    }
    if (depth > 32) return;
    let entries: string[];
    try {
      entries = readdirSync(path).sort();
    } catch (e) {
      fail({ file: path, error: readError(e, path) });
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      walk(join(path, entry), depth + 1);
    }
  };
  for (const p of paths) walk(p, 0);
  return out;
}

/** Reads the files (and, recursively, folders and zips) at `paths` and imports them. */
export function importPaths(db: Database, paths: readonly string[], options: ImportOptions = {}): ImportReport {
  const run = new ImportRun(db, options);
  const files = expandPaths(paths, (f) => addToReport(run.report, 'failed', f));
  return run.run(
    files.map((f) => ({
      name: f.name,
      size: f.size,
      read: () => {
        try {
          return readLimited(f.name, f.size)();
        } catch (e) {
          if (e instanceof DiptychError) throw e;
          throw new DiptychError('fileUnreadable', { file: f.name }, (e as Error).message);
        }
      },
    })),
  );
}

/** Parses and stores sources given as bytes (tests, paste, the worker), in order. */
export function importSources(
  db: Database,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
): ImportReport {
  const run = new ImportRun(db, options);
  return run.run(sources.map((s) => ({ name: s.name, size: s.bytes.length, read: () => s.bytes })));
}
