// Pass 4: filters lifted out of the syntax tree. What is left is the search tree of words and
// phrases the core compiles to FTS5; the filters apply to the whole search. Filters inside OR and
// excluded groups apply where that means the same (`lang:uk OR lang:et`, `-(lang:en)`); elsewhere
// a hint says how they were read.
import { parseDatePeriod } from './dates';
import { filterNameOf, MAX_TERMS, type FilterNode, type GroupNode, type QueryHint, type QueryTree, type SyntaxNode } from './syntax';
import { wordsOf } from './words';

export type Scope = 'all' | 'title';

/** What is searched in the text. */
export type QueryNode =
  | { type: 'word'; text: string; prefix: boolean; scope: Scope }
  | { type: 'phrase'; words: string[]; scope: Scope }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

export interface FilterWords {
  words: string[];
  negated: boolean;
}

export interface QueryFilters {
  langs: string[];
  notLangs: string[];
  agencies: FilterWords[];
  places: FilterWords[];
  /** Tags, compared without case: the story must have one of `tags` and none of `notTags`. */
  tags: string[];
  notTags: string[];
  /** Inclusive start (YYYY-MM-DD) of the first day allowed. */
  after: string | null;
  /** Exclusive: the first day no longer allowed (YYYY-MM-DD). */
  before: string | null;
  side: 'original' | 'translation' | null;
}

export interface ParsedQuery {
  root: QueryNode | null;
  filters: QueryFilters;
  hints: QueryHint[];
}

const MIN_PREFIX = 2;
/** Filters whose values OR together anyway (`lang:uk lang:et` is either language). */
const UNION_FILTERS = new Set(['lang', 'agency', 'place', 'tag']);
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;
const SIDE_WORDS = new Set(['', 'yes', 'true', 'only', '1']);

export function emptyFilters(): QueryFilters {
  return { langs: [], notLangs: [], agencies: [], places: [], tags: [], notTags: [], after: null, before: null, side: null };
}

/** A filter as applied: its name (`source:` as `agency`) and how it was written, for hints. */
interface Applied {
  name: string;
  raw: string;
}

/** A piece of the tree lifted: the search nodes it leaves in its sequence, and the filters it applied. */
interface Lifted {
  nodes: QueryNode[];
  filters: Applied[];
}

interface Context {
  hints: QueryHint[];
  filters: QueryFilters;
  terms: number;
  truncated: boolean;
}

export function liftFilters(tree: QueryTree): ParsedQuery {
  const ctx: Context = { hints: [...tree.hints], filters: emptyFilters(), terms: 0, truncated: false };
  const lifted = tree.root ? lift(ctx, tree.root, 'all', false) : { nodes: [], filters: [] };
  const root = simplify(allOf(lifted.nodes), ctx.hints);
  return { root, filters: ctx.filters, hints: dedupeHints(ctx.hints) };
}

const allOf = (nodes: QueryNode[]): QueryNode | null =>
  nodes.length === 0 ? null : nodes.length === 1 ? (nodes[0] as QueryNode) : { type: 'and', children: nodes };

const negate = (node: QueryNode | null, negated: boolean): QueryNode | null =>
  node && negated ? { type: 'not', child: node } : node;

const only = (node: QueryNode | null, filters: Applied[] = []): Lifted => ({ nodes: node ? [node] : [], filters });

/** `excluded`: inside `-( … )`, where a filter excludes what it names. */
function lift(ctx: Context, node: SyntaxNode, scope: Scope, excluded: boolean): Lifted {
  switch (node.type) {
    case 'term':
      return only(negate(wordNodes(ctx, node.text, scope, true), node.negated));
    case 'phrase':
      // An unclosed quote reads as plain words: the reader may have typed a stray mark.
      return only(negate(node.closed ? phraseNode(ctx, node.text, scope) : wordNodes(ctx, node.text, scope, false), node.negated));
    case 'filter':
      return liftFilter(ctx, node, excluded);
    case 'group':
      return liftGroup(ctx, node, scope, excluded);
    case 'and': {
      const parts = node.children.map((c) => lift(ctx, c, scope, excluded));
      return { nodes: parts.flatMap((p) => p.nodes), filters: parts.flatMap((p) => p.filters) };
    }
    case 'or':
      return liftOr(ctx, node.children.map((c) => lift(ctx, c, scope, excluded)), excluded);
  }
}

/**
 * Neighbours in OR are alternatives when both search words. A filter beside them applies to the
 * whole search on its own (and parts the words around it), except between values of one filter
 * of a kind that ORs anyway, or inside an excluded group, where each is excluded.
 */
