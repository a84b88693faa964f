// The first-run sample: what a new reader finds in the library, and that it comes only once.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { detectLanguage } from '../../src/main/core/import/detect-language';
import { getStory, listStories } from '../../src/main/core/stories/repository';
import {
  SAMPLE_SEEDED_KEY,
  sampleFiles,
  seedSampleStories,
} from '../../src/main/core/sample/seed-samples';
import { importPaths } from '../../src/main/core/pipeline/import';
import { UI_LANGUAGES } from '../../src/shared/i18n/resources';
import { memoryArchive, SEED_DIR, tableCounts } from '../support/archive';

const SAMPLE_DIR = resolve(__dirname, '../../resources/sample');
const SAMPLE_LANGS = ['de', 'en', 'et', 'fr', 'pl', 'uk'];
const STORIES = 5;

let db: Database;
afterEach(() => db?.close());

function seeded(): Database {
  db = memoryArchive();
  const result = seedSampleStories(db, SAMPLE_DIR);
  expect(result.outcome).toBe('seeded');
  expect(result.report.failed).toEqual([]);
  return db;
}

const allStories = (d: Database) =>
  listStories(d, { offset: 0, limit: 100, order: 'newest' }).stories.map((s) => getStory(d, s.id));

describe('the sample stories', () => {
  it(`import as ${STORIES} stories, each in ${SAMPLE_LANGS.join(', ')}, with English the original`, () => {
    const stories = allStories(seeded());
    expect(stories).toHaveLength(STORIES);
    for (const story of stories) {
      expect(story.versions.map((v) => v.lang).sort()).toEqual(SAMPLE_LANGS);
      expect(story.versions.filter((v) => v.original).map((v) => v.lang)).toEqual(['en']);
    }
  });

  it('come in every language the interface speaks, so every reader finds the guide in their own', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(SAMPLE_LANGS);
  });

  it('have headline, dateline, lead, headings and paragraphs in every version', () => {
    for (const story of allStories(seeded())) {
      for (const v of story.versions) {
        const kinds = v.blocks.map((b) => b.kind);
        expect(kinds.slice(0, 3), `${story.id}/${v.lang}`).toEqual(['headline', 'dateline', 'lead']);
        expect(kinds.filter((k) => k === 'heading').length, `${v.lang}: ${v.headline}`).toBeGreaterThanOrEqual(1);
        expect(kinds.filter((k) => k === 'paragraph').length).toBeGreaterThanOrEqual(5);
        expect(v.agency).toBe('Diptych');
        expect(v.place).toBeTruthy();
        expect(v.headline).toBe(v.blocks[0]!.text);
      }
    }
  });

  it('name each place in the version’s own language and script', () => {
    const places = allStories(seeded()).map((s) =>
      Object.fromEntries(s.versions.map((v) => [v.lang, v.place])),
    );
    expect(places).toContainEqual({ en: 'Kyiv', uk: 'Київ', et: 'Kiiev', de: 'Kiew', fr: 'Kyiv', pl: 'Kijów' });
    expect(places).toContainEqual({ en: 'Lviv', uk: 'Львів', et: 'Lviv', de: 'Lwiw', fr: 'Lviv', pl: 'Lwów' });
    for (const p of places) expect(p.uk).toMatch(/^\p{Script=Cyrillic}+$/u);
  });

  it('are written well enough that the language detector names each language the file name gives', () => {
    for (const file of sampleFiles(SAMPLE_DIR)) {
      const lang = /\.(\w+)\.txt$/u.exec(file)![1];
      expect(detectLanguage(readFileSync(file, 'utf8')), file).toMatchObject({ lang, reliable: true });
    }
  });

  it('keep every line exactly as written (quotes, apostrophes, dashes)', () => {
    for (const story of allStories(seeded())) {
      for (const v of story.versions) {
        const lines = readFileSync(v.sourceFile!, 'utf8').split('\n').filter((l) => l.trim());
        expect(v.blocks.map((b) => b.text)).toEqual(lines);
      }
    }
  });

  it('use each language’s own quotation marks and apostrophes in prose', () => {
    const text = (lang: string) =>
      readdirSync(SAMPLE_DIR)
        .filter((f) => f.endsWith(`.${lang}.txt`))
        .map((f) => readFileSync(join(SAMPLE_DIR, f), 'utf8'))
        .join('\n');
    expect(text('en')).toMatch(/“[^”]+”/u);
    expect(text('en')).not.toMatch(/\p{L}'\p{L}/u);
    expect(text('uk')).toMatch(/«[^»]+»/u);
    expect(text('uk')).toMatch(/\p{L}ʼ\p{L}/u);
    expect(text('et')).toMatch(/„[^“]+“/u);
    expect(text('de')).toMatch(/„[^“]+“/u);
    // French guillemets hold their words apart with a narrow no-break space, and a colon has a no-break space before it.
    expect(text('fr')).toMatch(/«\u202F[^»]+\u202F»/u);
    expect(text('fr')).not.toMatch(/«(?!\u202F)|(?<!\u202F)»|“|„/u);
    expect(text('fr')).toMatch(/\p{L}\u00A0:/u);
    expect(text('fr')).not.toMatch(/\p{L} [:;?!]/u);
    expect(text('fr')).toMatch(/\p{L}’\p{L}/u);
    expect(text('fr')).not.toMatch(/\p{L}'\p{L}/u);
    expect(text('pl')).toMatch(/„[^”]+”/u);
    expect(text('pl')).not.toMatch(/“|«/u);
  });

  it('make alignment non-trivial: some translation merges or splits paragraphs', () => {
    const uneven = allStories(seeded()).filter((s) => new Set(s.versions.map((v) => v.blocks.length)).size > 1);
    expect(uneven.length).toBeGreaterThanOrEqual(3);
  });

  it('open with the welcome guide at the top of the library', () => {
    const [first] = listStories(seeded(), { offset: 0, limit: 1, order: 'newest' }).stories;
    expect(first!.versions.find((v) => v.lang === 'en')!.headline).toMatch(/^Welcome to Diptych/u);
  });

  it('share no line with the test fixtures', () => {
    const fixtureLines = new Set(
      readdirSync(SEED_DIR).flatMap((f) => readFileSync(join(SEED_DIR, f), 'utf8').split('\n').filter((l) => l.length > 20)),
    );
    for (const file of sampleFiles(SAMPLE_DIR)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) expect(fixtureLines.has(line)).toBe(false);
    }
  });
});

