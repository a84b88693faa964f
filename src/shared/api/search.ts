// Searching the archive: one query language (src/shared/search, README "Searching"),
// results grouped by story with snippets, counterparts in another language, facets and hints.
import { z } from 'zod';
import { method } from './define';


/** Longer queries are refused with `queryTooLong`; anything shorter is read, never rejected. */
export const MAX_QUERY_CHARS = 20_000;

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_HINT_CODES = [
  'unbalancedQuote',
  'unbalancedParenthesis',
  'strayOperator',
  /** `NOT` with no word after it. */
  'strayNot',
  'unknownFilter',
  'emptyFilter',
  'badDate',
  'badLanguage',
  /** A well-formed `lang:` value no version in the archive is written in. */
  'languageAbsent',
  'shortPrefix',
  'ignoredSymbols',
  'onlyExclusions',
  'tooManyTerms',
  'exclusionInOr',
  'filterScope',
  'notOperator',
  /** A date filter left out stories that have no date: `count` of them. */
  'undatedLeftOut',
] as const;
export type SearchHintCode = (typeof SEARCH_HINT_CODES)[number];

/** Something the query did not say clearly, and how it was read instead. */
export interface SearchHint {
  code: SearchHintCode;
  /** The piece of the query the hint is about, as typed. */
  text?: string;
  /** How many (stories left out, for `undatedLeftOut`). */
  count?: number;
}

export const SearchInput = z
  .object({
    query: z.string(),
    sort: z.enum(SEARCH_SORTS).default('relevance'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
    /** Paragraphs shown per story. */
    hitsPerStory: z.number().int().min(1).max(50).default(3),
    /** Preferred language of the counterpart paragraph (else the original, else another version). */
    counterpartLang: z.string().max(35).optional(),
  })
  .strict();

/**
 * How a word in the text met the query: as typed, inflected, as the name of a country, language
 * or currency in another language (`translated`), or as a name spelled in another script or
 * romanization (`transliterated`).
 */
export type SearchMatchKind = 'exact' | 'inflected' | 'translated' | 'transliterated';

/** A word of a hit that met the query, and how. */
export interface SearchMatch {
  /** As written in the text. */
  text: string;
  kind: SearchMatchKind;
  /** The query word it met, as typed (absent for an exact match). */
  query?: string;
  /** For `translated`: the language the text's word is the name in. */
  lang?: string;
}

export interface SearchCounterpart {
  lang: string;
  versionId: number;
  block: number;
  kind: string;
  snippet: string;
  highlights: [number, number][];
}

export interface SearchHit {
  lang: string;
  versionId: number;
  original: boolean;
  /** 0-based block index in its version. */
  block: number;
  kind: string;
  snippet: string;
  /** [start, end) offsets of matched words in `snippet`. */
  highlights: [number, number][];
  /** The forms that matched, as written in the text, comma-separated. */
  matched: string;
  matches: SearchMatch[];
  counterpart: SearchCounterpart | null;
}

export interface SearchStoryResult {
  id: number;
  /** A story of the first-run guide: ranked after the reader's own. */
  guide: boolean;
  /** BM25 (lower is better) when ranked by relevance; null for date order. */
  score: number | null;
  /** Newest publication date of its versions (or when it was added), ISO: what date order uses. */
  date: string | null;
  /** Newest publication day of its versions (YYYY-MM-DD), null when none says. */
  published: string | null;
  versions: { lang: string; headline: string; original: boolean; agency: string | null }[];
  hits: SearchHit[];
}

export interface SearchFacet {
  /** What to put after the filter name in the query (`lang:uk`, `agency:"UNN"`, `after:2024`). */
  value: string;
  count: number;
}

export interface SearchFacets {
  lang: SearchFacet[];
  agency: SearchFacet[];
  year: SearchFacet[];
}

export interface SearchResult {
  /** Stories that match. */
  total: number;
  /**
   * True when more versions passed the query's filters than a search keeps (MATCH_CAP, 20,000),
   * or a filtered search stopped at its scan limit with matches left unread: `total` and the
   * facets' counts are then lower bounds ("at least"), and results come from the newest (for
   * oldest-first order, the oldest) matching versions by when they were stored.
   */
  totalAtLeast: boolean;
  offset: number;
  stories: SearchStoryResult[];
  /**
   * Matching stories by language (under each language a story matches in), by agency (of its
   * original) and by year (of its newest dated version).
   */
  facets: SearchFacets;
  hints: SearchHint[];
  /**
   * `bm25`: every match ranked; `bm25-headlines`: a very broad query (over 3,000 matching
   * versions), ranked among its 1,000 newest headline and lead matches, the rest after them newest
   * first; `date`: newest or oldest first.
   */
  ranking: 'bm25' | 'bm25-headlines' | 'date';
}

export interface StoryHighlights {
  versions: { versionId: number; lang: string; blocks: { block: number; ranges: [number, number][] }[] }[];
}

export const searchContract = {
  search: method<SearchResult>()(SearchInput),
  /** Where a query's words are in one story, for highlighting in the reader. */
  searchHighlights: method<StoryHighlights>()(z.object({ query: z.string(), storyId: z.number().int().positive() }).strict()),
};
