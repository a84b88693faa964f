// The paragraphs of one matched story to show: which blocks of its matching versions hold the
// query's words, a snippet of each with the words highlighted, and beside it the corresponding
// paragraph of another version, so a hit in Ukrainian shows its English counterpart.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchStoryResult } from '../../../shared/api/search';
import { CounterpartLookup, type StoriesAlignments } from '../align/counterpart';
import { counterpartBlock } from './counterpart';
import { docInfo, type DocInfo, type SearchCache } from './doc-cache';
/** A story on the page and the keys of its matching versions. */
export interface PageStory {
  storyId: number;
  docs: number[];
}
import { makeSnippet } from './snippet';
import { slot, type SearchConnection } from './search-connection';
import type { TermMatcher, TextMatch } from './term-matcher';

export interface VersionRow {
  id: number;
  lang: string;
  is_original: number;
  headline: string;
  agency: string | null;
}
export interface BlockRow {
  position: number;
  kind: string;
  text: string;
}

const ZONE_WEIGHT: Record<string, number> = { headline: 3, lead: 2 };

const HIT_STATEMENTS = slot(function prepare(db: Database) {
  return {
    blocks: db.prepare('SELECT position, kind, text FROM blocks WHERE version_id = ? ORDER BY position'),
    pageVersions: db.prepare(
      `SELECT story_id, id, lang, is_original, headline, agency FROM versions
       WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY story_id, is_original DESC, lang`,
    ),
    pageBlocks: db.prepare(
      `SELECT version_id, position, kind, text FROM blocks
       WHERE version_id IN (SELECT value FROM json_each(?)) ORDER BY version_id, position`,
    ),
    blockAtOrBefore: db.prepare(
      'SELECT position, kind, text FROM blocks WHERE version_id = ? AND position <= ? ORDER BY position DESC LIMIT 1',
    ),
    counterparts: counterpartLookup(db),
  };
});

/** Null for an archive opened as it is, from before alignments were stored. */
function counterpartLookup(db: Database): CounterpartLookup | null {
  try {
    return new CounterpartLookup(db);
  } catch {
    return null;
  }
}

/** A story's matching versions in the order they are read for hits (see storyHits). */
export function orderedDocs(story: PageStory, cache: SearchCache, matcher: TermMatcher): DocInfo[] {
  const docs = story.docs.map((k) => docInfo(cache, k)).filter((d): d is DocInfo => d !== undefined);
  // Versions in the query's script first (their matches are literal and cheap to find), the
  // original before translations.
  return docs.sort(
    (a, b) =>
      Number(matcher.sameScript(b.lang)) - Number(matcher.sameScript(a.lang)) || Number(b.original) - Number(a.original),
  );
}

/** What a page of results reads from the archive, fetched in two queries rather than hundreds. */
export interface PagePrefetch {
  versions: Map<number, VersionRow[]>;
  blocks: Map<number, BlockRow[]>;
  /** Null for an archive without alignment tables. */
  alignments: StoriesAlignments | null;
}

export function prefetchPage(conn: SearchConnection, storyIds: readonly number[], versionIds: readonly number[]): PagePrefetch {
  const stmts = conn.get(HIT_STATEMENTS);
  const versions = new Map<number, VersionRow[]>();
  for (const row of stmts.pageVersions.all(JSON.stringify(storyIds)) as (VersionRow & { story_id: number })[]) {
    let list = versions.get(row.story_id);
    if (!list) versions.set(row.story_id, (list = []));
    list.push(row);
  }
  const blocks = new Map<number, BlockRow[]>();
  for (const row of stmts.pageBlocks.all(JSON.stringify(versionIds)) as (BlockRow & { version_id: number })[]) {
    let list = blocks.get(row.version_id);
    if (!list) blocks.set(row.version_id, (list = []));
    list.push(row);
  }
  return { versions, blocks, alignments: stmts.counterparts?.forStories(storyIds) ?? null };
}

