// A Latin name also finds the inflected forms of its Cyrillic counterpart: `Narva` finds `Нарві`,
// `Kharkiv` finds `Харкові`, `Kyiv` finds `у Києві`. Documents index the cross-script key of each
// name's stem (analyze.ts); here a Latin query word is written back in Cyrillic by the national
// transliteration read in reverse, stemmed the Ukrainian and Russian way, and keyed again, so it
// meets those stem keys. Keys are loose (name-key.ts), so the reverse reading need not be exact,
// only close enough for the stemmer to find the ending. A Cyrillic query word looks for the
// Latin spelling of its stem the same way (`у Києві` finds `Kyiv`).
import { foldLatinDiacritics } from './normalize';
import { stemWord } from './stemmers';
import { ALL_CONVENTIONS, cyrillicNameKey, otherSpellings, type Convention } from './name-key';
import { KEY_FROM_CYRILLIC, KEY_FROM_LATIN } from './transliterate';

/** Longest first: `shch` before `sh`, `kh` before `k`. Letters every convention reads alike. */
const REVERSE: [string, string][] = [
  ['schtsch', 'щ'], ['shch', 'щ'], ['tsch', 'ч'], ['sch', 'ш'], ['tch', 'ч'], ['zgh', 'зг'], ['zh', 'ж'],
  ['kh', 'х'], ['ts', 'ц'], ['tz', 'ц'], ['sh', 'ш'], ['ia', 'я'], ['iu', 'ю'], ['ie', 'є'],
  ['č', 'ч'], ['š', 'ш'], ['ž', 'ж'], ['ż', 'ж'], ['ś', 'с'], ['ź', 'з'], ['ć', 'ць'], ['ł', 'л'], ['õ', 'и'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['h', 'г'], ['g', 'ґ'], ['d', 'д'], ['e', 'е'], ['z', 'з'],
  ['y', 'и'], ['i', 'і'], ['k', 'к'], ['q', 'к'], ['x', 'кс'], ['l', 'л'], ['m', 'м'], ['n', 'н'],
  ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'],
];
/** Where the conventions differ (name-key.ts): ch is ч in English, ш in French, х in German and Polish. */
const BY_CONVENTION: Record<Convention, [string, string][]> = {
  en: [['ch', 'ч'], ['j', 'й'], ['c', 'к']],
  fr: [['ou', 'у'], ['ch', 'ш'], ['j', 'ж'], ['c', 'к']],
  central: [['szcz', 'щ'], ['cz', 'ч'], ['sz', 'ш'], ['rz', 'ж'], ['ch', 'х'], ['ja', 'я'], ['ju', 'ю'], ['je', 'є'], ['j', 'й'], ['c', 'ц']],
};
/** At the start of a word the national system writes є ї ю я with y. */
const REVERSE_INITIAL: [string, string][] = [['ye', 'є'], ['yi', 'ї'], ['yu', 'ю'], ['ya', 'я']];

/**
 * A Latin word read back as Ukrainian Cyrillic by one convention, or null when it holds other
 * letters. Other accented letters (ó, ä, é) are read without their accent.
 */
export function cyrillicReading(latin: string, convention: Convention = 'en'): string | null {
  const s = latin.toLowerCase().normalize('NFC');
  const table = [...BY_CONVENTION[convention], ...REVERSE].sort((x, y) => y[0].length - x[0].length);
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
    let pair = table.find(([from]) => s.startsWith(from, i));
    if (!pair) {
      const folded = foldLatinDiacritics(s[i] as string);
      pair = table.find(([from]) => from === folded);
      if (!pair) return null;
      out += pair[1];
      i++;
      continue;
    }
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

/** Shorter stem keys would meet unrelated names (keys are short: Київ is `kiv`). */
const MIN_KEY = 3;

/**
 * Keys of the stems of a Latin query word's Cyrillic reading, beyond its own key (`exactKeys`):
 * they look for the inflected forms of the Cyrillic name. None for a word in another script.
 */
export function queryStemKeys(form: string, exactKeys: readonly string[]): string[] {
  const readings: string[] = [];
  for (const { spelling, conventions } of [{ spelling: form, conventions: ALL_CONVENTIONS }, ...otherSpellings(form)]) {
    for (const convention of conventions) {
      const cyr = cyrillicReading(spelling, convention);
      if (cyr === null || readings.includes(cyr)) continue;
      readings.push(cyr);
      const oblique = obliqueStem(cyr);
      if (oblique) readings.push(oblique);
    }
  }
  const keys = new Set<string>();
  for (const reading of readings) {
    const stems = new Set([reading, stemWord(reading, 'uk'), stemWord(reading, 'ru')]);
    for (const stem of stems) {
      const key = cyrillicNameKey(stem);
      if (key.length >= MIN_KEY) keys.add(KEY_FROM_CYRILLIC + key);
    }
  }
  for (const k of exactKeys) keys.delete(k);
  return [...keys];
}

/** Keys of the stems of a Cyrillic query word, for the Latin spelling of its uninflected name. */
export function cyrillicQueryStemKeys(form: string, exactKeys: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const stem of new Set([stemWord(form, 'uk'), stemWord(form, 'ru')])) {
    const key = cyrillicNameKey(stem);
    if (key.length >= MIN_KEY) keys.add(KEY_FROM_LATIN + key);
  }
  for (const k of exactKeys) keys.delete(k);
  return [...keys];
}
