// Finding a query's words in a block of text, for hits, snippets and highlighting, by the same
// forms the index matched: an exact form, an inflected form (shared stem), an unaccented spelling,
// or a name in the other script. Each match says which, so a result can show how it was found.
import { analyzeWord, type WordAnalysis } from './analyze';
import { APOSTROPHE_CLASS } from '../../../shared/search/words';
import { foldLatinDiacritics, forEachWord, scriptOf, unifyApostrophes, WORD_PATTERN } from './normalize';
import { queryWordForms, type WordForms } from './query-compile';
import type { ParsedQuery, QueryNode } from '../../../shared/search';
import { KEY_FROM_CYRILLIC, KEY_FROM_LATIN } from './transliterate';
import type { NameLexicon } from './display-names';
import { keyInitials } from './name-key';

export type MatchKind = 'exact' | 'inflected' | 'translated' | 'transliterated';

/** How a word met a term: its kind, and for a name in another language, which language. */
interface MatchHow {
  kind: MatchKind;
  lang?: string;
}

export interface TextMatch {
  start: number;
  end: number;
  /** The words as written in the text. */
  text: string;
  kind: MatchKind;
  /** Index of the query term that matched. */
  term: number;
  /** The query word as typed, for a match other than exact (Кличко, written Klitschko). */
  query?: string;
  /** For a translated name: the language it is the name in (Індії, the name in Ukrainian). */
  lang?: string;
}

interface WordTerm {
  type: 'word';
  /** As typed. */
  text: string;
  forms: WordForms;
  expanded: Set<string>;
  titleOnly: boolean;
}
interface PhraseTerm {
  type: 'phrase';
  words: string[];
  titleOnly: boolean;
}
type Term = WordTerm | PhraseTerm;

export interface TermMatcher {
  terms: readonly Term[];
  /** True when a version in `lang` is written in the script of some query word. */
  sameScript(lang: string): boolean;
  /** Matches in `text`, written in `lang`, in text order. */
  find(text: string, lang: string, kind?: string): TextMatch[];
  /**
   * Whether `text` may hold some term's literal trace; where it holds none, only a name in
   * another script (a `transliterated` match) can be found in it.
   */
  mayHoldLiteral(text: string): boolean;
}

function positiveTerms(node: QueryNode | null, out: QueryNode[]): void {
  if (!node) return;
  if (node.type === 'word' || node.type === 'phrase') out.push(node);
  else if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => positiveTerms(c, out));
  // Excluded words are not highlighted.
}

const KIND_ORDER: Record<MatchKind, number> = { exact: 0, inflected: 1, translated: 2, transliterated: 3 };

const isKey = (f: string): boolean => f.startsWith(KEY_FROM_CYRILLIC) || f.startsWith(KEY_FROM_LATIN);

/**
 * `names`: what words name in other languages, as the query was compiled with (query-compile.ts);
 * `analyze`: how a written word is analysed, when a cache of analyses outlives the query.
 */
