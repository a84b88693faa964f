// The query language, as a pure function: text in, a syntax tree, filters and hints out. It never
// throws: whatever it cannot read as an operator it reads as literal words and says so in a hint.
//
//   words            all must match (in one version of a story)
//   "a phrase"       these words, adjacent, exactly as written (case and apostrophes aside)
//   prefix*          words starting with prefix (at least 2 letters)
//   -word, NOT word  without this word (also -"phrase", -(group), -lang:xx, -agency:X)
//   a OR b           either (binds tighter than the implicit AND: `x a OR b` is x AND (a OR b))
//   ( … )            grouping
//   lang:uk  agency:UNN (source:)  place:Kyiv  title:word  after:2024-01-01  before:2024-06
//   original:  translation:   (which side matched; with a word, `original:Kallas`, also a term)
import type { SearchHint } from '../../../shared/api/search';
import { WORD_PATTERN, unifyApostrophes } from './normalize';

export type Scope = 'all' | 'title';

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
  /** Inclusive start (YYYY-MM-DD) of the first day allowed. */
  after: string | null;
  /** Exclusive: the first day no longer allowed (YYYY-MM-DD). */
  before: string | null;
  side: 'original' | 'translation' | null;
}

export type QueryHint = SearchHint;

export interface ParsedQuery {
  root: QueryNode | null;
  filters: QueryFilters;
  hints: QueryHint[];
}

export const FILTER_NAMES = ['lang', 'agency', 'source', 'place', 'title', 'after', 'before', 'original', 'translation'] as const;
/** At most this many words and phrases are searched; the rest is dropped with a hint. */
export const MAX_TERMS = 32;
/** Parentheses nested deeper than this are read as if absent (no stack is deep enough for all). */
export const MAX_GROUP_DEPTH = 16;
const MIN_PREFIX = 2;

type Lexeme =
  | { kind: 'chunk'; text: string; negated: boolean }
  | { kind: 'phrase'; text: string; negated: boolean; closed: boolean; filter?: string }
  | { kind: 'open'; negated: boolean; filter?: string }
  | { kind: 'close' }
  | { kind: 'or' };

function lex(input: string, hints: QueryHint[]): Lexeme[] {
  const s = unifyApostrophes(input)
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB\u201F\uFF02]/gu, '"')
    // A number pasted with no-break or thin spaces between its digit groups (3 000) is one word.
    .replace(/(?<=\p{N})[\u00A0\u202F\u2009](?=\p{N}{3}(?!\p{N}))/gu, '');
  const out: Lexeme[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let j = i;
    if ((ch === '-' || ch === '\u2212') && j + 1 < s.length && !/\s/u.test(s[j + 1] as string)) {
      negated = true;
      j++;
    }
    const c = s[j] as string;
    if (c === '(') {
      out.push({ kind: 'open', negated });
      i = j + 1;
      continue;
    }
    if (c === ')') {
      out.push({ kind: 'close' });
      i = j + 1;
      continue;
    }
    if (c === '"') {
      const end = s.indexOf('"', j + 1);
      const closed = end >= 0;
      out.push({ kind: 'phrase', text: s.slice(j + 1, closed ? end : s.length), negated, closed });
      if (!closed) hints.push({ code: 'unbalancedQuote' });
      i = closed ? end + 1 : s.length;
      continue;
    }
    // A chunk runs to white space, a parenthesis or a quote.
    let k = j;
    while (k < s.length && !/[\s()"]/u.test(s[k] as string)) k++;
    const text = s.slice(j, k);
    const filterMatch = /^([A-Za-z]+):$/u.exec(text);
    // `name:"quoted value"` and `name:(group)` attach the filter name to what follows.
    if (filterMatch && (s[k] === '"' || s[k] === '(')) {
      const name = (filterMatch[1] as string).toLowerCase();
      if (s[k] === '(') {
        out.push({ kind: 'open', negated, filter: name });
        i = k + 1;
      } else {
        const end = s.indexOf('"', k + 1);
        const closed = end >= 0;
        if (!closed) hints.push({ code: 'unbalancedQuote' });
        out.push({ kind: 'phrase', text: s.slice(k + 1, closed ? end : s.length), negated, closed, filter: name });
        i = closed ? end + 1 : s.length;
      }
      continue;
    }
    if (!negated && (text === 'OR' || text === '|' || text === '||')) out.push({ kind: 'or' });
    else if (text.length > 0) out.push({ kind: 'chunk', text, negated });
    else if (negated) hints.push({ code: 'strayOperator', text: '-' });
    i = k;
  }
  return out;
}

function wordsOf(text: string): string[] {
  return [...unifyApostrophes(text).matchAll(WORD_PATTERN)].map((m) => m[0]);
}

function emptyFilters(): QueryFilters {
  return { langs: [], notLangs: [], agencies: [], places: [], after: null, before: null, side: null };
}

/** `2024`, `2024-06`, `2024-06-15` → the first day of that period, and the first day after it. */
export function parseDatePeriod(value: string): { start: string; next: string } | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? null : Number(m[2]);
  const d = m[3] === undefined ? null : Number(m[3]);
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  const start = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  if (d !== null && start.getUTCDate() !== d) return null;
  const next =
    d !== null
      ? new Date(Date.UTC(y, (mo as number) - 1, d + 1))
      : mo !== null
        ? new Date(Date.UTC(y, mo, 1))
        : new Date(Date.UTC(y + 1, 0, 1));
  const iso = (t: Date): string => t.toISOString().slice(0, 10);
  return { start: iso(start), next: iso(next) };
}

