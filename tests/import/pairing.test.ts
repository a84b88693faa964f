// Versions of one story find each other when they say so: hreflang alternates and canonical
// URLs, translation_of, NAME.LANG file names, the versions of a JSON story. Duplicates by content
// or by URL are reported, not stored twice.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importPaths, importSources } from '../../src/main/core/pipeline/import';
import { getStory } from '../../src/main/core/stories/repository';
import { memoryArchive, tableCounts } from '../support/archive';

const FIXTURES = resolve(__dirname, '../fixtures/import');
const fixture = (path: string) => ({ name: path, bytes: readFileSync(resolve(FIXTURES, path)) });
const langsOf = (db: Database, story: number): string[] => getStory(db, story).versions.map((v) => v.lang).sort();

describe('versions finding each other', () => {
  let db: Database;
  beforeEach(() => (db = memoryArchive()));
  afterEach(() => db.close());

  it('pairs saved pages through hreflang alternates and canonical URLs, whatever their file names', () => {
    const report = importPaths(db, [join(FIXTURES, 'pages')]);
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(3);
    const stories = new Set(report.imported.map((i) => i.story));
    expect(stories.size).toBe(1);
    // The Ukrainian page's og:url has www. and a trailing slash; it still matches the alternate.
    // The file name's language wins over the page's own en-GB.
    expect(langsOf(db, [...stories][0]!)).toEqual(['en', 'et', 'uk']);
  });

  it('pairs them across separate imports, in either order', () => {
    const uk = importSources(db, [fixture('pages/nichnyi-parom.html')]);
    const et = importSources(db, [fixture('pages/harbour-ferry.et.html')]);
    // Neither page names the other: they are separate stories until the English page arrives…
    expect(et.imported[0]!.story).not.toBe(uk.imported[0]!.story);
    const en = importSources(db, [fixture('pages/harbour-ferry.en.html')]);
    // …which joins the first story it is linked with.
    expect([uk.imported[0]!.story, et.imported[0]!.story]).toContain(en.imported[0]!.story);
  });

  it('pairs an Atom entry with its translation in another feed through hreflang', () => {
    const de = importSources(db, [fixture('feeds/rundschau-de.atom')]);
    const en = importSources(db, [fixture('feeds/rundschau-en.atom')]);
    expect(de.imported).toHaveLength(2);
    expect(en.imported[0]!.story).toBe(de.imported[0]!.story);
    expect(en.imported[0]!.story).not.toBe(de.imported[1]!.story);
  });

  it('pairs Markdown notes through translation_of naming the other file; the translation is not the original', () => {
    const report = importPaths(db, [join(FIXTURES, 'markdown/cafe-closure.pl.md'), join(FIXTURES, 'markdown/cafe-closure.fr.md')]);
    expect(report.failed).toEqual([]);
    expect(report.imported[0]!.story).toBe(report.imported[1]!.story);
    const story = getStory(db, report.imported[0]!.story);
    expect(story.versions.map((v) => [v.lang, v.original, v.provenance])).toEqual([
      ['fr', true, 'official'],
      ['pl', false, 'human'],
    ]);
    expect(story.tags).toEqual(['commerce', 'culture', 'kultura']);
  });

  it('pairs a note with translation_of a URL when that URL is already in the archive', () => {
    const original = importSources(db, [
      { name: 'pozhezha.md', bytes: new TextEncoder().encode('---\ntitle: Пожежа в депо\nlang: uk\nurl: https://northern-courier.example/uk/2026/09/pozhezha-depo\n---\n\nУ депо згоріли два трамваї.\n') },
    ]);
    const translation = importSources(db, [fixture('markdown/tram-notes.en.md')]);
    expect(translation.imported[0]!.story).toBe(original.imported[0]!.story);
  });

  it('stores each JSON story as one story with its versions, tags and declared original', () => {
    const report = importSources(db, [fixture('json/exported-stories.json')]);
    expect(report.imported.map((i) => i.lang)).toEqual(['uk', 'en', 'et']);
    const [uk, en, et] = report.imported;
    expect(en!.story).toBe(uk!.story);
    expect(et!.story).not.toBe(uk!.story);
    const story = getStory(db, uk!.story);
    expect(story.tags).toEqual(['energy', 'winter']);
    expect(story.versions.find((v) => v.original)!.lang).toBe('uk');
  });

  it('groups NAME.LANG files of a folder, and keeps same-named files in different folders apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diptych-pair-'));
    try {
      cpSync(join(FIXTURES, 'pages/harbour-ferry.en.html'), join(dir, 'a/story.en.html'), { recursive: true });
      cpSync(join(FIXTURES, 'markdown/cafe-closure.fr.md'), join(dir, 'a/story.fr.md'));
      cpSync(join(FIXTURES, 'markdown/tram-notes.en.md'), join(dir, 'b/story.en.md'));
      const report = importPaths(db, [dir]);
      expect(report.failed).toEqual([]);
      const byFile = Object.fromEntries(report.imported.map((i) => [i.file.slice(dir.length + 1), i.story]));
      expect(byFile['a/story.en.html']).toBe(byFile['a/story.fr.md']);
      expect(byFile['b/story.en.md']).not.toBe(byFile['a/story.en.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('keeps files whose names say no language apart, even with one name: report.txt and report.md are two articles', () => {
    const md = (lang: string, text: string, extra = ''): Uint8Array => new TextEncoder().encode(`---\nlang: ${lang}\n${extra}---\n# ${text}\n\n${text} today.\n`);
    const report = importSources(db, [
      { name: 'in/report.md', bytes: md('de', 'Der Stadtrat von Tartu') },
      { name: 'in/report.markdown', bytes: md('en', 'Tartu city council') },
      { name: 'in/report-uk.md', bytes: md('uk', 'Міська рада Тарту') },
      { name: 'in/note.md', bytes: md('uk', 'Рада Тарту ухвалила бюджет') },
      { name: 'in/note.en.md', bytes: md('en', 'Tartu council passed the budget', 'translation_of: note.md\n') },
    ]);
    expect(report.failed).toEqual([]);
    const story = Object.fromEntries(report.imported.map((i) => [i.file, i.story]));
    expect(new Set([story['in/report.md'], story['in/report.markdown'], story['in/report-uk.md']]).size).toBe(3);
    // Named whole, a file without a language in its name is still found by translation_of.
    expect(story['in/note.en.md']).toBe(story['in/note.md']);
  });
});

