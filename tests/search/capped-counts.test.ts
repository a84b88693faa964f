// Bounded work per query: past the cap on matching versions, the total and facets are lower
// bounds and say so; below it they are exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { search } from '../../src/main/core/search/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';

describe('capped counts', () => {
  let db: Database;
  const ids: number[] = [];
  beforeAll(() => {
    db = memoryArchive();
    for (let i = 0; i < 6; i++) {
      ids.push(addStory(db, [{ lang: 'en', publishedAt: `2024-0${i + 1}-10`, blocks: [`Energy report ${i}`, 'The energy minister spoke.'] }]));
    }
  });
  afterAll(() => db.close());

  it('is exact below the cap', () => {
    const r = search(db, 'energy', { matchCap: 10 });
    expect(r.total).toBe(6);
    expect(r.totalAtLeast).toBe(false);
    expect(r.facets.lang).toEqual([{ value: 'en', count: 6 }]);
  });

  it('says “at least” past it, with the facets counted over what was read', () => {
    const r = search(db, 'energy', { matchCap: 4 });
    expect(r.total).toBe(4);
    expect(r.totalAtLeast).toBe(true);
    expect(r.facets.lang).toEqual([{ value: 'en', count: 4 }]);
    // The newest stored are the ones read.
    expect(new Set(r.stories.map((s) => s.id))).toEqual(new Set(ids.slice(2)));
  });

  it('reads the oldest stored for oldest-first order', () => {
    const r = search(db, 'energy', { matchCap: 2, sort: 'oldest' });
    expect(r.totalAtLeast).toBe(true);
    expect(r.stories.map((s) => s.id)).toEqual(ids.slice(0, 2));
  });
});
