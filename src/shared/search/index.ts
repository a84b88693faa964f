// The query language, once, for the core (which compiles it to FTS5), the CLI and the renderer
// (which edits facets on its tree). Passes: lex → parentheses → parse (syntax tree with filter
// nodes) → lift filters (search tree + filters), and print (tree → query). README "Searching".
//
//   words            all must match (in one version of a story)
//   "a phrase"       these words, adjacent, exactly as written (case and apostrophes aside)
//   prefix*          words starting with prefix (at least 2 letters)
//   -word, NOT word  without this word (also -"phrase", -(group), -lang:xx, -agency:X)
//   a OR b           either (binds tighter than the implicit AND: `x a OR b` is x AND (a OR b))
//   ( … )            grouping
//   lang:uk  agency:UNN (source:)  place:Kyiv  tag:energy  title:word  after:2024-01-01  before:2024-06
//   original:  translation:   (which side matched; with a word, `original:Kallas`, also a term)
import { liftFilters, type ParsedQuery } from './lift';
import { parseSyntax } from './parse';

/** Parses and lifts: what the core searches. Throws only `queryTooLong` (a DiptychError). */
export function parseQuery(input: string): ParsedQuery {
  return liftFilters(parseSyntax(input));
}

export { parseSyntax, checkQueryLength } from './parse';
export { liftFilters, hasPositive, emptyFilters, rawFilter } from './lift';
export type { FilterWords, ParsedQuery, QueryFilters, QueryNode, Scope } from './lift';
export { printQuery } from './print';
export { parseDatePeriod } from './dates';
export * from './facets';
export * from './syntax';
export { wordsOf } from './words';
