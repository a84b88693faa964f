// Migration 10 on an archive from before it: the first-run guide it was seeded with is found by the
// files it came from (any install folder, either slash) and marked `guide`; everything else stays a
// `story`, and an archive that was never seeded has no guide.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/core/db/migrate';

function archiveAt5(seeded: 'seeded' | 'archiveNotEmpty' | null) {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, undefined, 5);
  expect(schemaVersion(db)).toBe(5);
  const story = db.prepare("INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (?, 'k', 't', 't')");
  const version = db.prepare(
    `INSERT INTO versions (story_id, lang, is_original, provenance, headline, source_file, content_hash, imported_at)
     VALUES (?, ?, ?, 'official', 'h', ?, ?, 't')`,
  );
  const files: [number, string, number, string | null][] = [
    [1, 'en', 1, '/opt/Diptych/resources/sample/1-welcome.en.txt'],
    [1, 'uk', 0, '/opt/Diptych/resources/sample/1-welcome.uk.txt'],
    [2, 'en', 1, 'C:\\Program Files\\Diptych\\resources\\sample\\3-searching.en.txt'],
    [3, 'en', 1, '/home/me/news/1-welcome.en.txt'],
    [4, 'uk', 1, '/opt/Diptych/resources/sample/5-language-and-archive.uk.txt'],
    [5, 'en', 1, null],
  ];
  for (const id of new Set(files.map((f) => f[0]))) story.run(id);
  files.forEach(([id, lang, original, file], i) => version.run(id, lang, original, file, `hash-${i}`));
  if (seeded) {
    db.prepare("INSERT INTO settings (key, value) VALUES ('sample.seeded', ?)").run(JSON.stringify({ outcome: seeded, stories: 5, at: 't' }));
  }
  return db;
}

const kinds = (db: BetterSqlite3.Database) =>
  Object.fromEntries((db.prepare('SELECT id, kind FROM stories ORDER BY id').all() as { id: number; kind: string }[]).map((r) => [r.id, r.kind]));

describe('migration 10: the story kind', () => {
  it('marks the seeded guide by its files, whatever the install folder', () => {
    const db = archiveAt5('seeded');
    migrate(db);
    expect(kinds(db)).toEqual({ 1: 'guide', 2: 'guide', 3: 'story', 4: 'story', 5: 'story' });
    db.close();
  });

  it('marks nothing in an archive the guide was never seeded into', () => {
    for (const outcome of ['archiveNotEmpty', null] as const) {
      const db = archiveAt5(outcome);
      migrate(db);
      expect(Object.values(kinds(db))).toEqual(['story', 'story', 'story', 'story', 'story']);
      db.close();
    }
  });

  it('refuses any other kind', () => {
    const db = archiveAt5(null);
    migrate(db);
    expect(() => db.prepare("UPDATE stories SET kind = 'note' WHERE id = 1").run()).toThrow(/CHECK/u);
    db.close();
  });
});
