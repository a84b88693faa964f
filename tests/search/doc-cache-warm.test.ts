// The document cache can be built ahead of the first search, a few stories at a step, so that
// search does not make its first reader wait for every version to be read. Whatever happens
// between the steps — a search, a change to the archive — the cache must come out as a cold build
// makes it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { forgetSearchCache, searchCache, warmSearchCache } from '../../src/main/core/search/doc-cache';
import { search } from '../../src/main/core/search/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

/** Steps queued by the warm-up, run when the test says so. */
function stepQueue() {
  const queue: (() => void)[] = [];
  return {
    next: (step: () => void) => void queue.push(step),
    runOne: () => queue.shift()?.(),
    runAll: () => {
      while (queue.length > 0) queue.shift()!();
    },
    get length() {
      return queue.length;
    },
  };
}

function coldCache(db: Database) {
  forgetSearchCache(searching(db));
  return searchCache(searching(db));
}

/** The cache a warm-up left: the next searches keep it, find `minister` in that many stories, and it is what a cold build makes. */
function expectWarmed(db: Database, minister: number): void {
  const warmed = searchCache(searching(db));
  expect(searchCache(searching(db))).toBe(warmed);
  expect(search(searching(db), 'minister').total).toBe(minister);
  expect(warmed).toEqual(coldCache(db));
}

describe('warming the search cache', () => {
  let db: Database;
  beforeEach(() => {
    db = memoryArchive();
    for (let i = 0; i < 5; i++) {
      addStory(db, [
        { lang: 'uk', agency: 'УНН', publishedAt: `2024-03-0${i + 1}`, blocks: [`Уряд ${i}`, 'Міністр енергетики у Києві.'] },
        { lang: 'en', agency: 'UNN', publishedAt: `2024-03-0${i + 1}`, blocks: [`Government ${i}`, 'The energy minister in Kyiv.'] },
      ]);
    }
  });
  afterEach(() => db.close());

  it('builds, a story at a step, the cache a search would build, and the search then uses it', async () => {
    const steps = stepQueue();
    const done = warmSearchCache(searching(db), steps.next, 1);
    let taken = 0;
    while (steps.length > 0) {
      steps.runOne();
      taken++;
    }
    await done;
    expect(taken).toBeGreaterThanOrEqual(5);
    expectWarmed(db, 5);
  });

  it('lets a search that comes half way finish the build', async () => {
    const steps = stepQueue();
    const done = warmSearchCache(searching(db), steps.next, 1);
    steps.runOne();
    steps.runOne();
    const first = search(searching(db), 'Kyiv lang:en');
    expect(first.total).toBe(5);
    const byTheSearch = searchCache(searching(db));
    steps.runAll();
    await done;
    expect(searchCache(searching(db))).toBe(byTheSearch);
    expect(byTheSearch).toEqual(coldCache(db));
  });

  it('stops when the archive changes between steps (an import under way), and a later warm-up builds the changed one', async () => {
    const steps = stepQueue();
    const done = warmSearchCache(searching(db), steps.next, 1);
    steps.runOne();
    steps.runOne();
    addStory(db, [{ lang: 'en', agency: 'ERR', publishedAt: '2024-04-01', blocks: ['Minister resigns', 'The energy minister resigned.'] }]);
    steps.runOne();
    await done;
    expect(steps.length).toBe(0);
    const again = warmSearchCache(searching(db), steps.next, 1);
    steps.runAll();
    await again;
    expectWarmed(db, 6);
  });

  it('runs one warm-up at a time however often it is asked for', async () => {
    const steps = stepQueue();
    const first = warmSearchCache(searching(db), steps.next, 1);
    expect(warmSearchCache(searching(db), steps.next, 1)).toBe(first);
    expect(steps.length).toBe(1);
    steps.runAll();
    await first;
  });

  it('stops when the connection closes', async () => {
    const steps = stepQueue();
    const done = warmSearchCache(searching(db), steps.next, 1);
    steps.runOne();
    db.close();
    steps.runAll();
    await expect(done).resolves.toBeUndefined();
    db = memoryArchive();
  });
});
