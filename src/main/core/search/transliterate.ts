// Finding names across scripts: `Kallas` finds `Каллас`, `Kyiv` finds `Київ`, `Макрон` finds
// `Macron`. Cyrillic is romanized by the Ukrainian national transliteration (Cabinet of
// Ministers resolution 55 of 2010; Russian letters by the same pattern), then both scripts are
// reduced to one loose "cross-script key" so that spelling conventions meet: c/k, doubled letters,
// y/i/j, w/v, ph/f, kh/h. Keys are indexed for capitalized words only (names), with a marker of the
// script they came from, so a Latin query meets Cyrillic text and never fuzzes Latin text.
import { CYRILLIC_TO_LATIN, WORD_INITIAL_LATIN } from '../text/romanize-cyrillic';
import { foldLatinDiacritics, scriptOf, type Script } from './normalize';

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
 * neither Latin nor Cyrillic. A Russian document romanizes the Russian way.
 */
export function documentKeys(form: string, lang: string): string[] {
  const script = scriptOf(form);
  if (script === 'cyrillic') {
    const variant = lang.startsWith('ru') ? 'ru' : 'uk';
    return [KEY_FROM_CYRILLIC + latinKey(romanize(form, variant))];
  }
  if (script === 'latin') return [KEY_FROM_LATIN + latinKey(form)];
  return [];
}

/**
 * Keys a query word looks for in the other script: a Latin word looks among Cyrillic-derived
 * keys, a Cyrillic word among Latin-derived keys (romanized both the Ukrainian and Russian way).
 */
export function queryKeys(form: string): string[] {
  const script: Script = scriptOf(form);
  if (script === 'latin') return [KEY_FROM_CYRILLIC + latinKey(form)];
  if (script === 'cyrillic') {
    const keys = new Set([latinKey(romanize(form, 'uk')), latinKey(romanize(form, 'ru'))]);
    return [...keys].map((k) => KEY_FROM_LATIN + k);
  }
  return [];
}
