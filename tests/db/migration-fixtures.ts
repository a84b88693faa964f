// Archives as older Diptych builds left them: the schema built up to version N with the frozen
// migrations, and rows written the way that version wrote them (plain SQL, not today's code).
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';

/** The rows every old archive holds: two stories, one with a soft hyphen and tracked URLs. */
export const OLD_STORIES = [
  {
    id: 1,
    versions: [
      {
        id: 1, lang: 'en', original: 1, headline: 'Harbour reopens', url: 'https://www.Example.com/news/harbour/?utm_source=feed&b=2&a=1#top',
        blocks: ['Harbour reopens', 'Tallinn • Baltic Wire', 'The harbour reopened on Monday.'],
      },
      {
        id: 2, lang: 'et', original: 0, headline: 'Sadam avati', url: 'http://example.com/et/sadam',
        blocks: ['Sadam avati', 'Tallinn • Baltic Wire', 'Sadam avati esmas\u00ADpäeval uuesti.'],
      },
    ],
  },
  {
    id: 3,
    versions: [
      { id: 5, lang: 'uk', original: 1, headline: 'Порт відкрито', url: 'not a url', blocks: ['Порт відкрито', 'Порт відкрили в понеділок.'] },
    ],
  },
] as const;

/** What migration 004 makes of those URLs (the frozen normalizer's answers). */
export const EXPECTED_SELF_LINKS = [
  { version_id: 1, url: 'example.com/news/harbour?a=1&b=2', lang: 'en' },
  { version_id: 2, url: 'example.com/et/sadam', lang: 'et' },
];

const KINDS = ['headline', 'dateline', 'paragraph'];

/** Builds `file` at schema `version` (unstamped, as those builds left it) holding OLD_STORIES. */
export function buildSchema(file: string, version: number): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS, version);
  insertOldRows(db, version);
  db.close();
}

export function insertOldRows(db: Database, version: number): void {
  const t = '2025-03-01T10:00:00.000Z';
  db.transaction(() => {
    for (const s of OLD_STORIES) {
      db.prepare('INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (?, ?, ?, ?)').run(s.id, `story-${s.id}`, t, t);
      for (const v of s.versions) {
        db.prepare(
          `INSERT INTO versions (id, story_id, lang, is_original, provenance, headline, agency, place, published_at, url,
             source_file, content_hash, imported_at) VALUES (?, ?, ?, ?, 'official', ?, 'Baltic Wire', 'Tallinn', ?, ?, ?, ?, ?)`,
        ).run(v.id, s.id, v.lang, v.original, v.headline, '2025-02-28T00:00:00.000Z', v.url, `story-${s.id}.${v.lang}.txt`, `hash-${v.id}`, t);
        v.blocks.forEach((text, position) =>
          db
            .prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (?, ?, ?, ?)')
            .run(v.id, position, KINDS[Math.min(position, 2)]!, text),
        );
      }
    }
    db.prepare("INSERT INTO tags (id, name) VALUES (1, 'ports')").run();
    db.prepare('INSERT INTO story_tags (story_id, tag_id) VALUES (1, 1)').run();
    db.prepare("INSERT INTO settings (key, value) VALUES ('ui.language', '\"et\"')").run();
    if (version >= 3) {
      db.prepare("INSERT INTO alignments (id, story_id, version_a, version_b, hash_a, hash_b, algorithm, computed_at) VALUES (1, 1, 1, 2, 'hash-1', 'hash-2', 2, ?)").run(t);
      db.prepare('INSERT INTO alignment_groups (alignment_id, position, a_start, a_end, b_start, b_end, confidence, by_reader, texts_hash) VALUES (1, 0, 0, 2, 0, 2, 1, 1, ?)').run('reader');
      db.prepare('INSERT INTO alignment_groups (alignment_id, position, a_start, a_end, b_start, b_end, confidence) VALUES (1, 1, 2, 3, 2, 3, 0.9)').run();
      db.prepare("INSERT INTO alignment_repairs (alignment_id, operation, before, created_at) VALUES (1, '{\"merge\":0}', '[]', ?)").run(t);
    }
    // Those builds indexed each version as it was stored, so nothing waited in the queue. (The
    // index's own content is derived data, rebuilt from the text; these tests leave it empty.)
    if (version >= 2) db.prepare('DELETE FROM search_pending').run();
    if (version >= 4) {
      db.prepare("INSERT INTO version_links (version_id, rel, url, lang) VALUES (5, 'alternate', 'example.com/en/port', 'en')").run();
    }
  })();
}

/** Every row of the tables the reader's work lives in, for before/after comparison. */
export function primaryRows(db: Database): Record<string, unknown[]> {
  const tables = ['stories', 'versions', 'blocks', 'tags', 'story_tags', 'settings', 'alignments', 'alignment_groups', 'alignment_repairs'];
  const present = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  return Object.fromEntries(tables.filter((t) => present.has(t)).map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}
