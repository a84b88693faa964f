// Recovering a damaged archive: every story that can still be read comes back whole — versions,
// paragraphs, details, tags and the reader's own pairings — rows cut off below a damaged interior
// page are found on their pages, nothing deleted returns, and the damaged file is never written.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALIGNMENT_ALGORITHM } from '../../src/main/core/align/store';
import { decodeRecord } from '../../src/main/core/db/loose-pages';
import { varint } from '../../src/main/core/db/sqlite-varint';
import { closeArchive, openArchive } from '../../src/main/core/db/open';
import { recoverArchive } from '../../src/main/core/db/recover';
import { getStory, listStories } from '../../src/main/core/stories/repository';
import { search } from '../../src/main/core/search/search';
import type { Story } from '../../src/shared/model';
import { archiveWithStories, overwritePages, pagesOf, sha256, sideFiles } from '../support/archive-files';
import { searching } from '../support/searching';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'diptych-recover-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every story as the reader sees it (without the import times, which recovery keeps anyway). */
function stories(file: string): Map<number, Story> {
  const db = openArchive(file, { create: false });
  try {
    const ids = listStories(db, { offset: 0, limit: 100_000, order: 'oldest' }).stories.map((s) => s.id);
    return new Map(ids.map((id) => [id, getStory(db, id)]));
  } finally {
    closeArchive(db);
  }
}

