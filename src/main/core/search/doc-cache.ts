// What search needs to know about every indexed version besides its words: story, language,
// side, agency, date. Held in memory per database connection and rebuilt when search_meta's
// generation moves (triggers bump it on every change to versions), so filtering, facets and date
// order over tens of thousands of matches cost no joins. The app builds it ahead of the first
// search (warmSearchCache), since reading every version takes seconds on a large archive.
import type { Database, Statement } from 'better-sqlite3';
import { docKey, storyOfDoc } from './doc-key';
import { fieldText } from './analyze';
import { exactForm, scriptOf, tokenize } from './normalize';
import { latinKey, romanize } from './transliterate';
import { slot, type SearchConnection } from './search-connection';

/** One indexed version, as the page of results reads it (made on demand from the columns). */
export interface DocInfo {
  key: number;
  versionId: number;
  storyId: number;
  lang: string;
  original: boolean;
  /** YYYY-MM-DD of publication, or null. */
  day: string | null;
}

/**
 * Everything is held in typed columns, not an object per version: at 100,000 stories a Map of
 * objects took some 80 MB of heap, these columns take a few.
 */
export interface SearchCache {
  generation: number;
  /** Every indexed version's key, ascending, so a story's keys are adjacent (doc-key.ts). */
  docKeys: Float64Array;
  /** Per position in docKeys: the version's id, its language as stored, original or not, day. */
  docVersion: Float64Array;
  docLang: Uint16Array;
  docOriginal: Uint8Array;
  /** YYYYMMDD, 0 when undated. */
  docDay: Int32Array;
  /** The language tags as stored, indexed by docLang. */
  langSpellings: string[];
  /** Display name of each agency key: its most frequent spelling. */
  agencyNames: Map<string, string>;
  /** Per story id, for counting facets over tens of thousands of matches without lookups. */
  storyTime: Float64Array;
  /** Publication year of the story's newest dated version, 0 when none. */
  storyYear: Int16Array;
  /** Index into `agencyKeys` of the story's original version's agency, -1 when none. */
  storyAgency: Int32Array;
  /** Newest publication day of the story's versions as YYYYMMDD, 0 when none. */
  storyDay: Int32Array;
  /** Index language code of the story's original version, -1 when none is marked. */
  storyOriginal: Int16Array;
  /** 1 for a story of the first-run guide, which ranks below the reader's own. */
  storyGuide: Uint8Array;
  agencyKeys: string[];
  /** Language tag of each index language code, written as tags are (`en-GB`; compare without case). */
  langOfCode: string[];
  /**
   * Every word of the agency and place columns, as the index writes them (fieldText): a query form
   * not among them is in no version's agency or place, so finding it needs no column filter.
   */
  fieldWords: ReadonlySet<string>;
}

