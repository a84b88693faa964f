// The write → index → queue-alignment steps: the one writer of an import. Units (a file's
// version, one story of a JSON file, one entry of a feed) are stored each in its own savepoint
// inside a batch transaction, committed by count or bytes; statements are prepared once.
//
// Search documents are added to the index between units, a few dozen at a time, outside any
// savepoint: FTS5 writes its pending terms out as a new segment at every savepoint, so indexing
// inside them would make one segment a file. Alignment is only queued (align/queue.ts).
//
// When SQLite loses a batch (a full disk or an I/O error rolls the transaction back, or the
// commit fails), what the report said of it is taken back and its units are stored again one
// transaction each: the report then says exactly which were stored and which were not. (For this a
// batch keeps how to make each unit again: a file read from disk is parsed again, so the batch does
// not hold its text; other units — zip entries, stories of a large JSON file, sources in hand — are
// kept until the commit. A search document is dropped once indexed: a lost batch makes it again.)
import type { Database, Statement } from 'better-sqlite3';
import { DiptychError, toApiError, type ApiError } from '../../../shared/errors';
import { AlignmentQueue } from '../align/queue';
import { VersionLinks } from '../import/version-links';
import { WordAnalyzer } from '../search/analyze';
import { indexDocument, type IndexDocument } from '../search/index-document';
import { SearchIndexWriter } from '../search/index-writer';
import { markEmptyIndexCurrent } from '../search/index-maintenance';
import { createStory, insertVersion, StoryStatements, storyExists, touchStory } from '../stories/repository';
import type { StoreOptions } from './options';
import { Journal, Placer, type Placement } from './placement';
import { addToReport, markReport, restoreReport, StoryTally, type ImportReport, type ReportMark } from './report';
import type { Failure, PreparedVersion, RemakeUnit, Unit } from './units';

export interface BatchLimits {
  /** Commit once the batch holds this many units… */
  maxUnits: number;
  /** …or this many characters of text… */
  maxBytes: number;
  /** …or has been open this long (other connections wait for the write lock meanwhile). */
  maxMs: number;
}

// Each commit rewrites the pages its batch touched (the content-hash index's random leaves, the
// tables' last pages, FTS5's segment tails): 3,000 units a batch rather than 1,000 cut the writes
// at 100,000 stories by a fifth; 6,000 cut them further but held 342 MB for JSON files (README,
// "How fast"). Another writer (a tag edited in the app) waits up to 8 s for the lock meanwhile.
export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxUnits: 3000, maxBytes: 24 << 20, maxMs: 8000 };

/** Search documents waiting for the index at most: then they go in, between two units. */
const DOCS_PENDING = 256;

interface PendingDoc {
  storyId: number;
  lang: string;
  version: PreparedVersion;
}

/** A unit a batch has stored: itself, or once written (when it can be) how to make it again. */
type KeptUnit = ({ unit: Unit } | { remake: RemakeUnit }) & { asNewStory: boolean };

interface Batch {
  startedAt: number;
  units: number;
  bytes: number;
  /** Everything reported while it was open, in order, to be told again should it be lost. */
  entries: (KeptUnit | { failure: Failure })[];
  report: ReportMark;
  docs: PendingDoc[];
}

const isBusy = (e: unknown): boolean => /^SQLITE_BUSY/u.test(String((e as { code?: unknown })?.code ?? ''));

export class ArchiveWriter {
  private readonly stories: StoryStatements;
  private readonly links: VersionLinks;
  private readonly index: SearchIndexWriter;
  private readonly alignments: AlignmentQueue;
  private readonly journal = new Journal();
  private readonly storyTally = new StoryTally();
  private readonly placer: Placer;
  private readonly sql: Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollbackTo' | 'addTag' | 'tagId' | 'linkTag', Statement>;
  private readonly restorePragmas: () => void;
  private batch: Batch | null = null;
  private readonly automerge: number;
  private replayAnalyzer: WordAnalyzer | null = null;
  /** Set when the archive cannot be written at all (another writer holds it): the rest fail with it. */
  stopped: ApiError | null = null;