export function storyHits(
  conn: SearchConnection,
  story: PageStory,
  cache: SearchCache,
  matcher: TermMatcher,
  options: { hitsPerStory: number; counterpartLang?: string | undefined },
  prefetched: PagePrefetch,
): { versions: SearchStoryResult['versions']; hits: SearchHit[] } {
  const stmts = conn.get(HIT_STATEMENTS);
  const versions = prefetched.versions.get(story.storyId) ?? [];
  const alignments = prefetched.alignments;
  const blocksCache = new Map<number, BlockRow[]>();
  const blocksOf = (versionId: number): BlockRow[] => {
    let b = blocksCache.get(versionId) ?? prefetched.blocks.get(versionId);
    if (!b) b = stmts.blocks.all(versionId) as BlockRow[];
    blocksCache.set(versionId, b);
    return b;
  };

  interface Candidate {
    doc: DocInfo;
    block: BlockRow;
    matches: TextMatch[];
    terms: number;
  }
  // Headlines and leads first; stop once there are enough candidates to choose the best from, so
  // a common word does not make every paragraph of 50 stories be read.
  const enough = options.hitsPerStory * 2;
  const candidates: Candidate[] = [];
  let exactSeen = false;
  // Once one version has given enough paragraphs, stop.
  const docs = orderedDocs(story, cache, matcher);
  scan: for (const doc of docs) {
    if (candidates.length >= options.hitsPerStory) break;
    const blocks = [...blocksOf(doc.versionId)].sort(
      (a, b) => (ZONE_WEIGHT[b.kind] ?? 1) - (ZONE_WEIGHT[a.kind] ?? 1) || a.position - b.position,
    );
    const unbeatable = unbeatableTest(matcher, blocks);
    // Each paragraph of an earlier version may be shown with its counterpart here, hiding one.
    const needed = options.hitsPerStory + candidates.length;
    let settled = 0;
    for (const block of blocks) {
      const matches = matcher.find(block.text, doc.lang, block.kind);
      if (matches.length === 0) continue;
      const terms = new Set(matches.map((m) => m.term)).size;
      candidates.push({ doc, block, matches, terms });
      const rank = rankOfKind(matches);
      if (rank === KIND_ORDER.exact) exactSeen = true;
      // Paragraphs are read best zone first, so once enough of them cannot be outranked by any
      // later one, the later ones would never be shown: the choice is made.
      if (unbeatable(terms, rank) && ++settled >= needed) break scan;
      // An exact-form paragraph outranks inflected ones, so keep looking for one a while longer.
      if (candidates.length >= (exactSeen ? enough : enough * 4)) break scan;
    }
  }
  candidates.sort(
    (a, b) =>
      b.terms - a.terms ||
      rankOfKind(a.matches) - rankOfKind(b.matches) ||
      (ZONE_WEIGHT[b.block.kind] ?? 1) - (ZONE_WEIGHT[a.block.kind] ?? 1) ||
      a.block.position - b.block.position,
  );
  if (candidates.length === 0) {
    // Matched by agency or place only, or by a phrase across paragraphs: show the headline.
    const doc = docInfo(cache, story.docs[0] as number);
    const headline = doc ? blocksOf(doc.versionId)[0] : undefined;
    if (doc && headline) candidates.push({ doc, block: headline, matches: [], terms: 0 });
  }

  const hits: SearchHit[] = [];
  const shown = new Set<string>();
  for (const c of candidates) {
    if (hits.length >= options.hitsPerStory) break;
    const id = `${c.doc.versionId}:${c.block.position}`;
    if (shown.has(id)) continue;
    shown.add(id);
    const snippet = makeSnippet(c.block.text, c.matches);
    const other = pickCounterpartVersion(versions, c.doc, options.counterpartLang);
    let counterpart: SearchHit['counterpart'] = null;
    if (other) {
      // Only the one paragraph is read, unless the version is at hand already; past the end of a
      // shorter version, its last paragraph.
      const known = blocksCache.get(other.id);
      const position = counterpartBlock(alignments, c.doc.versionId, c.block.position, other.id, known?.length ?? Number.MAX_SAFE_INTEGER);
      const block =
        position === null
          ? undefined
          : known
            ? known[position]
            : (stmts.blockAtOrBefore.get(other.id, position) as BlockRow | undefined);
      if (block) {
        shown.add(`${other.id}:${block.position}`);
        const s = makeSnippet(block.text, matcher.find(block.text, other.lang, block.kind));
        counterpart = { lang: other.lang, versionId: other.id, block: block.position, kind: block.kind, snippet: s.snippet, highlights: s.highlights };
      }
    }
    const forms = [...new Set(c.matches.map((m) => m.text))];
    hits.push({
      lang: c.doc.lang,
      versionId: c.doc.versionId,
      original: c.doc.original,
      block: c.block.position,
      kind: c.block.kind,
      snippet: snippet.snippet,
      highlights: snippet.highlights,
      matched: forms.join(', '),
      matches: dedupeMatches(c.matches),
      counterpart,
    });
  }
  return {
    versions: versions.map((v) => ({ lang: v.lang, headline: v.headline, original: v.is_original === 1, agency: v.agency })),
    hits: inReadingOrder(hits),
  };
}

