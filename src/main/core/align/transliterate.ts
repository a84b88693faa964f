// Names cross scripts: `Каллас` in a Ukrainian paragraph is `Kallas` in the English one. We
// transliterate Cyrillic to Latin (Ukrainian national system, with the Russian extras) and reduce
// every name to a consonant skeleton, so spelling conventions and case endings mostly wash out:
// Kallas/Каллас/Kallase → "kls", Macron/Макрон/Macroni → "mkrn", Kyiv/Київ/Kiiev/Києві → "kv".
import { CYRILLIC_TO_LATIN, WORD_INITIAL_LATIN } from '../text/romanize-cyrillic';

const APOSTROPHES = /['’ʼ`´]/gu;

/** Lower-case Latin transliteration of a word (letters outside Cyrillic pass through). */
export function transliterate(word: string): string {
  const lower = word.toLowerCase().replace(APOSTROPHES, '');
  let out = '';
  let i = 0;
  for (const ch of lower) {
    out += (i === 0 ? WORD_INITIAL_LATIN[ch] : undefined) ?? CYRILLIC_TO_LATIN[ch] ?? ch;
    i++;
  }
  return out;
}

/** Latin letters without diacritics (õ → o, ł → l), lower case. */
export function foldLatin(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/gu, 'l')
    .replace(/ø/gu, 'o')
    .replace(/ß/gu, 'ss')
    .toLowerCase();
}

/**
 * The consonant skeleton of a name in any of the supported scripts. Digraphs and letters that
 * different conventions spell differently are folded together before vowels are dropped and
 * doubled consonants collapsed.
 */
const skeletons = new Map<string, string>();

export function nameSkeleton(word: string): string {
  let known = skeletons.get(word);
  if (known === undefined) {
    known = computeSkeleton(word);
    // A bounded memo: names repeat across a story and an archive.
    if (skeletons.size > 20_000) skeletons.clear();
    skeletons.set(word, known);
  }
  return known;
}

function computeSkeleton(word: string): string {
  // Greek "Eu-" is "Єв-"/"Ев-" in Cyrillic: Європа/Европа are Europe.
  const eu = word.replace(/^[ЄєЕе][Вв]/u, 'Eu');
  let s = foldLatin(transliterate(eu)).replace(/[^a-z]/gu, '');
  s = s
    .replace(/shch|sch/gu, 's')
    .replace(/tsch|tch|ch/gu, 'c')
    .replace(/ts|tz|z/gu, 's')
    .replace(/sh/gu, 's')
    .replace(/zh/gu, 's')
    .replace(/kh/gu, 'h')
    .replace(/ph/gu, 'f')
    .replace(/ck|qu|q|c|x/gu, (m) => (m === 'x' ? 'ks' : m === 'qu' ? 'kv' : 'k'))
    .replace(/w/gu, 'v')
    .replace(/g/gu, 'h')
    .replace(/[aeiouyj]/gu, '');
  return s.replace(/(.)\1+/gu, '$1');
}

/** Upper-case Latin form of an acronym (УНН → UNN, НАТО → NATO). */
export function acronymKey(word: string): string {
  return foldLatin(transliterate(word)).toUpperCase();
}
