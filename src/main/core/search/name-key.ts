// A phonetic key that the spellings of one Slavic name share, whatever romanization wrote it:
// Київ, Киев, Kyiv, Kiev, Kiew and Kijów all key to "kav"; Кличко, Klychko, Klitschko and
// Kliczko to "klaxka". The key keeps the consonant skeleton and where the vowels are, and merges
// only what the romanizations disagree on:
//  - every vowel (and й/j/y glides) after the first is one vowel, since Ukrainian і stands where
//    Russian has о or е (Харків/Харьков → Kharkiv/Kharkov, Чернігів/Чернигов); the first keeps
//    one of three classes (a/o, e/i/y and the glides, u), which keeps Латвія from Литва;
//  - г ґ х and g h kh are one sound (Ukrainian г is h, Russian г is g, Polish and German write х ch);
//  - з с ц and s z ts c are one (German writes з as s and ц as z: Selenskyj);
//  - ж ч ш щ and every way of writing them (zh ch sh shch, sch tsch, cz sz rz, š ž č, French j) are one.
// How a Latin spelling is read depends on its convention: `ch` is ч in English and ш in French
// (both the hushing class) but х in German and Polish, `c` is k in English and ц in Polish.
// Table tests (tests/search/name-key.test.ts) hold the recall and the false friends.

/** How a Latin text writes Slavic names. */
export type Convention = 'en' | 'fr' | 'central';

/** Every convention a Latin query word may be written in (its language is not known). */
export const ALL_CONVENTIONS: readonly Convention[] = ['en', 'fr', 'central'];

/** The convention of a document's language: German, Polish, Czech, Estonian… write х as ch/h. */
export function conventionOf(lang: string): Convention {
  const dash = lang.search(/[-_]/u);
  const primary = (dash < 0 ? lang : lang.slice(0, dash)).toLowerCase();
  if (primary === 'fr') return 'fr';
  return CENTRAL.has(primary) ? 'central' : 'en';
}

const CENTRAL = new Set(['de', 'pl', 'cs', 'sk', 'hr', 'sl', 'sr', 'bs', 'et', 'fi', 'lv', 'lt', 'hu', 'nl', 'sv', 'da', 'no', 'nb']);

// Key letters: vowels a (a o), i (e i y and the glides: я is ya), u; x (hushing ж ч ш щ), s (з с ц),
// h (г ґ х), and b d f k l m n p r t v.
const CYRILLIC: Record<string, string> = {
  а: 'a', о: 'a', е: 'i', є: 'i', и: 'i', і: 'i', ї: 'i', ю: 'i', я: 'i', ы: 'i', э: 'i', ё: 'i', й: 'i', у: 'u',
  б: 'b', в: 'v', ў: 'v', г: 'h', ґ: 'h', х: 'h', д: 'd', ж: 'x', ч: 'x', ш: 'x', щ: 'x', з: 's', с: 's', ц: 's',
  к: 'k', л: 'l', м: 'm', н: 'n', п: 'p', р: 'r', т: 't', ф: 'f', ь: '', ъ: '',
};

/**
 * Collapses what the key does not tell apart: a run of vowels is one vowel, of its first letter's
 * class for the word's first run and 'a' after it; doubled letters are one.
 */
function collapse(raw: string): string {
  // One pass, no regular expressions: every name of every imported story is keyed.
  let out = '';
  let last = '';
  let first = true;
  let inVowels = false;
  for (let i = 0; i < raw.length; i++) {
    let ch = raw[i] as string;
    if (ch === 'a' || ch === 'i' || ch === 'u') {
      if (inVowels) continue;
      inVowels = true;
      if (!first) ch = 'a';
      first = false;
    } else inVowels = false;
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}

/** The name key of a lower-case Cyrillic word ('' for one with no letters of the table). */
export function cyrillicNameKey(word: string): string {
  let raw = '';
  for (const ch of word.toLowerCase()) raw += CYRILLIC[ch] ?? '';
  return collapse(raw);
}

/** Letters whose diacritic says which sound they are, read before diacritics are folded. */
const MARKED: Record<string, string> = {
  š: 'X', ž: 'X', č: 'X', ż: 'X', ś: 's', ź: 's', ć: 's', ł: 'l', ñ: 'n', ß: 's', ŭ: 'v',
  // Estonian õ is и (Šmõhal, Zelenskõi).
  õ: 'y',
};

/** Longest first. `X` marks the hushing class before single letters are read. */
const COMMON: [string, string][] = [
  ['shch', 'X'], ['schtsch', 'X'], ['tsch', 'X'], ['sch', 'X'], ['tch', 'X'], ['zh', 'X'], ['sh', 'X'],
  ['kh', 'h'], ['gh', 'h'], ['ts', 's'], ['tz', 's'], ['ph', 'f'], ['ck', 'k'], ['qu', 'kv'], ['th', 't'],
];
/** Per convention, the digraphs by their first letter, longest first: a word is read in one pass. */
const DIGRAPHS: Record<Convention, Map<string, [string, string][]>> = {
  en: byFirstLetter([...COMMON, ['ch', 'X']]),
  fr: byFirstLetter([['ou', 'u'], ...COMMON, ['ch', 'X']]),
  central: byFirstLetter([['szcz', 'X'], ...COMMON, ['cz', 'X'], ['sz', 'X'], ['rz', 'X'], ['ch', 'h']]),
};

function byFirstLetter(pairs: [string, string][]): Map<string, [string, string][]> {
  const map = new Map<string, [string, string][]>();
  for (const pair of [...pairs].sort((a, b) => b[0].length - a[0].length)) {
    const first = pair[0][0] as string;
    map.set(first, [...(map.get(first) ?? []), pair]);
  }
  return map;
}

function single(ch: string, next: string, convention: Convention): string {
  if ('ao'.includes(ch)) return 'a';
  if ('eiy'.includes(ch)) return 'i';
  switch (ch) {
    case 'u':
      return 'u';
    case 'j':
      return convention === 'fr' ? 'x' : 'i';
    case 'c':
      // English and French c is k, except before e, i, y; elsewhere (Polish, Czech) it is ц.
      return convention === 'central' || 'eiy'.includes(next) ? 's' : 'k';
    case 'g':
      return 'h';
    case 'z':
      return 's';
    case 'w':
      return 'v';
    case 'q':
      return 'k';
    case 'x':
      return 'ks';
    default:
      return ch >= 'a' && ch <= 'z' ? ch : '';
  }
}

/** The name key of a Latin word read by `convention` ('' for one with no Latin letters). */
export function latinNameKey(word: string, convention: Convention): string {
  let s = word.toLowerCase();
  if (!/^[a-z]*$/u.test(s)) {
    let marked = '';
    for (const ch of s) marked += MARKED[ch] ?? ch;
    s = marked.normalize('NFD').replace(/\p{M}/gu, '');
  }
  const digraphs = DIGRAPHS[convention];
  let raw = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === 'X') {
      raw += 'x';
      i++;
      continue;
    }
    const pair = digraphAt(digraphs.get(ch), s, i);
    if (pair) {
      raw += pair[1].toLowerCase();
      i += pair[0].length;
      continue;
    }
    raw += single(ch, s[i + 1] ?? '', convention);
    i++;
  }
  return collapse(raw);
}