export function createTermMatcher(
  parsed: ParsedQuery,
  names?: NameLexicon,
  analyze: (word: string, lang: string) => WordAnalysis = analyzeWord,
  options: { readEveryWord?: boolean } = {},
): TermMatcher {
  const nodes: QueryNode[] = [];
  positiveTerms(parsed.root, nodes);
  const terms: Term[] = nodes.map((n) => {
    if (n.type === 'phrase') {
      const words = n.words.map((w) => analyzeWord(w, 'und').exact).filter(Boolean);
      return { type: 'phrase', words, titleOnly: n.scope === 'title' };
    }
    const w = n as Extract<QueryNode, { type: 'word' }>;
    const forms = queryWordForms(w.text, w.prefix, parsed.filters.langs, names);
    return { type: 'word', text: w.text, forms, expanded: new Set(forms.expanded), titleOnly: w.scope === 'title' };
  });

  // Per query, each distinct written word is analysed and compared once: the page's paragraphs
  // repeat their vocabulary, and this runs over every paragraph of up to 50 stories.
  interface Seen {
    exact: string;
    kinds: (MatchHow | null)[];
    any: boolean;
  }
  const memos = new Map<string, Map<string, Seen>>();
  const analyzers = new Map<string, (word: string) => WordAnalysis>();
  const analyzerFor = (lang: string): ((word: string) => WordAnalysis) => {
    let a = analyzers.get(lang);
    if (!a) analyzers.set(lang, (a = (word: string) => analyze(word, lang)));
    return a;
  };
  const memoFor = (lang: string): Map<string, Seen> => {
    let m = memos.get(lang);
    if (!m) memos.set(lang, (m = new Map()));
    return m;
  };
  const hasPhrase = terms.some((t) => t.type === 'phrase');
  const wordPattern = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  const namePattern = new RegExp(NAME_PATTERN.source, 'uy');
  const maybeCapital = new RegExp(MAYBE_CAPITAL.source, MAYBE_CAPITAL.flags);

  const probes = buildProbes(terms);
  // Whether a name beginning with a letter (a code point) may have a key the terms look for, asked once a letter.
  const keyedStarts = new Map<number, boolean>();
  const mayBeKeyed = (letter: number): boolean => {
    let may = keyedStarts.get(letter);
    if (may === undefined) {
      const initials = keyInitials(String.fromCodePoint(letter));
      may = initials === '' || [...initials].some((i) => probes.keyStarts.has(i));
      keyedStarts.set(letter, may);
    }
    return may;
  };

  const find = (text: string, lang: string, kind?: string): TextMatch[] => {
    if (terms.length === 0) return [];
    const look = mayMatch(probes, text, lang);
    const mode = look.mode;
    if (mode === 'none') return [];
    // Where every match holds a literal at the text's own offsets, only the words around the
    // literals are read: a paragraph of a hundred words has two or three of them (a phrase's
    // literal is its first word, the words after it are read from there). A name matched by its
    // key holds none but a capital, so in a paragraph with letters of a key's script (an English
    // paragraph may quote Київ; Kiev looks for Kyiv) the words around capitals are read too.
    const nearLiterals =
      mode === 'all' && look.lowered !== null && !options.readEveryWord
        ? wordsHoldingLiterals(text, look.lowered, probes.literals, look.offsets, hasKeyScriptLetters(probes, text) ? maybeCapital : null)
        : null;
    const analyzeIn = analyzerFor(lang);
    const memo = memoFor(lang);
    const unified = unifyApostrophes(text);
    const found: TextMatch[] = [];
    const words: WordAt[] = [];
    const spans =
      nearLiterals ?? (mode === 'all' ? wordSpans(wordPattern, unified) : nameSpans(unified, namePattern, maybeCapital, options.readEveryWord ? undefined : mayBeKeyed));
    const seenOf = (key: string): Seen => {
      let seen = memo.get(key);
      if (!seen) {
        const a = analyzeIn(key);
        const kinds = terms.map((t) => (t.type === 'word' && a.exact ? matchWord(t, a.exact, a.expanded, lang) : null));
        seen = { exact: a.exact, kinds, any: kinds.some((k) => k !== null) };
        memo.set(key, seen);
      }
      return seen;
    };
    for (let w = 0; w < spans.length; w += 2) {
      const start = spans[w] as number;
      const end = spans[w + 1] as number;
      const seen = seenOf(unified.slice(start, end));
      if (hasPhrase && mode === 'all') words.push({ start, end, exact: seen.exact });
      if (!seen.any) continue;
      seen.kinds.forEach((k, ti) => {
        if (k === null) return;
        const term = terms[ti] as WordTerm;
        if (term.titleOnly && kind !== undefined && kind !== 'headline') return;
        const match: TextMatch = { start, end, text: text.slice(start, end), kind: k.kind, term: ti };
        if (k.kind !== 'exact') match.query = term.text;
        if (k.lang) match.lang = k.lang;
        found.push(match);
      });
    }
    if (hasPhrase && mode === 'all') {
      terms.forEach((term, ti) => {
        if (term.type !== 'phrase' || term.words.length === 0) return;
        if (term.titleOnly && kind !== undefined && kind !== 'headline') return;
        for (let i = 0; i < words.length; i++) {
          const end =
            nearLiterals === null
              ? phraseEndInOrder(words, i, term.words)
              : phraseEndAfter(words[i] as WordAt, term.words, unified, wordPattern, (word) => seenOf(word).exact);
          if (end === null) continue;
          const start = (words[i] as WordAt).start;
          found.push({ start, end, text: text.slice(start, end), kind: 'exact', term: ti });
        }
      });
    }
    // Where several terms match one word (Kallas OR Каллас), the closest kind is kept.
    found.sort((x, y) => x.start - y.start || y.end - x.end || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
    // Drop matches nested inside an earlier one (a word inside a matched phrase).
    const out: TextMatch[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (last && m.start < last.end) continue;
      out.push(m);
    }
    return out;
  };

  const scripts = new Set(
    terms.map((t) => scriptOf(t.type === 'word' ? t.forms.exact : (t.words[0] ?? ''))),
  );
  const sameScript = (lang: string): boolean => scripts.has(scriptOfLang(lang));
  const mayHoldLiteral = (text: string): boolean => mayMatch(probes, text, 'und').mode === 'all';
  return { terms, find, sameScript, mayHoldLiteral };
}

interface WordAt {
  start: number;
  end: number;
  exact: string;
}

/** Where `phrase` ends if it starts at `words[i]`, every word of the text being in `words`; else null. */
function phraseEndInOrder(words: readonly WordAt[], i: number, phrase: readonly string[]): number | null {
  if (i + phrase.length > words.length) return null;
  for (let k = 0; k < phrase.length; k++) if (words[i + k]?.exact !== phrase[k]) return null;
  return (words[i + phrase.length - 1] as WordAt).end;
}

/**
 * Where `phrase` ends if it starts at `first`, its following words read from the text by
 * `wordPattern` from where `first` ends, as reading every word would have them; else null.
 */
function phraseEndAfter(first: WordAt, phrase: readonly string[], text: string, wordPattern: RegExp, exactOf: (word: string) => string): number | null {
  if (first.exact !== phrase[0]) return null;
  let end = first.end;
  wordPattern.lastIndex = end;
  for (let k = 1; k < phrase.length; k++) {
    const m = wordPattern.exec(text);
    if (m === null || exactOf(m[0]) !== phrase[k]) return null;
    end = m.index + m[0].length;
  }
  return end;
}

/** Start and end of each word `pattern` finds in `text`, flat: [start0, end0, start1, end1, …]. */
function wordSpans(pattern: RegExp, text: string): number[] {
  const spans: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

/**
 * What `wordSpans` gives with NAME_PATTERN, found faster (every paragraph in the other script is
 * read for names, and the pattern's look-behind and optional article made its own scan most of an
 * older spelling's hits). A name starts at its capital, or after an elided article that ends with
 * an apostrophe just before it (d'Odessa); so the pattern, made sticky, is tried only there, at each
 * unit `maybeCapital` finds, leftmost first as the pattern's own scan would.
 * `sticky`: NAME_PATTERN with the flags `uy`; `maybeCapital`: MAYBE_CAPITAL; `mayBeKeyed`, when
 * given, whether a name that begins with a letter (its code point) may be one looked for (name-key.ts's keyInitials).
 */
export function nameSpans(text: string, sticky: RegExp, maybeCapital: RegExp, mayBeKeyed?: (letter: number) => boolean): number[] {
  const spans: number[] = [];
  maybeCapital.lastIndex = 0;
  let from = 0;
  for (let c = maybeCapital.exec(text); c !== null; c = maybeCapital.exec(text)) {
    const at = c.index;
    const first = text.charCodeAt(at - 1) === APOSTROPHE ? Math.max(from, at - ARTICLE_UNITS - 1) : at;
    for (let start = first; start <= at; start++) {
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m === null) continue;
      from = start + m[0].length;
      // A name at its capital whose key cannot be one looked for is passed over (after an elided article, never).
      if (start !== at || !mayBeKeyed || mayBeKeyed(text.codePointAt(at) as number)) spans.push(start, from);
      maybeCapital.lastIndex = from;
      break;
    }
  }
  return spans;
}

/** Whether a code unit is a space or a control character, which no word holds. */
const isBreak = (unit: number): boolean => unit <= 0x20;

/**
 * The words (start and end, flat, in text order) of each run of `text` between spaces that holds
 * one of `literals` in one of `lowered`, lower-cased forms of the text whose code units are at
 * `offsets` in it (or at the same place): every word holding a literal, and its neighbours within
 * the run (energy-minister), found by the scan the index reads words with; with `capitals`
 * (MAYBE_CAPITAL), the words of each run that holds a capital as well, where a name may be.
 */
export function wordsHoldingLiterals(
  text: string,
  lowered: readonly string[],
  literals: readonly string[],
  offsets: Int32Array | null = null,
  capitals: RegExp | null = null,
): number[] {
  const ranges: number[] = [];
  if (capitals) {
    capitals.lastIndex = 0;
    for (let c = capitals.exec(text); c !== null; c = capitals.exec(text)) {
      let from = c.index;
      while (from > 0 && !isBreak(text.charCodeAt(from - 1))) from--;
      let to = c.index + 1;
      while (to < text.length && !isBreak(text.charCodeAt(to))) to++;
      ranges.push(from, to);
      capitals.lastIndex = to;
    }
  }
  for (const lower of lowered) {
    for (const literal of literals) {
      for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + 1)) {
        let from = offsets ? (offsets[at] as number) : at;
        while (from > 0 && !isBreak(text.charCodeAt(from - 1))) from--;
        let to = offsets ? (offsets[at + literal.length - 1] as number) + 1 : at + literal.length;
        while (to < text.length && !isBreak(text.charCodeAt(to))) to++;
        ranges.push(from, to);
      }
    }
  }
  const spans: number[] = [];
  if (ranges.length === 0) return spans;
  // Ranges are runs between spaces: two of them are the same run or apart, so sorting by start
  // and skipping repeats leaves each run once.
  const starts = Array.from({ length: ranges.length / 2 }, (_, i) => i * 2).sort((a, b) => (ranges[a] as number) - (ranges[b] as number));
  let lastStart = -1;
  for (const r of starts) {
    const from = ranges[r] as number;
    if (from === lastStart) continue;
    lastStart = from;
    forEachWord(text, (start, end) => spans.push(start, end), from, ranges[r + 1] as number);
  }
  return spans;
}

