// What a lexicon knows before it has seen a single pair: the names CLDR gives every language
// through Intl — countries and regions, languages, months (as named alone and inside a date),
// weekdays. "Venemaa" is "Russia" is "Росія"; "saksa" is "German" is "німецька". Names of one
// word on both sides make a link between their stems; longer names are left out (which word of
// "Сполучені Штати" is "United"?). Numbers, dates and names across scripts are anchors already.
import { addLink, emptyLexicon, type Lexicon } from './lexicon';
import { stemCache, wordStems } from './words';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CODES = [...LETTERS].flatMap((x) => [...LETTERS].map((y) => x + y));
/** A CLDR name holds in its counterpart nearly always. */
const SEED_STRENGTH = { ab: 0.8, ba: 0.8, weight: 3 };

/** Concept key → names in one language, e.g. "region:DE" → ["Deutschland"]. */
type Names = Map<string, string[]>;

function displayNames(lang: string, type: 'region' | 'language', codes: readonly string[], add: (key: string, name: string) => void): void {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([lang], { type, fallback: 'none' });
  } catch {
    return;
  }
  for (const code of codes) {
    const name = names.of(code);
    if (name) add(`${type}:${code}`, name);
  }
}

function calendarNames(lang: string, add: (key: string, name: string) => void): void {
  let standalone: Intl.DateTimeFormat;
  let inDate: Intl.DateTimeFormat;
  let weekday: Intl.DateTimeFormat;
  try {
    standalone = new Intl.DateTimeFormat([lang], { month: 'long', timeZone: 'UTC' });
    inDate = new Intl.DateTimeFormat([lang], { day: 'numeric', month: 'long', timeZone: 'UTC' });
    weekday = new Intl.DateTimeFormat([lang], { weekday: 'long', timeZone: 'UTC' });
  } catch {
    return;
  }
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2024, m, 5));
    add(`month:${m}`, standalone.format(date));
    const part = inDate.formatToParts(date).find((p) => p.type === 'month');
    if (part) add(`month:${m}`, part.value);
  }
  // 1 January 2024 was a Monday.
  for (let d = 0; d < 7; d++) add(`weekday:${d}`, weekday.format(new Date(Date.UTC(2024, 0, 1 + d))));
}

function namesOf(lang: string): Names {
  const names: Names = new Map();
  const add = (key: string, name: string): void => {
    const list = names.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    names.set(key, list);
  };
  displayNames(lang, 'region', CODES, add);
  displayNames(lang, 'language', CODES.map((c) => c.toLowerCase()), add);
  calendarNames(lang, add);
  return names;
}

/** The stem of a one-word name, or null for a longer one. */
function singleStem(name: string, cache: ReturnType<typeof stemCache>): string | null {
  const stems = wordStems(name, cache);
  return stems.length === 1 ? stems[0]! : null;
}

/** The seed lexicon between two languages (CLDR's names in both). */
export function seedLexicon(langA: string, langB: string): Lexicon {
  const lexicon = emptyLexicon();
  const cacheA = stemCache(langA);
  const cacheB = stemCache(langB);
  const namesB = namesOf(langB);
  namesOf(langA).forEach((listA, key) => {
    const listB = namesB.get(key);
    if (!listB) return;
    for (const x of listA) {
      const a = singleStem(x, cacheA);
      if (!a) continue;
      for (const y of listB) {
        const b = singleStem(y, cacheB);
        if (b) addLink(lexicon, a, b, SEED_STRENGTH);
      }
    }
  });
  return lexicon;
}

const remembered = new Map<string, Lexicon>();

/** seedLexicon, remembered for a few language pairs (it asks Intl for some 1,400 names a
 *  language). Callers must not change the lexicon returned. */
export function seedLexiconFor(langA: string, langB: string): Lexicon {
  const key = `${langA}|${langB}`;
  let known = remembered.get(key);
  if (!known) {
    known = seedLexicon(langA, langB);
    if (remembered.size >= 16) remembered.clear();
    remembered.set(key, known);
  }
  return known;
}
