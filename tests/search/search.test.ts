// Searching a real archive: the seed story (en original, uk and et translations) and stories
// written here for what the seed does not show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { search, searchHighlights } from '../../src/main/core/search/search';
import { IndexMaintainer, rebuildSearchIndex } from '../../src/main/core/search/index-maintenance';
import { isDiptychError } from '../../src/shared/errors';
import { BackgroundAligner } from '../../src/main/core/align/queue';
import { addStory, seedArchive } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('the seed story', () => {
  let db: Database;
  let storyId: number;
  beforeEach(() => ({ db, storyId } = seedArchive()));
  afterEach(() => db.close());

  /** uk blocks of the seed holding a match, with the matched text. */
  function ukMatches(query: string): Map<number, string[]> {
    const h = searchHighlights(searching(db), query, storyId);
    const uk = h.versions.find((v) => v.lang === 'uk')!;
    const text = db
      .prepare("SELECT b.position, b.text FROM blocks b JOIN versions v ON v.id = b.version_id WHERE v.lang = 'uk' ORDER BY position")
      .all() as { position: number; text: string }[];
    return new Map(uk.blocks.map((b) => [b.block, b.ranges.map(([s, e]) => text[b.block]!.text.slice(s, e))]));
  }

  it.each(["прем'єр", 'премʼєр', 'прем’єр', 'прем‘єр', 'прем`єр', 'ПРЕМ’ЄР'])(
    '%s finds all three spellings of the apostrophe in the Ukrainian text',
    (query) => {
      const found = ukMatches(query);
      const words = [...found.values()].flat();
      expect(words).toContain('Премʼєр'); // U+02BC, headline and lead
      expect(words).toContain('прем’єр'); // U+2019, paragraph 3
      expect(words).toContain("прем'єр"); // U+0027, paragraph 10
      const result = search(searching(db), query);
      expect(result.total).toBe(1);
      expect(result.stories[0]!.hits[0]!.lang).toBe('uk');
    },
  );

  it('keeps й and и apart: a query with и does not find a word with й', () => {
    expect(ukMatches('найближчі').size).toBe(1);
    expect(ukMatches('наиближчі').size).toBe(0);
    expect(search(searching(db), 'наиближчі').total).toBe(0);
  });

  it('Україна finds України, Україні and Україну, exact forms ranked first', () => {
    const words = [...ukMatches('Україна').values()].flat();
    expect(words).toEqual(expect.arrayContaining(['України', 'Україні', 'Україну', 'Україна']));
    const hit = search(searching(db), 'Україна lang:uk', { hitsPerStory: 1 }).stories[0]!.hits[0]!;
    // The one paragraph with the exact form comes before the many with inflected forms.
    expect(hit.matches).toContainEqual({ text: 'Україна', kind: 'exact' });
  });

  it('Kallas finds Каллас and says it matched across scripts', () => {
    const result = search(searching(db), 'Kallas lang:uk');
    expect(result.total).toBe(1);
    const hit = result.stories[0]!.hits[0]!;
    expect(hit.matched).toBe('Каллас');
    expect(hit.matches).toEqual([{ text: 'Каллас', kind: 'transliterated', query: 'Kallas' }]);
    expect(hit.snippet.slice(...hit.highlights[0]!)).toBe('Каллас');
  });

  it('Kyiv finds Київ and Макрон finds Macron', () => {
    expect(search(searching(db), 'Kyiv lang:uk').stories[0]!.hits[0]!.matched).toBe('Київ');
    const macron = search(searching(db), 'Макрон lang:en').stories[0]!.hits[0]!;
    expect(macron.matched).toBe('Macron');
    expect(macron.matches[0]!.kind).toBe('transliterated');
  });

  it('shows a Ukrainian hit with its English counterpart paragraph (by block order)', () => {
    const hit = search(searching(db), 'Макрон lang:uk').stories[0]!.hits[0]!;
    expect(hit.lang).toBe('uk');
    expect(hit.counterpart?.lang).toBe('en'); // the original
    expect(hit.counterpart?.block).toBe(hit.block);
    expect(hit.counterpart?.snippet).toContain('Emmanuel Macron');
    // The name is highlighted on the counterpart's side too.
    const [s, e] = hit.counterpart!.highlights[0]!;
    expect(hit.counterpart!.snippet.slice(s, e)).toBe('Macron');
    // The reader's preferred counterpart language wins when the story has it.
    expect(search(searching(db), 'Макрон lang:uk', { counterpartLang: 'et' }).stories[0]!.hits[0]!.counterpart?.lang).toBe('et');
  });

  it('groups the versions of one story into one result', () => {
    const result = search(searching(db), 'NATO', { hitsPerStory: 10 });
    expect(result.total).toBe(1);
    expect(result.stories).toHaveLength(1);
    expect(result.facets.lang.map((f) => f.value).sort()).toEqual(['en', 'et', 'uk']);
    const story = result.stories[0]!;
    expect(story.versions.map((v) => v.lang)).toEqual(['en', 'et', 'uk']);
    // No paragraph is shown twice as a hit; each has its counterpart in another language.
    const shown = story.hits.map((h) => `${h.lang}:${h.block}`);
    expect(new Set(shown).size).toBe(shown.length);
    expect(story.hits.length).toBeGreaterThan(3);
    for (const h of story.hits) expect(h.counterpart?.lang).not.toBe(h.lang);
  });

  it('a quoted phrase matches exactly; words alone match in any order', () => {
    expect(search(searching(db), '"Financial Times"').total).toBe(1);
    expect(search(searching(db), '"Times Financial"').total).toBe(0);
    expect(search(searching(db), 'Times Financial').total).toBe(1);
    // A phrase holds across apostrophe spellings and the hyphen: ʼ, ’ and ' all match.
    const uk = ukMatches('"прем\'єр-міністр Естонії"');
    expect([...uk.values()].flat()).toEqual(expect.arrayContaining(['Премʼєр-міністр Естонії', 'прем’єр-міністр Естонії']));
    // Inflected forms do not satisfy a phrase.
    expect(search(searching(db), '"training of soldier"').total).toBe(0);
    expect(search(searching(db), '"training of soldiers"').total).toBe(1);
  });

  it('prefix, exclusion, OR and parentheses', () => {
    expect(search(searching(db), 'Fin*').total).toBe(1);
    expect(search(searching(db), 'Fin').total).toBe(0);
    expect(search(searching(db), 'Фін*').total).toBe(1); // a Cyrillic prefix of a Latin name: Financial
    expect(search(searching(db), 'Київ*').stories[0]?.hits[0]?.matched).toMatch(/^Ки/u);
    expect(search(searching(db), 'Kallas -Macron').total).toBe(0);
    expect(search(searching(db), 'Kallas -Merkel').total).toBe(1);
    expect(search(searching(db), 'Merkel OR Kallas').total).toBe(1);
    expect(search(searching(db), 'Merkel OR Scholz').total).toBe(0);
    expect(search(searching(db), '(Merkel OR Kallas) -(Macron OR Scholz)').total).toBe(0);
    expect(search(searching(db), '(Merkel OR Kallas) -(Scholz OR Biden)').total).toBe(1);
  });

  it('filters: lang, agency (either script) and source, place, title, original and translation', () => {
    const langs = (q: string): string[] => search(searching(db), q, { hitsPerStory: 10 }).facets.lang.map((f) => f.value).sort();
    expect(langs('NATO lang:uk')).toEqual(['uk']);
    expect(langs('NATO -lang:uk')).toEqual(['en', 'et']);
    expect(langs('NATO agency:УНН')).toEqual(['en', 'et', 'uk']);
    expect(langs('NATO source:unn')).toEqual(['en', 'et', 'uk']);
    expect(search(searching(db), 'NATO agency:Reuters').total).toBe(0);
    expect(langs('NATO place:Kyiv')).toEqual(['en', 'et', 'uk']); // Київ by transliteration, and the Estonian spelling Kiiev
    expect(langs('NATO place:Kiiev')).toEqual(['en', 'et', 'uk']); // one place, however it is spelled
    expect(langs('title:Kallas')).toEqual([]); // her name is not in any headline
    expect(langs('title:escalation')).toEqual(['en']);
    expect(langs('NATO original:')).toEqual(['en']);
    expect(langs('NATO translation:')).toEqual(['et', 'uk']);
    expect(langs('original:Каллас')).toEqual(['en']);
  });
});