// A cheap look before reading a paragraph word by word: every way a term can match leaves a
// literal trace in the lower-cased text (its exact form, or its stem less the last letter, which
// stemmers may rewrite: territory → territori), except a name matched across scripts, so a
// paragraph in the other script is always read.
interface Probes {
  literals: string[];
  /** Scripts in which some term matches by cross-script key, so no literal trace is certain. */
  keyScripts: Set<'latin' | 'cyrillic'>;
  /** The first letters of the keys the terms look for, whichever script they were made from. */
  keyStarts: Set<string>;
}

function buildProbes(terms: readonly Term[]): Probes {
  const literals = new Set<string>();
  const keyScripts = new Set<'latin' | 'cyrillic'>();
  const keyStarts = new Set<string>();
  for (const t of terms) {
    if (t.type === 'phrase') {
      if (t.words[0]) literals.add(t.words[0]);
      continue;
    }
    for (const f of [t.forms.exact, ...t.forms.expanded]) {
      if (isKey(f)) {
        keyScripts.add(f.startsWith(KEY_FROM_CYRILLIC) ? 'cyrillic' : 'latin');
        keyStarts.add(f[KEY_FROM_CYRILLIC.length] as string);
      } else {
        const probe = t.forms.prefix || f === t.forms.exact ? f : f.slice(0, Math.max(2, f.length - 1));
        literals.add(probe);
        literals.add(foldLatinDiacritics(probe));
      }
    }
  }
  return { literals: [...literals].filter(Boolean), keyScripts, keyStarts };
}

