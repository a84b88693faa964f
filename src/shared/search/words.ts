// What a word is, for the query language and for the index alike (core/search/normalize.ts builds
// its comparable forms on these), so a query is cut into words exactly as stored text is.

/** Every apostrophe form a word may be written with (unified to U+0027). */
export const APOSTROPHE_CLASS = "'\u02BC\u2019\u2018`\u02BB\u2032\uFF07\u00B4";
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CLASS}]`, 'gu');

/**
 * Replaces every apostrophe form (ʼ U+02BC, ’ U+2019, ' U+0027, ‘ U+2018, ` U+0060, ʻ, ′, ＇, ´)
 * by U+0027. Each is a single UTF-16 unit, so the string's length and offsets stay unchanged.
 */
export function unifyApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/**
 * A word: letters, marks and digits, with apostrophes allowed between letters (премʼєр, O'Brien).
 * Soft hyphens and zero-width spaces and joiners inside a word are invisible and do not split it
 * (mäe\u00ADtee\u00ADkaarte), nor does a no-break or thin space between digit groups (3\u202F000).
 * Hyphens, dashes, quotes, other spaces and every other punctuation mark separate words.
 */
export const WORD_PATTERN =
  /[\p{L}\p{M}\p{N}]+(?:(?:'|[\u00AD\u200B-\u200D\u2060]+)[\p{L}\p{M}\p{N}]+|(?<=\p{N})[\u00A0\u202F\u2009]\p{N}{3}(?![\p{L}\p{M}\p{N}]))*/gu;

/** The words of `text` as written (apostrophes unified). */
export function wordsOf(text: string): string[] {
  return [...unifyApostrophes(text).matchAll(WORD_PATTERN)].map((m) => m[0]);
}
