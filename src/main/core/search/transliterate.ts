// Finding names across scripts and spellings: `Kallas` finds `Каллас`, `Kyiv`, `Kiev` and `Kijów`
// find `Київ`, `Макрон` finds `Macron`, `Kiev` finds `Kyiv`. Both scripts are reduced to one
// phonetic name key (name-key.ts) that the national, BGN/PCGN, older Russian-based, German, Polish,
// French and scholarly spellings of a name share. Keys are indexed for capitalized words only
// (names), with a marker of the script they came from: a Latin query meets Cyrillic text, and
// Latin text only when typed as a name (queryKeys). `romanize` and `latinKey` (the Ukrainian
// national transliteration, a loose Latin key) name agencies (doc-cache).
import { CYRILLIC_TO_LATIN, WORD_INITIAL_LATIN } from '../text/romanize-cyrillic';
import { foldLatinDiacritics, scriptOf, type Script } from './normalize';
import { aliasKeys, ALL_CONVENTIONS, conventionOf, cyrillicNameKey, latinNameKeys, type Convention } from './name-key';

/** Russian differs where its letters sound differently: г is g, и is i. */
const RU_OVERRIDES: Record<string, string> = { г: 'g', и: 'i', е: 'e', й: 'y' };

/** Romanization of a lower-case Cyrillic word by the Ukrainian national system (or Russian). */
export function romanize(word: string, variant: 'uk' | 'ru' = 'uk'): string {
  let out = '';
  let first = true;
  for (const ch of word) {
    const initial = first && variant === 'uk' ? WORD_INITIAL_LATIN[ch] : undefined;
    const ru = variant === 'ru' ? RU_OVERRIDES[ch] : undefined;
    out += initial ?? ru ?? CYRILLIC_TO_LATIN[ch] ?? ch;
    first = false;
  }
  return out;
}

/** The loose Latin key two spellings of one name share (Kallas/Каллас → "kalas"). */
export function latinKey(latin: string): string {
  let s = foldLatinDiacritics(latin.toLowerCase()).replace(/[^a-z0-9]/gu, '');
  s = s
    .replace(/ph/gu, 'f')
    .replace(/kh/gu, 'h')
    .replace(/ck/gu, 'k')
    .replace(/c(?!h)/gu, 'k')
    .replace(/q/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/w/gu, 'v')
    .replace(/[yj]/gu, 'i')
    .replace(/iu/gu, 'u')
    .replace(/(.)\1+/gu, '$1');
  return s;
}

/** Marks which script a key came from, so a query only meets keys of the other script. */
export const KEY_FROM_CYRILLIC = 'x1';
export const KEY_FROM_LATIN = 'x2';

/**
 * Cross-script keys of an exact-form word of a document in `lang`, or none when the word is
 * neither Latin nor Cyrillic: its phonetic name key (name-key.ts), which the Ukrainian, Russian and
 * Latin spellings of a name share. A Latin word is read by every convention (its language's first):
 * an English text quotes the German Klitschko and the scholarly Charkiv alike.
 */
export function documentKeys(form: string, lang: string): string[] {
  const script = scriptOf(form);
  if (script === 'cyrillic') {
    const key = cyrillicNameKey(form);
    return key ? [KEY_FROM_CYRILLIC + key] : [];
  }
  if (script === 'latin') return latinNameKeys(form, documentConventions(lang)).map((k) => KEY_FROM_LATIN + k);
  return [];
}

const HAS_DIGIT = /\p{N}/u;

/**
 * Keys a query word looks for: a Latin word, written in any convention, among Cyrillic-derived
 * keys; a Cyrillic word among Latin-derived keys; with the keys of the places it also names under
 * another name (Миколаїв, Nikolaev). A Latin word typed as a name (`asName`: capitalized) also looks
 * among Latin-derived keys, so Kiev finds Kyiv and Kiew, Odessa Odesa: every English word at the
 * start of a sentence or in a title-case headline is keyed, and a lower-case query word (police)
 * would meet them (Palace). Nor with a short key (latinKeyIsNamelike), which too many words share.
 */
export function queryKeys(form: string, asName = false): string[] {
  // No name holds a digit: the key of w0 would be that of the one-letter В, and k0* every К-name's.
  if (HAS_DIGIT.test(form)) return [];
  const script: Script = scriptOf(form);
  if (script === 'latin') {
    const keys = withAliases(latinNameKeys(form, ALL_CONVENTIONS));
    const fromCyrillic = keys.map((k) => KEY_FROM_CYRILLIC + k);
    return asName ? [...fromCyrillic, ...keys.filter(latinKeyIsNamelike).map((k) => KEY_FROM_LATIN + k)] : fromCyrillic;
  }
  if (script === 'cyrillic') {
    const key = cyrillicNameKey(form);
    return key ? withAliases([key]).map((k) => KEY_FROM_LATIN + k) : [];
  }
  return [];
}

/**
 * Whether a Latin word's key is long enough to look for among Latin words: two consonants or more
 * (the is `ti`, and so is They), and five letters or more where it begins with a vowel, whose key
 * keeps only its class (India is `inda`, and so is the Estonian Endised's stem). Country names need
 * no key: they cross languages by name (display-names.ts).
 */
function latinKeyIsNamelike(key: string): boolean {
  const consonants = key.replace(/[aiu]/gu, '').length;
  return consonants >= 2 && (!'aiu'.includes(key[0] as string) || key.length >= 5);
}

/** The conventions a document's Latin words are read by: its language's, then the others. */
export function documentConventions(lang: string): readonly Convention[] {
  return CONVENTIONS_FROM.get(conventionOf(lang)) as readonly Convention[];
}

/** Each convention first, then the others: built once, asked for every name indexed. */
const CONVENTIONS_FROM = new Map(ALL_CONVENTIONS.map((own) => [own, [own, ...ALL_CONVENTIONS.filter((c) => c !== own)]]));

function withAliases(keys: readonly string[]): string[] {
  return [...new Set([...keys, ...keys.flatMap(aliasKeys)])];
}