const CYRILLIC_LANGS = /^(uk|ru|be|bg|sr|mk|kk|ky|tg|mn)(-|$)/iu;

/** Each accented Latin letter's unaccented form, built once: folding a paragraph is one pass. */
const QUICK_FOLD: Record<string, string> = (() => {
  const table: Record<string, string> = {};
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      table[ch] = foldLatinDiacritics(ch);
    }
  }
  return table;
})();

/**
 * What to read of a paragraph: nothing, only its capitalized words (names), or its words. With
 * `lowered`, the lower-cased forms its literals were looked for in (apostrophes and invisible
 * marks dropped, accents folded) and where each of their code units is in the text (`offsets`,
 * null when it is the same place); null when lower-casing moved them otherwise.
 */
interface Look {
  mode: 'none' | 'names' | 'all';
  lowered: string[] | null;
  offsets: Int32Array | null;
}

/** What the literals are looked for without: apostrophes (exactForm drops them), invisible marks and digit-group spaces. */
const DROPPED_CLASS = `${APOSTROPHE_CLASS}\u00AD\u200B\u200C\u200D\u2060\u00A0\u202F\u2009`;
const DROPPED = new RegExp(`[${DROPPED_CLASS}]`, 'u');
const DROPPED_ALL = new RegExp(`[${DROPPED_CLASS}]`, 'gu');
const ACCENTED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
const ACCENTED_LATIN_ALL = /[\u00C0-\u024F\u1E00-\u1EFF]/gu;
const COMBINING = /\p{M}/u;

