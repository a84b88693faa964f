// A prefix word read as the index's words that start with it: the same matches as FTS5's own prefix
// query, and FTS5's query kept where the list would be long.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { PREFIX_TERMS_MAX, prefixTerms } from '../../src/main/core/search/prefix-terms';
import { compileQuery } from '../../src/main/core/search/query-compile';
import { search } from '../../src/main/core/search/search';
import { parseQuery } from '../../src/shared/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('prefix words', () => {
  let db: Database;
  let parliament = 0;
  let parlour = 0;
  beforeAll(() => {
    db = memoryArchive();
    parliament = addStory(db, [{ lang: 'en', blocks: ['Parliament votes', 'The parliaments of the region met in a parlour.'] }]);
    parlour = addStory(db, [{ lang: 'en', blocks: ['Parlour games', 'A quiet evening.'] }]);
    addStory(db, [{ lang: 'uk', blocks: ['Парламент ухвалив закон', 'Депутати парламенту голосували.'] }]);
    addStory(db, [{ lang: 'en', blocks: ['Many words', Array.from({ length: PREFIX_TERMS_MAX + 1 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`).join(' ')] }]);
  });
  afterAll(() => db.close());

  it('lists the index’s words that start with a prefix', () => {
    const list = prefixTerms(searching(db));
    expect(list('parliam')).toEqual(['parliament', 'parliaments']);
    expect(list('парламент')).toEqual(['парламент', 'парламенту']);
  });

  it.each([
    ['no word starts with it', 'qqqq'],
    [`more than ${PREFIX_TERMS_MAX} words start with it`, 'zq'],
    ['it is not one token', 'parl iam'],
    ['it holds a quote', 'parl"'],
  ])('leaves a prefix to FTS5 when %s', (_label, prefix) => {
    expect(prefixTerms(searching(db))(prefix)).toBeNull();
  });

  const keys = (match: string | null): number[] =>
    match === null ? [] : (db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid').pluck().all(match) as number[]);

  it.each(['parlia*', 'parl*', 'title:parl*', 'parl* -games', 'парл*', 'parlament*', 'zq*', 'votes parl*', 'nothing*'])(
    '%s matches what FTS5’s prefix query matches',
    (query) => {
      const parsed = parseQuery(query);
      const listed = compileQuery(parsed, undefined, prefixTerms(searching(db)));
      const native = compileQuery(parsed);
      expect(keys(listed.match)).toEqual(keys(native.match));
      expect(keys(listed.keysMatch)).toEqual(keys(native.keysMatch));
    },
  );

  it('falls back to FTS5’s prefix query on a connection that may not create even a temp table', () => {
    const locked = memoryArchive();
    try {
      const id = addStory(locked, [{ lang: 'en', blocks: ['Parliament votes', 'A long session.'] }]);
      locked.pragma('query_only = ON');
      expect(prefixTerms(searching(locked))('parliam')).toBeNull();
      expect(search(searching(locked), 'parliam*').stories.map((s) => s.id)).toEqual([id]);
    } finally {
      locked.close();
    }
  });

  it('scores a listed prefix in the headline tier, and finds the stories', () => {
    expect(compileQuery(parseQuery('parlia*'), undefined, prefixTerms(searching(db))).terms[0]?.prefix).toBe(false);
    expect(compileQuery(parseQuery('zq*'), undefined, prefixTerms(searching(db))).terms[0]?.prefix).toBe(true);
    const found = search(searching(db), 'parlia*').stories.map((s) => s.id);
    expect(found[0]).toBe(parliament);
    expect(found).not.toContain(parlour);
    // parlour in both; the Ukrainian story too, by the cross-script key парламент shares with parlo….
    expect(search(searching(db), 'parlo*').stories.map((s) => s.id)).toEqual(expect.arrayContaining([parliament, parlour]));
  });
});