/**
 * The hits chosen (the best ones) as a reader meets them: grouped by language, the best hit's
 * language first, and each language's paragraphs in document order.
 */
function inReadingOrder(hits: readonly SearchHit[]): SearchHit[] {
  const group = new Map<string, number>();
  for (const h of hits) if (!group.has(h.lang)) group.set(h.lang, group.size);
  return [...hits].sort((a, b) => (group.get(a.lang) as number) - (group.get(b.lang) as number) || a.block - b.block);
}

const KIND_ORDER = { exact: 0, inflected: 1, translated: 2, transliterated: 3 } as const;

/**
 * Whether a paragraph of a version (`blocks`) holds every term in the closest kind any of the
 * version's paragraphs can: the exact form, or where no paragraph holds a literal trace of the
 * query (a Latin name in a Cyrillic version), its cross-script key. Paragraphs after it in reading
 * order sort after it (candidates are ordered by terms, kind, zone, then position).
 */
function unbeatableTest(matcher: TermMatcher, blocks: readonly BlockRow[]): (terms: number, rank: number) => boolean {
  const allTerms = matcher.terms.length;
  let closest: number | undefined;
  // Asked only once a paragraph matched in a kind other than exact: one pass over the version's text.
  const closestKind = (): number =>
    (closest ??= matcher.mayHoldLiteral(blocks.map((b) => b.text).join('\n')) ? KIND_ORDER.exact : KIND_ORDER.transliterated);
  return (terms, rank) => terms >= allTerms && (rank === KIND_ORDER.exact || rank === closestKind());
}

/** Blocks whose matches are exact come before inflected ones, then translated, then transliterated ones. */
function rankOfKind(matches: readonly TextMatch[]): number {
  // A loop, not Math.min(...): a paragraph can hold hundreds of thousands of matches.
  let rank: number = KIND_ORDER.transliterated;
  for (const m of matches) rank = Math.min(rank, KIND_ORDER[m.kind]);
  return rank;
}

function dedupeMatches(matches: readonly TextMatch[]): SearchHit['matches'] {
  const seen = new Set<string>();
  const out: SearchHit['matches'] = [];
  for (const m of matches) {
    const k = `${m.text}\u0000${m.kind}\u0000${m.query ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const match: SearchHit['matches'][number] = { text: m.text, kind: m.kind };
    if (m.query !== undefined) match.query = m.query;
    if (m.lang !== undefined) match.lang = m.lang;
    out.push(match);
  }
  return out;
}

/** The reader's preferred language if the story has it, else the original, else the next version. */
function pickCounterpartVersion(versions: readonly VersionRow[], doc: DocInfo, preferred?: string): VersionRow | undefined {
  const others = versions.filter((v) => v.id !== doc.versionId);
  if (others.length === 0) return undefined;
  if (preferred) {
    const p = preferred.toLowerCase();
    const match = others.find((v) => v.lang.toLowerCase() === p || v.lang.toLowerCase().startsWith(`${p}-`));
    if (match) return match;
  }
  if (!doc.original) {
    const original = others.find((v) => v.is_original === 1);
    if (original) return original;
  }
  return others[0];
}
