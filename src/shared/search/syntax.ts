// The query as the reader wrote it, as a tree: words, phrases, filters and groups, and the
// operators between them. Filters are nodes like words, so a screen can find, add and remove them
// (facets) and print the query back (print.ts); liftFilters (lift.ts) takes them out for searching.
import type { SearchHint } from '../api/search';

/** A run of characters with no space, parenthesis or quote in it: `Kallas`, `Ukrain*`, `3000`. */
export interface TermNode {
  type: 'term';
  text: string;
  negated: boolean;
}

/** `"Financial Times"`; an unclosed quote runs to the end of the query. */
export interface PhraseNode {
  type: 'phrase';
  text: string;
  negated: boolean;
  closed: boolean;
}

/** `lang:uk`, `agency:"Financial Times"`, and any other `name:value` (unknown ones included). */
export interface FilterNode {
  type: 'filter';
  /** As written (`LANG:uk` keeps `LANG`); compared without case. */
  name: string;
  value: string;
  negated: boolean;
  /** Written `name:"value"`. */
  quoted: boolean;
  /** False for a quoted value whose quote was never closed. */
  closed: boolean;
}

/** `( … )`, `-( … )`, and `title:( … )`, `original:( … )` (named). */
export interface GroupNode {
  type: 'group';
  name: string | null;
  negated: boolean;
  closed: boolean;
  body: SyntaxNode | null;
}

/** Operands side by side: all must hold. */
export interface AndNode {
  type: 'and';
  children: SyntaxNode[];
}

/** `a OR b OR c`: binds tighter than the implied AND. Its operands are never `and` or `or`. */
export interface OrNode {
  type: 'or';
  children: SyntaxNode[];
}

export type SyntaxNode = TermNode | PhraseNode | FilterNode | GroupNode | AndNode | OrNode;
/** What an `or` holds, and what a sequence is made of. */
export type Operand = TermNode | PhraseNode | FilterNode | GroupNode;

export type QueryHint = SearchHint;

export interface QueryTree {
  root: SyntaxNode | null;
  /** What the syntax did not say clearly (a stray operator, an unclosed quote). */
  hints: QueryHint[];
}

/** The filters the language knows; `source:` is another name for `agency:`. */
export const FILTER_NAMES = [
  'lang',
  'agency',
  'source',
  'place',
  'tag',
  'title',
  'after',
  'before',
  'original',
  'translation',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export function filterNameOf(name: string): FilterName | null {
  const lower = name.toLowerCase();
  return (FILTER_NAMES as readonly string[]).includes(lower) ? (lower as FilterName) : null;
}

/** At most this many words and phrases are searched; the rest is dropped with a hint. */
export const MAX_TERMS = 32;
/** Parentheses nested deeper than this are read as if absent (no stack is deep enough for all). */
export const MAX_GROUP_DEPTH = 16;
