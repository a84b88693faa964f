// Bounded work per query: past the cap on matching versions, the total and facets are lower
// bounds and say so; below it they are exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { FILTERED_SCAN_FACTOR, search } from '../../src/main/core/search/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

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
    const r = search(searching(db), 'energy', { matchCap: 10 });
    expect(r.total).toBe(6);
    expect(r.totalAtLeast).toBe(false);
    expect(r.facets.lang).toEqual([{ value: 'en', count: 6 }]);
  });

  it('says “at least” past it, with the facets counted over what was read', () => {
    const r = search(searching(db), 'energy', { matchCap: 4 });
    expect(r.total).toBe(4);
    expect(r.totalAtLeast).toBe(true);
    expect(r.facets.lang).toEqual([{ value: 'en', count: 4 }]);
    // The newest stored are the ones read.
    expect(new Set(r.stories.map((s) => s.id))).toEqual(new Set(ids.slice(2)));
  });

  it('keeps reading past the newest matches until the filters let enough through', () => {
    // The two newest matches are from May and June: a cap of 2 read before the filter found none.
    const r = search(searching(db), 'energy before:2024-03-01', { matchCap: 2 });
    expect(r.stories.map((s) => s.id).sort((a, b) => a - b)).toEqual(ids.slice(0, 2));
    expect(r.total).toBe(2);
    expect(r.totalAtLeast).toBe(false);
  });

  it('caps what passes the filters, not what was read', () => {
    const r = search(searching(db), 'energy before:2024-05-01', { matchCap: 2 });
    expect(r.total).toBe(2);
    expect(r.totalAtLeast).toBe(true);
    // Newest first: March and April pass, June and May do not.
    expect(new Set(r.stories.map((s) => s.id))).toEqual(new Set(ids.slice(2, 4)));
  });

  it('reads the oldest stored for oldest-first order', () => {
    const r = search(searching(db), 'energy', { matchCap: 2, sort: 'oldest' });
    expect(r.totalAtLeast).toBe(true);
    expect(r.stories.map((s) => s.id)).toEqual(ids.slice(0, 2));
  });
});

describe('a selective filter on a broad word', () => {
  let db: Database;
  const ids: number[] = [];
  const cap = 2;
  // Stories 0 and 10 of 12 are from 2020, the rest from 2024: newest first, 10 is read second and 0
  // last, after more than the scan limit (FILTERED_SCAN_FACTOR × cap) of the others.
  const count = cap * FILTERED_SCAN_FACTOR + 2;
  beforeAll(() => {
    db = memoryArchive();
    for (let i = 0; i < count; i++) {
      const year = i === 0 || i === count - 2 ? 2020 : 2024;
      ids.push(addStory(db, [{ lang: 'en', publishedAt: `${year}-03-10`, blocks: [`Energy report ${i}`, 'The energy minister spoke.'] }]));
    }
  });
  afterAll(() => db.close());

  it('stops at the scan limit once something passed, and says the count is a lower bound', () => {
    const r = search(searching(db), 'energy before:2021-01-01', { matchCap: cap });
    expect(r.stories.map((s) => s.id)).toEqual([ids[count - 2]]);
    expect(r.total).toBe(1);
    expect(r.totalAtLeast).toBe(true);
  });

  it('reads to the end rather than find nothing when nothing passed yet', () => {
    const r = search(searching(db), 'energy before:2021-01-01 -"report 10"', { matchCap: cap });
    expect(r.stories.map((s) => s.id)).toEqual([ids[0]]);
    expect(r.total).toBe(1);
    expect(r.totalAtLeast).toBe(false);
  });

  it('is exact without the cap', () => {
    const r = search(searching(db), 'energy before:2021-01-01');
    expect(r.total).toBe(2);
    expect(r.totalAtLeast).toBe(false);
  });
});
