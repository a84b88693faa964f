// Version 2: the full-text search index (core/search). One FTS5 document per version, its rowid
// packing story and language (search/doc-key.ts). The index holds words already normalized by
// core/search (exact forms in head/lead/body, stems, folded forms and cross-script keys in the _x
// columns), so it is contentless: the text itself stays in `blocks`.
//
// Triggers keep the index current: a deleted version leaves the index at once; a changed block,
// headline, agency, place or language queues its version in search_pending; every change to
// versions bumps search_meta.generation, so cached facet data is rebuilt. (Migration 006 drops the
// triggers on inserted blocks and versions: the import pipeline indexes what it stores.)
//
// Frozen: the versions already stored are queued here, and indexed by the index maintenance
// (search/index-maintenance.ts) like any other derived data, never by today's code from here.
import type { Migration } from '../migrate';

export const migration002: Migration = {
  version: 2,
  name: 'search-index',
  up(db) {
    db.exec(`
      CREATE TABLE search_langs (
        code  INTEGER PRIMARY KEY CHECK (code BETWEEN 0 AND 255),
        lang  TEXT NOT NULL UNIQUE
      );
      CREATE VIRTUAL TABLE search_fts USING fts5(
        head, head_x, lead, lead_x, body, body_x, agency, place,
        tokenize = 'unicode61 remove_diacritics 0',
        content = '',
        contentless_delete = 1
      );
      CREATE TABLE search_pending (version_id INTEGER PRIMARY KEY);
      CREATE TABLE search_meta (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        generation  INTEGER NOT NULL
      );
      INSERT INTO search_meta (id, generation) VALUES (1, 0);

      CREATE TRIGGER search_version_deleted AFTER DELETE ON versions BEGIN
        DELETE FROM search_fts WHERE rowid =
          old.story_id * 256 + (SELECT code FROM search_langs WHERE lang = lower(old.lang));
        DELETE FROM search_pending WHERE version_id = old.id;
        UPDATE search_meta SET generation = generation + 1 WHERE id = 1;
      END;
      CREATE TRIGGER search_version_inserted AFTER INSERT ON versions BEGIN
        UPDATE search_meta SET generation = generation + 1 WHERE id = 1;
      END;
      CREATE TRIGGER search_version_updated AFTER UPDATE ON versions BEGIN
        UPDATE search_meta SET generation = generation + 1 WHERE id = 1;
      END;
      CREATE TRIGGER search_version_retext
      AFTER UPDATE OF story_id, lang, headline, agency, place ON versions BEGIN
        DELETE FROM search_fts WHERE rowid =
          old.story_id * 256 + (SELECT code FROM search_langs WHERE lang = lower(old.lang));
        INSERT OR IGNORE INTO search_pending (version_id) VALUES (new.id);
      END;
      CREATE TRIGGER search_block_inserted AFTER INSERT ON blocks BEGIN
        INSERT OR IGNORE INTO search_pending (version_id) VALUES (new.version_id);
      END;
      CREATE TRIGGER search_block_updated AFTER UPDATE OF text, kind, version_id ON blocks BEGIN
        INSERT OR IGNORE INTO search_pending (version_id) VALUES (new.version_id);
        INSERT OR IGNORE INTO search_pending (version_id) VALUES (old.version_id);
      END;
      CREATE TRIGGER search_block_deleted AFTER DELETE ON blocks BEGIN
        INSERT OR IGNORE INTO search_pending (version_id) VALUES (old.version_id);
      END;
      INSERT INTO search_pending (version_id) SELECT id FROM versions;
    `);
  },
};