function liftOr(ctx: Context, parts: Lifted[], excluded: boolean): Lifted {
  const items = parts.filter((p) => p.nodes.length > 0 || p.filters.length > 0);
  // An alternative that searches nothing (only symbols, an empty title:) leaves its OR without a side.
  if (items.length < parts.length) ctx.hints.push({ code: 'strayOperator', text: 'OR' });
  const segments: QueryNode[][] = [];
  let prev: Lifted | null = null;
  for (const item of items) {
    const node = item.nodes[0] ?? null;
    if (prev && (prev.filters.length > 0 || item.filters.length > 0)) {
      const names = new Set([...prev.filters, ...item.filters].map((f) => f.name));
      const bothFilters = prev.nodes.length === 0 && node === null;
      const union = bothFilters && (excluded || (names.size === 1 && UNION_FILTERS.has([...names][0] as string)));
      if (!union) ctx.hints.push({ code: 'filterScope', text: (item.filters[0] ?? prev.filters[0])?.raw ?? 'OR' });
    }
    if (node) {
      const joins = prev !== null && prev.nodes.length > 0;
      if (joins) (segments[segments.length - 1] as QueryNode[]).push(node);
      else segments.push([node]);
    }
    prev = item;
  }
  const nodes = segments.map((s) =>
    s.length === 1 ? (s[0] as QueryNode) : ({ type: 'or', children: s.flatMap((n) => (n.type === 'or' ? n.children : [n])) } as QueryNode),
  );
  return { nodes, filters: items.flatMap((p) => p.filters) };
}

function liftGroup(ctx: Context, group: GroupNode, scope: Scope, excluded: boolean): Lifted {
  const name = group.name?.toLowerCase() ?? null;
  const inner = group.body
    ? lift(ctx, group.body, name === 'title' ? 'title' : scope, excluded !== group.negated)
    : { nodes: [], filters: [] };
  const side = name === 'original' || name === 'translation';
  if (name && name !== 'title' && !side) ctx.hints.push({ code: 'unknownFilter', text: `${group.name}:(` });
  const body = allOf(inner.nodes);
  // `-(Kallas lang:en)` cannot exclude the pair: the filter is excluded on its own.
  if (group.negated && inner.filters.length > 0 && (body !== null || new Set(inner.filters.map((f) => f.name)).size > 1)) {
    ctx.hints.push({ code: 'filterScope', text: (inner.filters[0] as Applied).raw });
  }
  if (side) {
    // `original:(a OR b)` reads as `original:a` does: the side, and the group as a term.
    const sideFilter: FilterNode = { type: 'filter', name: group.name as string, value: '', negated: group.negated, quoted: false, closed: true };
    const applied = liftFilter(ctx, sideFilter, excluded, `${group.name}:(`);
    return only(body, [...inner.filters, ...applied.filters]);
  }
  return only(negate(body, group.negated), inner.filters);
}

/** Applies a filter to the context; what it leaves is a node when the filter is also a term. */
function liftFilter(ctx: Context, f: FilterNode, excluded: boolean, raw = rawFilter(f)): Lifted {
  const name = filterNameOf(f.name);
  if (!name) {
    ctx.hints.push({ code: 'unknownFilter', text: raw });
    return only(negate(wordNodes(ctx, raw.replace(/:/gu, ' '), 'all', true), f.negated));
  }
  const negated = f.negated !== excluded;
  const value = f.value.trim();
  // An unclosed quote reads as plain words, as it does without a filter.
  const phrase = f.quoted && f.closed;
  const applied: Applied[] = name === 'title' ? [] : [{ name: name === 'source' ? 'agency' : name, raw }];
  const filters = ctx.filters;
  const empty = (): void => void ctx.hints.push({ code: 'emptyFilter', text: raw });
  switch (name) {
    case 'lang':
    case 'tag': {
      const values = value.split(',').map((t) => t.trim()).filter(Boolean);
      if (values.length === 0) empty();
      for (const v of values) {
        if (name === 'tag') (negated ? filters.notTags : filters.tags).push(v);
        else if (!LANG_TAG.test(v)) ctx.hints.push({ code: 'badLanguage', text: v });
        else (negated ? filters.notLangs : filters.langs).push(v.toLowerCase());
      }
      return only(null, applied);
    }
    case 'agency':
    case 'source':
    case 'place': {
      const words = wordsOf(value);
      if (words.length === 0) empty();
      else (name === 'place' ? filters.places : filters.agencies).push({ words, negated });
      return only(null, applied);
    }
    case 'after':
    case 'before': {
      const period = parseDatePeriod(value);
      if (!period) ctx.hints.push({ code: value ? 'badDate' : 'emptyFilter', text: raw });
      // Not after a day is before it, and the other way round.
      else if ((name === 'after') !== negated) filters.after = period.start;
      else filters.before = period.start;
      return only(null, applied);
    }
    case 'original':
    case 'translation': {
      filters.side = negated ? (name === 'original' ? 'translation' : 'original') : name;
      if (SIDE_WORDS.has(value.toLowerCase())) return only(null, applied);
      return only(phrase ? phraseNode(ctx, value, 'all') : wordNodes(ctx, value, 'all', true), applied);
    }
    case 'title': {
      if (!value) {
        empty();
        return only(null);
      }
      return only(negate(phrase ? phraseNode(ctx, value, 'title') : wordNodes(ctx, value, 'title', true), f.negated));
    }
  }
}

