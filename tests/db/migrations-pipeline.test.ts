// Migrations 002 (frozen) and 006 from the schema before each, with rows an older Diptych wrote:
// 002 queues the versions it finds for the index instead of indexing them with today's code, and
// 006 drops the per-row insert triggers, records the derived data's versions and queues the
// stories an older bulk import left unaligned.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/core/db/migrate';
import { catchUp } from '../../src/main/core/pipeline/catch-up';
import { search } from '../../src/main/core/search/search';
import { seedBlocks } from '../align/variants';
import { searching } from '../support/searching';

/** An archive at `version`, holding the seed's en and uk versions as rows of that schema. */
function archiveAt(version: number): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, undefined, version);
  db.prepare("INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (1, 'k', 't', 't')").run();
  db.prepare("INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (2, 'lone', 't', 't')").run();
  const addVersion = db.prepare(
    `INSERT INTO versions (id, story_id, lang, is_original, provenance, headline, content_hash, imported_at)
     VALUES (?, ?, ?, ?, 'official', ?, ?, 't')`,
  );
  const addBlock = db.prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (?, ?, ?, ?)');
  (['en', 'uk'] as const).forEach((lang, i) => {
    const blocks = seedBlocks(lang);
    addVersion.run(i + 1, 1, lang, i === 0 ? 1 : 0, blocks[0]!.text, `hash-${lang}`);
    blocks.forEach((b, k) => addBlock.run(i + 1, k, b.kind, b.text));
  });
  addVersion.run(3, 2, 'en', 1, 'Harbour news', 'hash-lone');
  addBlock.run(3, 0, 'headline', 'Harbour news');
  return db;
}

const rows = (db: BetterSqlite3.Database, sql: string): unknown[] => db.prepare(sql).pluck().all();

describe('migration 002 (the search index), frozen', () => {
  it('queues the versions an archive at schema 1 holds; the index maintenance makes their documents', () => {
    const db = archiveAt(1);
    migrate(db, undefined, 2);
    expect(rows(db, 'SELECT version_id FROM search_pending ORDER BY version_id')).toEqual([1, 2, 3]);
    migrate(db);
    // Nothing indexed yet: a search reads the index as it is, and writes nothing.
    expect(search(searching(db), 'Kallas').total).toBe(0);
    expect(rows(db, 'SELECT COUNT(*) FROM search_pending')).toEqual([3]);
    expect(catchUp(db)).toMatchObject({ indexed: 3, aligned: 1 });
    expect(search(searching(db), 'Kallas').total).toBe(1);
    expect(search(searching(db), 'Каллас').stories[0]!.hits[0]!.lang).toBe('uk');
  });
});

describe('migration 006 (the explicit pipeline)', () => {
  it('drops the triggers on inserted blocks and versions, keeps the others, records versions, queues unaligned stories', () => {
    const db = archiveAt(5);
    const triggers = (): unknown[] => rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
    expect(triggers()).toContain('search_block_inserted');
    migrate(db, undefined, 6);
    expect(schemaVersion(db)).toBe(6);
    expect(triggers()).toEqual(['search_block_deleted', 'search_block_updated', 'search_version_deleted', 'search_version_retext', 'search_version_updated']);
    expect(db.prepare('SELECT name, version FROM derived_data ORDER BY name').all()).toEqual([
      { name: 'alignment', version: 3 },
      { name: 'search', version: 1 },
    ]);
    // Story 1 has two versions and no alignment; the lone version's story has nothing to pair.
    expect(rows(db, 'SELECT story_id FROM align_pending')).toEqual([1]);
    // (The rows above were queued by schema 5's triggers; as if the index had caught up.)
    db.exec('DELETE FROM search_pending');
    // A block stored now queues nothing: the pipeline indexes what it stores.
    db.prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (3, 1, ?, ?)').run('paragraph', 'The ferry left.');
    expect(rows(db, 'SELECT version_id FROM search_pending')).toEqual([]);
    // A block changed by hand is still queued, and a story deleted leaves the queue.
    db.prepare("UPDATE blocks SET text = 'The boat left.' WHERE version_id = 3 AND position = 1").run();
    expect(rows(db, 'SELECT version_id FROM search_pending')).toContain(3);
    db.prepare('DELETE FROM stories WHERE id = 1').run();
    expect(rows(db, 'SELECT story_id FROM align_pending')).toEqual([]);
  });
});
