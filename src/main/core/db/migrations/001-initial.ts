// Version 1: stories, their versions (one per language), ordered blocks, tags, settings.
// Blocks are rows of their own so that search, alignment and user edits can refer to them.
import type { Migration } from '../migrate';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE stories (
      id          INTEGER PRIMARY KEY,
      -- The grouping key an import used (file stem), to gather versions that arrive together.
      group_key   TEXT,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    );
    CREATE INDEX stories_updated ON stories(updated_at);

    CREATE TABLE versions (
      id            INTEGER PRIMARY KEY,
      story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      lang          TEXT NOT NULL,
      is_original   INTEGER NOT NULL DEFAULT 0 CHECK (is_original IN (0, 1)),
      provenance    TEXT NOT NULL CHECK (provenance IN ('official', 'human', 'machine', 'user')),
      headline      TEXT NOT NULL,
      agency        TEXT,
      place         TEXT,
      published_at  TEXT,
      url           TEXT,
      source_file   TEXT,
      content_hash  TEXT NOT NULL,
      imported_at   TEXT NOT NULL,
      UNIQUE (story_id, lang)
    );
    CREATE UNIQUE INDEX versions_content_hash ON versions(content_hash);
    CREATE INDEX versions_url ON versions(url) WHERE url IS NOT NULL;
    CREATE INDEX versions_published ON versions(published_at);

    CREATE TABLE blocks (
      id          INTEGER PRIMARY KEY,
      version_id  INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      kind        TEXT NOT NULL
                  CHECK (kind IN ('headline', 'dateline', 'lead', 'heading', 'paragraph', 'quote')),
      text        TEXT NOT NULL,
      -- Set when the reader edits the text; the imported text is kept in original_text.
      edited_at     TEXT,
      original_text TEXT,
      UNIQUE (version_id, position)
    );

    CREATE TABLE tags (
      id    INTEGER PRIMARY KEY,
      name  TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE story_tags (
      story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (story_id, tag_id)
    ) WITHOUT ROWID;

    CREATE TABLE settings (
      key    TEXT PRIMARY KEY,
      value  TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
