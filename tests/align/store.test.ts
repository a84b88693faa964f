// Alignments in the archive: computed after an import (by the background aligner, or on first
// reading), read either way round, repaired by the reader (merge, split, link, reset, undo), and
// the reader's repairs kept across reopening and across realignment when another version changes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import {
  getStoryAlignment,
  repairStoryAlignment,
  resetStoryAlignment,
  undoStoryAlignmentRepair,
} from '../../src/main/core/align/story-alignment';
import { BackgroundAligner } from '../../src/main/core/align/queue';
import { isDiptychError } from '../../src/shared/errors';
import { seedPath } from '../support/archive';

const shape = (pairs: { from: number[]; to: number[]; byReader: boolean }[]) =>
  pairs.map((p) => `${p.from.join('+') || '-'}:${p.to.join('+') || '-'}${p.byReader ? '*' : ''}`);

function importSeed(db: Database): number {
  const report = importPaths(db, [seedPath('en'), seedPath('uk'), seedPath('et')]);
  return report.imported[0]!.story;
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('stored alignments', () => {
  it('are computed after versions are imported: one per pair of versions', () => {
    const db = openArchive(':memory:');
    importSeed(db);
    new BackgroundAligner(db).alignPending(10);
    const rows = db.prepare('SELECT COUNT(*) AS n FROM alignments').get() as { n: number };
    expect(rows.n).toBe(3);
    const groups = db.prepare('SELECT COUNT(*) AS n FROM alignment_groups').get() as { n: number };
    expect(groups.n).toBe(48);
  });

  it('read the same either way round, with sentences', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    const enUk = getStoryAlignment(db, id, 'en', 'uk');
    const ukEn = getStoryAlignment(db, id, 'uk', 'en');
    expect(enUk.from.lang).toBe('en');
    expect(ukEn.from.lang).toBe('uk');
    expect(ukEn.pairs.map((p) => [p.to, p.from])).toEqual(enUk.pairs.map((p) => [p.from, p.to]));
    const quote = enUk.pairs[6]!;
    expect(quote.sentences.length).toBe(5);
    expect(ukEn.pairs[6]!.sentences[0]!.from[0]!.block).toBe(6);
    // Sentence groups are stored once computed.
    const filled = db.prepare('SELECT COUNT(*) AS n FROM alignment_groups WHERE sentences IS NOT NULL').get() as { n: number };
    expect(filled.n).toBe(16);
  });

  it('say clearly when a language is missing', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    try {
      getStoryAlignment(db, id, 'en', 'fr');
      expect.unreachable();
    } catch (e) {
      expect(isDiptychError(e) && e.code).toBe('noVersionInLanguage');
    }
  });
});

