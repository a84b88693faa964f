// Names as the world writes them (issue 14): a name is found under every common romanization, in
// both directions, and a country, language or currency by its name in every content language;
// each hit says which form matched and how. False friends stay apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { search } from '../../src/main/core/search/search';
import { IndexMaintainer, pendingIndexCount, queueStaleIndex, rebuildSearchIndex } from '../../src/main/core/search/index-maintenance';
import { setDerivedVersion } from '../../src/main/core/db/derived-data';
import type { SearchMatch } from '../../src/shared/api/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

let db: Database;
beforeAll(() => {
  db = memoryArchive();
});
afterAll(() => db.close());

/** The matches of the first hit of the one story the query finds among `id`. */
function matchesIn(query: string, id: number): SearchMatch[] {
  const story = search(searching(db), query).stories.find((s) => s.id === id);
  expect(story, `${query} finds story ${id}`).toBeDefined();
  return story!.hits.flatMap((h) => h.matches);
}

describe('a Latin spelling finds the Cyrillic name, inflected', () => {
  it.each([
    // query, romanization, language of the text, sentence, the word it finds
    ['Klitschko', 'German', 'uk', 'Віталій Кличко заявив про це на брифінгу.', 'Кличко'],
    ['Kliczko', 'Polish', 'uk', 'Мер Кличко відкрив міст.', 'Кличко'],
    ['Zaporozhye', 'older Russian-based', 'uk', 'Обстріл у Запоріжжі тривав усю ніч.', 'Запоріжжі'],
    ['Odessa', 'older Russian-based', 'uk', 'Порт Одеси знову працює.', 'Одеси'],
    ['Nikolaev', 'Russian name', 'uk', 'Мер Миколаєва розповів про воду.', 'Миколаєва'],
    ['Dnepr', 'Russian name', 'uk', 'Мости Дніпра відремонтують.', 'Дніпра'],
    ['Chernigov', 'older Russian-based', 'uk', 'Вулиці Чернігова прибрали.', 'Чернігова'],
    ['Shmygal', 'BGN/PCGN-like', 'uk', 'Денис Шмигаль провів нараду.', 'Шмигаль'],
    ['Selenskyj', 'German', 'uk', 'Президент Зеленський виступив у Раді.', 'Зеленський'],
    ['Kijów', 'Polish', 'uk', 'Київ готується до зими.', 'Київ'],
    ['Charków', 'Polish', 'uk', 'Вибухи пролунали в Харкові вночі.', 'Харкові'],
    ['Černihiv', 'scholarly', 'uk', 'Вулиці Чернігова прибрали.', 'Чернігова'],
    ['Zaporižžja', 'scholarly', 'uk', 'Обстріл у Запоріжжі тривав усю ніч.', 'Запоріжжі'],
    ['Kharkov', 'BGN/PCGN of the Russian', 'ru', 'Обстрел Харькова продолжается.', 'Харькова'],
    ['Kiev', 'BGN/PCGN of the Russian', 'ru', 'Переговоры прошли в Киеве вчера.', 'Киеве'],
    ['Chevtchenko', 'French', 'uk', 'Андрій Шевченко забив гол.', 'Шевченко'],
    ['Żytomierz', 'Polish', 'uk', 'Житомир отримав нові автобуси.', 'Житомир'],
    ['Xarkiv', 'scholarly', 'uk', 'Вибухи пролунали в Харкові вночі.', 'Харкові'],
    ["L'viv", 'scholarly', 'uk', 'Трамваї Львова вийшли на маршрути.', 'Львова'],
  ])('%s (%s) finds %s text “%s” as %s', (query, _system, lang, sentence, word) => {
    const id = addStory(db, [{ lang, blocks: ['Новини дня', sentence] }]);
    expect(matchesIn(query, id)).toContainEqual({ text: word, kind: 'transliterated', query });
  });
});

