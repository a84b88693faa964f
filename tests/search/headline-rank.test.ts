// The headline tier's BM25, computed without FTS5's bm25(): its parts table by table, and its order
// against bm25()'s own on the same candidates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { BM25_WEIGHTS, MAX_TIER_SHARE, bm25Idf, cheaperThanBm25, bm25Scores, documentLength, prepareHeadlineStatements, scorableHere, scoreHeadlineTier } from '../../src/main/core/search/headline-rank';
import { compileQuery } from '../../src/main/core/search/query-compile';
import { searchCache } from '../../src/main/core/search/doc-cache';
import { parseQuery } from '../../src/shared/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('documentLength', () => {
  it.each([
    ['no columns', [], 0],
    ['one-byte sizes', [3, 0, 12, 5], 20],
    ['a two-byte size (128)', [0x81, 0x00, 2], 130],
    ['a two-byte size (300)', [0x82, 0x2c], 300],
    ['a three-byte size (20,000)', [0x81, 0x9c, 0x20], 20_000],
  ])('%s', (_label, bytes, total) => {
    expect(documentLength(Uint8Array.from(bytes))).toBe(total);
  });
});

describe('cheaperThanBm25', () => {
  const archive = Float64Array.from({ length: 1_000 }, (_, i) => (i + 1) * 256);
  const newest = (n: number): number[] => Array.from(archive).slice(-n).reverse();
  it.each([
    ['a tier among the newest tenth', newest(100), true],
    [`a tier spanning exactly ${MAX_TIER_SHARE * 100} %`, newest(1_000 * MAX_TIER_SHARE), true],
    ['a tier spanning a third', newest(333), false],
    ['a tier spanning the whole archive', newest(1_000), false],
    ['no candidates', [], false],
  ])('%s', (_label, candidates, cheaper) => {
    expect(cheaperThanBm25(candidates, archive)).toBe(cheaper);
  });
});

describe('bm25Idf', () => {
  it.each([
    [1_000, 1, Math.log(999.5 / 1.5)],
    [1_000, 10, Math.log(990.5 / 10.5)],
    [1_000, 500, 1e-6],
    [1_000, 900, 1e-6],
  ])('n %d, df %d', (n, df, idf) => {
    expect(bm25Idf(n, df)).toBeCloseTo(idf, 9);
  });
});

describe('bm25Scores', () => {
  const one = (f: number[], idf = [1], lengths = [10, 10], avg = 10): number[] =>
    Array.from(bm25Scores([Float64Array.from(f)], idf, Float64Array.from(lengths), avg));

  it('scores a heavier column better (lower) and no match at zero', () => {
    const [head, lead, none] = one([10, 5, 0], [1], [10, 10, 10]);
    expect(head).toBeLessThan(lead as number);
    expect(none).toBe(0);
  });
  it('scores the shorter of two documents with the same match better', () => {
    const [short, long] = one([10, 10], [1], [5, 50], 20);
    expect(short).toBeLessThan(long as number);
  });
  it('lets a rare word outweigh a common one', () => {
    const rare = Float64Array.from([10, 0]);
    const common = Float64Array.from([0, 10]);
    const [hasRare, hasCommon] = bm25Scores([rare, common], [bm25Idf(1000, 3), bm25Idf(1000, 300)], Float64Array.from([10, 10]), 10);
    expect(hasRare).toBeLessThan(hasCommon as number);
  });
  it('is FTS5’s formula', () => {
    const k1 = 1.2;
    const b = 0.75;
    const [s] = one([10], [2], [30], 20);
    expect(s).toBeCloseTo(-(2 * 10 * (k1 + 1)) / (10 + k1 * (1 - b + (b * 30) / 20)), 12);
  });
});

/** The tier's candidates, as rank.ts reads them, in the order each scoring puts them. */
function tierOrders(db: Database, headlines: ReadonlyMap<number, string>, query: string): { ours: string[]; fts5: string[] } {
  const compiled = compileQuery(parseQuery(query));
  const tier = `{head head_x lead lead_x} : (${compiled.positive})`;
  const keys = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC').pluck().all(tier) as number[];
  const ours = scoreHeadlineTier(prepareHeadlineStatements(db), compiled.terms, keys, searchCache(searching(db)).docKeys);
  const bm25 = new Map(
    db
      .prepare(`SELECT rowid, bm25(search_fts, ${BM25_WEIGHTS.join(', ')}) FROM search_fts WHERE search_fts MATCH ?`)
      .raw()
      .all(tier) as [number, number][],
  );
  const headline = (key: number): string => headlines.get(Math.floor(key / 256)) as string;
  const byOurs = keys.map((k, i) => [k, ours[i] as number] as const).sort((a, b) => a[1] - b[1]);
  const byFts5 = [...keys].sort((a, b) => (bm25.get(a) as number) - (bm25.get(b) as number));
  return { ours: byOurs.map(([k]) => headline(k)), fts5: byFts5.map(headline) };
}