describe('the reader’s repairs', () => {
  it('merge, split, link and undo, each one marked as the reader’s own and counted for undo', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    const merged = repairStoryAlignment(db, id, 'uk', 'en', { op: 'merge', pair: 5 });
    expect(shape(merged.pairs)[5]).toBe('5+6:5+6*');
    expect(merged.undoable).toBe(1);
    const split = repairStoryAlignment(db, id, 'uk', 'en', { op: 'split', pair: 5, from: 1, to: 2 });
    expect(shape(split.pairs).slice(5, 7)).toEqual(['5:5+6*', '6:-*']);
    const linked = repairStoryAlignment(db, id, 'uk', 'en', { op: 'link', from: 9, to: 10 });
    expect(shape(linked.pairs)).toContain('9:10*');
    // Realigned around the link: the reader's earlier groups are untouched.
    expect(shape(linked.pairs).slice(5, 7)).toEqual(['5:5+6*', '6:-*']);
    expect(linked.undoable).toBe(3);
    const undone = undoStoryAlignmentRepair(db, id, 'uk', 'en');
    expect(shape(undone.pairs)).toEqual(shape(split.pairs));
    expect(undone.undoable).toBe(2);
  });

  it('is kept in the stored orientation whichever way it was made', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    repairStoryAlignment(db, id, 'et', 'en', { op: 'link', from: 3, to: null });
    const back = getStoryAlignment(db, id, 'en', 'et');
    expect(shape(back.pairs)).toContain('-:3*');
  });

  it('survives closing and reopening the archive', () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-align-'));
    const file = join(dir, 'a.db');
    let db = openArchive(file);
    const id = importSeed(db);
    repairStoryAlignment(db, id, 'en', 'uk', { op: 'merge', pair: 9 });
    db.close();
    db = openArchive(file);
    const again = getStoryAlignment(db, id, 'en', 'uk');
    expect(shape(again.pairs)[9]).toBe('9+10:9+10*');
    expect(again.undoable).toBe(1);
    db.close();
  });

  it('is never recomputed when a version is stored again, unless its own text changed', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    repairStoryAlignment(db, id, 'en', 'uk', { op: 'merge', pair: 9 });
    const en = db.prepare("SELECT id FROM versions WHERE story_id = ? AND lang = 'en'").get(id) as { id: number };
    // Another paragraph of the English text changes: the reader's group stays.
    db.prepare('UPDATE blocks SET text = text || ? WHERE version_id = ? AND position = 3').run(' Updated.', en.id);
    db.prepare("UPDATE versions SET content_hash = 'changed-1' WHERE id = ?").run(en.id);
    new BackgroundAligner(db).alignStory(id);
    expect(shape(getStoryAlignment(db, id, 'en', 'uk').pairs)[9]).toBe('9+10:9+10*');
    // A paragraph inside the reader's group changes: the group is released and realigned.
    db.prepare('UPDATE blocks SET text = text || ? WHERE version_id = ? AND position = 10').run(' Updated.', en.id);
    db.prepare("UPDATE versions SET content_hash = 'changed-2' WHERE id = ?").run(en.id);
    new BackgroundAligner(db).alignStory(id);
    const after = getStoryAlignment(db, id, 'en', 'uk');
    expect(shape(after.pairs).slice(9, 11)).toEqual(['9:9', '10:10']);
    // Undo cannot reach across an edit.
    expect(after.undoable).toBe(0);
  });

  it('reset realigns everything, and undo brings the reader’s groups back', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    repairStoryAlignment(db, id, 'en', 'uk', { op: 'merge', pair: 2 });
    const reset = resetStoryAlignment(db, id, 'en', 'uk');
    expect(reset.pairs.every((p) => !p.byReader)).toBe(true);
    const back = undoStoryAlignmentRepair(db, id, 'en', 'uk');
    expect(shape(back.pairs)[2]).toBe('2+3:2+3*');
  });

  it.each([
    [{ op: 'merge' as const, pair: 15 }],
    [{ op: 'split' as const, pair: 3, from: 1, to: 1 }],
    [{ op: 'split' as const, pair: 3, from: 0, to: 0 }],
    [{ op: 'link' as const, from: 99, to: 1 }],
  ])('refuses a repair that cannot be made: %j', (repair) => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    expect(() => repairStoryAlignment(db, id, 'en', 'uk', repair)).toThrow(/./u);
    try {
      repairStoryAlignment(db, id, 'en', 'uk', repair);
    } catch (e) {
      expect(isDiptychError(e) && e.code).toBe('repairNotPossible');
    }
    expect(getStoryAlignment(db, id, 'en', 'uk').undoable).toBe(0);
  });

  it('has nothing to undo at first', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    expect(() => undoStoryAlignmentRepair(db, id, 'en', 'uk')).toThrow(expect.objectContaining({ code: 'nothingToUndo' }));
  });
});

describe('deferred alignment', () => {
  it('gives the same pairs on first reading as the background aligner', () => {
    const background = openArchive(':memory:');
    const lazy = openArchive(':memory:');
    const idBackground = importSeed(background);
    const idLazy = importSeed(lazy);
    expect((lazy.prepare('SELECT COUNT(*) AS n FROM alignments').get() as { n: number }).n).toBe(0);
    new BackgroundAligner(background).alignPending(10);
    const a = getStoryAlignment(background, idBackground, 'uk', 'et');
    const b = getStoryAlignment(lazy, idLazy, 'uk', 'et');
    expect(b.pairs).toEqual(a.pairs);
    expect((lazy.prepare('SELECT COUNT(*) AS n FROM alignments').get() as { n: number }).n).toBe(1);
  });
});

