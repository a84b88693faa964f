// A Latin name finds the inflected forms of its Cyrillic counterpart (QA D5), the exact form first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { search } from '../../src/main/core/search/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('Latin query, inflected Cyrillic text', () => {
  let db: Database;
  beforeEach(() => {
    db = memoryArchive();
  });
  afterEach(() => db.close());

  it.each([
    // query, exact Cyrillic form, the inflected word, a sentence holding it
    ['Kyiv lang:uk', 'Київ', 'Києві', 'Переговори пройшли у Києві вчора.'],
    ['Kyiv lang:uk', 'Київ', 'Києва', 'Делегація прибула до Києва зранку.'],
    ['Narva lang:uk', 'Нарва', 'Нарві', 'Прикордонний пункт у Нарві закрили.'],
    ['Narva', 'Нарва', 'Нарви', 'Жителі Нарви вийшли на вулиці.'],
    ['Kharkiv lang:uk', 'Харків', 'Харкові', 'Вибухи пролунали в Харкові вночі.'],
    ['Lviv lang:uk', 'Львів', 'Львові', 'У Львові відкрили виставку.'],
    ['Kyiv lang:ru', 'Киев', 'Киеве', 'Переговоры прошли в Киеве вчера.'],
  ])('%s finds “%s” and its inflected form “%s”, the exact form ranked first', (query, exactWord, inflected, sentence) => {
    const lang = /[ыэъ]|Киев/u.test(sentence) ? 'ru' : 'uk';
    const exact = addStory(db, [{ lang, blocks: ['Новини дня', `${exactWord} готується до зими.`] }]);
    // Added later, so a tie would put it first (newest first).
    const other = addStory(db, [{ lang, blocks: ['Новини дня', sentence] }]);
    const result = search(searching(db), query);
    expect(result.stories.map((s) => s.id)).toEqual([exact, other]);
    const hit = result.stories[1]!.hits[0]!;
    expect(hit.matched).toBe(inflected);
    expect(hit.matches[0]!.kind).toBe('transliterated');
  });

  it('does not let a Latin word reach unrelated Cyrillic names', () => {
    addStory(db, [{ lang: 'uk', blocks: ['Новини дня', 'Нарада у Кабміні тривала годину.'] }]);
    expect(search(searching(db), 'Narva').total).toBe(0);
    expect(search(searching(db), 'Kyiv').total).toBe(0);
  });
});
