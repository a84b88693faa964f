// From a parsed query to an FTS5 MATCH expression. Nothing the reader typed reaches SQLite as
// syntax: every word is reduced to letters and digits by the tokenizer and then double-quoted, and
// all operators are written here. The same word forms drive highlighting (term-matcher.ts).
import { foldLatinDiacritics, exactForm, hasLatinDiacritics, isNameWord, scriptOf, unelidedForm } from './normalize';
import { hasPositive, type FilterWords, type ParsedQuery, type QueryNode, type Scope } from '../../../shared/search';
import { languagesForScript, primaryLanguage, stemWord } from './stemmers';
import { cyrillicQueryStemKeys, queryStemKeys } from './cross-script-stems';
import { documentKeys, queryKeys } from './transliterate';
import type { NameLexicon } from './display-names';
import type { PrefixTerms } from './prefix-terms';

/** What compiling looks up beyond the query: names in other languages, the index's words by prefix. */
interface Lookups {
  names?: NameLexicon;
  prefixes?: PrefixTerms;
  /** The words of the index's agency and place columns (doc-cache's fieldWords), asked only for a word to match. */
  fieldWords?: () => ReadonlySet<string>;
  /** Each word's and phrase's forms, made once per compile. */
  terms: Map<QueryNode, RankTerm | null>;
}

export interface WordForms {
  /** The exact form, as stored in the exact columns. */
  exact: string;
  /** What the word looks for among expanded forms: stems, the unaccented form, cross-script keys. */
  expanded: string[];
  prefix: boolean;
  /**
   * Forms that are the name, in another language, of the country, territory, language or currency
   * the word names (display-names.ts), with the languages they are that name in.
   */
  names: Map<string, string[]>;
}

/**
 * The forms a query word is searched by. `langs` narrows stemming when the query has lang:;
 * `names`, when given, adds what the word names in other languages.
 */
export function queryWordForms(text: string, prefix: boolean, langs: readonly string[] = [], names?: NameLexicon): WordForms {
  const exact = exactForm(text);
  // L’viv: the word whole, as a name, besides viv after an elided article.
  const whole = unelidedForm(text);
  if (prefix) {
    // A prefix looks among Cyrillic-derived keys only: the start of a key (Kie* is ki) would meet
    // every Latin name that begins alike.
    const forms = new Set<string>();
    if (!hasLatinDiacritics(exact)) forms.add(exact);
    for (const k of [...queryKeys(exact), ...(whole ? queryKeys(whole) : [])]) forms.add(k);
    return { exact, expanded: [...forms], prefix, names: new Map() };
  }
  const script = scriptOf(exact);
  const stemLangs = langs.length > 0 ? langs.map(primaryLanguage) : languagesForScript(script);
  const forms = new Set<string>();
  for (const lang of stemLangs) forms.add(stemWord(exact, lang));
  // An unaccented word also finds accented spellings (mae → mäe); an accented one stays exact.
  if (!hasLatinDiacritics(exact)) forms.add(exact);
  else forms.delete(foldLatinDiacritics(exact));
  // Typed as a name (Kiev, not kiev), a Latin word also finds the name's other Latin spellings.
  const asName = isNameWord(text);
  const keys = queryKeys(exact, asName);
  for (const k of [...keys, ...(whole ? queryKeys(whole, asName) : [])]) forms.add(k);
  // A Latin name also finds its Cyrillic counterpart's inflected forms (Narva → Нарві).
  if (script === 'latin') for (const k of queryStemKeys(exact, keys)) forms.add(k);
  // An inflected Cyrillic name also finds its Latin spelling (у Києві → Kyiv).
  if (script === 'cyrillic') for (const k of cyrillicQueryStemKeys(exact, keys)) forms.add(k);
  const named = names ? translatedNames(exact, names, forms) : new Map<string, string[]>();
  for (const f of named.keys()) forms.add(f);
  return { exact, expanded: [...forms].filter((f) => f.length > 0), prefix, names: named };
}

