// What a reader coming from other search tools types (QA D9, D13, D45): the closest match kind is
// reported, original:( … ) works like title:( … ), and foreign syntax degrades to words with a hint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { parseQuery } from '../../src/shared/search';
import { search } from '../../src/main/core/search/search';
import { seedArchive } from './helpers';
import { searching } from '../support/searching';

describe('foreign syntax and match kinds on the seed story', () => {
  let db: Database;
  beforeEach(() => ({ db } = seedArchive()));
  afterEach(() => db.close());

  it.each([
    // query, language of the hit, word, kind
    ['Kallas OR Каллас', 'uk', 'Каллас', 'exact'],
    ['Каллас OR Kallas', 'uk', 'Каллас', 'exact'],
    ['Каллас OR Kallas', 'en', 'Kallas', 'exact'],
    ['Kallas', 'uk', 'Каллас', 'transliterated'],
  ])('%s: a %s hit on “%s” says %s', (query, lang, word, kind) => {
    const hits = search(searching(db), `${query} lang:${lang}`, { hitsPerStory: 5 }).stories[0]!.hits;
    const matches = hits.flatMap((h) => h.matches).filter((m) => m.text === word);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.kind).toBe(kind);
  });

  it.each([
    // query, hint code and text, still finds the story
    ['NEAR(Kallas NATO)', 'notOperator:NEAR'],
    ['NEAR/3(Kallas NATO)', 'notOperator:NEAR/3'],
    ['Kallas^2', 'ignoredSymbols:^2'],
    ['Kallas^', 'ignoredSymbols:^'],
    ['body_x:Kallas', 'unknownFilter:body_x:Kallas'],
  ])('%s finds the story, with the hint %s', (query, hint) => {
    const result = search(searching(db), query);
    expect(result.hints.map((h) => `${h.code}:${h.text ?? ''}`)).toContain(hint);
    if (!query.startsWith('body_x')) expect(result.total).toBe(1);
  });

  it.each([
    ['original:(Kallas OR Зеленський)', 'original'],
    ['translation:(Kallas OR Зеленський)', 'translation'],
  ])('%s chooses the %s side and searches the group', (query, side) => {
    const parsed = parseQuery(query);
    expect(parsed.filters.side).toBe(side);
    expect(parsed.hints).toEqual([]);
    const hits = search(searching(db), query, { hitsPerStory: 5 }).stories[0]!.hits;
    expect(hits.length).toBeGreaterThan(0);
    // The seed's original is English.
    for (const h of hits) expect(h.lang === 'en').toBe(side === 'original');
  });
});