describe('seeding only on the first run', () => {
  it('does nothing the second time', () => {
    seeded();
    const before = tableCounts(db);
    const again = seedSampleStories(db, SAMPLE_DIR);
    expect(again.outcome).toBe('alreadySeeded');
    expect(again.report.imported).toEqual([]);
    expect(tableCounts(db)).toEqual(before);
  });

  it('does not bring the guides back after the reader deleted them', () => {
    seeded();
    db.prepare('DELETE FROM stories').run();
    expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('alreadySeeded');
    expect(tableCounts(db).stories).toBe(0);
  });

  it('leaves an archive that already holds stories alone, unless asked', () => {
    db = memoryArchive();
    importPaths(db, [SEED_DIR]);
    const before = tableCounts(db);
    expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('archiveNotEmpty');
    expect({ ...tableCounts(db), settings: before.settings }).toEqual(before);
    expect(seedSampleStories(db, SAMPLE_DIR, { evenIfNotEmpty: true }).outcome).toBe('alreadySeeded');

    const other = memoryArchive();
    importPaths(other, [SEED_DIR]);
    const forced = seedSampleStories(other, SAMPLE_DIR, { evenIfNotEmpty: true });
    expect(forced.outcome).toBe('seeded');
    expect(tableCounts(other).stories).toBe(1 + STORIES);
    other.close();
  });

  it('records nothing when the sample folder is missing, so a repaired install still seeds', () => {
    db = memoryArchive();
    const empty = mkdtempSync(join(tmpdir(), 'diptych-sample-'));
    try {
      expect(seedSampleStories(db, join(empty, 'missing')).outcome).toBe('noSamples');
      expect(seedSampleStories(db, empty).outcome).toBe('noSamples');
    } finally {
      rmSync(empty, { recursive: true });
    }
    expect(db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SAMPLE_SEEDED_KEY)).toBeUndefined();
    expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('seeded');
  });
});
