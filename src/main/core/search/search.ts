// Searching the archive. FTS5 narrows first (document keys only, no joins); filters, grouping by
// story, totals and facets run over those keys in memory (doc-cache.ts); BM25 ranks; and only the
// page being shown is read back from `blocks` to find its paragraphs, cut snippets and look up
// counterparts. See README "Searching" for the query language.
import type { Statement } from 'better-sqlite3';
import type {
  SearchFacet,
  SearchHint,
  SearchResult,
  SearchSort,
  SearchStoryResult,
  StoryHighlights,
} from '../../../shared/api/search';
import { searchCache, storyPublishedDay, type SearchCache } from './doc-cache';
import { LANG_SLOTS, langCodeOfDoc, storyOfDoc } from './doc-key';
import { absentLanguages, countUndatedLeftOut, hasFilters, keyFilters, type KeyTest } from './filter-keys';
import { compileQuery, type CompiledQuery } from './query-compile';
import type { NameLexicon } from './display-names';
import { searchContext } from './search-context';
import { slot, type SearchConnection } from './search-connection';
import { parseQuery, type ParsedQuery } from '../../../shared/search';
import { rankStories } from './rank';
import { prefixTerms } from './prefix-terms';
import { orderedDocs, prefetchPage, storyHits, type PageStory } from './story-hits';
import { createTermMatcher } from './term-matcher';

export interface SearchOptions {
  sort?: SearchSort;
  offset?: number;
  limit?: number;
  hitsPerStory?: number;
  counterpartLang?: string;
  /** Matching versions read at most (MATCH_CAP; smaller in tests). */
  matchCap?: number;
  /** Filled with milliseconds per phase, for benchmarks. */
  trace?: Record<string, number>;
}

/** A story that matches: its keys are `keys[first .. first + count)` of its MatchList. */
export interface MatchedStory {
  storyId: number;
  first: number;
  count: number;
}

/** Matching document keys after filters, ascending, and the stories they group into. */
export interface MatchList {
  keys: number[];
  stories: MatchedStory[];
}

/** Keys of a story's matching versions. */
export function docsOf(list: MatchList, s: MatchedStory): number[] {
  return list.keys.slice(s.first, s.first + s.count);
}

/** What words name in other languages, built on a connection's first search (some 100 ms). */
export function nameLexicon(conn: SearchConnection): NameLexicon {
  return searchContext(conn).names();
}

/**
 * Matching document keys a search keeps at most (the newest by key, or the oldest for oldest-first
 * order), counted after the filters: its total and facets are exact below this and lower bounds at
 * it (`totalAtLeast`), so a word in nearly every story costs the same at a million stories as at
 * fifty thousand.
 */
export const MATCH_CAP = 20_000;

/**
 * With filters, the text matches read at most, as a multiple of the cap, once some of them passed:
 * a selective filter on a broad word reads past the newest matches (a date filter must reach the
 * older stories), but not the whole archive's doclist to make an already shown page exact.
 */
export const FILTERED_SCAN_FACTOR = 5;

interface KeyStatements {
  all: Statement;
  newestBelow: Statement;
  oldestAbove: Statement;
}
const KEY_STATEMENTS = slot<KeyStatements>((db) => {
  const sql = 'SELECT rowid FROM search_fts WHERE search_fts MATCH ?';
  return {
    all: db.prepare(sql).pluck(),
    // FTS5 seeks to a rowid bound in its doclists, so each further chunk starts where one ended;
    // only to an INTEGER bound (it ignores a REAL one and reads from the end), so bind a BigInt.
    newestBelow: db.prepare(`${sql} AND rowid < ? ORDER BY rowid DESC LIMIT ?`).pluck(),
    oldestAbove: db.prepare(`${sql} AND rowid > ? ORDER BY rowid LIMIT ?`).pluck(),
  };
});

/** How many matches to keep: all of them, or at most `cap` from one end of the key order. */
export interface KeyBound {
  cap: number;
  from: 'newest' | 'oldest';
}