/** Filters whose values OR together anyway (`lang:uk lang:et` is either language). */
const UNION_FILTERS = new Set(['lang', 'agency', 'place']);
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;
const SIDE_WORDS = new Set(['', 'yes', 'true', 'only', '1']);

export function parseQuery(input: string): ParsedQuery {
  const hints: QueryHint[] = [];
  const filters = emptyFilters();
  const lexemes = flattenDeepGroups(lex(typeof input === 'string' ? input : '', hints));
  let pos = 0;
  let terms = 0;
  let truncated = false;
  /** Filters in the order applied (source: as agency:), so OR and excluded groups can see theirs. */
  const applied: { name: string; raw: string }[] = [];

  const countTerm = (): boolean => {
    if (terms >= MAX_TERMS) {
      if (!truncated) hints.push({ code: 'tooManyTerms', text: String(MAX_TERMS) });
      truncated = true;
      return false;
    }
    terms++;
    return true;
  };

  const wordNodes = (text: string, scope: Scope, allowPrefix: boolean): QueryNode | null => {
    let prefix = false;
    let body = text;
    // A boost (Kallas^2) is not ours: the word is searched without it.
    const boost = /\^[\d.]*$/u.exec(body);
    if (boost && boost.index > 0) {
      hints.push({ code: 'ignoredSymbols', text: boost[0] });
      body = body.slice(0, boost.index);
    }
    if (allowPrefix && /\*+$/u.test(body)) {
      body = body.replace(/\*+$/u, '');
      prefix = true;
    }
    const words = wordsOf(body);
    if (words.length === 0) {
      if (text.length > 0) hints.push({ code: 'ignoredSymbols', text });
      return null;
    }
    const nodes: QueryNode[] = [];
    words.forEach((w, idx) => {
      const isLast = idx === words.length - 1;
      let p = prefix && isLast;
      if (p && [...w].length < MIN_PREFIX) {
        hints.push({ code: 'shortPrefix', text });
        p = false;
      }
      if (countTerm()) nodes.push({ type: 'word', text: w, prefix: p, scope });
    });
    if (prefix && /\*./u.test(text)) hints.push({ code: 'ignoredSymbols', text });
    if (nodes.length === 0) return null;
    return nodes.length === 1 ? (nodes[0] as QueryNode) : { type: 'and', children: nodes };
  };

  const phraseNode = (text: string, scope: Scope): QueryNode | null => {
    const words = wordsOf(text);
    if (words.length === 0) return null;
    if (!countTerm()) return null;
    if (words.length === 1) return { type: 'word', text: words[0] as string, prefix: false, scope };
    return { type: 'phrase', words, scope };
  };

  const negate = (node: QueryNode | null, negated: boolean): QueryNode | null =>
    node && negated ? { type: 'not', child: node } : node;

  /**
   * Applies a filter; returns a node when the filter is also a term (title:, original:word).
   * `excludedGroup`: the filter is inside `-( … )`, so it excludes what it names (a node returned
   * is negated by the group itself).
   */
  const applyFilter = (
    name: string,
    value: string,
    ownNegation: boolean,
    raw: string,
    quoted = false,
    excludedGroup = false,
  ): QueryNode | null => {
    const known = (FILTER_NAMES as readonly string[]).includes(name);
    if (!known) {
      hints.push({ code: 'unknownFilter', text: raw });
      return negate(wordNodes(raw.replace(/:/gu, ' '), 'all', true), ownNegation);
    }
    const negated = ownNegation !== excludedGroup;
    const trimmed = value.trim();
    if (name !== 'title') applied.push({ name: name === 'source' ? 'agency' : name, raw });
    switch (name) {
      case 'lang': {
        const tags = trimmed.split(',').map((t) => t.trim()).filter(Boolean);
        if (tags.length === 0) hints.push({ code: 'emptyFilter', text: raw });
        for (const tag of tags) {
          if (!LANG_TAG.test(tag)) {
            hints.push({ code: 'badLanguage', text: tag });
            continue;
          }
          (negated ? filters.notLangs : filters.langs).push(tag.toLowerCase());
        }
        return null;
      }
      case 'agency':
      case 'source':
      case 'place': {
        const words = wordsOf(trimmed);
        if (words.length === 0) {
          hints.push({ code: 'emptyFilter', text: raw });
          return null;
        }
        (name === 'place' ? filters.places : filters.agencies).push({ words, negated });
        return null;
      }
      case 'after':
      case 'before': {
        const period = parseDatePeriod(trimmed);
        if (!period) {
          hints.push({ code: trimmed ? 'badDate' : 'emptyFilter', text: raw });
          return null;
        }
        // Not after a day is before it, and the other way round.
        if ((name === 'after') !== negated) filters.after = period.start;
        else filters.before = period.start;
        return null;
      }
      case 'original':
      case 'translation': {
        filters.side = negated ? (name === 'original' ? 'translation' : 'original') : (name as 'original' | 'translation');
        if (SIDE_WORDS.has(trimmed.toLowerCase())) return null;
        return quoted ? phraseNode(trimmed, 'all') : wordNodes(trimmed, 'all', true);
      }
      default: {
        // title:
        if (!trimmed) {
          hints.push({ code: 'emptyFilter', text: raw });
          return null;
        }
        return negate(quoted ? phraseNode(trimmed, 'title') : wordNodes(trimmed, 'title', true), ownNegation);
      }
    }
  };

  /**
   * `excluded`: inside `-( … )`. Filters apply to the whole query, so OR between them works only
   * where it means the same: values of one of lang:, agency:, place: (`lang:uk OR lang:et`), or any
   * filters inside an excluded group (each is excluded). Elsewhere a hint says how it was read.
   */
  const parseSequence = (depth: number, scope: Scope, excluded: boolean): QueryNode[] => {
    const items: QueryNode[] = [];
    let pendingOr = false;
    /** Where this lexeme's filters start in `applied`. */
    let mark = applied.length;
    /** The last thing read: a node, and the filters it applied. */
    let last: { node: QueryNode | null; filters: { name: string; raw: string }[] } | null = null;
    const push = (node: QueryNode | null): void => {
      const filters = applied.slice(mark);
      if (!node && filters.length === 0) return;
      const left = last;
      last = { node, filters };
      let orWords = pendingOr && left !== null && left.node !== null && node !== null;
      if (pendingOr && left && (left.filters.length > 0 || filters.length > 0)) {
        const names = new Set([...left.filters, ...filters].map((f) => f.name));
        const union =
          left.node === null && node === null && (excluded || (names.size === 1 && UNION_FILTERS.has([...names][0] as string)));
        if (!union) {
          hints.push({ code: 'filterScope', text: (filters[0] ?? left.filters[0])?.raw ?? 'OR' });
          // A word beside a filter is required like any other, not an alternative to it.
          if (left.node === null || node === null) orWords = false;
        }
      }
      pendingOr = false;
      if (!node) return;
      const prev = items[items.length - 1];
      if (orWords && prev) {
        items[items.length - 1] =
          prev.type === 'or' ? { type: 'or', children: [...prev.children, node] } : { type: 'or', children: [prev, node] };
      } else {
        items.push(node);
      }
    };
    while (pos < lexemes.length) {
      const lx = lexemes[pos] as Lexeme;
      mark = applied.length;
      if (lx.kind === 'close') {
        if (depth > 0) break;
        hints.push({ code: 'unbalancedParenthesis', text: ')' });
        pos++;
        continue;
      }
      pos++;
      if (lx.kind === 'or') {
        if (pendingOr || last === null) hints.push({ code: 'strayOperator', text: 'OR' });
        else pendingOr = true;
        continue;
      }
      if (lx.kind === 'open') {
        const innerScope: Scope = lx.filter === 'title' ? 'title' : scope;
        const children = parseSequence(depth + 1, innerScope, excluded !== lx.negated);
        if (pos < lexemes.length && (lexemes[pos] as Lexeme).kind === 'close') pos++;
        else hints.push({ code: 'unbalancedParenthesis', text: '(' });
        const side = lx.filter === 'original' || lx.filter === 'translation';
        if (lx.filter && lx.filter !== 'title' && !side) {
          hints.push({ code: 'unknownFilter', text: `${lx.filter}:(` });
        }
        const group: QueryNode | null =
          children.length === 0 ? null : children.length === 1 ? (children[0] as QueryNode) : { type: 'and', children };
        // `-(Kallas lang:en)` cannot exclude the pair: the filter is excluded on its own.
        const inner = applied.slice(mark);
        if (lx.negated && inner.length > 0 && (group !== null || new Set(inner.map((f) => f.name)).size > 1)) {
          hints.push({ code: 'filterScope', text: (inner[0] as { raw: string }).raw });
        }
        if (side) {
          // `original:(a OR b)` as `original:a` reads: the side, and the group as a term.
          applyFilter(lx.filter as string, '', lx.negated, `${lx.filter}:(`, false, excluded);
          push(group);
          continue;
        }
        push(negate(group, lx.negated));
        continue;
      }
      if (lx.kind === 'phrase') {
        if (lx.filter) {
          push(applyFilter(lx.filter, lx.text, lx.negated, `${lx.filter}:"${lx.text}"`, lx.closed, excluded));
          continue;
        }
        // An unclosed quote reads as plain words: the reader may have typed a stray mark.
        const node = lx.closed ? phraseNode(lx.text, scope) : wordNodes(lx.text, scope, false);
        push(negate(node, lx.negated));
        continue;
      }
      // A chunk: NOT, AND, a filter, or words.
      if (!lx.negated && lx.text === 'AND') continue;
      if (!lx.negated && lx.text === 'NOT') {
        const next = lexemes[pos];
        if (next && next.kind !== 'or' && next.kind !== 'close') {
          if (next.kind === 'chunk' || next.kind === 'phrase' || next.kind === 'open') next.negated = !next.negated;
          continue;
        }
        hints.push({ code: 'strayOperator', text: 'NOT' });
        continue;
      }
      // FTS5's NEAR( … ) is not ours: its words are searched as a group.
      if (!lx.negated && /^NEAR(?:\/\d*)?$/u.test(lx.text) && lexemes[pos]?.kind === 'open') {
        hints.push({ code: 'notOperator', text: lx.text });
        continue;
      }
      const colon = lx.text.indexOf(':');
      // Column syntax such as body_x: is an unknown filter, said so.
      if (colon > 0 && /^[A-Za-z][A-Za-z0-9_]*$/u.test(lx.text.slice(0, colon))) {
        const name = lx.text.slice(0, colon).toLowerCase();
        push(applyFilter(name, lx.text.slice(colon + 1), lx.negated, lx.text, false, excluded));
        continue;
      }
      push(negate(wordNodes(lx.text, scope, true), lx.negated));
    }
    if (pendingOr) hints.push({ code: 'strayOperator', text: 'OR' });
    return items;
  };

  const items: QueryNode[] = [];
  while (pos < lexemes.length) {
    items.push(...parseSequence(0, 'all', false));
    if (pos < lexemes.length) pos++; // a stray ')' already reported
  }
  const root = simplify(items.length === 0 ? null : items.length === 1 ? (items[0] as QueryNode) : { type: 'and', children: items }, hints);
  return { root, filters, hints: dedupeHints(hints) };
}

