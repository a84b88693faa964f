// How text becomes comparable words. The same rules run on stored text and on queries, so a
// reader's spelling of an apostrophe, a capital or an accent never decides what is found.
//
// - Every apostrophe form (ʼ U+02BC, ’ U+2019, ' U+0027, ‘ U+2018, ` U+0060, ʻ, ′, ＇) is one
//   character; each is a single UTF-16 unit, so unifying them keeps text offsets unchanged.
// - Case is folded in every script; Russian ё is folded to е (as Russian search always does).
// - Latin diacritics are folded only in the "expanded" forms (mäe → mae); Cyrillic letters keep
//   theirs: й ї є ґ and и/і stay distinct letters.

import { APOSTROPHE_CLASS, unifyApostrophes, WORD_PATTERN } from '../../../shared/search/words';

// The query language (src/shared/search) cuts words by the same pattern, so they live there.
export { unifyApostrophes, WORD_PATTERN } from '../../../shared/search/words';

/** What a word may hold but its form drops: invisible marks and digit-group spaces. */
export const INVISIBLE_IN_WORD = /[\u00AD\u200B-\u200D\u2060\u00A0\u202F\u2009]/gu;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\u00A0\u202F\u2009]/u;

export type Script = 'latin' | 'cyrillic' | 'other';

export function scriptOf(word: string): Script {
  for (const ch of word) {
    // ASCII and the Cyrillic block decided without a Unicode property lookup (U+0485–0486 are
    // combining marks of no one script).
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (isAsciiLetter(code)) return 'latin';
      continue;
    }
    if (code >= 0x400 && code <= 0x4ff && code !== 0x485 && code !== 0x486) return 'cyrillic';
    if (CYRILLIC_LETTER.test(ch)) return 'cyrillic';
    if (LATIN_LETTER.test(ch)) return 'latin';
  }
  return 'other';
}

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Elided articles and pronouns before an apostrophe (French l'homme, Italian dell'anno). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'dell', 'nell', 'all', 'sull']);

/** NFC, lower case, apostrophes unified, invisible marks dropped: where a word's forms start. */
function lowerWord(word: string): string {
  if (isPlainWord(word)) return word.toLowerCase();
  const w = unifyApostrophes(word).normalize('NFC').toLowerCase();
  return HAS_INVISIBLE.test(w) ? w.replace(INVISIBLE_IN_WORD, '') : w;
}

/**
 * Whether a word has nothing for lowerWord to do but lower-case it: no apostrophe, no invisible
 * mark, and only code units NFC leaves as they are (below the combining marks, or Cyrillic letters).
 * Most words are, and normalizing each costs more than the rest of its analysis.
 */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x300) {
      if (NOT_PLAIN_BELOW_MARKS[code] === 1) return false;
    } else if (code < 0x400 || code > 0x4ff || (code >= 0x483 && code <= 0x489)) return false;
  }
  return true;
}

/** The apostrophes and invisible marks below U+0300, read from their classes: 1 for each. */
const NOT_PLAIN_BELOW_MARKS = (() => {
  const table = new Uint8Array(0x300);
  const special = new RegExp(`[${APOSTROPHE_CLASS}]|${INVISIBLE_IN_WORD.source}`, 'u');
  for (let code = 0; code < 0x300; code++) if (special.test(String.fromCharCode(code))) table[code] = 1;
  return table;
})();

/** The article and the word of an elided form (l'armée → l, armée), or null. */
function elision(w: string): [string, string] | null {
  const parts = w.split("'");
  return parts.length === 2 && ELISIONS.has(parts[0] as string) && (parts[1] as string).length > 1
    ? [parts[0] as string, parts[1] as string]
    : null;
}

/**
 * The exact form of one word as found by `WORD_PATTERN` (apostrophes already unified or not):
 * NFC, lower case, ё→е, apostrophes dropped. In Latin script a possessive `'s` and an elided
 * article are dropped too, so `NATO's` is the word `nato` and `l'armée` is `armée`.
 */
export function exactForm(word: string): string {
  let w = lowerWord(word);
  if (w.includes("'")) {
    if (scriptOf(w) === 'latin') {
      const parts = w.split("'");
      if (parts.length === 2 && parts[1] === 's') w = parts[0] as string;
      else w = elision(w)?.[1] ?? w;
    }
    w = w.replace(/'/gu, '');
  }
  if (w.includes('ё')) w = w.replace(/ё/gu, 'е');
  return w;
}

/**
 * The whole word, apostrophes dropped, when exactForm read its start as an elided article: L’viv
 * is also the scholarly Львів, so a name is keyed by both readings. Null for any other word.
 */
export function unelidedForm(word: string): string | null {
  const w = lowerWord(word);
  if (!w.includes("'") || scriptOf(w) !== 'latin') return null;
  const elided = elision(w);
  return elided ? elided.join('') : null;
}

const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};

/**
 * Latin letters without their diacritics (mäe → mae, łódź → lodz). Marks on other scripts'
 * letters stay: Cyrillic й, ї keep their breve and diaeresis.
 */