  constructor(
    private readonly db: Database,
    private readonly options: StoreOptions,
    readonly report: ImportReport,
    private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  ) {
    if (db.inTransaction) throw new DiptychError('internal', {}, 'an import commits its own batches');
    if (options.translationOf !== undefined && !storyExists(db, options.translationOf)) {
      throw new DiptychError('notFound', { id: options.translationOf });
    }
    this.stories = new StoryStatements(db);
    this.links = new VersionLinks(db);
    this.index = new SearchIndexWriter(db);
    this.alignments = new AlignmentQueue(db);
    this.placer = new Placer(db, this.stories, this.links, options, this.journal);
    this.sql = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
      savepoint: db.prepare('SAVEPOINT unit'),
      release: db.prepare('RELEASE unit'),
      rollbackTo: db.prepare('ROLLBACK TO unit'),
      addTag: db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)'),
      tagId: db.prepare('SELECT id FROM tags WHERE name = ?').pluck(),
      linkTag: db.prepare('INSERT OR IGNORE INTO story_tags (story_id, tag_id) VALUES (?, ?)'),
    };
    this.restorePragmas = importPragmas(db);
    this.automerge = (db.prepare("SELECT v FROM search_fts_config WHERE k = 'automerge'").pluck().get() as number | undefined) ?? 4;
  }

  /**
   * Inside a batch the index merges its segments when 16 of one size have gathered, not 4: each
   * term is rewritten fewer times over a long import (writes 3.0 → 2.5 times the archive's size).
   * The archive's own setting is back before each commit.
   */
  private setAutomerge(n: number): void {
    this.db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', ${Math.trunc(n)})`);
  }

  /**
   * Stores a unit atomically, where its versions belong; what happened goes into the report.
   * With `remake`, the batch does not keep the unit: should it be lost, the unit is made again.
   */
  store(unit: Unit, remake?: RemakeUnit): void {
    this.storeUnit(unit, false, remake);
  }

  /**
   * Stores a unit as a new story of its own, its versions original or not as they say: for
   * stories known to be new and whole (the synthetic generator's, tests'), no duplicate or
   * group is looked for.
   */
  storeNewStory(unit: Unit): void {
    this.storeUnit(unit, true);
  }

  private storeUnit(unit: Unit, asNewStory: boolean, remake?: RemakeUnit): void {
    if (this.stopped || !this.openBatch()) {
      this.failUnit(unit, this.stopped!);
      return;
    }
    const batch = this.batch!;
    // Kept whole while it is written: a batch lost meanwhile stores it again from here.
    const at = batch.entries.push({ unit, asNewStory }) - 1;
    const stored = this.storeInSavepoint(unit, asNewStory, batch);
    if (remake) batch.entries[at] = { remake, asNewStory };
    if (!stored) return;
    batch.units++;
    batch.bytes += unit.bytes;
    const { limits } = this;
    if (batch.units >= limits.maxUnits || batch.bytes >= limits.maxBytes || Date.now() - batch.startedAt >= limits.maxMs) this.commit();
    else if (batch.docs.length >= DOCS_PENDING) this.indexPending(batch);
  }

  /** Adds the waiting search documents to the index, between units; a failure there loses the batch. */
  private indexPending(batch: Batch): void {
    try {
      this.indexDocuments(batch.docs);
      batch.docs = [];
    } catch {
      this.batchLost();
    }
  }

  /** A file or story that failed before it reached the writer, reported in its place. */
  fail(failure: Failure): void {
    this.batch?.entries.push({ failure });
    addToReport(this.report, 'failed', failure);
  }

  /** What was reported since `mark` is taken back, the stories first counted since with it. */
  private takeBackReport(mark: ReportMark): void {
    restoreReport(this.report, mark);
    this.storyTally.rollBackTo(this.report);
  }

  /** Commits what is open; the writer can be used again after. */
  finish(): void {
    this.commit();
  }

  /** Puts the connection back as it was, the log copied into the archive as far as readers allow. */
  close(): void {
    this.commit();
    this.restorePragmas();
    // Searches after the import then read the archive, not a log of up to 200 MB.
    if (!this.db.inTransaction) this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  private freshIndexMarked = false;

  /** In the first transaction: an empty archive's index is the current analyzer's (index-maintenance.ts). */
  private markFreshIndex(): void {
    if (this.freshIndexMarked) return;
    markEmptyIndexCurrent(this.db);
    this.freshIndexMarked = true;
  }

  private openBatch(): boolean {
    if (this.batch) return true;
    try {
      this.sql.begin.run();
      this.markFreshIndex();
      this.setAutomerge(16);
    } catch (e) {
      if (this.db.inTransaction) this.sql.rollback.run();
      this.stopped = toApiError(e);
      return false;
    }
    this.batch = { startedAt: Date.now(), units: 0, bytes: 0, entries: [], report: markReport(this.report), docs: [] };
    return true;
  }

  private storeInSavepoint(unit: Unit, asNewStory: boolean, batch: Batch): boolean {
    const report = markReport(this.report);
    const journal = this.journal.mark();
    const docs = batch.docs.length;
    try {
      this.sql.savepoint.run();
      this.writeUnit(unit, asNewStory, batch.docs);
      this.sql.release.run();
      return true;
    } catch (e) {
      if (!this.db.inTransaction) {
        // SQLite rolled the whole batch back (a full disk, an I/O error): store it again unit by unit.
        this.batchLost();
        return false;
      }
      this.sql.rollbackTo.run();
      this.sql.release.run();
      this.takeBackReport(report);
      this.journal.rollBackTo(journal);
      batch.docs.length = docs;
      this.index.forgetCachedCodes();
      this.failUnit(unit, toApiError(e));
      return false;
    }
  }

  /** Where the versions of a unit known to be a new story go: that story, as they say. */
  private newStoryPlacement(unit: Unit): (p: PreparedVersion, i: number) => Placement {
    let storyId: number | undefined;
    return (p, i) => {
      storyId ??= createStory(this.stories, unit.label);
      const original = p.parsed.original ?? i === 0;
      return { storyId, created: true, original, links: { self: p.parsed.url, alternates: p.parsed.alternates ?? [], translationOf: null }, declaresTranslation: false };
    };
  }

  /** The versions of one unit: placed, written, their documents and alignment queued. */
  private writeUnit(unit: Unit, asNewStory: boolean, docs: PendingDoc[]): void {
    const at = new Date().toISOString();
    const existing = new Set<number>();
    const added = new Map<number, number>();
    const place = asNewStory ? this.newStoryPlacement(unit) : (p: PreparedVersion): Placement => this.placer.place(p);
    for (const [i, p] of unit.versions.entries()) {
      const where = place(p, i);
      if ('duplicate' in where) {
        addToReport(this.report, 'duplicates', { file: p.file, story: where.duplicate.story, lang: p.lang, by: where.duplicate.by });
        this.storyTally.count(this.report, where.duplicate.story);
        continue;
      }
      const { storyId } = where;
      const versionId = insertVersion(this.stories, storyId, {
        lang: p.lang,
        original: where.original,
        provenance: this.options.provenance ?? p.parsed.provenance ?? 'official',
        headline: p.parsed.headline,
        agency: p.parsed.agency,
        place: p.parsed.place,
        publishedAt: p.parsed.publishedAt,
        url: p.parsed.url,
        sourceFile: unit.fromFile === false ? null : p.file,
        contentHash: p.hash,
        blocks: p.parsed.blocks,
      }, at);
      this.links.store(versionId, p.lang, where.links);
      if (!asNewStory) this.placer.stored(p, versionId, where);
      for (const tag of p.parsed.tags ?? []) {
        this.sql.addTag.run(tag);
        const tagId = this.sql.tagId.get(tag) as number | undefined;
        if (tagId !== undefined) this.sql.linkTag.run(storyId, tagId);
      }
      docs.push({ storyId, lang: p.lang, version: p });
      if (!where.created) existing.add(storyId);
      added.set(storyId, (added.get(storyId) ?? 0) + 1);
      addToReport(this.report, 'imported', { file: p.file, story: storyId, version: versionId, lang: p.lang });
      this.storyTally.count(this.report, storyId);
    }
    for (const [storyId, n] of added) if (existing.has(storyId) || n > 1) this.alignments.queueStory(storyId);
    // One update per story the unit added to, not one per version.
    for (const storyId of existing) touchStory(this.stories, storyId, at);
  }

  private commit(): void {
    const batch = this.batch;
    if (!batch) return;
    try {
      this.indexDocuments(batch.docs);
      this.setAutomerge(this.automerge);
      this.sql.commit.run();
      this.batch = null;
      this.journal.clear();
    } catch {
      this.batchLost();
    }
  }

  private indexDocuments(docs: readonly PendingDoc[]): void {
    this.index.addAll(docs.map((d) => ({ storyId: d.storyId, lang: d.lang, doc: d.version.doc ?? this.remadeDocument(d.version) })));
    // Indexed: the batch keeps the versions should it have to be stored again, but not these.
    for (const d of docs) d.version.doc = null;
    if (docs.length > 0) this.index.documentsChanged();
  }

  /** A version's search document again, for a batch stored again after it was lost. */
  private remadeDocument(p: PreparedVersion): IndexDocument {
    this.replayAnalyzer ??= new WordAnalyzer();
    return indexDocument(p.parsed.blocks, p.parsed, this.replayAnalyzer.forLanguage(p.lang));
  }

  /** The batch is gone: take back what was reported of it and store its units one by one. */
  private batchLost(): void {
    const batch = this.batch!;
    this.batch = null;
    if (this.db.inTransaction) this.sql.rollback.run();
    this.takeBackReport(batch.report);
    this.journal.rollBackTo(0);
    this.index.forgetCachedCodes();
    for (const entry of batch.entries) {
      if ('failure' in entry) {
        addToReport(this.report, 'failed', entry.failure);
        continue;
      }
      const unit = 'unit' in entry ? entry.unit : entry.remake();
      if ('error' in unit) addToReport(this.report, 'failed', unit);
      else this.storeAlone(unit, entry.asNewStory);
    }
  }

  /** One unit in a transaction of its own: whatever the outcome, it is final. */
  private storeAlone(unit: Unit, asNewStory: boolean): void {
    if (this.stopped) {
      this.failUnit(unit, this.stopped);
      return;
    }
    try {
      this.sql.begin.run();
      this.markFreshIndex();
    } catch (e) {
      if (isBusy(e)) this.stopped = toApiError(e);
      this.failUnit(unit, toApiError(e));
      return;
    }
    const report = markReport(this.report);
    try {
      const docs: PendingDoc[] = [];
      this.writeUnit(unit, asNewStory, docs);
      this.indexDocuments(docs);
      this.sql.commit.run();
      this.journal.clear();
    } catch (e) {
      if (this.db.inTransaction) this.sql.rollback.run();
      this.takeBackReport(report);
      this.journal.rollBackTo(0);
      this.index.forgetCachedCodes();
      this.failUnit(unit, toApiError(e));
    }
  }

  private failUnit(unit: Unit, error: ApiError): void {
    if (unit.whole) addToReport(this.report, 'failed', { file: unit.label, error });
    else for (const v of unit.versions) addToReport(this.report, 'failed', { file: v.file, error });
  }
}

/**
 * For the length of an import: a page cache for the index's and tables' hot pages, savepoint
 * journals in memory, checkpoints less often. Returns what puts the connection back.
 */
function importPragmas(db: Database): () => void {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('cache_size = -16384');
  db.pragma('temp_store = MEMORY');
  // A WAL of up to 400 MB (4 KB pages) before it is copied into the archive: a page written by
  // several batches is copied once (at 100,000 stories, 200 MB made 17 copies of the pages every
  // batch touches). The writer's close copies what is left (see close).
  db.pragma('wal_autocheckpoint = 100000');
  return () => {
    db.pragma(`cache_size = ${Math.trunc(cacheSize)}`);
    db.pragma(`temp_store = ${Math.trunc(tempStore)}`);
    db.pragma(`wal_autocheckpoint = ${Math.trunc(autoCheckpoint)}`);
  };
}
