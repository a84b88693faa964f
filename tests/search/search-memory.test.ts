// What search keeps between queries can be let go (memory pressure) without changing any result.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { search } from '../../src/main/core/search/search';
import { searchCache } from '../../src/main/core/search/doc-cache';
import { releaseSearchMemory, releaseSearchWords } from '../../src/main/core/search/search-context';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('releasing search memory', () => {
  let db: Database;
  beforeEach(() => {
    db = memoryArchive();
  });
  afterEach(() => db.close());

  it('gives the same results, hits and facets after the caches are dropped', () => {
    addStory(db, [{ lang: 'uk', blocks: ['Новини дня', 'Делегація Індії прибула до Києва.'] }, { lang: 'en', blocks: ['News', 'A delegation from India arrived in Kyiv.'] }]);
    const before = search(searching(db), 'India Kyiv');
    expect(before.total).toBe(1);
    releaseSearchMemory(searching(db));
    expect(search(searching(db), 'India Kyiv')).toEqual(before);
  });

  it('keeps the document cache through a short quiet spell, so the next search does not read every version again', () => {
    addStory(db, [{ lang: 'en', blocks: ['News', 'A delegation from India arrived in Kyiv.'] }]);
    const before = search(searching(db), 'India');
    const documents = searchCache(searching(db));
    releaseSearchWords(searching(db));
    expect(searchCache(searching(db))).toBe(documents);
    expect(search(searching(db), 'India')).toEqual(before);
    releaseSearchMemory(searching(db));
    expect(searchCache(searching(db))).not.toBe(documents);
  });
});
