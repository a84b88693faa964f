// Finding names across scripts: `Kallas` finds `Каллас`, `Kyiv` finds `Київ`, `Макрон` finds
// `Macron`. Cyrillic is romanized by the Ukrainian national transliteration (Cabinet of
// Ministers resolution 55 of 2010; Russian letters by the same pattern), then both scripts are
// reduced to one loose "cross-script key" so that spelling conventions meet: c/k, doubled letters,
// y/i/j, w/v, ph/f, kh/h. Keys are indexed for capitalized words only (names), with a marker of the
// script they came from, so a Latin query meets Cyrillic text and never fuzzes Latin text.
import { foldLatinDiacritics, scriptOf, type Script } from './normalize';

const UK_LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu',
  я: 'ia', ё: 'e', ы: 'y', э: 'e', ъ: '', ў: 'u',
};
/** At the start of a word the national system writes these with y: Київ → Kyiv, Юрій → Yurii. */
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
/** Russian differs where its letters sound differently: г is g, и is i. */
const RU_OVERRIDES: Record<string, string> = { г: 'g', и: 'i', е: 'e', й: 'y' };

/** Romanization of a lower-case Cyrillic word by the Ukrainian national system (or Russian). */
export function romanize(word: string, variant: 'uk' | 'ru' = 'uk'): string {
  let out = '';
  let first = true;
  for (const ch of word) {
    const initial = first && variant === 'uk' ? UK_INITIAL[ch] : undefined;
    const ru = variant === 'ru' ? RU_OVERRIDES[ch] : undefined;
    out += initial ?? ru ?? UK_LETTERS[ch] ?? ch;
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
