// What search needs to know about every indexed version besides its words: story, language,
// side, agency, date. Held in memory per database connection and rebuilt when search_meta's
// generation moves (triggers bump it on every change to versions), so filtering, facets and date
// order over tens of thousands of matches cost no joins.
import type { Database, Statement } from 'better-sqlite3';
import { docKey } from './doc-key';
import { exactForm, scriptOf, tokenize } from './normalize';
import { latinKey, romanize } from './transliterate';

export interface DocInfo {
  key: number;
  versionId: number;
  storyId: number;
  lang: string;
  /** Lower-cased, for filters. */
  langLower: string;
  original: boolean;
  /** Agencies spelled in either script share a key: UNN and УНН are one facet. */
  agencyKey: string | null;
  agency: string | null;
  /** YYYY-MM-DD of publication, or null. */
  day: string | null;
}

export interface StoryInfo {
  /** Milliseconds: newest publication date of its versions, else when it was added. */
  sortTime: number;
  /** Keys of its indexed versions. */
  docs: number[];
}

export interface SearchCache {
  generation: number;
  docs: Map<number, DocInfo>;
  stories: Map<number, StoryInfo>;
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
  /** Language tag of each index language code. */
  langOfCode: string[];
}

const caches = new WeakMap<Database, SearchCache>();

/** Drops a connection's cache (memory pressure); the next search rebuilds it. */
export function forgetSearchCache(db: Database): void {
  caches.delete(db);
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

const generationStatements = new WeakMap<Database, Statement>();

export function searchCache(db: Database): SearchCache {
  let stmt = generationStatements.get(db);
  if (!stmt) generationStatements.set(db, (stmt = db.prepare('SELECT generation FROM search_meta WHERE id = 1').pluck()));
  const generation = stmt.get() as number;
  const cached = caches.get(db);
  if (cached && cached.generation === generation) return cached;
  const codes = new Map(
    (db.prepare('SELECT code, lang FROM search_langs').all() as { code: number; lang: string }[]).map((r) => [r.lang, r.code]),
  );
  const rows = db
    .prepare(
      `SELECT v.id, v.story_id, v.lang, v.is_original, v.agency, v.published_at, s.created_at, s.kind = 'guide'
       FROM versions v JOIN stories s ON s.id = v.story_id`,
    )
    .raw()
    .all() as [number, number, string, number, string | null, string | null, string, number][];
  const docs = new Map<number, DocInfo>();
  const stories = new Map<number, StoryInfo>();
  const agencyCounts = new Map<string, Map<string, number>>();
  const createdAt = new Map<number, number>();
  const guides = new Set<number>();
  for (const [id, storyId, lang, isOriginal, agency, published, created, guide] of rows) {
    if (guide === 1) guides.add(storyId);
    const code = codes.get(lang.toLowerCase());
    if (code === undefined) continue; // not indexed yet
    const key = docKey(storyId, code);
    const agencyKey = agencyKeyOf(agency);
    docs.set(key, { key, versionId: id, storyId, lang, langLower: lang.toLowerCase(), original: isOriginal === 1, agencyKey, agency, day: dayOf(published) });
    if (agencyKey && agency) {
      let names = agencyCounts.get(agencyKey);
      if (!names) agencyCounts.set(agencyKey, (names = new Map()));
      names.set(agency, (names.get(agency) ?? 0) + 1);
    }
    const time = timeOf(published);
    let story = stories.get(storyId);
    if (!story) {
      stories.set(storyId, (story = { sortTime: Number.NaN, docs: [] }));
      createdAt.set(storyId, timeOf(created));
    }
    story.docs.push(key);
    if (!Number.isNaN(time) && (Number.isNaN(story.sortTime) || time > story.sortTime)) story.sortTime = time;
  }
  // Like the library's order: a story without a publication date sorts by when it was added.
  for (const [storyId, story] of stories) {
    if (Number.isNaN(story.sortTime)) story.sortTime = createdAt.get(storyId) ?? 0;
    if (Number.isNaN(story.sortTime)) story.sortTime = 0;
  }
  const agencyNames = new Map<string, string>();
  for (const [key, names] of agencyCounts) {
    const best = [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) agencyNames.set(key, best[0]);
  }
  let maxStory = 0;
  for (const id of stories.keys()) if (id > maxStory) maxStory = id;
  const storyTime = new Float64Array(maxStory + 1);
  const storyYear = new Int16Array(maxStory + 1);
  const storyAgency = new Int32Array(maxStory + 1).fill(-1);
  const storyDay = new Int32Array(maxStory + 1);
  const storyOriginal = new Int16Array(maxStory + 1).fill(-1);
  const storyGuide = new Uint8Array(maxStory + 1);
  for (const id of guides) storyGuide[id] = 1;
  const agencyKeys = [...agencyNames.keys()];
  const agencyIndex = new Map(agencyKeys.map((k, i) => [k, i]));
  for (const [id, story] of stories) {
    storyTime[id] = story.sortTime;
    let newestDay = '';
    let agency: string | null = null;
    for (const key of story.docs) {
      const d = docs.get(key) as DocInfo;
      if (d.day && d.day > newestDay) newestDay = d.day;
      if (d.agencyKey && (agency === null || d.original)) agency = d.agencyKey;
      if (d.original) storyOriginal[id] = key % 256;
    }
    storyDay[id] = newestDay ? Number(newestDay.replace(/-/gu, '')) : 0;
    storyYear[id] = newestDay ? Number(newestDay.slice(0, 4)) : 0;
    storyAgency[id] = agency === null ? -1 : (agencyIndex.get(agency) ?? -1);
  }
  const langOfCode: string[] = [];
  for (const [lang, code] of codes) langOfCode[code] = lang;
  const cache = {
    generation,
    docs,
    stories,
    agencyNames,
    storyTime,
    storyYear,
    storyAgency,
    storyDay,
    storyOriginal,
    storyGuide,
    agencyKeys,
    langOfCode,
  };
  caches.set(db, cache);
  return cache;
}