/** Removes exclusions that cannot be searched (inside OR, or with nothing to exclude from). */
function simplify(node: QueryNode | null, hints: QueryHint[]): QueryNode | null {
  if (!node) return null;
  switch (node.type) {
    case 'word':
    case 'phrase':
      return node;
    case 'not': {
      const child = simplify(node.child, hints);
      return child ? { type: 'not', child } : null;
    }
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
    case 'and': {
      const kids = node.children.map((c) => simplify(c, hints)).filter((c): c is QueryNode => c !== null);
      return kids.length === 0 ? null : kids.length === 1 ? (kids[0] as QueryNode) : { type: 'and', children: kids };
    }
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

/** Drops the parentheses nested past MAX_GROUP_DEPTH, keeping what they held. */
function flattenDeepGroups(lexemes: Lexeme[]): Lexeme[] {
  let depth = 0;
  const kept: Lexeme[] = [];
  // For each ')' we meet: was its '(' kept?
  const openKept: boolean[] = [];
  for (const lx of lexemes) {
    if (lx.kind === 'open') {
      depth++;
      const keep = depth <= MAX_GROUP_DEPTH;
      openKept.push(keep);
      if (keep) kept.push(lx);
    } else if (lx.kind === 'close') {
      if (depth > 0) depth--;
      const keep = openKept.pop() ?? true;
      if (keep) kept.push(lx);
    } else {
      kept.push(lx);
    }
  }
  return kept;
}
