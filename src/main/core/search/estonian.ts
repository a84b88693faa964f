// A light Estonian stemmer: Snowball's stemmers package has none, and Estonian inflects by
// agglutinated case endings (Ukraina, Ukrainas, Ukrainasse; Venemaa, Venemaaga, Venemaad).
// Two rounds of "drop one case or plural ending, then one stem vowel" bring the common forms of
// a noun to one stem; the measured cases are in tests/search/normalize.test.ts. Over-stemming is
// tolerable here: an exact-form hit always ranks above a stem hit.

/**
 * Case and plural endings, longest first so `sse` wins over `s`. The rare essive, terminative
 * and abessive (-na, -ni, -ta) are left out: stripping them breaks nouns such as Ukraina.
 */
const ENDINGS = [
  'tesse', 'desse', 'teks', 'deks', 'tega', 'dega', 'tele', 'dele', 'telt', 'delt', 'test', 'dest',
  'sid', 'tel', 'del', 'tes', 'des', 'sse', 'ks', 'st', 'lt', 'le', 'ga', 'id', 'de', 'te',
  's', 'l', 't', 'd',
];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'õ', 'ä', 'ö', 'ü']);
const MIN_STEM = 4;

export function stemEstonian(word: string): string {
  let w = word;
  for (let round = 0; round < 2; round++) {
    for (const ending of ENDINGS) {
      if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) {
        w = w.slice(0, -ending.length);
        break;
      }
    }
    const last = w[w.length - 1];
    if (last !== undefined && VOWELS.has(last) && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  }
  return w;
}