describe('migration 003', () => {
  it('adds the alignment tables to an archive from before them, whose stories align on first read', async () => {
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const { migrate, schemaVersion } = await import('../../src/main/core/db/migrate');
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    migrate(raw, undefined, 2);
    expect(schemaVersion(raw)).toBe(2);
    expect(raw.prepare("SELECT 1 FROM sqlite_master WHERE name = 'alignments'").get()).toBeUndefined();
    // An archive written before alignments existed: rows straight into the old tables.
    raw.prepare("INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (1, 'k', 't', 't')").run();
    const addVersion = raw.prepare(
      `INSERT INTO versions (id, story_id, lang, is_original, provenance, headline, content_hash, imported_at)
       VALUES (?, 1, ?, ?, 'official', ?, ?, 't')`,
    );
    const addBlock = raw.prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (?, ?, ?, ?)');
    const { seedBlocks } = await import('./variants');
    (['en', 'uk'] as const).forEach((lang, i) => {
      const blocks = seedBlocks(lang);
      addVersion.run(i + 1, lang, i === 0 ? 1 : 0, blocks[0]!.text, `hash-${lang}`);
      blocks.forEach((b, k) => addBlock.run(i + 1, k, b.kind, b.text));
    });
    migrate(raw);
    expect(schemaVersion(raw)).toBeGreaterThanOrEqual(3);
    expect((raw.prepare('SELECT COUNT(*) AS n FROM alignments').get() as { n: number }).n).toBe(0);
    const al = getStoryAlignment(raw, 1, 'en', 'uk');
    expect(al.pairs).toHaveLength(16);
    expect((raw.prepare('SELECT COUNT(*) AS n FROM alignments').get() as { n: number }).n).toBe(1);
    // Deleting a version takes its alignments with it.
    raw.prepare('DELETE FROM versions WHERE id = 2').run();
    expect((raw.prepare('SELECT COUNT(*) AS n FROM alignment_groups').get() as { n: number }).n).toBe(0);
  });
});

describe('a newer aligner', () => {
  it('realigns stored automatic groups on the next read and keeps the reader’s own and their undo', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    repairStoryAlignment(db, id, 'en', 'uk', { op: 'merge', pair: 4 });
    // As if written by an older aligner, with one automatic group wrong.
    db.prepare('UPDATE alignments SET algorithm = 0').run();
    db.prepare('UPDATE alignment_groups SET confidence = 0.1 WHERE by_reader = 0').run();
    const al = getStoryAlignment(db, id, 'en', 'uk');
    expect(shape(al.pairs)[4]).toBe('4+5:4+5*');
    expect(al.pairs.filter((p) => !p.byReader).every((p) => p.confidence > 0.5)).toBe(true);
    expect(al.undoable).toBe(1);
  });
});

describe('the archive’s lexicon', () => {
  const lexicon = (db: Database) =>
    db.prepare("SELECT pairs, version FROM align_lexicons WHERE lang_a = 'en' AND lang_b = 'uk'").get() as
      | { pairs: number; version: number }
      | undefined;

  it('grows when sentence pairs are computed and stored, once per pair of texts, not when versions are stored', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    expect(lexicon(db)).toBeUndefined();
    getStoryAlignment(db, id, 'en', 'uk');
    const grown = lexicon(db)!;
    expect(grown.pairs).toBeGreaterThan(20);
    const links = db.prepare('SELECT COUNT(*) AS n FROM align_lexicon_links').get() as { n: number };
    expect(links.n).toBeGreaterThan(100);
    // Read again, either way round, or repaired and read: the same texts teach nothing twice.
    getStoryAlignment(db, id, 'uk', 'en');
    repairStoryAlignment(db, id, 'en', 'uk', { op: 'merge', pair: 4 });
    getStoryAlignment(db, id, 'en', 'uk');
    expect(lexicon(db)!.pairs).toBe(grown.pairs);
  });

  it('once grown enough, has stored sentence pairs redone on their next read; the reader’s groups stay', () => {
    const db = openArchive(':memory:');
    const id = importSeed(db);
    repairStoryAlignment(db, id, 'en', 'uk', { op: 'merge', pair: 4 });
    const before = getStoryAlignment(db, id, 'en', 'uk');
    const stamp = () =>
      (
        db
          .prepare(
            `SELECT a.lexicon_version AS v FROM alignments a JOIN versions x ON x.id = a.version_a JOIN versions y ON y.id = a.version_b
             WHERE x.lang = 'en' AND y.lang = 'uk'`,
          )
          .all() as { v: number }[]
      ).map((r) => r.v);
    expect(stamp()).toEqual([0]);
    // As if the archive had since learned from many more stories.
    db.prepare("UPDATE align_lexicons SET version = 3 WHERE lang_a = 'en' AND lang_b = 'uk'").run();
    db.prepare("UPDATE alignment_groups SET sentences = '[]'").run();
    const after = getStoryAlignment(db, id, 'en', 'uk');
    expect(stamp()).toEqual([3]);
    expect(shape(after.pairs)).toEqual(shape(before.pairs));
    expect(shape(after.pairs)[4]).toBe('4+5:4+5*');
    // Redone, not left as the emptied rows say.
    expect(after.pairs.every((p) => p.sentences.length > 0)).toBe(true);
    expect(after.pairs[6]!.sentences).toHaveLength(before.pairs[6]!.sentences.length);
    expect(after.undoable).toBe(1);
  });

  it('stays within its bounds: entries seen once are forgotten first', async () => {
    const { growLexicon } = await import('../../src/main/core/align/lexicon-store');
    const db = openArchive(':memory:');
    const words = (prefix: string, i: number) => Array.from({ length: 10 }, (_, k) => `${prefix}${(i * 7 + k) % 5000}`);
    const pairs = Array.from({ length: 1000 }, (_, i) => {
      const name = i % 20 === 0;
      return { group: 0, a: [...words('a', i), ...(name ? ['kallas'] : [])], b: [...words('b', i), ...(name ? ['каллас'] : [])] };
    });
    growLexicon(db, 'en', 'uk', { pairs, shapes: { '1-1': 1000 } }, { links: 5000, stems: 1500 });
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('align_lexicon_links')).toBeLessThanOrEqual(5000);
    expect(count('align_lexicon_stems')).toBeLessThanOrEqual(1500);
    // What recurs is kept.
    expect(db.prepare("SELECT pairs FROM align_lexicon_links WHERE stem_a = 'kallas' AND stem_b = 'каллас'").get()).toEqual({ pairs: 50 });
    expect(lexicon(db)!.version).toBeGreaterThan(0);
  });
});

