// What survives translation inside a paragraph or a sentence: numbers, dates, names (matched
// across scripts through their skeleton), acronyms, Latin words kept inside Cyrillic text, and
// quotation. Extraction is per text; matching between two versions happens in anchor-table.ts.
import { monthOf } from './months';
import { acronymKey, foldLatin, nameSkeleton } from './transliterate';

export interface TextAnchors {
  /** Numbers in a canonical form: thousands separators dropped, decimal comma as a point. */
  numbers: string[];
  /** Months named (1–12). */
  months: number[];
  /** Capitalised words as consonant skeletons; `initial` when the word opens a sentence. */
  names: { key: string; initial: boolean }[];
  /** All-capital words (NATO, УНН) in upper-case Latin. */
  acronyms: string[];
  /** Latin-script words standing in a text written mostly in another script. */
  foreignLatin: string[];
  /** Every Latin word of a Latin-script text, folded, to meet another side's foreignLatin. */
  latinWords: Set<string>;
  /** Opens with a quotation mark or a speech dash. */
  quoteStart: boolean;
  /** Holds a quotation anywhere. */
  hasQuote: boolean;
  /** How the text ends (SENTENCE_END): translators keep a question a question and a heading
   *  without a full stop. */
  ending: number;
}

/** The last mark of a text, closing quotes and brackets aside. `open` is a text with none (a
 *  heading, a caption, a fragment the splitter could not end). */
export const SENTENCE_END = { open: 0, stop: 1, question: 2, exclamation: 3, colon: 4, ellipsis: 5 } as const;

const TRAILING_CLOSERS = /[\s"'“”„«»‹›‘’‚)\]]+$/u;
const END_MARKS: Record<string, number> = {
  '.': SENTENCE_END.stop,
  ';': SENTENCE_END.stop,
  '?': SENTENCE_END.question,
  '!': SENTENCE_END.exclamation,
  ':': SENTENCE_END.colon,
  '…': SENTENCE_END.ellipsis,
};

export function sentenceEnding(text: string): number {
  const trimmed = text.replace(TRAILING_CLOSERS, '');
  if (trimmed.endsWith('...')) return SENTENCE_END.ellipsis;
  return END_MARKS[trimmed.slice(-1)] ?? SENTENCE_END.open;
}

/** A number (group 1) or a word (group 2). */
const TOKEN = /(\d+(?:[.,\u00A0\u202F\u2009 ]\d{3})*(?:[.,]\d+)?)|([\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*)/gu;
const QUOTE_OPEN = /^[\s(]*["“”„«‘‚‹—–]/u;
const ANY_QUOTE = /["“”„«»‹›]/u;

export function canonicalNumber(raw: string): string {
  const compact = raw.replace(/[\u00A0\u202F\u2009 ]/gu, '');
  // A separator followed by exactly three digits is a thousands separator ("1,500", "1.500");
  // any other is a decimal mark ("1,5", "3.14").
  const parts = compact.split(/[.,]/u);
  if (parts.length === 1) return stripZeros(compact);
  const last = parts[parts.length - 1]!;
  if (parts.slice(1).every((p) => p.length === 3)) return stripZeros(parts.join(''));
  return `${stripZeros(parts.slice(0, -1).join(''))}.${last}`;
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/u, '');
}

/** More letters of other scripts (Cyrillic, Greek, Arabic, Hebrew, CJK…) than Latin ones. */
function isMostlyNonLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if ((c >= 0x370 && c < 0x2000) || (c >= 0x3040 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00)) other++;
  }
  return other > latin;
}

/** True when only quotes, brackets, dashes and spaces stand between `at` and the start of the
 *  text or a sentence-ending mark. */
function opensSentence(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const ch = text[k]!;
    if (/[.!?…:]/u.test(ch)) return true;
    if (!/[\s"“”„«»‘’‚‹›'(\[—–-]/u.test(ch)) return false;
  }
  return true;
}

const fold = (word: string): string => (/^[A-Za-z]+$/u.test(word) ? word.toLowerCase() : foldLatin(word));

const memo = new Map<string, TextAnchors>();

/** Forgets the remembered anchors (for benchmarks that time a first reading). */
export function forgetAnchors(): void {
  memo.clear();
}

/** The anchors of a text, remembered for a while: when a third version of a story arrives, the
 *  first two are aligned with it again and their paragraphs need not be read twice. */
export function extractAnchors(text: string): TextAnchors {
  let known = memo.get(text);
  if (!known) {
    known = readAnchors(text);
    // A story's versions are aligned together, so a few hundred texts are enough to remember;
    // each key is a whole version's text, so thousands of them held tens of MB in a bulk import.
    if (memo.size >= 256) memo.clear();
    memo.set(text, known);
  }
  return known;
}

function readAnchors(text: string): TextAnchors {
  const result: TextAnchors = {
    numbers: [],
    months: [],
    names: [],
    acronyms: [],
    foreignLatin: [],
    latinWords: new Set(),
    quoteStart: QUOTE_OPEN.test(text),
    hasQuote: ANY_QUOTE.test(text),
    ending: sentenceEnding(text),
  };
  const nonLatin = isMostlyNonLatin(text);
  const tokens = [...text.matchAll(TOKEN)];
  tokens.forEach((m, t) => {
    const num = m[1];
    if (num) {
      result.numbers.push(canonicalNumber(num));
      return;
    }
    const word = m[2] ?? '';
    const nearNumber = tokens[t - 1]?.[1] !== undefined || tokens[t + 1]?.[1] !== undefined;
    const month = monthOf(word, nearNumber);
    if (month) {
      result.months.push(month);
      return;
    }
    const isLatin = /^[A-Za-z\u00C0-\u024F'’ʼ]+$/u.test(word);
    if (isLatin && nonLatin) result.foreignLatin.push(fold(word));
    if (isLatin && !nonLatin) result.latinWords.add(fold(word));
    if (word.length >= 2 && word === word.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(word)) {
      result.acronyms.push(acronymKey(word));
      return;
    }
    if (/^\p{Lu}/u.test(word)) {
      const key = nameSkeleton(word);
      if (key.length >= 2) result.names.push({ key, initial: opensSentence(text, m.index ?? 0) });
    }
  });
  return result;
}
