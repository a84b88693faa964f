// Importing files into the archive, written as one pipeline (import.ts and import-lean.ts are
// its doors):
//
//   read (sources.ts)  → decode → parse → analyze (parse-step.ts, prepare.ts)  → write → index (writer.ts)
//   folders walked,      bytes to text, a format's parser,                       each unit in a savepoint,
//   zips opened, JSON    language, group and content hash,                       its search document at the
//   split a story at a   the search document's words                             batch's commit, its story
//   time                 — on parse workers (parsers.ts) for a large import      queued for alignment
//
// Units come out of the parse step in the order the files were given, and the single writer
// stores them in that order, so grouping, pairing and reports are the same however many workers
// parse. Each file (and each story of a JSON file or entry of a feed) is atomic: one that fails
// leaves no trace and the others land. Cancelling stops between files, zip entries and JSON
// stories; what landed stays, whole. Memory stays flat however many files come in.
import type { Database } from 'better-sqlite3';
import { DiptychError, toApiError } from '../../../shared/errors';
import { normalizeLangTag } from '../import/lang-tag';
import { extensionOf, MAX_JSON_STORY_BYTES } from '../import/formats/file-kinds';
import { splitJsonStories } from '../import/formats/json-stream';
import { zipEntries } from '../import/zip-entries';
import type { ImportOptions } from './options';
import type { Parsers } from './parsers';
import { addToReport, emptyReport, type ImportReport } from './report';
import { checkJsonSize, expandPaths, readChunks, readSource } from './sources';
import type { Failure, Parsed, RemakeUnit, WorkItem } from './units';
import { ArchiveWriter } from './writer';

export interface ImportSource {
  /** Shown in reports: the path as the user gave it. */
  name: string;
  bytes: Uint8Array;
}

export interface FileToImport {
  name: string;
  size: number;
  /** In hand already (a source), else read from `name`. */
  bytes?: Uint8Array;
}

/** One step of the work, in order: an item to parse or a failure to report, with where it stands. */
interface Work {
  file: number;
  item?: WorkItem;
  failure?: Failure;
  /** Starts a file, a zip entry or a JSON story: cancelling stops here. */
  boundary: boolean;
  /** What progress names as being imported, when this step should report progress. */
  progress?: string;
  /** Bytes of the files read once this step is done. */
  bytesDone: number;
}

/** From this much work an import pays for starting parse workers. */
const POOL_MIN_FILES = 48;
const POOL_MIN_BYTES = 4 << 20;

/** How many parse workers an import of these files starts (0: it parses on the writer's thread). */
export function parseWorkersFor(files: readonly FileToImport[], options: ImportOptions, defaultWorkers: () => number): number {
  if (options.parseWorkers !== undefined) return options.parseWorkers;
  const bytes = files.reduce((n, f) => n + f.size, 0);
  return files.length >= POOL_MIN_FILES || bytes >= POOL_MIN_BYTES ? defaultWorkers() : 0;
}

/**
 * How the units of a file read from disk are made again should their batch be lost: the file is
 * parsed again, once for all of them, and unit `i` is its i-th result as before.
 */
function remakerFor(item: WorkItem, parsers: Parsers): (i: number) => RemakeUnit {
  let again: Parsed | undefined;
  return (i) => () => {
    again ??= parsers.parseHere(item);
    const r = again[i];
    if (!r) return { file: item.name, error: { code: 'fileUnreadable', params: { file: item.name } } };
    return 'unit' in r ? r.unit : r.failure;
  };
}

/** Where an import's items are parsed: on workers, or on this thread. */
export type ParsersFactory = (workers: number, override: string | null) => Parsers;
/** JSON progress is told every this many stories. */
const JSON_PROGRESS_EVERY = 200;

export class ImportRun {
  readonly report: ImportReport;
  private writer: ArchiveWriter | null = null;
  readonly override: string | null;
  private done = 0;
  private total = 0;
  private bytesDone = 0;
  private bytesTotal = 0;
  private current = '';
  /** The one buffer large JSON files are read through. */
  private readonly chunk = new Uint8Array(1 << 20);

  constructor(private readonly db: Database, private readonly options: ImportOptions) {
    this.report = emptyReport(options.listLimit);
    this.override = options.lang !== undefined ? requireLang(options.lang) : null;
  }

  fail(failure: Failure): void {
    addToReport(this.report, 'failed', failure);
  }

