// Ordering matched stories. Relevance is BM25 over the index columns, the headline weighted above
// the lead above the body and exact forms above expanded ones (stems, folded and cross-script
// forms), so an exact-form hit ranks above an inflected one. A story scores as its best version.
// FTS5's bm25() costs some 3 µs a document and counts each phrase's documents over the whole index,
// so a very broad query (more than RANK_BUDGET matching versions) is ranked among its TIER_LIMIT
// newest headline and lead matches, scored by the same BM25 computed in headline-rank.ts where those
// span a small part of the archive (by bm25() where they span most of a small one), the rest
// following newest first; the result says so (`bm25-headlines`).
import type { Database, Statement } from 'better-sqlite3';
import type { SearchResult, SearchSort } from '../../../shared/api/search';
import { positionOf, type SearchCache } from './doc-cache';
import { columnFilter, type CompiledQuery } from './query-compile';
import type { MatchedStory, MatchList } from './search';
import { storyOfDoc } from './doc-key';
import { slot, type SearchConnection } from './search-connection';
import { BM25_WEIGHTS, cheaperThanBm25, prepareHeadlineStatements, scorableHere, scoreHeadlineTier, TIER_COLUMNS, type HeadlineStatements } from './headline-rank';

export const RANK_BUDGET = 3_000;
/** How many of a broad query's newest headline and lead matches are ranked by BM25. */
export const TIER_LIMIT = 1_000;
const BM25 = `bm25(search_fts, ${BM25_WEIGHTS.join(', ')})`;

export interface Ranked {
  /** At least the first `need` stories, in order. */
  order: MatchedStory[];
  scores: Map<number, number>;
  ranking: SearchResult['ranking'];
}

/** The first `k` items by `better`, without sorting the whole list. */
export function topK<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k >= items.length / 4) return [...items].sort(compare).slice(0, k);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, top[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

export interface RankStatements {
  scoreAll: Statement;
  scoreRecent: Statement;
  recentKeys: Statement;
  headline: HeadlineStatements;
}
const RANK_STATEMENTS = slot(function prepare(db: Database): RankStatements {
  return {
    scoreAll: db.prepare(`SELECT rowid, ${BM25} FROM search_fts WHERE search_fts MATCH ?`).raw(),
    scoreRecent: db
      .prepare(`SELECT rowid, ${BM25} FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ${TIER_LIMIT}`)
      .raw(),
    recentKeys: db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ${TIER_LIMIT}`).pluck(),
    headline: prepareHeadlineStatements(db),
  };
});

export function rankStories(
  conn: SearchConnection,
  list: MatchList,
  cache: SearchCache,
  compiled: CompiledQuery,
  sort: SearchSort,
  need: number,
  /** Versions the text query matched before filters: what scoring them would cost. */
  matchCount: number,
): Ranked {
  const times = cache.storyTime;
  const days = cache.storyDay;
  const time = (s: MatchedStory): number => times[s.storyId] ?? 0;
  // The first-run guide comes after the reader's own stories in every order.
  const guide = (s: MatchedStory): number => cache.storyGuide[s.storyId] ?? 0;
  // Stories without a publication date come after the dated ones in either order (their time is
  // when they were added, which says nothing about when they were news).
  const undated = (s: MatchedStory): number => ((days[s.storyId] ?? 0) > 0 ? 0 : 1);
  const newest = (a: MatchedStory, b: MatchedStory): number =>
    guide(a) - guide(b) || undated(a) - undated(b) || time(b) - time(a) || b.storyId - a.storyId;
  const oldest = (a: MatchedStory, b: MatchedStory): number =>
    guide(a) - guide(b) || undated(a) - undated(b) || time(a) - time(b) || a.storyId - b.storyId;
  const scores = new Map<number, number>();
  const stories = list.stories;
  if (sort !== 'relevance' || compiled.positive === null || compiled.match === null) {
    const compare = sort === 'oldest' ? oldest : newest;
    return { order: topK(stories, need, compare), scores, ranking: 'date' };
  }
  let rows: [number, number][];
  let ranking: Ranked['ranking'] = 'bm25';
  const stmts = conn.get(RANK_STATEMENTS);
  if (matchCount <= RANK_BUDGET) {
    rows = stmts.scoreAll.all(compiled.match) as [number, number][];
  } else {
    ranking = 'bm25-headlines';
    // The headline-and-lead part of the query; with field filters or exclusions, still within it.
    const plain = compiled.match === compiled.positive && !compiled.positive.includes(' NOT ');
    const tierOf = (positive: string, match: string): string => {
      const head = `${columnFilter(TIER_COLUMNS)} : (${positive})`;
      return plain ? head : `(${head}) AND (${match})`;
    };
    // Keys alone are read lean (the same documents, one doclist merge a word fewer: 5.6 → 3.8 ms for
    // two broad words at 100,000 stories); bm25() needs each word's exact-form phrase.
    const keys = scorableHere(compiled.terms) ? (stmts.recentKeys.all(tierOf(compiled.leanPositive ?? compiled.positive, compiled.keysMatch ?? compiled.match)) as number[]) : null;
    if (keys && cheaperThanBm25(keys, cache.docKeys)) {
      const tierScores = scoreHeadlineTier(stmts.headline, compiled.terms, keys, cache.docKeys);
      rows = keys.map((key, i) => [key, tierScores[i] as number]);
    } else rows = stmts.scoreRecent.all(tierOf(compiled.positive, compiled.match)) as [number, number][];
  }
  // A story scores as its best version among those it matched (after filters, within the cap):
  // read from the scored keys, a thousand or so, not from every matched story's.
  const scoredStories = new Map<number, MatchedStory>();
  for (const [key, score] of rows) {
    if (list.keys[positionOf(list.keys, key)] !== key) continue;
    const story = storyWith(stories, storyOfDoc(key));
    if (!story) continue;
    const before = scores.get(story.storyId);
    if (before === undefined || score < before) scores.set(story.storyId, score);
    scoredStories.set(story.storyId, story);
  }
  // Scored stories first, best first; the rest (only when a broad query's page reaches past the
  // scored ones) newest first; the guide's stories after all of the reader's own, in that order.
  const byScore = (a: MatchedStory, b: MatchedStory): number =>
    (scores.get(a.storyId) ?? Number.POSITIVE_INFINITY) - (scores.get(b.storyId) ?? Number.POSITIVE_INFINITY) || newest(a, b);
  const order = topK(
    [...scoredStories.values()].filter((s) => !guide(s)),
    need,
    byScore,
  );
  if (order.length < need) {
    const rest: MatchedStory[] = [];
    const guides: MatchedStory[] = [];
    for (const s of stories) if (guide(s)) guides.push(s);
    else if (!scores.has(s.storyId)) rest.push(s);
    order.push(...topK(rest, need - order.length, newest));
    if (order.length < need) order.push(...topK(guides, need - order.length, byScore));
  }
  return { order, scores, ranking };
}

/** The story of id `storyId` among `stories` (in ascending id order, as grouped from ascending keys). */
function storyWith(stories: readonly MatchedStory[], storyId: number): MatchedStory | undefined {
  let lo = 0;
  let hi = stories.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stories[mid] as MatchedStory).storyId < storyId) lo = mid + 1;
    else hi = mid;
  }
  const found = stories[lo];
  return found?.storyId === storyId ? found : undefined;
}