/** The filter as typed (without its `-`), for hints. */
export function rawFilter(f: FilterNode): string {
  return f.quoted ? `${f.name}:"${f.value}"` : `${f.name}:${f.value}`;
}

function countTerm(ctx: Context): boolean {
  if (ctx.terms >= MAX_TERMS) {
    if (!ctx.truncated) ctx.hints.push({ code: 'tooManyTerms', text: String(MAX_TERMS) });
    ctx.truncated = true;
    return false;
  }
  ctx.terms++;
  return true;
}

function wordNodes(ctx: Context, text: string, scope: Scope, allowPrefix: boolean): QueryNode | null {
  let prefix = false;
  let body = text;
  // A boost (Kallas^2) is not ours: the word is searched without it.
  const boost = /\^[\d.]*$/u.exec(body);
  if (boost && boost.index > 0) {
    ctx.hints.push({ code: 'ignoredSymbols', text: boost[0] });
    body = body.slice(0, boost.index);
  }
  if (allowPrefix && /\*+$/u.test(body)) {
    body = body.replace(/\*+$/u, '');
    prefix = true;
  }
  const words = wordsOf(body);
  if (words.length === 0) {
    if (text.length > 0) ctx.hints.push({ code: 'ignoredSymbols', text });
    return null;
  }
  const nodes: QueryNode[] = [];
  words.forEach((w, idx) => {
    let p = prefix && idx === words.length - 1;
    if (p && [...w].length < MIN_PREFIX) {
      ctx.hints.push({ code: 'shortPrefix', text });
      p = false;
    }
    if (countTerm(ctx)) nodes.push({ type: 'word', text: w, prefix: p, scope });
  });
  if (prefix && /\*./u.test(text)) ctx.hints.push({ code: 'ignoredSymbols', text });
  return allOf(nodes);
}

function phraseNode(ctx: Context, text: string, scope: Scope): QueryNode | null {
  const words = wordsOf(text);
  if (words.length === 0 || !countTerm(ctx)) return null;
  if (words.length === 1) return { type: 'word', text: words[0] as string, prefix: false, scope };
  return { type: 'phrase', words, scope };
}

/**
 * `-( … )` of what is already simplified. Two negations cancel (`-(-Kyiv)` is `Kyiv`), and
 * excluding only exclusions keeps what any of them excluded (`-(-Kyiv -Odesa)` is `Kyiv OR Odesa`),
 * so neither leaves an exclusion with nothing to exclude from.
 */
function negation(child: QueryNode | null): QueryNode | null {
  if (!child) return null;
  if (child.type === 'not') return child.child;
  if (child.type === 'and' && child.children.every((c) => c.type === 'not')) {
    return { type: 'or', children: child.children.map((c) => (c as Extract<QueryNode, { type: 'not' }>).child) };
  }
  return { type: 'not', child };
}

/** Removes exclusions that cannot be searched (inside OR, or with nothing to exclude from). */
function simplify(node: QueryNode | null, hints: QueryHint[]): QueryNode | null {
  if (!node) return null;
  switch (node.type) {
    case 'word':
    case 'phrase':
      return node;
    case 'not':
      return negation(simplify(node.child, hints));
    case 'or': {
      const kids: QueryNode[] = [];
      for (const c of node.children) {
        const s = simplify(c, hints);
        if (!s) continue;
        if (!hasPositive(s)) {
          hints.push({ code: 'exclusionInOr' });
          continue;
        }
        kids.push(s);
      }
      return kids.length === 0 ? null : kids.length === 1 ? (kids[0] as QueryNode) : { type: 'or', children: kids };
    }
    case 'and':
      return allOf(node.children.map((c) => simplify(c, hints)).filter((c): c is QueryNode => c !== null));
  }
}

/** True when the node requires something to be present (not only absences). */
export function hasPositive(node: QueryNode): boolean {
  switch (node.type) {
    case 'word':
    case 'phrase':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.children.some(hasPositive);
    case 'or':
      return node.children.every(hasPositive);
  }
}

function dedupeHints(hints: QueryHint[]): QueryHint[] {
  const seen = new Set<string>();
  return hints.filter((h) => {
    const key = `${h.code}\u0000${h.text ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
