// Keeping the search index true to the archive outside an import: versions queued in
// search_pending (by the triggers of migration 002 when text changes, by a migration, or because
// the analyzer changed) are re-indexed a chunk at a time, in the background. A search never does
// this: it reads the index as it is.
import type { Database, Statement } from 'better-sqlite3';
import { derivedVersion, requeueWhenStale, setDerivedVersion } from '../db/derived-data';
import { WordAnalyzer } from './analyze';
import { indexDocument } from './index-document';
import { SearchIndexWriter } from './index-writer';

/**
 * Bump when the analyzer changes what it makes of a word (normalize.ts, analyze.ts, stemmers):
 * archives indexed before are re-indexed in the background, and searched as they are meanwhile.
 */
export const SEARCH_INDEX_VERSION = 3; // 2: phonetic name keys (name-key.ts); 3: Polish rz and scholarly x read two ways, L’viv keyed whole

/** Queues every version when the index was made by an older analyzer. True when it did. */
export function queueStaleIndex(db: Database): boolean {
  return requeueWhenStale(db, 'search', SEARCH_INDEX_VERSION, 'INSERT OR IGNORE INTO search_pending (version_id) SELECT id FROM versions');
}

/**
 * An archive that holds no versions has nothing indexed by an older analyzer: records the current
 * one, inside the caller's transaction, so what an import into it indexes is not indexed twice.
 * (Migration 006 recorded version 1 for every archive, new ones included.)
 */
export function markEmptyIndexCurrent(db: Database): void {
  if (derivedVersion(db, 'search') >= SEARCH_INDEX_VERSION) return;
  if (db.prepare('SELECT EXISTS (SELECT 1 FROM versions)').pluck().get() === 1) return;
  setDerivedVersion(db, 'search', SEARCH_INDEX_VERSION);
}

/** Versions waiting to be indexed again: all of them while the index is an older analyzer's. */
export function pendingIndexCount(db: Database): number {
  if (derivedVersion(db, 'search') < SEARCH_INDEX_VERSION) return db.prepare('SELECT COUNT(*) FROM versions').pluck().get() as number;
  return db.prepare('SELECT COUNT(*) FROM search_pending').pluck().get() as number;
}

interface VersionRow {
  id: number;
  story_id: number;
  lang: string;
  agency: string | null;
  place: string | null;
}

/** Re-indexes stored versions: statements prepared once, words analysed with one cache. */
export class IndexMaintainer {
  private readonly writer: SearchIndexWriter;
  private readonly analyzer = new WordAnalyzer();
  private readonly version: Statement;
  private readonly blocks: Statement;
  private readonly pending: Statement;

  constructor(private readonly db: Database) {
    this.writer = new SearchIndexWriter(db);
    this.version = db.prepare('SELECT id, story_id, lang, agency, place FROM versions WHERE id = ?');
    this.blocks = db.prepare('SELECT kind, text FROM blocks WHERE version_id = ? ORDER BY position');
    this.pending = db.prepare('SELECT version_id FROM search_pending ORDER BY version_id LIMIT ?').pluck();
  }

  /** (Re)indexes one version, inside the caller's transaction. */
  reindex(versionId: number): void {
    this.reindexAll([versionId]);
  }

  /**
   * (Re)indexes versions inside the caller's transaction, in document-key order: FTS5 starts a
   * new segment whenever a rowid is not above the last one written (SearchIndexWriter.addAll), and
   * versions in id order are not in key order (a story's translation imported a year later).
   */
  private reindexAll(versionIds: readonly number[]): void {
    const rows: { row: VersionRow; key: number }[] = [];
    for (const id of versionIds) {
      const row = this.version.get(id) as VersionRow | undefined;
      if (row) rows.push({ row, key: this.writer.keyOf(row.story_id, row.lang) });
      else this.writer.unqueueMissing(id);
    }
    rows.sort((a, b) => a.key - b.key);
    for (const { row } of rows) {
      const doc = indexDocument(this.blocks.all(row.id) as { kind: string; text: string }[], row, this.analyzer.forLanguage(row.lang));
      this.writer.replace(row.id, row.story_id, row.lang, doc);
    }
  }

  /** Re-indexes up to `limit` queued versions in one transaction; returns how many. */
  reindexPending(limit: number): number {
    const ids = this.pending.all(limit) as number[];
    if (ids.length === 0) return 0;
    try {
      this.db.transaction(() => {
        this.reindexAll(ids);
        this.writer.documentsChanged();
      })();
    } catch (e) {
      this.writer.forgetCachedCodes();
      throw e;
    }
    return ids.length;
  }
}

/** Builds the whole index afresh from the stored versions (recover, tests, benchmarks). */
export function rebuildSearchIndex(db: Database, onProgress?: (done: number, total: number) => void): { versions: number } {
  const total = db.prepare('SELECT COUNT(*) FROM versions').pluck().get() as number;
  db.transaction(() => {
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all'); INSERT OR IGNORE INTO search_pending (version_id) SELECT id FROM versions;");
    // Every version is now queued for this analyzer: the index is its own, whatever made the old
    // one, so opening the archive does not queue them all a second time (a recovered archive, say).
    setDerivedVersion(db, 'search', SEARCH_INDEX_VERSION);
  })();
  const maintainer = new IndexMaintainer(db);
  let done = 0;
  for (let n = maintainer.reindexPending(1000); n > 0; n = maintainer.reindexPending(1000)) {
    done += n;
    onProgress?.(done, total);
  }
  return { versions: total };
}

/** Merges the index's segments: smaller and faster after a large import. */
export function optimizeSearchIndex(db: Database): void {
  db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
}
