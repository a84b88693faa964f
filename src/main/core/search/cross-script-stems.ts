// A Latin name also finds the inflected forms of its Cyrillic counterpart: `Narva` finds `Нарві`,
// `Kharkiv` finds `Харкові`, `Kyiv` finds `у Києві`. Documents index the cross-script key of each
// name's stem (analyze.ts); here a Latin query word is written back in Cyrillic by the national
// transliteration read in reverse, stemmed the Ukrainian and Russian way, and keyed again, so it
// meets those stem keys. Keys are loose (transliterate.ts latinKey), so the reverse reading need
// not be exact, only close enough for the stemmer to find the ending.
import { foldLatinDiacritics } from './normalize';
import { stemWord } from './stemmers';
import { KEY_FROM_CYRILLIC, latinKey, romanize } from './transliterate';

/** Longest first: `shch` before `sh`, `kh` before `k`. */
const REVERSE: [string, string][] = [
  ['shch', 'щ'], ['zgh', 'зг'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['ia', 'я'], ['iu', 'ю'], ['ie', 'є'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['h', 'г'],
  ['g', 'ґ'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['y', 'и'], ['i', 'і'], ['j', 'й'], ['k', 'к'],
  ['c', 'к'], ['q', 'к'], ['x', 'кс'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'],
];
/** At the start of a word the national system writes є ї ю я with y. */
const REVERSE_INITIAL: [string, string][] = [['ye', 'є'], ['yi', 'ї'], ['yu', 'ю'], ['ya', 'я']];

/** A lower-case Latin word read back as Ukrainian Cyrillic, or null when it holds other letters. */
export function cyrillicReading(latin: string): string | null {
  const s = foldLatinDiacritics(latin.toLowerCase());
  if (!/^[a-z]+$/u.test(s)) return null;
  let out = '';
  let i = 0;
  for (const [from, to] of REVERSE_INITIAL) {
    if (s.startsWith(from)) {
      out = to;
      i = from.length;
      break;
    }
  }
  while (i < s.length) {
    const pair = REVERSE.find(([from]) => s.startsWith(from, i));
    if (!pair) return null;
    out += pair[1];
    i += pair[0].length;
  }
  return out;
}

const VOWEL = /[аеєиіїоуюя]/u;

/**
 * Ukrainian names in -ів/-їв open the vowel when inflected (Київ → Києва, Харків → Харкова,
 * Львів → Львові): the oblique stem a stemmer cannot reach from the nominative.
 */
function obliqueStem(cyrillic: string): string | null {
  if (!cyrillic.endsWith('ів') || cyrillic.length < 4) return null;
  const before = cyrillic[cyrillic.length - 3] as string;
  return cyrillic.slice(0, -2) + (VOWEL.test(before) ? 'єв' : 'ов');
}

/** Shorter stem keys would meet unrelated names. */
const MIN_KEY = 4;

/**
 * Keys of the stems of a Latin query word's Cyrillic reading, beyond its own key (`exactKeys`):
 * they look for the inflected forms of the Cyrillic name. None for a word in another script.
 */
export function queryStemKeys(form: string, exactKeys: readonly string[]): string[] {
  const cyr = cyrillicReading(form);
  if (cyr === null) return [];
  const readings = [cyr];
  const oblique = obliqueStem(cyr);
  if (oblique) readings.push(oblique);
  const keys = new Set<string>();
  for (const reading of readings) {
    const stems = new Set([reading, stemWord(reading, 'uk'), stemWord(reading, 'ru')]);
    for (const stem of stems) {
      for (const variant of ['uk', 'ru'] as const) {
        const key = latinKey(romanize(stem, variant));
        if (key.length >= MIN_KEY) keys.add(KEY_FROM_CYRILLIC + key);
      }
    }
  }
  for (const k of exactKeys) keys.delete(k);
  return [...keys];
}