interface ReadKeys {
  /** Text matches read, ascending, so a story's keys are adjacent. */
  keys: number[];
  /** There were more than the bound let it read. */
  capped: boolean;
}

/**
 * Document keys matching the text part of the query (all of them when `bound` is not given).
 * With no text to match, every version but those `excluded` matches.
 */
function matchingKeys(conn: SearchConnection, compiled: CompiledQuery, cache: SearchCache, passes: KeyTest | null, bound?: KeyBound): ReadKeys {
  const match = compiled.keysMatch;
  if (match === null) return { keys: keysNotMatching(conn, compiled.excludedMatch, cache), capped: false };
  const stmts = conn.get(KEY_STATEMENTS);
  if (!bound) return { keys: stmts.all.all(match) as number[], capped: false };
  return readUntilEnoughPass(stmts, match, passes ?? (() => true), bound);
}

function keysNotMatching(conn: SearchConnection, excluded: string | null, cache: SearchCache): number[] {
  const all = Array.from(cache.docKeys);
  if (excluded === null) return all;
  const out = new Set(conn.get(KEY_STATEMENTS).all.all(excluded) as number[]);
  return all.filter((key) => !out.has(key));
}

/**
 * Reads text matches from one end of the key order in chunks until `bound.cap` of them pass the
 * filters, the matches run out, or (once any passed) FILTERED_SCAN_FACTOR times the cap were read.
 * Without filters that is one chunk, as a plain LIMIT.
 */
function readUntilEnoughPass(stmts: KeyStatements, match: string, passes: KeyTest, bound: KeyBound): ReadKeys {
  const newest = bound.from === 'newest';
  const stmt = newest ? stmts.newestBelow : stmts.oldestAbove;
  const scanLimit = bound.cap * FILTERED_SCAN_FACTOR;
  const chunkSize = bound.cap + 1;
  const keys: number[] = [];
  let passing = 0;
  let edge = newest ? Number.MAX_SAFE_INTEGER : -1;
  let capped = false;
  reading: for (;;) {
    const chunk = stmt.all(match, BigInt(edge), chunkSize) as number[];
    for (const key of chunk) {
      // A key left unread, past the cap or the scan limit: what was read is a lower bound.
      if ((passing > 0 && keys.length >= scanLimit) || (passes(key) && ++passing > bound.cap)) {
        capped = true;
        break reading;
      }
      keys.push(key);
    }
    if (chunk.length < chunkSize) break;
    edge = chunk[chunk.length - 1] as number;
  }
  if (newest) keys.reverse();
  return { keys, capped };
}

/**
 * The stories the query matches: its text narrowed by FTS5, then its filters, grouped by story.
 * `keys` are what the text alone matched among those read (what ranking them would cost).
 */
export function matchStories(
  conn: SearchConnection,
  parsed: ParsedQuery,
  compiled: CompiledQuery,
  cache: SearchCache,
  bound?: KeyBound,
): { keys: number[]; list: MatchList; undatedLeftOut: number; capped: boolean } {
  const filters = keyFilters(conn, parsed.filters, cache);
  const { keys, capped } = matchingKeys(conn, compiled, cache, filters.passes, bound);
  return { keys, list: groupByStory(keys, filters.passes), undatedLeftOut: countUndatedLeftOut(keys, filters.passesUndated), capped };
}

function groupByStory(allKeys: number[], passes: KeyTest | null): MatchList {
  const keys = passes ? allKeys.filter(passes) : allKeys;
  const stories: MatchedStory[] = [];
  let current: MatchedStory | null = null;
  for (let i = 0; i < keys.length; i++) {
    const storyId = storyOfDoc(keys[i] as number);
    if (current && current.storyId === storyId) current.count++;
    else stories.push((current = { storyId, first: i, count: 1 }));
  }
  return { keys, stories };
}