/** The first of `pairs` (longest first) whose letters `s` holds at `i`. */
function digraphAt(pairs: readonly [string, string][] | undefined, s: string, i: number): [string, string] | undefined {
  if (pairs) for (const pair of pairs) if (s.startsWith(pair[0], i)) return pair;
  return undefined;
}

/**
 * Readings a letter group has besides its usual one: Polish rz is also the р it grew from
 * (Żytomierz is Житомир, Rzym is Рим), and scholarly x is х (Xarkiv), not ks.
 */
const OTHER_READINGS: readonly { letters: string; as: string; conventions: readonly Convention[] }[] = [
  { letters: 'rz', as: 'r', conventions: ['central'] },
  { letters: 'x', as: 'h', conventions: ALL_CONVENTIONS },
];

/** The word respelled by its letters' other readings, each with the conventions it holds in. */
export function otherSpellings(word: string): { spelling: string; conventions: readonly Convention[] }[] {
  const lower = word.toLowerCase();
  return OTHER_READINGS.filter((r) => lower.includes(r.letters)).map((r) => ({
    spelling: lower.replaceAll(r.letters, r.as),
    conventions: r.conventions,
  }));
}

/** The keys of a Latin word under each convention, and its letters' other readings, without repeats. */
export function latinNameKeys(word: string, conventions: readonly Convention[]): string[] {
  const keys = conventions.map((c) => latinNameKey(word, c));
  for (const other of otherSpellings(word)) {
    for (const c of conventions) if (other.conventions.includes(c)) keys.push(latinNameKey(other.spelling, c));
  }
  return [...new Set(keys)].filter((k) => k.length > 0);
}

/**
 * Names whose Ukrainian and Russian forms are different words, not spellings of one (Миколаїв is
 * Николаев, Nikolaev; Львів is Lemberg in German): their keys are looked for together.
 */
const SAME_PLACE: readonly (readonly string[])[] = [
  ['mikalav', 'nikalav'],
  ['lviv', 'lvav', 'limbarh'],
  ['rivna', 'ravna'],
];

/** Keys that name the same place as `key` under another name. */
export function aliasKeys(key: string): string[] {
  const group = SAME_PLACE.find((g) => g.includes(key));
  return group ? group.filter((k) => k !== key) : [];
}

/**
 * The letters a key can begin with for a word that begins with `letter` (a capital, as a name
 * does), in either script and any convention; '' where that is not known (a letter no table
 * reads), which any key may follow. A paragraph read for names skips the names that no key of
 * the query can be, unread (term-matcher.ts).
 */
export function keyInitials(letter: string): string {
  const lower = letter.toLowerCase();
  const cyrillic = CYRILLIC[lower];
  if (cyrillic !== undefined) return cyrillic;
  // As latinNameKey reads it: a marked letter as what it marks (Ś as s, so Śch as x), others unaccented.
  const marked = MARKED[lower];
  if (marked === 'X') return 'x';
  const base = marked ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (base.length !== 1 || base < 'a' || base > 'z') return '';
  const initials = new Set<string>();
  for (const convention of ALL_CONVENTIONS) {
    // The letter alone, before a vowel that softens it (c before e) or not, and every digraph it begins.
    initials.add(single(base, 'a', convention)[0] as string);
    initials.add(single(base, 'e', convention)[0] as string);
    for (const [, as] of DIGRAPHS[convention].get(base) ?? []) initials.add(as[0]!.toLowerCase());
  }
  for (const r of OTHER_READINGS) if (r.letters.startsWith(base)) initials.add(r.as[0] as string);
  return [...initials].sort().join('');
}