describe('scoring the headline tier', () => {
  let db: Database;
  const headlines = new Map<number, string>();
  const story = (headline: string, lead: string, body = 'Nothing else of note was said.'): void => {
    const id = addStory(db, [{ lang: 'en', blocks: [headline, ['lead', lead], body] }]);
    headlines.set(id, headline);
  };
  beforeAll(() => {
    db = memoryArchive();
    story('Government resigns', 'The cabinet left office on Monday.');
    story('Governments meet in Tallinn', 'Ministers met for two days.');
    story('Storm closes the port', 'The government met overnight to discuss the damage.');
    story('Harvest is late', 'Farmers waited for rain.', 'The government said it would help.');
    story('Energy minister visits the plant', 'The visit was short.');
    story('The minister of culture', 'Energy prices were not on the agenda.');
    story('Energy prices rise', 'A minister spoke about the winter.');
  });
  afterAll(() => db.close());

  const orders = (query: string): { ours: string[]; fts5: string[] } => tierOrders(db, headlines, query);

  it('puts the exact word in a headline first, weighs exact forms above inflected ones, and leaves the body out', () => {
    const { ours, fts5 } = orders('government');
    // The exact word in the lead (exact and expanded phrase, 5 + 5) outweighs an inflected one in
    // the headline (its stem in head_x, 4), as in bm25().
    expect(ours).toEqual(['Government resigns', 'Storm closes the port', 'Governments meet in Tallinn']);
    expect(ours).toEqual(fts5);
  });

  it('orders two words as bm25() does: both in the headline first', () => {
    const { ours, fts5 } = orders('energy minister');
    expect(ours[0]).toBe('Energy minister visits the plant');
    expect(ours).toEqual(fts5);
    expect(ours).toHaveLength(3);
  });

  it('scores a phrase and a title: word', () => {
    const phrase = orders('"energy prices"');
    expect(phrase.ours).toEqual(['Energy prices rise', 'The minister of culture']);
    expect(phrase.ours).toEqual(phrase.fts5);
    const title = orders('title:minister');
    expect(new Set(title.ours)).toEqual(new Set(['The minister of culture', 'Energy minister visits the plant']));
    expect(title.ours).toEqual(title.fts5);
  });

  it.each(['government', 'energy minister', 'energy OR culture', 'minister -culture', 'title:minister', '"energy prices"', 'Governments'])(
    'reads the same tier lean as whole: %s',
    (query) => {
      const compiled = compileQuery(parseQuery(query));
      const keysOf = (positive: string | null): number[] =>
        db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC').pluck().all(`{head head_x lead lead_x} : (${positive})`) as number[];
      expect(keysOf(compiled.leanPositive)).toEqual(keysOf(compiled.positive));
      expect(keysOf(compiled.positive).length).toBeGreaterThan(0);
    },
  );

  it('leaves a prefix to bm25(): its forms are a costly merge to read again per column', () => {
    expect(scorableHere(compileQuery(parseQuery('govern*')).terms)).toBe(false);
    expect(scorableHere(compileQuery(parseQuery('government minister')).terms)).toBe(true);
    expect(scorableHere(compileQuery(parseQuery('-government')).terms)).toBe(false);
  });
});

describe('scoring the headline tier where a stem is spelled as a word in a headline', () => {
  let db: Database;
  const headlines = new Map<number, string>();
  beforeAll(() => {
    db = memoryArchive();
    for (const headline of ['Governments meet in Tallinn', 'Who will govern the port', 'Who is governing the port']) {
      headlines.set(addStory(db, [{ lang: 'en', blocks: [headline, ['lead', 'Nobody knows yet.'], 'Nothing else of note was said.'] }]), headline);
    }
  });
  afterAll(() => db.close());

  it('counts an expanded form found in the exact headline column, as bm25() does', () => {
    // `govern`, a stem of `governments`, is one headline's own word: the expanded phrase is in head
    // (10) as well as head_x (4); `governing` has the stem in head_x only. Same lengths otherwise.
    const { ours, fts5 } = tierOrders(db, headlines, 'governments');
    expect(ours).toEqual(['Governments meet in Tallinn', 'Who will govern the port', 'Who is governing the port']);
    expect(ours).toEqual(fts5);
  });
});