/** Where each code unit of `text` with the DROPPED ones taken out was in `text`. */
function keptOffsets(text: string, keptLength: number): Int32Array {
  const offsets = new Int32Array(keptLength);
  // Between two dropped units the offsets only count up: found by the expression, not per unit.
  const dropped = new RegExp(DROPPED_ALL.source, DROPPED_ALL.flags);
  let k = 0;
  let from = 0;
  for (let m = dropped.exec(text); ; m = dropped.exec(text)) {
    const to = m === null ? text.length : m.index;
    for (let i = from; i < to && k < keptLength; i++) offsets[k++] = i;
    if (m === null) break;
    from = m.index + m[0].length;
  }
  return offsets;
}

function mayMatch(p: Probes, text: string, lang: string): Look {
  const original = text.toLowerCase();
  let lower = original;
  if (lower.includes('ё')) lower = lower.replace(/ё/gu, 'е');
  const dropped = DROPPED.test(lower);
  if (dropped) lower = lower.replace(DROPPED_ALL, '');
  const lowered = [lower];
  let aligned = true;
  let found = p.literals.some((probe) => lower.includes(probe));
  if (ACCENTED_LATIN.test(lower)) {
    const folded = lower.replace(ACCENTED_LATIN_ALL, (c) => QUICK_FOLD[c] ?? c);
    if (folded.length !== lower.length) aligned = false;
    lowered.push(folded);
    found ||= p.literals.some((probe) => folded.includes(probe));
  }
  if (!found) {
    // Names are read in a version of the key's script, and in any paragraph quoting that script
    // (an English paragraph that says Київ), as the index keyed them.
    const readNames = p.keyScripts.size > 0 && (p.keyScripts.has(scriptOfLang(lang)) || hasKeyScriptLetters(p, text));
    return { mode: readNames ? 'names' : 'none', lowered: null, offsets: null };
  }
  // Lower-casing changed the length (İ) or a combining mark may join a letter: no offsets kept.
  aligned &&= original.length === text.length && !COMBINING.test(text);
  if (!aligned) return { mode: 'all', lowered: null, offsets: null };
  return { mode: 'all', lowered, offsets: dropped ? keptOffsets(original, lower.length) : null };
}