describe('ranking, dates, facets and pages', () => {
  let db: Database;
  beforeEach(() => {
    db = memoryArchive();
  });
  afterEach(() => db.close());

  it('ranks an exact-form hit above an inflected one, and a headline above the body', () => {
    const inflected = addStory(db, [{ lang: 'en', blocks: ['Budget talks', 'The territories were discussed at length.'] }]);
    const exact = addStory(db, [{ lang: 'en', blocks: ['Budget talks', 'The territory was discussed at length.'] }]);
    const headline = addStory(db, [{ lang: 'en', blocks: ['A territory in dispute', 'Talks went on at length.'] }]);
    expect(search(searching(db), 'territory').stories.map((s) => s.id)).toEqual([headline, exact, inflected]);
    // The other way round: the exact form `territories` beats `territory`, in the body.
    const t = search(searching(db), 'territories').stories.map((s) => s.id);
    expect(t).toHaveLength(3);
    expect(t.indexOf(inflected)).toBeLessThan(t.indexOf(exact));
  });

  it('mae finds mäe (and ranks mäe below an exact mae)', () => {
    const accented = addStory(db, [{ lang: 'et', blocks: ['Toompea mäe all', 'Tekst.'] }]);
    expect(search(searching(db), 'mae').stories.map((s) => s.id)).toEqual([accented]);
    const plain = addStory(db, [{ lang: 'et', blocks: ['Mae tänav', 'Tekst.'] }]);
    expect(search(searching(db), 'mae').stories.map((s) => s.id)).toEqual([plain, accented]);
    expect(search(searching(db), 'mäe').stories.map((s) => s.id)).toEqual([accented]);
  });

  it('sorts newest and oldest first, filters by date, counts facets and pages', () => {
    const a = addStory(db, [
      { lang: 'uk', agency: 'УНН', publishedAt: '2023-05-01', blocks: ['Вибори: Естонія голосує', 'Текст про вибори.'] },
      { lang: 'en', agency: 'UNN', publishedAt: '2023-05-01', blocks: ['Elections in Estonia', 'Text about elections.'] },
    ]);
    const b = addStory(db, [{ lang: 'en', agency: 'ERR', publishedAt: '2024-02-10', blocks: ['Estonia votes', 'Elections again.'] }]);
    const c = addStory(db, [{ lang: 'et', agency: 'ERR', publishedAt: '2024-07-01T10:00:00Z', blocks: ['Valimised', 'Estonia valimised.'] }]);
    expect(search(searching(db), 'Estonia', { sort: 'newest' }).stories.map((s) => s.id)).toEqual([c, b, a]);
    expect(search(searching(db), 'Estonia', { sort: 'oldest' }).stories.map((s) => s.id)).toEqual([a, b, c]);
    expect(search(searching(db), 'Estonia after:2024').stories.map((s) => s.id).sort()).toEqual([b, c].sort());
    expect(search(searching(db), 'Estonia before:2024-07').stories.map((s) => s.id).sort()).toEqual([a, b].sort());
    expect(search(searching(db), 'Estonia after:2024-02-10 before:2024-02-11').stories.map((s) => s.id)).toEqual([b]);

    const all = search(searching(db), 'Estonia');
    expect(all.total).toBe(3);
    expect(all.facets.lang).toEqual(expect.arrayContaining([{ value: 'en', count: 2 }, { value: 'uk', count: 1 }, { value: 'et', count: 1 }]));
    // UNN and УНН are one agency; stories are counted, once each.
    expect(all.facets.agency).toEqual([
      { value: 'ERR', count: 2 },
      { value: expect.stringMatching(/^(UNN|УНН)$/u), count: 1 },
    ]);
    expect(all.facets.year).toEqual([
      { value: '2024', count: 2 },
      { value: '2023', count: 1 },
    ]);
    // A facet value used as a filter narrows to what it counted.
    expect(search(searching(db), `Estonia agency:"${all.facets.agency[1]!.value}"`).total).toBe(1);
    expect(search(searching(db), 'Estonia lang:en').total).toBe(2);

    const page1 = search(searching(db), 'Estonia', { sort: 'newest', limit: 2 });
    const page2 = search(searching(db), 'Estonia', { sort: 'newest', limit: 2, offset: 2 });
    expect(page1.total).toBe(3);
    expect([...page1.stories, ...page2.stories].map((s) => s.id)).toEqual([c, b, a]);
  });

  it('filters alone list the stories they allow', () => {
    addStory(db, [{ lang: 'uk', blocks: ['Перша', 'Текст.'] }]);
    addStory(db, [{ lang: 'en', blocks: ['Second', 'Text.'] }]);
    expect(search(searching(db), 'lang:uk').total).toBe(1);
    expect(search(searching(db), '-Kallas').total).toBe(0);
    expect(search(searching(db), '-Kallas').hints.map((h) => h.code)).toContain('onlyExclusions');
  });

  it('names a language in the facets as its tag is written', () => {
    addStory(db, [{ lang: 'en-GB', blocks: ['Harbour', 'The ferry.'] }, { lang: 'sr-Latn', blocks: ['Luka', 'Trajekt ferry.'] }]);
    expect(search(searching(db), 'ferry').facets.lang.map((f) => f.value).sort()).toEqual(['en-GB', 'sr-Latn']);
  });

  it('filters with exclusions leave out what the exclusions match', () => {
    addStory(db, [{ lang: 'uk', blocks: ['Перша', 'Текст про Макрона.'] }]);
    addStory(db, [{ lang: 'uk', blocks: ['Друга', 'Текст.'] }]);
    addStory(db, [{ lang: 'en', blocks: ['Third', 'Text on Macron.'], agency: 'PAP' }]);
    const headlines = (q: string): string[] => search(searching(db), q).stories.map((s) => s.versions[0]!.headline).sort();
    expect(headlines('lang:uk -Macron')).toEqual(['Друга']);
    expect(headlines('-lang:en -Macron')).toEqual(['Друга']);
    expect(headlines('-lang:uk -agency:PAP')).toEqual([]);
    expect(headlines('lang:uk -"про Макрона" -Друга')).toEqual([]);
    expect(search(searching(db), 'lang:uk -Macron').total).toBe(1);
  });

  it('keeps the index current when versions change or go, and rebuilds it', () => {
    // What the app's background maintenance does between searches (a search itself never writes).
    const maintain = (): number => new IndexMaintainer(db).reindexPending(1000);
    const id = addStory(db, [{ lang: 'en', blocks: ['Harbour news', 'The ferry left early.'] }]);
    expect(search(searching(db), 'ferry').total).toBe(1);
    db.prepare("UPDATE blocks SET text = 'The boat left early.' WHERE text = 'The ferry left early.'").run();
    maintain();
    expect(search(searching(db), 'ferry').total).toBe(0);
    expect(search(searching(db), 'boat').total).toBe(1);
    db.prepare("UPDATE versions SET lang = 'en-GB' WHERE story_id = ?").run(id);
    maintain();
    expect(search(searching(db), 'boat lang:en').stories[0]!.hits[0]!.lang).toBe('en-GB');
    db.prepare('DELETE FROM stories WHERE id = ?').run(id);
    expect(search(searching(db), 'boat').total).toBe(0);
    addStory(db, [{ lang: 'en', blocks: ['Harbour news', 'The ferry is back.'] }]);
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all')");
    expect(search(searching(db), 'ferry').total).toBe(0);
    rebuildSearchIndex(db);
    expect(search(searching(db), 'ferry').total).toBe(1);
  });

  it('refuses an absurdly long query with a typed error, and reads a long one', () => {
    expect(() => search(searching(db), 'a'.repeat(20_001))).toThrowError(expect.objectContaining({ code: 'queryTooLong' }));
    try {
      search(searching(db), 'a'.repeat(20_001));
    } catch (e) {
      expect(isDiptychError(e)).toBe(true);
    }
    expect(search(searching(db), 'слово '.repeat(1600)).hints.map((h) => h.code)).toContain('tooManyTerms');
  });
});

