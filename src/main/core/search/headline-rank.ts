// Scoring a broad query's newest headline and lead matches (the `bm25-headlines` tier) without
// FTS5's bm25(). bm25() counts every phrase's documents over its whole doclist for the IDF, once
// per expanded form, so on a million stories it took 90–330 ms for 1,000 rows that FTS5 finds in
// 2–10 ms. The same BM25 is computed here from what is cheap to read:
//  - which of the four headline and lead columns each query word is in: one MATCH per word, form
//    kind and column, bounded below by the tier's oldest key so it reads only the tier's range (the
//    bound is bound as an integer: FTS5 ignores a REAL one and reads the whole doclist, 80 ms not 2);
//  - each document's length, from the index's docsize table (what bm25() reads too);
//  - each word's document count, estimated from how far back its 1,000th newest match lies (the
//    archive's keys are in the search cache), or counted when it has fewer.
// Where this differs from bm25(): a word counts once per column it is in (bm25() counts repeats; in
// a headline or lead they are rare), and its expanded forms are one phrase, not one each.
import type { Database, Statement } from 'better-sqlite3';
import { varint } from '../db/sqlite-varint';
import { positionOf } from './doc-cache';
import { columnFilter, SCOPE_COLUMNS, type IndexColumn, type RankTerm } from './query-compile';

/** Column weights in index order: head, head_x, lead, lead_x, body, body_x, agency, place. */
export const BM25_WEIGHTS = [10, 4, 5, 2, 1.5, 0.6, 0, 0] as const;
/** FTS5's bm25() constants. */
const K1 = 1.2;
const B = 0.75;
/** How many of a word's newest matches its document count is estimated from. */
const DF_SAMPLE = 1_000;

/** The columns the tier is drawn from and scored on, with their weights. */
export const TIER_COLUMNS = ['head', 'head_x', 'lead', 'lead_x'] as const;
type TierColumn = (typeof TIER_COLUMNS)[number];
const WEIGHT: Record<TierColumn, number> = { head: BM25_WEIGHTS[0], head_x: BM25_WEIGHTS[1], lead: BM25_WEIGHTS[2], lead_x: BM25_WEIGHTS[3] };
const inTier = (columns: readonly IndexColumn[]): TierColumn[] =>
  columns.filter((c): c is TierColumn => (TIER_COLUMNS as readonly string[]).includes(c));

/** FTS5's IDF: documents `n`, of which `df` hold the phrase; never zero or below. */
export function bm25Idf(n: number, df: number): number {
  const idf = Math.log((n - df + 0.5) / (df + 0.5));
  return idf > 0 ? idf : 1e-6;
}

/**
 * BM25 as FTS5's bm25() sums it, negated (lower is better): for each phrase, its IDF times the
 * saturated weighted frequency. `weighted[p][d]` is phrase p's weighted frequency in candidate d;
 * `lengths[d]` the candidate's length in tokens, `averageLength` the archive's.
 */
export function bm25Scores(weighted: readonly Float64Array[], idf: readonly number[], lengths: Float64Array, averageLength: number): Float64Array {
  const scores = new Float64Array(lengths.length);
  const avg = averageLength > 0 ? averageLength : 1;
  for (let d = 0; d < lengths.length; d++) {
    const norm = K1 * (1 - B + (B * (lengths[d] as number)) / avg);
    let score = 0;
    weighted.forEach((f, p) => {
      const freq = f[d] as number;
      if (freq > 0) score += ((idf[p] as number) * freq * (K1 + 1)) / (freq + norm);
    });
    scores[d] = score === 0 ? 0 : -score;
  }
  return scores;
}

/** The sum of an FTS5 docsize record: one SQLite varint per column (a damaged one, as far as it reads). */
export function documentLength(sizes: Uint8Array): number {
  let total = 0;
  try {
    for (let i = 0; i < sizes.length; ) {
      const [value, next] = varint(sizes, i);
      total += Number(value);
      i = next;
    }
  } catch {
    // Cut short: the columns read so far.
  }
  return total;
}

export interface HeadlineStatements {
  /** Keys at or above a bound (a BigInt) that match an expression. */
  keysFrom: Statement;
  /** A word's newest DF_SAMPLE keys. */
  newestKeys: Statement;
  /** The docsize records of a JSON array of keys, in one statement. */
  docSizes: Statement;
}