/** Every row of every table recovery copies (the search index is rebuilt, not copied), in order. */
function tableRows(file: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const byEveryColumn = (t: string): string =>
      (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[]).map((c) => `"${c}"`).join(', ');
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${byEveryColumn(t)}`).all()]));
  } finally {
    db.close();
  }
}

describe('recovering a sound archive', () => {
  it('copies every row of every table, refusing none', () => {
    const sound = join(dir, 'archive.db');
    archiveWithStories(sound, 20);
    const db = new BetterSqlite3(sound);
    db.exec("INSERT INTO tags (id, name) VALUES (1, 'energy'); INSERT INTO story_tags VALUES (3, 1)");
    db.exec(`INSERT INTO settings (key, value) VALUES ('ui.lang', '"et"')`);
    db.exec("INSERT INTO align_pending VALUES (3); INSERT INTO align_lexicons (id, lang_a, lang_b, pairs) VALUES (1, 'en', 'et', 2)");
    db.exec("INSERT INTO align_lexicon_stems VALUES (1, 0, 'energ', 2, 2), (1, 1, 'energi', 2, 2)");
    db.exec("INSERT INTO align_lexicon_links VALUES (1, 'energ', 'energi', 2, 2)");
    db.exec("INSERT INTO alignment_repairs (alignment_id, operation, before, created_at) SELECT MIN(id), '{\"merge\":0}', '[]', 'now' FROM alignments");
    db.close();
    const before = tableRows(sound);
    expect(Object.keys(before).filter((t) => before[t]!.length === 0)).toEqual([]);
    // The aligner's own version, not the one the migrations seed a new archive with (3).
    expect(ALIGNMENT_ALGORITHM).not.toBe(3);
    expect(before.derived_data).toContainEqual({ name: 'alignment', version: ALIGNMENT_ALGORITHM });

    const out = join(dir, 'rescued.db');
    const report = recoverArchive(sound, out);
    for (const t of report.tables) expect(t, t.table).toMatchObject({ lost: [], refused: 0, rescued: 0 });
    expect(tableRows(out)).toEqual(before);
  });
});

describe('recovering an archive with overwritten pages', () => {
  it('brings back every story whole when an interior page of the text was lost', () => {
    const damaged = join(dir, 'archive.db');
    archiveWithStories(damaged, 40);
    const before = stories(damaged);
    const interior = pagesOf(damaged, 'blocks', 'internal');
    expect(interior.length).toBeGreaterThan(0);
    overwritePages(damaged, interior);
    const hash = sha256(damaged);

    const out = join(dir, 'rescued.db');
    const report = recoverArchive(damaged, out);
    expect(sha256(damaged)).toBe(hash);
    expect(sideFiles(damaged)).toEqual([]);
    const blocks = report.tables.find((t) => t.table === 'blocks')!;
    expect(blocks.lost.length).toBeGreaterThan(0);
    expect(blocks.rescued).toBeGreaterThan(0);
    expect(report.storiesLost).toEqual([]);
    expect(report.versionsPartial).toEqual([]);
    expect(stories(out)).toEqual(before);
    // The search index is rebuilt from the recovered text.
    const db = openArchive(out, { create: false });
    const word = before.get(1)!.versions[0]!.blocks[2]!.text.split(/\s+/u)[0]!;
    expect(search(searching(db), word).total).toBeGreaterThan(0);
    closeArchive(db);
  });

  it('keeps the reader’s own pairings and repairs, and the tags', () => {
    const damaged = join(dir, 'archive.db');
    archiveWithStories(damaged, 20);
    const db = new BetterSqlite3(damaged);
    db.exec("INSERT INTO tags (id, name) VALUES (1, 'energy'); INSERT INTO story_tags VALUES (3, 1)");
    db.exec("UPDATE alignment_groups SET by_reader = 1, texts_hash = 'mine' WHERE alignment_id = (SELECT MIN(id) FROM alignments) AND position = 0");
    db.exec("INSERT INTO alignment_repairs (alignment_id, operation, before, created_at) SELECT MIN(id), '{\"merge\":0}', '[]', 'now' FROM alignments");
    db.close();
    overwritePages(damaged, pagesOf(damaged, 'blocks', 'leaf').slice(-3, -2));
    const out = join(dir, 'rescued.db');
    recoverArchive(damaged, out);
    const rescued = new BetterSqlite3(out, { readonly: true });
    expect(rescued.prepare('SELECT story_id, name FROM story_tags JOIN tags ON tags.id = tag_id').all()).toEqual([{ story_id: 3, name: 'energy' }]);
    expect(rescued.prepare("SELECT COUNT(*) AS n FROM alignment_groups WHERE by_reader = 1 AND texts_hash = 'mine'").get()).toEqual({ n: 1 });
    expect(rescued.prepare('SELECT COUNT(*) AS n FROM alignment_repairs').get()).toEqual({ n: 1 });
    rescued.close();
  });

  it('reports versions whose own page was lost, and what became of their stories', () => {
    const damaged = join(dir, 'archive.db');
    archiveWithStories(damaged, 40);
    const before = stories(damaged);
    overwritePages(damaged, pagesOf(damaged, 'versions', 'leaf').slice(1, 2));
    const out = join(dir, 'rescued.db');
    const report = recoverArchive(damaged, out);
    const after = stories(out);
    const versions = report.tables.find((t) => t.table === 'versions')!;
    expect(versions.lost).toHaveLength(1);
    const lostVersions = [...before.values()].reduce((n, s) => n + s.versions.length, 0) - report.versions;
    expect(lostVersions).toBeGreaterThan(0);
    // A story that lost only some versions keeps the rest; one that lost all of them is named.
    for (const [id, story] of before) {
      const now = after.get(id);
      if (!now) expect(report.storiesLost).toContain(id);
      else for (const v of now.versions) expect(story.versions).toContainEqual(v);
    }
    expect(report.orphansDropped.blocks).toBeGreaterThan(0);
  });

  it('brings back nothing that was deleted', () => {
    const damaged = join(dir, 'archive.db');
    archiveWithStories(damaged, 40);
    const db = openArchive(damaged, { create: false });
    const gone = getStory(db, 7);
    db.prepare('DELETE FROM stories WHERE id IN (7, 8, 9, 10, 11, 12)').run();
    closeArchive(db);
    overwritePages(damaged, pagesOf(damaged, 'blocks', 'internal'));
    const out = join(dir, 'rescued.db');
    recoverArchive(damaged, out);
    const after = stories(out);
    expect(after.has(7)).toBe(false);
    const rescued = new BetterSqlite3(out, { readonly: true });
    const texts = new Set(rescued.prepare('SELECT text FROM blocks').pluck().all() as string[]);
    rescued.close();
    for (const v of gone.versions) expect(v.blocks.filter((b) => b.kind === 'paragraph' && texts.has(b.text))).toEqual([]);
  });
});

describe('SQLite’s record format, as the page reader decodes it', () => {
  it.each([
    [[0x00], 0n, 1],
    [[0x7f], 127n, 1],
    [[0x81, 0x00], 128n, 2],
    [[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 2n ** 64n - 1n, 9],
  ])('varint %j is %s', (bytes, value, length) => {
    expect(varint(new Uint8Array(bytes), 0)).toEqual([value, length]);
  });

  it('decodes the values SQLite writes, and refuses what does not add up', () => {
    const db = new BetterSqlite3(':memory:');
    const record = (sql: string): Uint8Array => {
      // The record SQLite would store for these values, read back through its own tables.
      db.exec(`DROP TABLE IF EXISTS r; CREATE TABLE r (a, b, c, d, e, f); INSERT INTO r VALUES (${sql})`);
      const path = join(dir, 'r.db');
      db.exec(`VACUUM INTO '${path}'`);
      const raw = new BetterSqlite3(path, { readonly: true });
      const page = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'r'").pluck().get() as number;
      raw.close();
      const bytes = readFileSync(path);
      rmSync(path);
      const leaf = bytes.subarray((page - 1) * 4096, page * 4096);
      const offset = leaf.readUInt16BE(8);
      const [, afterSize] = varint(leaf, offset);
      const [, start] = varint(leaf, afterSize);
      const [size] = varint(leaf, offset);
      return new Uint8Array(leaf.subarray(start, start + Number(size)));
    };
    expect(decodeRecord(record("NULL, 0, 1, -300, 3.5, 'Київ'"))).toEqual([null, 0, 1, -300, 3.5, 'Київ']);
    expect(decodeRecord(record("x'00ff', 2147483648, -9007199254740991, 65535, '', 'ä'"))).toEqual([
      new Uint8Array([0, 255]),
      2147483648,
      -9007199254740991,
      65535,
      '',
      'ä',
    ]);
    expect(decodeRecord(new Uint8Array([5, 1, 1, 1, 1, 9]))).toBeNull();
    expect(decodeRecord(new Uint8Array([2, 0x0f, 0xff]))).toBeNull();
    db.close();
  });
});