describe('a Cyrillic name finds its Latin spellings', () => {
  it.each([
    ['Київ', 'en', 'Talks were held in Kiev yesterday.', 'Kiev'],
    ['Харків', 'en', 'Shelling hit Kharkov overnight.', 'Kharkov'],
    ['Кличко', 'de', 'Bürgermeister Klitschko sagte am Montag.', 'Klitschko'],
    ['Зеленський', 'de', 'Präsident Selenskyj sprach in Berlin.', 'Selenskyj'],
    ['Зеленський', 'pl', 'Prezydent Zełenski przemawiał w Sejmie.', 'Zełenski'],
    ['Київ', 'pl', 'Kijów odpowiada na atak.', 'Kijów'],
    ['Харків', 'pl', 'Charków był ostrzeliwany.', 'Charków'],
    ['Шевченко', 'fr', 'Andriy Chevtchenko a marqué.', 'Chevtchenko'],
    ['Житомир', 'pl', 'Żytomierz dostał nowe autobusy.', 'Żytomierz'],
    ['Львів', 'en', 'Trams in L’viv ran again.', 'L’viv'],
    ['Запоріжжя', 'de', 'Das Kraftwerk Saporischschja ist besetzt.', 'Saporischschja'],
    ['Шмигаль', 'et', 'Peaminister Šmõhal ütles seda teisipäeval.', 'Šmõhal'],
    ['Одеса', 'fr', 'Le port d’Odessa a rouvert.', 'd’Odessa'],
    ['Миколаїв', 'en', 'The mayor of Nikolaev spoke.', 'Nikolaev'],
    ['Києві', 'en', 'The meeting in Kyiv ended.', 'Kyiv'],
  ])('%s finds %s text “%s” as %s', (query, lang, sentence, word) => {
    const id = addStory(db, [{ lang, blocks: ['News of the day', sentence] }]);
    expect(matchesIn(query, id)).toContainEqual({ text: word, kind: 'transliterated', query });
  });
});

describe('a Latin spelling typed as a name finds the name’s other Latin spellings', () => {
  it.each([
    // query, language of the text, sentence, the word it finds
    ['Kiev', 'en', 'Talks were held in Kyiv yesterday.', 'Kyiv'],
    ['Kharkov', 'en', 'Shelling hit Kharkiv overnight.', 'Kharkiv'],
    ['Odessa', 'en', 'The port of Odesa reopened.', 'Odesa'],
    ['Klitschko', 'en', 'Mayor Klychko opened the bridge.', 'Klychko'],
    ['Kyiv', 'de', 'Kiew bereitet sich auf den Winter vor.', 'Kiew'],
    ['Zaporozhye', 'en', 'The plant at Zaporizhzhia is occupied.', 'Zaporizhzhia'],
    ['Lvov', 'en', 'Trams in Lviv ran again.', 'Lviv'],
  ])('%s finds %s text “%s” as %s', (query, lang, sentence, word) => {
    const id = addStory(db, [{ lang, blocks: ['News of the day', sentence] }]);
    expect(matchesIn(query, id)).toContainEqual({ text: word, kind: 'transliterated', query });
  });

  it.each([
    // query, a text it must not find: lower case is no name, and Kherson is not Kharkiv
    ['police', 'en', 'Talks at the Palace ended late.'],
    ['Kherson', 'en', 'Shelling hit Kharkiv overnight.'],
    ['Latvia', 'en', 'Lithuania closed the border.'],
  ])('%s does not find %s “%s”', (query, lang, sentence) => {
    const id = addStory(db, [{ lang, blocks: ['News of the day', sentence] }]);
    expect(search(searching(db), query, { limit: 500 }).stories.map((s) => s.id)).not.toContain(id);
  });
});

describe('a name quoted in the other script, inside a paragraph of the version’s own language', () => {
  it.each([
    // query, language of the text, sentence, the word it finds
    ['Kiev', 'en', 'The sign at the station still reads Київ in large letters.', 'Київ'],
    ['Klitschko', 'de', 'Auf dem Plakat stand nur Кличко, in kyrillischer Schrift.', 'Кличко'],
    ['Київ', 'uk', 'На табличці латинкою написано Kiev, як колись.', 'Kiev'],
  ])('%s finds the %s paragraph quoting it (“%s”), highlighted', (query, lang, sentence, word) => {
    const id = addStory(db, [{ lang, blocks: ['Headline of the day', 'A first paragraph without it.', sentence] }]);
    const story = search(searching(db), query).stories.find((s) => s.id === id);
    expect(story, `${query} finds story ${id}`).toBeDefined();
    const hit = story!.hits[0]!;
    expect(hit.block).toBe(2);
    expect(hit.matches).toContainEqual(expect.objectContaining({ text: word, kind: 'transliterated' }));
    expect(hit.highlights.length).toBeGreaterThan(0);
  });
});