export function prepareHeadlineStatements(db: Database): HeadlineStatements {
  return {
    keysFrom: db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?').pluck(),
    newestKeys: db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ${DF_SAMPLE}`).pluck(),
    docSizes: db.prepare('SELECT id, sz FROM search_fts_docsize WHERE id IN (SELECT value FROM json_each(?))').raw(),
  };
}

/**
 * Whether the tier can be scored here: a prefix left to FTS5 (too many words to list) is a costly
 * merge to read again per column.
 */
export function scorableHere(terms: readonly RankTerm[]): boolean {
  return terms.length > 0 && terms.every((t) => !t.prefix);
}

/**
 * Past this share of the archive's keys between the tier's oldest and newest, bm25() is cheaper:
 * its IDF reads each phrase's doclist once, the columns here read their part of it six times a word
 * (on 10,000 stories two words' tier spans the whole archive, on a million 1.2 % of it).
 */
export const MAX_TIER_SHARE = 0.25;

/** Whether scoring `candidates` here reads less than bm25() would (see MAX_TIER_SHARE). */
export function cheaperThanBm25(candidates: readonly number[], allKeys: Float64Array): boolean {
  if (candidates.length === 0 || allKeys.length === 0) return false;
  const spanned = allKeys.length - positionOf(allKeys, candidates[candidates.length - 1] as number);
  return spanned / allKeys.length <= MAX_TIER_SHARE;
}

/** A term's document count: exact under DF_SAMPLE, else scaled from the share of keys its sample spans. */
function estimatedDocumentCount(stmts: HeadlineStatements, term: RankTerm, allKeys: Float64Array): number {
  // The exact form is often among the expanded ones: each doclist merged once.
  const expression = [...new Set([term.exact, ...term.expanded])].join(' OR ');
  const newest = stmts.newestKeys.all(`${columnFilter(SCOPE_COLUMNS.all.expanded)} : (${expression})`) as number[];
  if (newest.length < DF_SAMPLE) return newest.length;
  const spanned = allKeys.length - positionOf(allKeys, newest[newest.length - 1] as number);
  return Math.min(allKeys.length, (DF_SAMPLE * allKeys.length) / Math.max(1, spanned));
}

/** The candidates (by position) that match `forms` in `column`, reading keys from `oldest` up. */
function presentIn(stmts: HeadlineStatements, column: TierColumn, forms: readonly string[], position: ReadonlyMap<number, number>, oldest: number): number[] {
  if (forms.length === 0) return [];
  const found: number[] = [];
  for (const key of stmts.keysFrom.all(`{${column}} : (${forms.join(' OR ')})`, BigInt(oldest)) as number[]) {
    const d = position.get(key);
    if (d !== undefined) found.push(d);
  }
  return found;
}

/** The expanded forms a term looks for in an exact column beyond what its exact-form read finds. */
function formsBeyondExact(term: RankTerm): string[] {
  return term.expanded.includes(term.exact) ? term.expanded.filter((f) => f !== term.exact) : term.expanded;
}

/**
 * Whether any candidate holds, in an exact column of the tier, an expanded form other than its
 * term's exact one: one read for every term and column, where most queries would find none in
 * each (stems and cross-script keys are stored in the _x columns; in the exact ones only where a
 * word happens to be spelled like one, or for a country's name in another language).
 */
function beyondExactInTier(stmts: HeadlineStatements, terms: readonly RankTerm[], position: ReadonlyMap<number, number>, oldest: number): boolean {
  const forms = [...new Set(terms.flatMap(formsBeyondExact))];
  const exactColumns = inTier(SCOPE_COLUMNS.all.exact);
  if (forms.length === 0) return false;
  return stmts.keysFrom.all(`${columnFilter(exactColumns)} : (${forms.join(' OR ')})`, BigInt(oldest)).some((key) => position.has(key as number));
}

/**
 * A term's two phrases as bm25() sees them (query-compile's wordExpression): the exact form in the
 * exact columns, and the expanded forms in all of them. Where the expanded forms hold the exact one,
 * the exact columns' reads are shared: only the other forms are read again, the rarer part, and
 * not at all when `beyondExact` says no candidate has them there.
 */
function termFrequencies(
  stmts: HeadlineStatements,
  term: RankTerm,
  position: ReadonlyMap<number, number>,
  oldest: number,
  size: number,
  beyondExact: boolean,
): Float64Array[] {
  const exact = new Float64Array(size);
  const exactIn = new Map<TierColumn, number[]>();
  for (const column of inTier(SCOPE_COLUMNS[term.scope].exact)) {
    const found = presentIn(stmts, column, [term.exact], position, oldest);
    exactIn.set(column, found);
    for (const d of found) exact[d] = (exact[d] as number) + WEIGHT[column];
  }
  if (term.expanded.length === 0) return [exact];
  const expanded = new Float64Array(size);
  const sharesExact = term.expanded.includes(term.exact);
  const others = formsBeyondExact(term);
  for (const column of inTier(SCOPE_COLUMNS[term.scope].expanded)) {
    const shared = sharesExact ? exactIn.get(column) : undefined;
    const exactColumn = exactIn.has(column);
    const rest = exactColumn && !beyondExact ? [] : presentIn(stmts, column, shared ? others : term.expanded, position, oldest);
    const found = new Set([...(shared ?? []), ...rest]);
    for (const d of found) expanded[d] = (expanded[d] as number) + WEIGHT[column];
  }
  return [exact, expanded];
}

/**
 * Scores for `candidates` (keys, newest first, as the tier statement returned them), lower is
 * better. `allKeys`: every indexed key, ascending (the search cache's docKeys).
 */
export function scoreHeadlineTier(stmts: HeadlineStatements, terms: readonly RankTerm[], candidates: readonly number[], allKeys: Float64Array): Float64Array {
  const position = new Map<number, number>();
  candidates.forEach((key, i) => position.set(key, i));
  const oldest = candidates[candidates.length - 1] ?? 0;
  const weighted: Float64Array[] = [];
  const idf: number[] = [];
  const beyondExact = beyondExactInTier(stmts, terms, position, oldest);
  for (const term of terms) {
    // One word's IDF only scales every score alike, so it is estimated only between words.
    const termIdf = terms.length === 1 ? 1 : bm25Idf(allKeys.length, estimatedDocumentCount(stmts, term, allKeys));
    for (const f of termFrequencies(stmts, term, position, oldest, candidates.length, beyondExact)) {
      weighted.push(f);
      idf.push(termIdf);
    }
  }
  const lengths = new Float64Array(candidates.length);
  let total = 0;
  for (const [key, sizes] of stmts.docSizes.all(JSON.stringify(candidates)) as [number, Uint8Array][]) {
    const d = position.get(key);
    if (d === undefined) continue;
    lengths[d] = documentLength(sizes);
    total += lengths[d] as number;
  }
  // The candidates' mean length stands for the archive's: they are a thousand of its documents.
  return bm25Scores(weighted, idf, lengths, candidates.length > 0 ? total / candidates.length : 1);
}