/** India → індія, інді, indien, inde…: the names the word's referent has in other languages. */
function translatedNames(exact: string, names: NameLexicon, own: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of names.namesOf(exact)) {
    for (const form of [name.exact, ...name.stems]) {
      if (form === exact || own.has(form)) continue;
      const langs = out.get(form);
      if (!langs) out.set(form, [name.lang]);
      else if (!langs.includes(name.lang)) langs.push(name.lang);
    }
  }
  return out;
}

export type IndexColumn = 'head' | 'head_x' | 'lead' | 'lead_x' | 'body' | 'body_x';

// Expanded forms are looked for in the exact columns too: a stem that equals its word is stored once.
export const SCOPE_COLUMNS: Record<Scope, { exact: readonly IndexColumn[]; expanded: readonly IndexColumn[] }> = {
  all: { exact: ['head', 'lead', 'body'], expanded: ['head', 'head_x', 'lead', 'lead_x', 'body', 'body_x'] },
  title: { exact: ['head'], expanded: ['head', 'head_x'] },
};

/** FTS5's column filter: `{head lead}`. */
export const columnFilter = (columns: readonly string[]): string => `{${columns.join(' ')}}`;

const quote = (form: string): string => `"${form.replace(/"/gu, '""')}"`;

/** A form as FTS5 looks for it: quoted, and for a prefix, the index's words it starts or its `*`. */
function formPhrase(form: string, prefix: boolean, look: Lookups): string {
  if (!prefix) return quote(form);
  const terms = look.prefixes?.(form);
  if (!terms) return `${quote(form)} *`;
  return terms.length === 1 ? quote(terms[0] as string) : `(${terms.map(quote).join(' OR ')})`;
}

/**
 * A word or phrase with the forms it is looked for by (each once per compile: `look.terms`), or
 * null when nothing of it is left to search.
 */
function termOf(node: Extract<QueryNode, { type: 'word' | 'phrase' }>, langs: readonly string[], look: Lookups): RankTerm | null {
  if (look.terms.has(node)) return look.terms.get(node) ?? null;
  let term: RankTerm | null = null;
  if (node.type === 'phrase') {
    const words = node.words.map(exactForm).filter(Boolean);
    if (words.length > 0) term = { exact: quote(words.join(' ')), expanded: [], scope: node.scope, prefix: false };
  } else {
    const forms = queryWordForms(node.text, node.prefix, langs, look.names);
    if (forms.exact) {
      const exact = formPhrase(forms.exact, node.prefix, look);
      const expanded = forms.expanded.map((f) => formPhrase(f, node.prefix, look));
      // A prefix listed as the index's words is scored as they are; one left to FTS5 is not.
      term = { exact, expanded, scope: node.scope, prefix: [exact, ...expanded].some((p) => p.endsWith(' *')) };
    }
  }
  look.terms.set(node, term);
  return term;
}

/** Whether any of a term's forms is a word of the agency and place columns (for a prefix: starts one). */
export function inFieldWords(term: RankTerm, fieldWords: ReadonlySet<string>): boolean {
  for (const phrase of [term.exact, ...term.expanded]) {
    const prefix = phrase.endsWith(' *');
    for (const m of phrase.matchAll(/"((?:[^"]|"")*)"/gu)) {
      const form = (m[1] as string).replaceAll('""', '"');
      if (!prefix ? fieldWords.has(form) : startsAny(fieldWords, form)) return true;
    }
  }
  return false;
}

function startsAny(words: Iterable<string>, prefix: string): boolean {
  for (const w of words) if (w.startsWith(prefix)) return true;
  return false;
}

/**
 * `lean`: for finding which versions match, not for ranking. The exact-columns clause is there so
 * BM25 weighs an exact form twice; when the expanded forms include the exact form anyway (an
 * unaccented word), it finds nothing more and is left out, sparing FTS5 a doclist merge. And where
 * no form is a word of any version's agency or place (`look.fieldWords`), the six text columns are
 * every column the forms are in: the filter is left out too, sparing FTS5 a look at each position
 * list (a quarter of a broad word's match).
 */