describe('duplicates', () => {
  let db: Database;
  beforeEach(() => (db = memoryArchive()));
  afterEach(() => db.close());

  it('recognises the same page saved again (same content) and says which story has it', () => {
    const first = importSources(db, [fixture('pages/harbour-ferry.en.html')]);
    const before = tableCounts(db);
    const again = importSources(db, [{ name: 'copy-of-page.html', bytes: readFileSync(join(FIXTURES, 'pages/harbour-ferry.en.html')) }]);
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([{ file: 'copy-of-page.html', story: first.imported[0]!.story, lang: 'en-GB', by: 'content' }]);
    expect(tableCounts(db)).toEqual(before);
  });

  it('recognises an updated copy of an article by its URL in the same language', () => {
    const first = importSources(db, [fixture('feeds/ukrinform-uk.rss')]);
    const updated = readFileSync(join(FIXTURES, 'feeds/ukrinform-uk.rss'), 'utf8').replace('40 тисяч', '45 тисяч');
    const before = tableCounts(db);
    const again = importSources(db, [{ name: 'feed-later.rss', bytes: new TextEncoder().encode(updated) }]);
    expect(again.imported).toEqual([]);
    expect(again.duplicates.map((d) => [d.by, d.story])).toEqual([
      ['url', first.imported[0]!.story],
      ['content', first.imported[1]!.story],
    ]);
    expect(tableCounts(db)).toEqual(before);
  });

  it('does not mistake a translation at another URL for a duplicate', () => {
    const report = importSources(db, [fixture('json/exported-stories.json')]);
    expect(report.duplicates).toEqual([]);
  });
});