describe('country, language and currency names across languages', () => {
  it.each([
    // query, language of the text, sentence, the word it finds, the language it is the name in
    ['India', 'uk', 'Делегація Індії прибула до столиці.', 'Індії', 'uk'],
    ['India', 'ru', 'Премьер Индии посетил Москву.', 'Индии', 'ru'],
    ['Germany', 'uk', 'Уряд Німеччини ухвалив рішення.', 'Німеччини', 'uk'],
    ['Germany', 'et', 'Saksamaa valitsus otsustas nii.', 'Saksamaa', 'et'],
    ['Germany', 'de', 'Deutschland liefert Panzer.', 'Deutschland', 'de'],
    ['Germany', 'fr', 'L’Allemagne livre des chars.', 'L’Allemagne', 'fr'],
    ['Germany', 'pl', 'Niemcy dostarczą czołgi.', 'Niemcy', 'pl'],
    ['Ukrainian', 'uk', 'Українська мова стала обов’язковою.', 'Українська', 'uk'],
    ['Індії', 'en', 'India and Pakistan met in Geneva.', 'India', 'en'],
    ['Німеччині', 'fr', 'L’Allemagne livre des chars.', 'L’Allemagne', 'fr'],
    ['Saksamaa', 'ru', 'Германия поставит танки.', 'Германия', 'ru'],
    ['Niemcy', 'en', 'Germany will deliver tanks.', 'Germany', 'en'],
    ['euro', 'uk', 'Курс євро знову зріс.', 'євро', 'uk'],
  ])('%s finds %s text “%s” as %s, the name in %s', (query, lang, sentence, word, nameLang) => {
    const id = addStory(db, [{ lang, blocks: ['Новини · News', sentence] }]);
    expect(matchesIn(query, id)).toContainEqual({ text: word, kind: 'translated', query, lang: nameLang });
  });
});

describe('false friends stay apart', () => {
  it.each([
    // query, a text it must not find
    ['Kherson', 'uk', 'Вибухи пролунали в Харкові вночі.'],
    ['Херсон', 'en', 'Shelling hit Kharkov overnight.'],
    ['Latvia', 'uk', 'Литва закрила кордон.'],
    ['Литва', 'en', 'Latvia closed the border.'],
    ['Lithuania', 'uk', 'Латвія закрила кордон.'],
    ['Austria', 'uk', 'Австралія закрила кордон.'],
    ['Iran', 'uk', 'Ірак закрив кордон.'],
    ['Polish', 'uk', 'Польща закрила кордон.'],
    ['Kyiv', 'uk', 'Нарада у Кабміні тривала годину.'],
    ['Lviv', 'uk', 'Лев Толстой писав романи.'],
    // A word with a digit is no name: no key of it meets a one-letter word or every К-name.
    ['w0', 'uk', 'В Одесі відкрили порт.'],
    ['W1', 'uk', 'В Одесі відкрили порт.'],
    ['k0*', 'uk', 'Кличко відкрив міст у Києві.'],
  ])('%s does not find %s “%s”', (query, lang, sentence) => {
    const id = addStory(db, [{ lang, blocks: ['Новини · News', sentence] }]);
    expect(search(searching(db), query, { limit: 500 }).stories.map((s) => s.id)).not.toContain(id);
  });
});

describe('an archive indexed before name keys', () => {
  it('counts as indexed by this analyzer once its index is built afresh (as recover builds it)', () => {
    const old = memoryArchive();
    try {
      addStory(old, [{ lang: 'uk', blocks: ['Новини дня', 'Віталій Кличко заявив про це.'] }]);
      setDerivedVersion(old, 'search', 1);
      expect(pendingIndexCount(old)).toBeGreaterThan(0);
      rebuildSearchIndex(old);
      expect(pendingIndexCount(old)).toBe(0);
      expect(queueStaleIndex(old)).toBe(false);
      expect(search(searching(old), 'Klitschko').total).toBe(1);
    } finally {
      old.close();
    }
  });

  it('is queued for re-indexing, and finds the name once the background has caught up', () => {
    const old = memoryArchive();
    try {
      const id = addStory(old, [{ lang: 'uk', blocks: ['Новини дня', 'Віталій Кличко заявив про це.'] }]);
      // As an index of the previous analyzer would be for this name: without the key (version 1).
      old.exec('DELETE FROM search_fts');
      setDerivedVersion(old, 'search', 1);
      expect(search(searching(old), 'Klitschko').total).toBe(0);
      expect(queueStaleIndex(old)).toBe(true);
      expect(pendingIndexCount(old)).toBeGreaterThan(0);
      const maintainer = new IndexMaintainer(old);
      while (maintainer.reindexPending(100) > 0);
      expect(search(searching(old), 'Klitschko').stories.map((s) => s.id)).toContain(id);
    } finally {
      old.close();
    }
  });
});