  private cancelled(): boolean {
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

  /** Imports `files`, parsed by `parsers` (closed when done). */
  run(files: readonly FileToImport[], parsers: Parsers): ImportReport {
    this.total = files.length;
    this.bytesTotal = files.reduce((n, f) => n + f.size, 0);
    let writer: ArchiveWriter;
    try {
      writer = this.writer = new ArchiveWriter(this.db, this.options, this.report);
    } catch (e) {
      parsers.close();
      throw e;
    }
    try {
      this.pump(files, parsers, writer);
    } finally {
      parsers.close();
      // Whatever happened, what was stored so far is committed (each unit of it whole).
      writer.close();
    }
    this.current = '';
    this.progress();
    return this.report;
  }

  /** Keeps the parsers a window ahead of the writer, and hands the writer results in order. */
  private pump(files: readonly FileToImport[], parsers: Parsers, writer: ArchiveWriter): void {
    const steps = this.work(files);
    const queue: Work[] = [];
    let more = true;
    const fill = (): void => {
      while (more && parsers.hasRoom() && queue.length < parsers.window * 4) {
        const next = steps.next();
        if (next.done) more = false;
        else {
          queue.push(next.value);
          if (next.value.item) parsers.submit(next.value.item);
        }
      }
    };
    let file = -1;
    for (fill(); queue.length > 0; fill()) {
      const step = queue[0]!;
      if (step.boundary && this.cancelled()) return;
      if (step.file !== file) {
        if (file >= 0) this.done++;
        file = step.file;
        if (writer.stopped) {
          this.stopRemaining(files, file, steps);
          return;
        }
      }
      queue.shift();
      this.bytesDone = step.bytesDone;
      if (step.progress !== undefined) {
        this.current = step.progress;
        this.progress();
      }
      if (step.failure) writer.fail(step.failure);
      if (step.item) {
        const remake = step.item.kind === 'path' ? remakerFor(step.item, parsers) : undefined;
        parsers.next().forEach((r, i) => ('unit' in r ? writer.store(r.unit, remake?.(i)) : writer.fail(r.failure)));
      }
    }
    if (file >= 0) this.done++;
  }

  /** The archive cannot be written: every file not begun is reported once, unread. */
  private stopRemaining(files: readonly FileToImport[], from: number, steps: Generator<Work>): void {
    const error = this.writer!.stopped!;
    void steps.return(undefined);
    for (let i = from; i < files.length; i++) {
      this.fail({ file: files[i]!.name, error });
      this.done++;
    }
  }

  /** The read step: every file's work items (and failures), in order. */
  private *work(files: readonly FileToImport[]): Generator<Work> {
    let before = 0;
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      const after = before + f.size;
      const ext = extensionOf(f.name);
      let first = true;
      const step = (s: Omit<Work, 'file' | 'bytesDone'>, bytesDone = after): Work => {
        const w: Work = { file: i, bytesDone, ...s, ...(first ? { progress: s.progress ?? f.name } : {}) };
        first = false;
        return w;
      };
      try {
        if (ext === 'zip') yield* this.zipWork(f, step);
        else if (ext === 'json' && !f.bytes) yield* this.jsonWork(f, before, step);
        else yield step({ item: f.bytes ? { kind: 'bytes', name: f.name, bytes: f.bytes, insideZip: false } : { kind: 'path', name: f.name, size: f.size }, boundary: true });
      } catch (e) {
        yield step({ failure: { file: f.name, error: toApiError(e) }, boundary: false });
      }
      before = after;
    }
  }

  private *zipWork(f: FileToImport, step: (s: Omit<Work, 'file' | 'bytesDone'>) => Work): Generator<Work> {
    const zip = f.bytes ?? readSource(f.name, f.size);
    let entries = 0;
    for (const entry of zipEntries(zip)) {
      entries++;
      const name = `${f.name}/${entry.name}`;
      if ('error' in entry) yield step({ failure: { file: name, error: entry.error }, boundary: true });
      else yield step({ item: { kind: 'bytes', name, bytes: entry.bytes, insideZip: true }, boundary: true, progress: name });
    }
    // An archive with nothing in it (or only folders and hidden files) is said so, not passed over.
    if (entries === 0) yield step({ failure: { file: f.name, error: { code: 'emptyArchive' } }, boundary: false });
  }

  /** A large JSON file, read a megabyte at a time and split a story at a time. */
  private *jsonWork(f: FileToImport, before: number, step: (s: Omit<Work, 'file' | 'bytesDone'>, bytesDone?: number) => Work): Generator<Work> {
    checkJsonSize(f.size);
    let read = before;
    let index = 0;
    for (const text of splitJsonStories(readChunks(f.name, this.chunk, (n) => (read += n)), { maxStoryBytes: MAX_JSON_STORY_BYTES })) {
      const progress = index > 0 && index % JSON_PROGRESS_EVERY === 0 ? `${f.name}#${index + 1}` : undefined;
      yield step({ item: { kind: 'json-story', name: f.name, index, text }, boundary: true, ...(progress ? { progress } : {}) }, read);
      index++;
    }
  }
}

function requireLang(tag: string): string {
  const lang = normalizeLangTag(tag);
  if (!lang) throw new DiptychError('unknownLanguage', { lang: tag });
  return lang;
}

/** The files at `paths`, folders walked; what cannot be reached is reported on `run`. */
export function filesAt(run: ImportRun, paths: readonly string[]): FileToImport[] {
  return expandPaths(paths, (f) => run.fail(f));
}

/** Sources in hand, as files to import. */
export function filesOf(sources: readonly ImportSource[]): FileToImport[] {
  return sources.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes }));
}