describe('migration 009', () => {
  it('adds the lexicon to an archive with stored alignments, which are upgraded on their next read', async () => {
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const { migrate, schemaVersion } = await import('../../src/main/core/db/migrate');
    const { migration009 } = await import('../../src/main/core/db/migrations/009-align-lexicon');
    const { MIGRATIONS } = await import('../../src/main/core/db/migrations');
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((m) => m.version < 9);
    migrate(raw, before);
    // Today's importer finds versions by their hash prefix (migration 12): its column and index,
    // so the archive below can be written by it while its schema stays at 8.
    const { migration012 } = await import('../../src/main/core/db/migrations/012-content-hash-prefix');
    raw.exec(migration012.up as string);
    // An archive as the aligner before this one left it: stories aligned (paragraphs only), one
    // group the reader's own.
    const id = importSeed(raw);
    const { catchUp } = await import('../../src/main/core/pipeline/catch-up');
    catchUp(raw);
    const { textsHash, ALIGNMENT_ALGORITHM } = await import('../../src/main/core/align/store');
    const { getVersionBlocks } = await import('../../src/main/core/stories/repository');
    const [en, uk] = ['en', 'uk'].map((l) => (raw.prepare('SELECT id FROM versions WHERE lang = ?').get(l) as { id: number }).id);
    const alignment = (raw.prepare('SELECT id FROM alignments WHERE version_a = ? AND version_b = ?').get(en, uk) as { id: number }).id;
    const hash = textsHash(getVersionBlocks(raw, en!), getVersionBlocks(raw, uk!), { a0: 2, a1: 3, b0: 2, b1: 3, confidence: 1, byReader: true });
    raw.prepare('UPDATE alignment_groups SET by_reader = 1, texts_hash = ? WHERE alignment_id = ? AND position = 2').run(hash, alignment);
    raw.prepare('UPDATE alignments SET algorithm = 3').run();
    expect(raw.prepare("SELECT 1 FROM sqlite_master WHERE name = 'align_lexicons'").get()).toBeUndefined();
    migrate(raw, [...before, migration009]);
    expect(schemaVersion(raw)).toBe(9);
    const rows = raw.prepare('SELECT lexicon_version, lexicon_fed FROM alignments').all();
    expect(rows).toEqual(Array.from({ length: 3 }, () => ({ lexicon_version: 0, lexicon_fed: null })));
    const al = getStoryAlignment(raw, id, 'en', 'uk');
    expect(shape(al.pairs)[2]).toBe('2:2*');
    expect(al.pairs.every((p) => p.sentences.length > 0)).toBe(true);
    const upgraded = raw.prepare('SELECT algorithm, lexicon_fed FROM alignments WHERE id = ?').get(alignment) as { algorithm: number; lexicon_fed: string };
    expect(upgraded.algorithm).toBe(ALIGNMENT_ALGORITHM);
    expect(upgraded.lexicon_fed).toMatch(/:/u);
  });
});
