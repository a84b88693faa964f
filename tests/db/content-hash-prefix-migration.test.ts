// Migration 12 on an archive from before it: versions are found by the first 64 bits of their
// content hash through a third-size index, a duplicate is still found and still refused, and a
// different content that shares those 64 bits is refused with an error, never taken for the other.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/core/db/migrate';
import { findVersionByHash, StoryStatements } from '../../src/main/core/stories/repository';

const hashA = 'a'.repeat(16) + '0'.repeat(48);
const hashB = 'b'.repeat(64);

function archiveAt11(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  migrate(db, undefined, 11);
  expect(schemaVersion(db)).toBe(11);
  db.prepare("INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (1, 'k', 't', 't')").run();
  const version = db.prepare(
    "INSERT INTO versions (story_id, lang, is_original, provenance, headline, content_hash, imported_at) VALUES (1, ?, 0, 'official', 'h', ?, 't')",
  );
  version.run('en', hashA);
  version.run('uk', hashB);
  return db;
}

const insertVersion = (db: BetterSqlite3.Database, hash: string) =>
  db
    .prepare("INSERT INTO versions (story_id, lang, is_original, provenance, headline, content_hash, imported_at) VALUES (1, 'et', 0, 'official', 'h', ?, 't')")
    .run(hash);

describe('migration 12: versions by their hash prefix', () => {
  it('finds the versions stored before it by their whole hash, through the prefix index', () => {
    const db = archiveAt11();
    migrate(db);
    const s = new StoryStatements(db);
    expect(findVersionByHash(s, hashA)).toEqual({ storyId: 1, versionId: 1 });
    expect(findVersionByHash(s, hashB)).toEqual({ storyId: 1, versionId: 2 });
    expect(findVersionByHash(s, 'c'.repeat(64))).toBeUndefined();
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${s.versionByHash.source}`).all({ hash: hashA }) as { detail: string }[])
      .map((r) => r.detail)
      .join(' ');
    expect(plan).toMatch(/USING INDEX versions_hash_prefix/u);
    db.close();
  });

  it('does not take a different content sharing the first 64 bits for a duplicate, and refuses to store it', () => {
    const db = archiveAt11();
    migrate(db);
    const twin = 'a'.repeat(16) + 'f'.repeat(48);
    expect(findVersionByHash(new StoryStatements(db), twin)).toBeUndefined();
    expect(() => insertVersion(db, twin)).toThrow(/UNIQUE/u);
    expect(() => insertVersion(db, hashB)).toThrow(/UNIQUE/u);
    expect(db.prepare('SELECT COUNT(*) FROM versions').pluck().get()).toBe(2);
    db.close();
  });

  it('keeps no index on the whole hash', () => {
    const db = archiveAt11();
    migrate(db);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'versions'").pluck().all();
    expect(indexes).toContain('versions_hash_prefix');
    expect(indexes).not.toContain('versions_content_hash');
    db.close();
  });
});