export function foldLatinDiacritics(form: string): string {
  // Fast path: no letter from the Latin-1 Supplement or Latin Extended blocks, nothing to fold.
  if (!hasFoldableLetter(form)) return form;
  const decomposed = form.normalize('NFD');
  let out = '';
  let lastBaseLatin = false;
  for (let i = 0; i < decomposed.length; ) {
    const code = decomposed.codePointAt(i) as number;
    const ch = code > 0xffff ? decomposed.slice(i, i + 2) : (decomposed[i] as string);
    i += ch.length;
    // What NFD leaves of a Latin letter is ASCII and marks from U+0300–036F: those are decided
    // without a Unicode property lookup, which costs more than the rest of the loop.
    if (code < 0x80) {
      out += ch;
      lastBaseLatin = isAsciiLetter(code);
      continue;
    }
    if ((code >= 0x300 && code <= 0x36f) || MARK.test(ch)) {
      if (!lastBaseLatin) out += ch;
      continue;
    }
    const special = LATIN_SPECIAL[ch];
    if (special !== undefined) {
      out += special;
      lastBaseLatin = true;
      continue;
    }
    lastBaseLatin = LATIN_LETTER.test(ch);
    out += ch;
  }
  return out.normalize('NFC');
}

const MARK = /\p{M}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** Whether `form` holds a letter of the Latin-1 Supplement or the Latin Extended blocks. */
function hasFoldableLetter(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 0xc0 && (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff))) return true;
  }
  return false;
}

export function hasLatinDiacritics(form: string): boolean {
  return foldLatinDiacritics(form) !== form;
}

/** A word starts with a capital letter: names are the words we index across scripts. */
export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A capitalized word, or one after an elided article (d’Odessa, l’Allemagne): a name, as keys are made for. */
export function isNameWord(word: string): boolean {
  if (isCapitalized(word)) return true;
  const apostrophe = word.search(/['’ʼ‘]/u);
  return apostrophe > 0 && apostrophe <= 6 && isCapitalized(word.slice(apostrophe + 1));
}

export interface WordToken {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

/** The words of `text` with their offsets into it. */
export function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  const unified = unifyApostrophes(text);
  for (const m of unified.matchAll(WORD_PATTERN)) {
    const start = m.index ?? 0;
    out.push({ text: text.slice(start, start + m[0].length), start, end: start + m[0].length });
  }
  return out;
}

// The same words as WORD_PATTERN finds, by a scan over the text's code units: the index reads
// every word of every story, and a regular expression with a lookbehind costs several times this.
const LETTER_MARK_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
const DIGIT = /^\p{N}$/u;
const NONE = 3;
const WORD = 1;
const NUMBER = 2;
/** Class of each UTF-16 code unit (0 until first met): WORD, NUMBER (a word character too) or NONE. */
const UNIT_CLASS = new Uint8Array(65536);
const astralClasses = new Map<number, number>();

/** Apostrophes are no letters here, whatever Unicode says of ʼ and ʻ: they are unified to ' first. */
function classOf(ch: string): number {
  if (APOSTROPHE_CLASS.includes(ch)) return NONE;
  return DIGIT.test(ch) ? NUMBER : LETTER_MARK_DIGIT.test(ch) ? WORD : NONE;
}

/** The class of the code point at `i`, times 2, plus 1 when it takes two code units. */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const cp = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      let c = astralClasses.get(cp);
      if (c === undefined) astralClasses.set(cp, (c = classOf(String.fromCodePoint(cp))));
      return c * 2 + 1;
    }
  }
  let c = UNIT_CLASS[unit]!;
  if (c === 0) UNIT_CLASS[unit] = c = classOf(String.fromCharCode(unit));
  return c * 2;
}

const isApostrophe = (u: number): boolean =>
  u === 0x27 || u === 0x2bc || u === 0x2019 || u === 0x2018 || u === 0x60 || u === 0x2bb || u === 0x2032 || u === 0xff07 || u === 0xb4;
const isInvisible = (u: number): boolean => u === 0xad || (u >= 0x200b && u <= 0x200d) || u === 0x2060;
const isGroupSpace = (u: number): boolean => u === 0xa0 || u === 0x202f || u === 0x2009;

/** Where a run of word characters from `i` ends; `digit` hears whether its last one is a digit. */
function runEnd(text: string, i: number, last: { digit: boolean }): number {
  const n = text.length;
  while (i < n) {
    const c = classAt(text, i);
    if (c >> 1 === NONE) break;
    last.digit = c >> 1 === NUMBER;
    i += (c & 1) + 1;
  }
  return i;
}

/**
 * Calls `word(start, end)` for every word of `text`, exactly as WORD_PATTERN finds them in the text
 * with its apostrophes unified (any apostrophe form joins a word here). With `from` and `to`, the
 * words starting in that range, which must begin at the text's start or after a space or control
 * character (no word spans one, so the words found there are the text's own).
 */
export function forEachWord(text: string, word: (start: number, end: number) => void, from = 0, to = text.length): void {
  const n = text.length;
  const last = { digit: false };
  let i = from;
  while (i < to) {
    const c = classAt(text, i);
    if (c >> 1 === NONE) {
      i += (c & 1) + 1;
      continue;
    }
    const start = i;
    i = runEnd(text, i, last);
    while (i < n) {
      const u = text.charCodeAt(i);
      // An apostrophe, or invisible marks, between word characters: one word.
      let j = i;
      if (isApostrophe(u)) j = i + 1;
      else while (j < n && isInvisible(text.charCodeAt(j))) j++;
      if (j > i && j < n && classAt(text, j) >> 1 !== NONE) {
        i = runEnd(text, j, last);
        continue;
      }
      // A no-break or thin space between a number and a group of three digits: one number.
      if (!last.digit || !isGroupSpace(u)) break;
      let k = i + 1;
      let digits = 0;
      for (; digits < 3 && k < n; digits++) {
        const d = classAt(text, k);
        if (d >> 1 !== NUMBER) break;
        k += (d & 1) + 1;
      }
      if (digits < 3 || (k < n && classAt(text, k) >> 1 !== NONE)) break;
      i = k;
    }
    word(start, i);
  }
}
