// Sentences of a paragraph, split by Intl.Segmenter for the version's language and then
// mended where the Unicode rules split too eagerly: after abbreviations ("Mr.", "ст.", "nt."),
// initials ("K. Kallas"), ordinal dots ("24. veebruaril"), and before an attribution that follows
// a quotation ("«Хто?» — спитала вона.").
import { monthOf } from './months';

export interface SentenceSpan {
  /** UTF-16 offsets into the text; `end` excludes trailing white space. */
  start: number;
  end: number;
}

/** Abbreviations that end in a full stop without ending the sentence, lower case, without
 *  their final dot. One set for every language: a collision costs a missed split at worst. */
const ABBREVIATIONS = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov',
  'sen', 'rep', 'rev', 'hon', 'mt', 'no', 'vol', 'fig', 'approx', 'inc', 'ltd', 'corp', 'vs',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
  // Ukrainian and Russian
  'ст', 'п', 'пп', 'р', 'рр', 'т.зв', 'див', 'напр', 'тис', 'млн', 'млрд', 'грн', 'м', 'вул',
  'просп', 'пров', 'обл', 'ін', 'проф', 'акад', 'доц', 'ім', 'с', 'смт', 'км', 'год', 'хв',
  'дол', 'г', 'гг', 'тыс', 'руб', 'ул', 'им', 'т.д', 'т.п', 'пл', 'буд',
  // Estonian
  'nt', 'jne', 'vt', 'hr', 'pr', 'lk', 'nr', 'mh', 'tk', 'sh', 'saj', 'mln', 'mld', 'tuh', 'kr',
  'ekr', 'pkr', 'u', 'a', 'v',
  // German, French, Polish
  'bzw', 'z.b', 'u.a', 'd.h', 'usw', 'ca', 'vgl', 'fr', 'str', 'mio', 'mrd', 'mme', 'mlle',
  'ste', 'av', 'bd', 'inż', 'mgr', 'ul', 'al', 'tzw', 'np', 'm.in', 'tj', 'ok', 'godz', 'tys',
  'św', 'płk', 'ks',
]);

/** Languages that write ordinals with a dot ("24. Februar", "5. mail"). */
const ORDINAL_DOT = new Set(['de', 'et', 'fi', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'hu', 'da', 'nb', 'nn', 'no', 'is', 'lv', 'tr']);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

const LAST_WORD = /([\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*)\.["“”„«»'’)\]]*$/u;

function endsWithAbbreviation(piece: string): boolean {
  const m = LAST_WORD.exec(piece.trimEnd());
  if (!m) return false;
  const word = m[1]!;
  // An initial: one capital letter ("K. Kallas", "Дж. Байден").
  if (/^\p{Lu}$/u.test(word)) return true;
  // A lone lower-case letter: the first half of a spaced abbreviation ("z. B.", "d. h.", "т. д.").
  if (/^\p{Ll}$/u.test(word)) return true;
  if (/^\p{Lu}\p{Ll}?$/u.test(word) && /^(Дж|Ch|Sh|Zh|Th)$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLocaleLowerCase());
}

/** The piece starts like a continuation: lower case after any quotes, dashes or spaces. */
function startsLowercase(piece: string): boolean {
  const m = /^[\s"“”„«»‘’‚‹›'()\[\]—–-]*(\p{L})/u.exec(piece);
  return m !== null && /\p{Ll}/u.test(m[1]!);
}

/** "24. Februar": the day's ordinal dot is no full stop when a month follows. */
function startsWithMonth(piece: string): boolean {
  const word = /[\p{L}]+/u.exec(piece)?.[0];
  return word !== undefined && monthOf(word, true) > 0;
}

function wordCount(piece: string): number {
  return piece.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function hasLetterOrDigit(piece: string): boolean {
  return /[\p{L}\p{N}]/u.test(piece);
}

const BOUNDARY = /[.!?…]+["“”„«»'’)\]]*\s+(?=["«„“‘(—–-]*\p{Lu})/gu;

/**
 * How many sentences a paragraph has, estimated without the segmenter (full stop, space,
 * capital; abbreviations and initials excepted): cheap enough to run on every paragraph of a
 * long pair, where only the count matters.
 */
export function countSentences(text: string): number {
  let count = /[\p{L}\p{N}]/u.test(text) ? 1 : 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (!endsWithAbbreviation(text.slice(Math.max(0, m.index - 24), m.index + 1))) count++;
  }
  return count;
}

export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const base = lang.split('-')[0]!.toLowerCase();
  const pieces: { start: number; text: string }[] = [];
  for (const seg of segmenterFor(lang).segment(text)) {
    const prev = pieces[pieces.length - 1];
    const join =
      prev !== undefined &&
      (endsWithAbbreviation(prev.text) ||
        startsLowercase(seg.segment) ||
        // "Pommitame... Venemaad." — a word or two after an ellipsis finish its sentence.
        (/(?:\.\.\.|…)\s*$/u.test(prev.text) && wordCount(seg.segment) <= 2) ||
        !hasLetterOrDigit(seg.segment) ||
        (ORDINAL_DOT.has(base) && /(?:^|\s)\d{1,2}\.\s*$/u.test(prev.text) && startsWithMonth(seg.segment)));
    if (join) prev.text += seg.segment;
    else pieces.push({ start: seg.index, text: seg.segment });
  }
  return pieces
    .map((p) => ({ start: p.start, end: p.start + p.text.trimEnd().length }))
    .map((s) => {
      // Leading white space belongs to no sentence.
      const lead = /^\s*/u.exec(text.slice(s.start, s.end))![0].length;
      return { start: s.start + lead, end: s.end };
    })
    .filter((s) => s.end > s.start);
}