const SCRIPT_LETTER = { latin: /\p{Script=Latin}/u, cyrillic: /\p{Script=Cyrillic}/u } as const;

/**
 * Every letter of the script's first code unit, and a few others: a paragraph without any is
 * passed over in one fast pass (no `u` flag) before SCRIPT_LETTER's exact test (checked for every
 * code point in the tests).
 */
export const MAY_BE_LETTER_OF = {
  cyrillic: /[\u0400-\u052F\u1C80-\u1C8F\u1D2B\u1D78\u2DE0-\u2DFF\uA640-\uA69F\uD838\uFE2E\uFE2F]/,
  latin:
    /[A-Za-z\u00AA\u00BA\u00C0-\u02FF\u1D00-\u1DBF\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\u212A\u212B\u2132\u214E\u2160-\u2188\u2C60-\u2C7F\uA720-\uA7FF\uAB30-\uAB6F\uD801\uD837\uFB00-\uFB06\uFF21-\uFF3A\uFF41-\uFF5A]/,
} as const;

/** Whether a paragraph holds a letter of a script some term is keyed in (an English one quoting Київ). */
function hasKeyScriptLetters(p: Probes, text: string): boolean {
  for (const script of p.keyScripts) if (MAY_BE_LETTER_OF[script].test(text) && SCRIPT_LETTER[script].test(text)) return true;
  return false;
}

const scriptOfLang = (lang: string): 'latin' | 'cyrillic' => (CYRILLIC_LANGS.test(lang) ? 'cyrillic' : 'latin');

/** The longest elided article a name may follow, in code units (NAME_PATTERN's `\p{Ll}{1,6}'`, each letter up to two). */
const ARTICLE_UNITS = 12;
const APOSTROPHE = 0x27;
/**
 * Every capital letter's code unit (an astral one's first), and others: all but ranges that hold
 * no capital (ASCII but A–Z, Latin-1's symbols and small letters, Cyrillic small letters,
 * combining marks, punctuation). Without the `u` flag it scans four times faster than `\p{Lu}`.
 */
export const MAYBE_CAPITAL = /[^\x00-\x40\x5B-\xBF\xDF-\xFF\u0300-\u036F\u0430-\u045F\u2000-\u206F]/g;
/** Capitalized words only (after an elided article too: d'Odessa): cross-script keys are indexed for names alone. */
export const NAME_PATTERN = /(?<![\p{L}\p{M}\p{N}'\u00AD\u200B-\u200D\u2060])(?:\p{Ll}{1,6}')?\p{Lu}[\p{L}\p{M}\p{N}]*(?:(?:'|[\u00AD\u200B-\u200D\u2060]+)[\p{L}\p{M}\p{N}]+)*/gu;

function matchWord(term: WordTerm, exact: string, expanded: readonly string[], docLang: string): MatchHow | null {
  const f = term.forms;
  if (f.prefix) {
    if (exact.startsWith(f.exact)) return { kind: 'exact' };
    for (const e of [exact, ...expanded]) {
      for (const q of f.expanded) {
        if (e.startsWith(q)) return { kind: isKey(q) ? 'transliterated' : 'inflected' };
      }
    }
    return null;
  }
  if (exact === f.exact) return { kind: 'exact' };
  // A word that is its own stem keeps no separate expanded form.
  const named = (form: string): MatchHow | null => {
    const langs = f.names.get(form);
    if (!langs) return null;
    const primary = docLang.toLowerCase().split('-')[0] as string;
    return { kind: 'translated', lang: langs.includes(primary) ? primary : (langs[0] as string) };
  };
  if (term.expanded.has(exact)) return named(exact) ?? { kind: 'inflected' };
  let how: MatchHow | null = null;
  for (const e of expanded) {
    if (!term.expanded.has(e)) continue;
    if (isKey(e)) {
      how ??= { kind: 'transliterated' };
      continue;
    }
    const name = named(e);
    if (!name) return { kind: 'inflected' };
    how = name;
  }
  return how;
}