function termExpression(term: RankTerm, lean: boolean, look: Lookups): string {
  const cols = SCOPE_COLUMNS[term.scope];
  const exact = `${columnFilter(cols.exact)} : ${term.exact}`;
  if (term.expanded.length === 0) return exact;
  const expanded = term.expanded.join(' OR ');
  if (lean && term.expanded.includes(term.exact)) {
    const anyColumn = term.scope === 'all' && look.fieldWords !== undefined && !inFieldWords(term, look.fieldWords());
    return anyColumn ? `(${expanded})` : `${columnFilter(cols.expanded)} : (${expanded})`;
  }
  return `(${exact} OR ${columnFilter(cols.expanded)} : (${expanded}))`;
}

function nodeExpression(node: QueryNode, langs: readonly string[], lean: boolean, look: Lookups): string | null {
  switch (node.type) {
    case 'word':
    case 'phrase': {
      const term = termOf(node, langs, look);
      return term && termExpression(term, lean, look);
    }
    case 'not':
      return null; // handled by the enclosing AND
    case 'or': {
      const parts = node.children.map((c) => nodeExpression(c, langs, lean, look)).filter((p): p is string => p !== null);
      if (parts.length === 0) return null;
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
    }
    case 'and': {
      const positives = node.children
        .filter((c) => c.type !== 'not')
        .map((c) => nodeExpression(c, langs, lean, look))
        .filter((p): p is string => p !== null);
      const negatives = negativeExpressions(node.children, langs, lean, look);
      if (positives.length === 0) return null;
      const base = positives.length === 1 ? (positives[0] as string) : `(${positives.join(' AND ')})`;
      return negatives.length === 0 ? base : `(${base} NOT (${negatives.join(' OR ')}))`;
    }
  }
}

/** A positive word or phrase of the query, as the headline tier scores it (headline-rank.ts). */
export interface RankTerm {
  /** The exact form or phrase, quoted, with ` *` for a prefix. */
  exact: string;
  /** The expanded forms, each quoted like `exact` (a phrase has none). */
  expanded: string[];
  scope: Scope;
  prefix: boolean;
}

/** The query's positive words and phrases, each once, with the forms their expressions look for. */
function rankTerms(node: QueryNode, langs: readonly string[], look: Lookups): RankTerm[] {
  switch (node.type) {
    case 'word':
    case 'phrase': {
      const term = termOf(node, langs, look);
      return term ? [term] : [];
    }
    case 'not':
      return [];
    case 'or':
    case 'and': {
      const terms = node.children.flatMap((c) => rankTerms(c, langs, look));
      return terms.filter((t, i) => terms.findIndex((u) => u.exact === t.exact && u.scope === t.scope && u.prefix === t.prefix) === i);
    }
  }
}

