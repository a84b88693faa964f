import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importPaths, importSources } from '../../src/main/core/pipeline/import';
import { getStory } from '../../src/main/core/stories/repository';
import * as repository from '../../src/main/core/stories/repository';
import { memoryArchive, SEED_DIR, seedPath, tableCounts } from '../support/archive';

const source = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('importing files', () => {
  let db: Database;
  beforeEach(() => (db = memoryArchive()));
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  it('stores the three seed files as one story with three versions, recognising each language', () => {
    const report = importPaths(db, [seedPath('en'), seedPath('uk'), seedPath('et')]);
    expect(report.failed).toEqual([]);
    expect(new Set(report.imported.map((i) => i.story)).size).toBe(1);
    const story = getStory(db, report.imported[0]!.story);
    expect(story.versions.map((v) => v.lang).sort()).toEqual(['en', 'et', 'uk']);
    for (const v of story.versions) {
      expect(v.blocks).toHaveLength(16);
      expect(v.agency).toMatch(/^(UNN|УНН)$/u);
    }
    // The first file given is the original unless told otherwise; the others are translations.
    expect(story.versions.filter((v) => v.original).map((v) => v.lang)).toEqual(['en']);
  });

  it('detects the language when the file name does not say it', () => {
    const report = importSources(db, [
      source('a.txt', readFileSync(seedPath('uk'), 'utf8')),
      source('b.txt', readFileSync(seedPath('et'), 'utf8')),
      source('c.txt', readFileSync(seedPath('en'), 'utf8')),
    ]);
    expect(report.imported.map((i) => i.lang)).toEqual(['uk', 'et', 'en']);
    // Different names: three separate stories.
    expect(new Set(report.imported.map((i) => i.story)).size).toBe(3);
  });

  it('lets --lang override detection and file name', () => {
    const report = importSources(db, [source('x.en.txt', 'Pealkiri\nTallinn • ERR\nJuhtlõik.')], { lang: 'et' });
    expect(report.imported[0]!.lang).toBe('et');
  });

  it('stores nothing new when the same content comes again, and says where it is', () => {
    const first = importPaths(db, [SEED_DIR]);
    const before = tableCounts(db);
    const again = importPaths(db, [SEED_DIR]);
    expect(again.imported).toEqual([]);
    expect(again.duplicates.map((d) => d.story)).toEqual([first.imported[0]!.story, first.imported[0]!.story, first.imported[0]!.story]);
    expect(tableCounts(db)).toEqual(before);
  });

  it('adds a version to an existing story with translationOf', () => {
    const first = importSources(db, [source('story.en.txt', 'Headline\nKyiv • UNN\nThe lead.\nBody text.')]);
    const storyId = first.imported[0]!.story;
    const added = importSources(db, [source('other-name.uk.txt', 'Заголовок\nКиїв • УНН\nЛід.\nТекст.')], { translationOf: storyId });
    expect(added.imported[0]!.story).toBe(storyId);
    const story = getStory(db, storyId);
    expect(story.versions.map((v) => [v.lang, v.original])).toEqual([['en', true], ['uk', false]]);
  });

  it('refuses a second version in a language the story already has, changing nothing', () => {
    const first = importSources(db, [source('s.en.txt', 'One\nLead one.')]);
    const before = tableCounts(db);
    const second = importSources(db, [source('t.en.txt', 'Two\nLead two.')], { translationOf: first.imported[0]!.story });
    expect(second.failed[0]!.error.code).toBe('duplicateLanguage');
    expect(tableCounts(db)).toEqual(before);
  });

  it('reports broken files and still imports the good ones', () => {
    const report = importSources(db, [
      source('empty.en.txt', '\n\n'),
      { name: 'binary.txt', bytes: new Uint8Array([0, 1, 2, 3, 0, 255]) },
      source('notes.docx', 'x'),
      source('good.en.txt', 'Good headline\nLead paragraph here.'),
    ]);
    expect(report.imported.map((i) => i.file)).toEqual(['good.en.txt']);
    expect(report.failed.map((f) => [f.file, f.error.code])).toEqual([
      ['empty.en.txt', 'emptyFile'],
      ['binary.txt', 'undecodableText'],
      ['notes.docx', 'unsupportedFormat'],
    ]);
  });

  it('is atomic per file: an error in the middle of storing a file leaves no trace of it', () => {
    importSources(db, [source('keep.en.txt', 'Kept story\nIts lead.')]);
    const before = tableCounts(db);
    const real = repository.insertVersion;
    let calls = 0;
    // Fail after the story row and some blocks were written, inside the file's transaction.
    vi.spyOn(repository, 'insertVersion').mockImplementation((d, storyId, v) => {
      calls++;
      real(d, storyId, v);
      throw new Error('disk full');
    });
    const report = importSources(db, [source('doomed.en.txt', 'Doomed\nLead.\nBody.')]);
    expect(calls).toBe(1);
    expect(report.failed[0]!.error.code).toBe('internal');
    expect(tableCounts(db)).toEqual(before);
  });

  it('reports a path that does not exist and goes on', () => {
    const report = importPaths(db, ['/nonexistent/file.en.txt', seedPath('en')]);
    expect(report.failed.map((f) => f.error.code)).toEqual(['fileMissing']);
    expect(report.imported).toHaveLength(1);
  });
});

describe('importing a folder', () => {
  it('does not follow symbolic links inside it: no loops, nothing from elsewhere', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'diptych-links-'));
    const outside = mkdtempSync(join(tmpdir(), 'diptych-outside-'));
    try {
      mkdirSync(join(dir, '2025'));
      writeFileSync(join(dir, '2025', 'story.en.txt'), 'A headline\nKyiv • UNN\nThe lead.');
      writeFileSync(join(outside, 'secret.txt'), 'Private notes\nNot for the archive.');
      symlinkSync('..', join(dir, '2025', 'loop'));
      symlinkSync(join(outside, 'secret.txt'), join(dir, '2025', 'secret.txt'));
      const db = memoryArchive();
      const report = importPaths(db, [dir]);
      expect(report.imported.map((i) => i.file)).toEqual([join(dir, '2025', 'story.en.txt')]);
      expect(report.duplicates).toEqual([]);
      expect(report.failed).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
