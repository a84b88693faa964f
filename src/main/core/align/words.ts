// The words of a unit as the lexicon sees them: each word's stem in its own language (the
// search stemmers: Snowball for en, de, fr, ru, uk, our own for Estonian; a prefix elsewhere),
// so that inflected forms meet one entry; and a cognate form, spelled alike in every script,
// so that "парламент" meets "parliament" and "expédition" meets "Expedition".
import { exactForm } from '../search/normalize';
import { primaryLanguage, stemWord, STEMMED_LANGUAGES } from '../search/stemmers';
import { foldLatin, transliterate } from './transliterate';

const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
/** Where a language has no stemmer, its words are cut to this many letters. */
const PREFIX_STEM = 6;

/** Stems of one language, remembered for the words of one alignment (no state between calls). */
export interface StemCache {
  lang: string;
  stemmed: boolean;
  known: Map<string, string>;
}

export function stemCache(lang: string): StemCache {
  const base = primaryLanguage(lang);
  return { lang: base, stemmed: STEMMED_LANGUAGES.includes(base), known: new Map() };
}

function stemOf(cache: StemCache, form: string): string {
  let stem = cache.known.get(form);
  if (stem === undefined) {
    stem = cache.stemmed ? stemWord(form, cache.lang) : [...form].slice(0, PREFIX_STEM).join('');
    cache.known.set(form, stem);
  }
  return stem;
}

/** The stems of a text's words, in order, repeated as often as the words are. */
export function wordStems(text: string, cache: StemCache): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const form = exactForm(m[0]);
    if (form.length > 0) out.push(stemOf(cache, form));
  }
  return out;
}

/**
 * A stem spelled in plain Latin letters with the conventions that differ between languages
 * folded together (c/k, x/ks, ph/f, w/v, y/i, doubled letters), for comparing words across
 * languages and scripts.
 */
export function cognateForm(stem: string): string {
  return foldLatin(transliterate(stem))
    .replace(/[^a-z]/gu, '')
    .replace(/sch|sh|zh/gu, 's')
    .replace(/tch|ch/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/kh/gu, 'h')
    .replace(/ck|qu|q|c/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/w/gu, 'v')
    .replace(/[yj]/gu, 'i')
    .replace(/z/gu, 's')
    .replace(/(.)\1+/gu, '$1');
}

/** Length of the longest common subsequence of two short strings. */
function lcs(x: string, y: string): number {
  const row = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j]!;
      row[j] = x[i - 1] === y[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[y.length]!;
}

/** Melamed's longest-common-subsequence ratio of two cognate forms: 1 for the same spelling. */
export function cognateSimilarity(x: string, y: string): number {
  if (x.length === 0 || y.length === 0) return 0;
  return lcs(x, y) / Math.max(x.length, y.length);
}