/** agency:/place: values: every word must be in the field, by its exact form or its cross-script key. */
function fieldExpression(column: 'agency' | 'place', value: FilterWords): string | null {
  const parts = value.words
    .map((w) => {
      const exact = exactForm(w);
      if (!exact) return null;
      const forms = new Set([exact, foldLatinDiacritics(exact), ...documentKeys(exact, 'uk'), ...queryKeys(exact)]);
      return `{${column}} : (${[...forms].map(quote).join(' OR ')})`;
    })
    .filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' AND ')})`;
}

export interface CompiledQuery {
  /** The FTS5 MATCH expression, or null when nothing is to be matched in the text index. */
  match: string | null;
  /** The same matches, written for finding them rather than ranking them (see wordExpression). */
  keysMatch: string | null;
  /** The query's own words, for ranking tiers: the positive part only. */
  positive: string | null;
  /** The positive part written lean, like keysMatch: for reading a tier's keys, not scoring them by bm25(). */
  leanPositive: string | null;
  /** The positive part's words and phrases, for scoring the headline tier without bm25(). */
  terms: RankTerm[];
  /** True when the query names something to look for (words, phrases or field filters). */
  searchable: boolean;
  /**
   * When nothing is to be matched (`match` null: only filters, such as `lang:uk -Macron`), what
   * its exclusions match, to be taken out of every version the filters keep; null when none.
   */
  excludedMatch: string | null;
}

/**
 * `names`: what words name in other languages (countries, languages, currencies), when given;
 * `prefixes`: the index's words that start with a prefix, when given (each looked up once here);
 * `fieldWords`: the words of the agency and place columns, when given (see termExpression), asked
 * only when there is a word to match (a query of exclusions alone builds no search cache).
 */
export function compileQuery(
  parsed: ParsedQuery,
  names?: NameLexicon,
  prefixes?: PrefixTerms,
  fieldWords?: () => ReadonlySet<string>,
): CompiledQuery {
  const langs = parsed.filters.langs;
  const root = parsed.root && hasPositive(parsed.root) ? parsed.root : null;
  const listed = new Map<string, string[] | null>();
  const look: Lookups = {
    names,
    fieldWords,
    terms: new Map(),
    prefixes: prefixes && ((form) => (listed.has(form) ? (listed.get(form) ?? null) : (listed.set(form, prefixes(form)).get(form) ?? null))),
  };
  const text = root ? nodeExpression(root, langs, false, look) : null;
  const positive = text;
  const required: string[] = [];
  const excluded: string[] = [];
  const fieldGroup = (column: 'agency' | 'place', values: FilterWords[]): void => {
    const include = values.filter((v) => !v.negated).map((v) => fieldExpression(column, v)).filter((p): p is string => p !== null);
    const exclude = values.filter((v) => v.negated).map((v) => fieldExpression(column, v)).filter((p): p is string => p !== null);
    if (include.length > 0) required.push(include.length === 1 ? (include[0] as string) : `(${include.join(' OR ')})`);
    excluded.push(...exclude);
  };
  fieldGroup('agency', parsed.filters.agencies);
  fieldGroup('place', parsed.filters.places);
  const combine = (words: string | null): string | null => {
    const all = [words, ...required].filter((p): p is string => p !== null);
    const m = all.length === 0 ? null : all.length === 1 ? (all[0] as string) : `(${all.join(' AND ')})`;
    return m && excluded.length > 0 ? `(${m} NOT (${excluded.join(' OR ')}))` : m;
  };
  const match = combine(text);
  const leanPositive = root ? nodeExpression(root, langs, true, look) : null;
  const keysMatch = combine(leanPositive);
  const terms = root ? rankTerms(root, langs, look) : [];
  const textExclusions = !root && parsed.root ? exclusionExpressions(parsed.root, langs, look) : [];
  const allExcluded = match === null ? [...textExclusions, ...excluded] : [];
  const excludedMatch = allExcluded.length === 0 ? null : allExcluded.length === 1 ? (allExcluded[0] as string) : `(${allExcluded.join(' OR ')})`;
  return { match, keysMatch, positive, leanPositive, terms, searchable: match !== null, excludedMatch };
}

/** The expressions of what a query with no positive part excludes (`-Macron -"air defence"`). */
function exclusionExpressions(node: QueryNode, langs: readonly string[], look: Lookups): string[] {
  return negativeExpressions(node.type === 'and' ? node.children : [node], langs, true, look);
}

/** What the exclusions among `nodes` match, each as an expression. */
function negativeExpressions(nodes: readonly QueryNode[], langs: readonly string[], lean: boolean, look: Lookups): string[] {
  return nodes
    .filter((c): c is Extract<QueryNode, { type: 'not' }> => c.type === 'not')
    .map((c) => nodeExpression(c.child, langs, lean, look))
    .filter((p): p is string => p !== null);
}