/**
 * Matching stories per language (a story counts under each language it matches in), per agency
 * (of its original) and per year (of its newest dated version): counters indexed by code, with no
 * lookups, since a broad query at 100,000 stories matches most of them.
 */
export function countFacets(list: MatchList, cache: SearchCache): SearchResult['facets'] {
  const { keys, stories } = list;
  const lang = new Int32Array(LANG_SLOTS);
  const agency = new Int32Array(cache.agencyKeys.length);
  const year = new Map<number, number>();
  for (const s of stories) {
    for (let i = s.first; i < s.first + s.count; i++) lang[langCodeOfDoc(keys[i] as number)]!++;
    const a = cache.storyAgency[s.storyId] ?? -1;
    if (a >= 0) agency[a]!++;
    const y = cache.storyYear[s.storyId] ?? 0;
    if (y > 0) year.set(y, (year.get(y) ?? 0) + 1);
  }
  const byCount = (a: SearchFacet, b: SearchFacet): number => b.count - a.count || a.value.localeCompare(b.value);
  const langs: SearchFacet[] = [];
  lang.forEach((count, code) => {
    const tag = cache.langOfCode[code];
    if (count > 0 && tag) langs.push({ value: tag, count });
  });
  const agencies: SearchFacet[] = [];
  agency.forEach((count, i) => {
    const key = cache.agencyKeys[i] as string;
    if (count > 0) agencies.push({ value: cache.agencyNames.get(key) ?? key, count });
  });
  return {
    lang: langs.sort(byCount).slice(0, 50),
    agency: agencies.sort(byCount).slice(0, 30),
    year: [...year].map(([y, count]) => ({ value: String(y), count })).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

function emptyResult(offset: number, hints: SearchHint[]): SearchResult {
  return { total: 0, totalAtLeast: false, offset, stories: [], facets: { lang: [], agency: [], year: [] }, hints, ranking: 'date' };
}

interface Matched {
  parsed: ParsedQuery;
  compiled: CompiledQuery;
  hints: SearchHint[];
  cache: SearchCache;
  /** Matching document keys before filters (what ranking them would cost). */
  keyCount: number;
  list: MatchList;
  /** The bound stopped the reading: total and facets are lower bounds. */
  capped: boolean;
}

/** The stories a query matches, filtered and grouped but not ranked; null when it cannot match. */
function matchQuery(conn: SearchConnection, query: string, lap: (phase: string) => void, bound?: KeyBound): Matched | { hints: SearchHint[]; list: null } {
  const parsed = parseQuery(query);
  const names = nameLexicon(conn);
  const compiled = compileQuery(parsed, names, prefixTerms(conn), () => searchCache(conn).fieldWords);
  const hints = [...parsed.hints];
  if (!compiled.searchable && !hasFilters(parsed.filters)) {
    if (parsed.root) hints.push({ code: 'onlyExclusions' });
    return { hints, list: null };
  }
  const cache = searchCache(conn);
  lap('cache');
  for (const tag of absentLanguages(parsed.filters, cache)) hints.push({ code: 'languageAbsent', text: tag });
  const { keys, list, undatedLeftOut, capped } = matchStories(conn, parsed, compiled, cache, bound);
  lap('match');
  if (undatedLeftOut > 0) hints.push({ code: 'undatedLeftOut', count: undatedLeftOut });
  return { parsed, compiled, hints, cache, keyCount: keys.length, list, capped };
}

export function search(conn: SearchConnection, query: string, options: SearchOptions = {}): SearchResult {
  const offset = Math.max(0, Math.trunc(options.offset ?? 0));
  const limit = Math.max(1, Math.min(500, Math.trunc(options.limit ?? 50)));
  const trace = options.trace;
  let mark = performance.now();
  const lap = (name: string): void => {
    if (!trace) return;
    const now = performance.now();
    trace[name] = (trace[name] ?? 0) + now - mark;
    mark = now;
  };
  const sort = options.sort ?? 'relevance';
  const matched = matchQuery(conn, query, lap, { cap: options.matchCap ?? MATCH_CAP, from: sort === 'oldest' ? 'oldest' : 'newest' });
  if (matched.list === null) return emptyResult(offset, matched.hints);
  const { parsed, compiled, hints, cache, list } = matched;
  const ranked = rankStories(conn, list, cache, compiled, sort, offset + limit, matched.keyCount);
  lap('rank');
  const context = searchContext(conn);
  const matcher = createTermMatcher(parsed, context.names(), (word, lang) => context.analyze(word, lang));
  const page: SearchStoryResult[] = ranked.order.slice(offset, offset + limit).map((s) => ({
    id: s.storyId,
    guide: cache.storyGuide[s.storyId] === 1,
    score: ranked.scores.get(s.storyId) ?? null,
    date: storyDate(cache, s.storyId),
    published: storyPublishedDay(cache, s.storyId),
    versions: [],
    hits: [],
  }));
  const pageStories = ranked.order.slice(offset, offset + limit).map((s) => ({ storyId: s.storyId, docs: docsOf(list, s) }));
  const byId = new Map(pageStories.map((s) => [s.storyId, s]));
  const prefetched = prefetchPage(
    conn,
    pageStories.map((s) => s.storyId),
    pageStories.map((s) => orderedDocs(s, cache, matcher)[0]?.versionId).filter((id): id is number => id !== undefined),
  );
  for (const story of page) {
    const matched = byId.get(story.id) as PageStory;
    const found = storyHits(
      conn,
      matched,
      cache,
      matcher,
      { hitsPerStory: options.hitsPerStory ?? 3, counterpartLang: options.counterpartLang },
      prefetched,
    );
    story.versions = found.versions;
    story.hits = found.hits;
  }
  lap('hits');
  const facets = countFacets(list, cache);
  lap('facets');
  return {
    total: list.stories.length,
    totalAtLeast: matched.capped,
    offset,
    stories: page,
    facets,
    hints,
    ranking: ranked.ranking,
  };
}

function storyDate(cache: SearchCache, storyId: number): string | null {
  const t = cache.storyTime[storyId];
  return t ? new Date(t).toISOString() : null;
}

/** Where the query's words are in every version of one story, for the reader's highlighting. */
export function searchHighlights(conn: SearchConnection, query: string, storyId: number): StoryHighlights {
  const parsed: ParsedQuery = parseQuery(query);
  const context = searchContext(conn);
  const matcher = createTermMatcher(parsed, context.names(), (word, lang) => context.analyze(word, lang));
  const db = conn.db;
  const versions = db
    .prepare('SELECT id, lang FROM versions WHERE story_id = ? ORDER BY is_original DESC, lang')
    .all(storyId) as { id: number; lang: string }[];
  const blocksOf = db.prepare('SELECT position, kind, text FROM blocks WHERE version_id = ? ORDER BY position');
  return {
    versions: versions.map((v) => ({
      versionId: v.id,
      lang: v.lang,
      blocks: (blocksOf.all(v.id) as { position: number; kind: string; text: string }[])
        .map((b) => ({ block: b.position, ranges: matcher.find(b.text, v.lang, b.kind).map((m) => [m.start, m.end] as [number, number]) }))
        .filter((b) => b.ranges.length > 0),
    })),
  };
}

/** Every story the query finds, in the order the search shows them (an export of its results). */
export function searchStoryIds(conn: SearchConnection, query: string, sort: SearchSort = 'relevance'): { storyIds: number[]; hints: SearchHint[] } {
  const matched = matchQuery(conn, query, () => {});
  if (matched.list === null) return { storyIds: [], hints: matched.hints };
  const { list, cache, compiled } = matched;
  const ranked = rankStories(conn, list, cache, compiled, sort, list.stories.length, matched.keyCount);
  return { storyIds: ranked.order.map((s) => s.storyId), hints: matched.hints };
}