/** Where `key` is in ascending `keys` (docKeys, a match list's), or the first position after it (binary search). */
export function positionOf(keys: ArrayLike<number>, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const dayText = (day: number): string | null =>
  day === 0 ? null : `${String(Math.floor(day / 10000)).padStart(4, '0')}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;

/** The indexed version under `key`, or undefined when it is not indexed. */
export function docInfo(cache: SearchCache, key: number): DocInfo | undefined {
  const i = positionOf(cache.docKeys, key);
  if (cache.docKeys[i] !== key) return undefined;
  return {
    key,
    versionId: cache.docVersion[i] as number,
    storyId: storyOfDoc(key),
    lang: cache.langSpellings[cache.docLang[i] as number] as string,
    original: cache.docOriginal[i] === 1,
    day: dayText(cache.docDay[i] as number),
  };
}

/** YYYY-MM-DD of the newest publication among a story's indexed versions, or null. */
export function storyPublishedDay(cache: SearchCache, storyId: number): string | null {
  return dayText(cache.storyDay[storyId] ?? 0);
}

/** What a connection keeps of its document cache: the cache, a build under way, a warm-up under way. */
interface CacheState {
  generation: Statement;
  cache: SearchCache | null;
  /** A build under way (warmSearchCache's), which a search finishes rather than starts over. */
  build: CacheBuild | null;
  /** The warm-up under way: one at a time, however often it is asked for. */
  warming: Promise<void> | null;
}
const CACHE_STATE = slot<CacheState>((db) => ({
  generation: db.prepare('SELECT generation FROM search_meta WHERE id = 1').pluck(),
  cache: null,
  build: null,
  warming: null,
}));

/** Drops a connection's cache (memory pressure); the next search rebuilds it. */
export function forgetSearchCache(conn: SearchConnection): void {
  const state = conn.peek(CACHE_STATE);
  if (state) state.cache = null;
}

export function agencyKeyOf(agency: string | null): string | null {
  if (!agency) return null;
  const words = tokenize(agency).map((t) => {
    const exact = exactForm(t.text);
    return latinKey(scriptOf(exact) === 'cyrillic' ? romanize(exact) : exact);
  });
  return words.length > 0 ? words.join(' ') : null;
}

function dayOf(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/u.exec(value);
  return m ? (m[1] as string) : null;
}

function timeOf(value: string | null): number {
  if (!value) return Number.NaN;
  return Date.parse(value);
}

function startBuild(db: Database, generation: number): CacheBuild {
  const codes = new Map(
    (db.prepare('SELECT code, lang FROM search_langs').all() as { code: number; lang: string }[]).map((r) => [r.lang, r.code]),
  );
  return startCacheBuild(db, generation, codes);
}

export function searchCache(conn: SearchConnection): SearchCache {
  const state = conn.get(CACHE_STATE);
  const generation = state.generation.get() as number;
  if (state.cache && state.cache.generation === generation) return state.cache;
  let build = state.build;
  state.build = null;
  if (!build || build.generation !== generation) build = startBuild(conn.db, generation);
  while (!build.step(Number.POSITIVE_INFINITY));
  state.cache = build.finish();
  return state.cache;
}

/** Stories read at a step of a warm-up: 14–29 ms of the thread's time a step (19 ms typical at 100,000 stories). */
export const WARM_STEP_STORIES = 1_024;

/**
 * Builds the connection's cache ahead of the next search if the archive changed since it was
 * built, a step at a time with `next` between steps (setImmediate), so the calls the thread serves
 * meanwhile wait one step at most. A search that comes first finishes the build. A change of the
 * archive meanwhile stops it (an import under way commits every few hundred milliseconds: starting
 * over at each would spend a core on builds that never finish). Resolves when the cache is
 * current, or the build stopped, the connection closed or a search took the build over; while one
 * is under way, asking again joins it.
 */
export function warmSearchCache(conn: SearchConnection, next: (step: () => void) => void = setImmediate, stepStories = WARM_STEP_STORIES): Promise<void> {
  const state = conn.get(CACHE_STATE);
  if (state.warming) return state.warming;
  const db = conn.db;
  const warm = new Promise<void>((resolve) => {
    const step = (): void => {
      if (!db.open) return resolve();
      const generation = state.generation.get() as number;
      if (state.cache?.generation === generation) return resolve();
      let build = state.build;
      if (build && build.generation !== generation) {
        state.build = null;
        return resolve();
      }
      if (!build) state.build = build = startBuild(db, generation);
      if (!build.step(stepStories)) return next(step);
      state.build = null;
      state.cache = build.finish();
      resolve();
    };
    next(step);
  }).finally(() => {
    state.warming = null;
  });
  state.warming = warm;
  return warm;
}

type VersionRow = [
  id: number,
  storyId: number,
  lang: string,
  isOriginal: number,
  agency: string | null,
  place: string | null,
  published: string | null,
  createdAt: string,
  guide: number,
];

function grown<T extends Float64Array | Uint16Array | Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from as never);
  return to;
}

const dayNumber = (day: string | null): number => (day ? Number(day.replace(/-/gu, '')) : 0);

interface CacheBuild {
  generation: number;
  /** Reads the versions of up to `stories` more stories; true once every story is read. */
  step(stories: number): boolean;
  /** The cache, once every story is read. */
  finish(): SearchCache;
}

/**
 * The columns, streamed from the archive in key order (story, then language code) a range of
 * stories at a step, so nothing the size of the archive is held but the columns themselves: no
 * array of rows, no sort.
 */
/** A language tag as it is written (`en-GB`, `sr-Latn`): the index keeps them in lower case. */
function writtenTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

function startCacheBuild(db: Database, generation: number, codes: ReadonlyMap<string, number>): CacheBuild {
  const maxStory = db.prepare('SELECT coalesce(max(id), 0) FROM stories').pluck().get() as number;
  // Grown by doubling: counting the versions first would read the table twice.
  let docKeys = new Float64Array(1024);
  let docVersion = new Float64Array(1024);
  let docLang = new Uint16Array(1024);
  let docOriginal = new Uint8Array(1024);
  let docDay = new Int32Array(1024);
  const grow = (): void => {
    const size = docKeys.length * 2;
    docKeys = grown(docKeys, new Float64Array(size));
    docVersion = grown(docVersion, new Float64Array(size));
    docLang = grown(docLang, new Uint16Array(size));
    docOriginal = grown(docOriginal, new Uint8Array(size));
    docDay = grown(docDay, new Int32Array(size));
  };
  const langSpellings: string[] = [];
  const langIndex = new Map<string, number>();
  const agencyCounts = new Map<string, Map<string, number>>();
  const storyTime = new Float64Array(maxStory + 1).fill(Number.NaN);
  const storyYear = new Int16Array(maxStory + 1);
  const storyAgencyKey = new Array<string | undefined>(maxStory + 1);
  const storyDay = new Int32Array(maxStory + 1);
  const storyOriginal = new Int16Array(maxStory + 1).fill(-1);
  const storyGuide = new Uint8Array(maxStory + 1);
  const created = new Float64Array(maxStory + 1).fill(Number.NaN);
  const indexedStories = new Uint8Array(maxStory + 1);
  // An archive has a few dozen agencies over its hundreds of thousands of versions: each name's key is made once.
  const agencyKeys = new Map<string, string | null>();
  const keyOfAgency = (agency: string | null): string | null => {
    if (!agency) return null;
    let key = agencyKeys.get(agency);
    if (key === undefined) agencyKeys.set(agency, (key = agencyKeyOf(agency)));
    return key;
  };
  let n = 0;
  const storiesIn = db
    .prepare(
      `SELECT v.id, v.story_id, v.lang, v.is_original, v.agency, v.place, v.published_at, s.created_at, s.kind = 'guide'
       FROM versions v JOIN stories s ON s.id = v.story_id
       LEFT JOIN search_langs l ON l.lang = lower(v.lang)
       WHERE v.story_id > ? AND v.story_id <= ?
       ORDER BY v.story_id, l.code, v.id`,
    )
    .raw();
  // Each distinct agency and place once (a few hundred in an archive), for fieldWords.
  const fieldValues = new Set<string>();
  const add = ([id, storyId, lang, isOriginal, agency, place, published, createdAt, guide]: VersionRow): void => {
    if (guide === 1) storyGuide[storyId] = 1;
    const code = codes.get(lang.toLowerCase());
    if (code === undefined) return; // not indexed yet
    const key = docKey(storyId, code);
    // Two versions in one language share a document: the last one stands for it.
    if (n > 0 && docKeys[n - 1] === key) n--;
    const original = isOriginal === 1;
    const day = dayNumber(dayOf(published));
    let spelling = langIndex.get(lang);
    if (spelling === undefined) langIndex.set(lang, (spelling = langSpellings.push(lang) - 1));
    if (n === docKeys.length) grow();
    docKeys[n] = key;
    docVersion[n] = id;
    docLang[n] = spelling;
    docOriginal[n] = original ? 1 : 0;
    docDay[n] = day;
    n++;
    indexedStories[storyId] = 1;
    if (agency) fieldValues.add(agency);
    if (place) fieldValues.add(place);
    const agencyKey = keyOfAgency(agency);
    if (agencyKey && agency) {
      let names = agencyCounts.get(agencyKey);
      if (!names) agencyCounts.set(agencyKey, (names = new Map()));
      names.set(agency, (names.get(agency) ?? 0) + 1);
      if (storyAgencyKey[storyId] === undefined || original) storyAgencyKey[storyId] = agencyKey;
    }
    const time = timeOf(published);
    if (!Number.isNaN(time) && (Number.isNaN(storyTime[storyId]!) || time > storyTime[storyId]!)) storyTime[storyId] = time;
    if (Number.isNaN(created[storyId]!)) created[storyId] = timeOf(createdAt);
    if (day > storyDay[storyId]!) storyDay[storyId] = day;
    if (original) storyOriginal[storyId] = code;
  };
  let read = 0;
  const step = (stories: number): boolean => {
    const to = Math.min(maxStory, read + stories);
    if (to > read) for (const row of storiesIn.iterate(read, to) as IterableIterator<VersionRow>) add(row);
    read = to;
    return read >= maxStory;
  };
  const finish = (): SearchCache => {
    const agencyNames = new Map<string, string>();
    for (const [key, names] of agencyCounts) {
      const best = [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      if (best) agencyNames.set(key, best[0]);
    }
    const agencyKeyList = [...agencyNames.keys()];
    const agencyIndex = new Map(agencyKeyList.map((k, i) => [k, i]));
    const storyAgency = new Int32Array(maxStory + 1).fill(-1);
    for (let id = 0; id <= maxStory; id++) {
      // Like the library's order: a story without a publication date sorts by when it was added.
      if (Number.isNaN(storyTime[id]!)) storyTime[id] = indexedStories[id] && !Number.isNaN(created[id]!) ? created[id]! : 0;
      storyYear[id] = storyDay[id] ? Math.floor(storyDay[id]! / 10000) : 0;
      const agency = storyAgencyKey[id];
      storyAgency[id] = agency === undefined ? -1 : (agencyIndex.get(agency) ?? -1);
    }
    const langOfCode: string[] = [];
    for (const [lang, code] of codes) langOfCode[code] = writtenTag(lang);
    const fieldWords = new Set<string>();
    for (const value of fieldValues) for (const word of fieldText(value).split(' ')) if (word) fieldWords.add(word);
    return {
      generation,
      docKeys: docKeys.slice(0, n),
      docVersion: docVersion.slice(0, n),
      docLang: docLang.slice(0, n),
      docOriginal: docOriginal.slice(0, n),
      docDay: docDay.slice(0, n),
      langSpellings,
      agencyNames,
      storyTime,
      storyYear,
      storyAgency,
      storyDay,
      storyOriginal,
      storyGuide,
      agencyKeys: agencyKeyList,
      langOfCode,
      fieldWords,
    };
  };
  return { generation, step, finish };
}