describe('words of an agency or a place', () => {
  let db: Database;
  beforeEach(() => (db = memoryArchive()));
  afterEach(() => db.close());

  it('are found in the text only, whether or not the query names a field word', () => {
    const wire = addStory(db, [{ lang: 'en', agency: 'Energy Wire', place: 'Tallinn', blocks: ['Harbour reopens', 'Ships came back.'] }]);
    const text = addStory(db, [{ lang: 'en', agency: 'ERR', blocks: ['Energy prices fall', 'Ships came back to Tallinn.'] }]);
    const ids = (q: string): number[] => search(searching(db), q).stories.map((s) => s.id).sort((a, b) => a - b);
    expect(ids('energy')).toEqual([text]);
    expect(ids('tallinn')).toEqual([text]);
    expect(ids('ships')).toEqual([wire, text].sort((a, b) => a - b));
    expect(ids('ships agency:"Energy Wire"')).toEqual([wire]);
  });
});

describe('the counterpart paragraph', () => {
  it('follows the stored alignment when the story has one, and block order when not', () => {
    const { db } = seedArchive();
    new BackgroundAligner(db).alignPending(10);
    const id = (lang: string): number => (db.prepare('SELECT id FROM versions WHERE lang = ?').get(lang) as { id: number }).id;
    const [en, uk] = [id('en'), id('uk')];
    const hit = (): { block: number; counterpart: { block: number } | null } =>
      search(searching(db), 'Макрон lang:uk', { counterpartLang: 'en', hitsPerStory: 1 }).stories[0]!.hits[0]!;
    expect(hit().block).toBe(15);
    expect(hit().counterpart?.block).toBe(15);
    // A stored alignment that pairs the Macron paragraph elsewhere wins over block order.
    const alignment = db
      .prepare('SELECT id, version_a FROM alignments WHERE version_a = ? AND version_b = ? OR version_a = ? AND version_b = ?')
      .get(Math.min(en, uk), Math.max(en, uk), Math.min(en, uk), Math.max(en, uk)) as { id: number; version_a: number } | undefined;
    expect(alignment).toBeDefined(); // stored by the background aligner after the import (core/align)
    if (alignment) {
      const ukIsA = alignment.version_a === uk;
      db.prepare('DELETE FROM alignment_groups WHERE alignment_id = ?').run(alignment.id);
      db.prepare(
        'INSERT INTO alignment_groups (alignment_id, position, a_start, a_end, b_start, b_end, confidence) VALUES (?, 0, ?, ?, ?, ?, 1)',
      ).run(alignment.id, ukIsA ? 15 : 3, ukIsA ? 16 : 4, ukIsA ? 3 : 15, ukIsA ? 4 : 16);
      expect(hit().counterpart?.block).toBe(3);
      db.prepare('DELETE FROM alignments WHERE id = ?').run(alignment.id);
    }
    // No alignment: block order.
    expect(hit().counterpart?.block).toBe(15);
    db.close();
  });
});
