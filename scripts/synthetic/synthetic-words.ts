// The vocabulary of the synthetic archive, by frequency rank: real news words (with their
// inflections) at the top ranks, then a long Zipf tail of invented words built from each
// language's own syllables and endings, so an index sees a realistic number of distinct terms.
import { mixSeed, Random } from './random';
import { CONCEPTS_TABLE, endingsOf, estonianForms, SYNTHETIC_LANGS, type SyntheticLang } from './synthetic-lexicon';

/** Distinct concepts per language (real words first, invented words after). */
export const VOCABULARY_SIZE = 60_000;

interface Phonology {
  onsets: readonly string[];
  vowels: readonly string[];
  codas: readonly string[];
  /** Turns an invented stem into its inflected forms. */
  inflect: (stem: string, r: Random) => string[];
}

const words = (s: string): string[] => s.split(' ');

const PHONOLOGY: Record<SyntheticLang, Phonology> = {
  en: {
    onsets: words('b c d f g h l m n p r s t v w br cr dr st tr pl gr sh ch th'),
    vowels: words('a e i o u ea ou ai a e o'),
    codas: ['', ...words('n r l s t nd st m ck n r')],
    inflect: (stem, r) =>
      r.chance(0.25) ? [stem, `${stem}s`, `${stem}ed`, `${stem}ing`] : [stem, `${stem}s`, `${stem}’s`],
  },
  uk: {
    onsets: words('б в г д ж з к л м н п р с т ф х ц ч ш бр вл гр др кр пр ст тр сл зв ґ'),
    vowels: words('а е и і о у я ю а о и і'),
    codas: ['', ...words('н р л с к т в ш н р')],
    inflect: (stem, r) => endingsOf(r.pick(['m', 'm', 'f', 'n']), 'uk').map((e) => stem + e),
  },
  et: {
    onsets: words('k p t s h j l m n r v kr tr pr'),
    vowels: words('a e i o u õ ä ö ü aa ee ii uu ää õi ai ei a e i'),
    codas: ['', ...words('l n r s t k m lt nd st')],
    inflect: (stem, r) => {
      const theme = r.pick(['a', 'e', 'i', 'u']);
      const nom = r.chance(0.5) ? stem : stem + theme;
      return estonianForms(nom, stem + theme, `${stem + theme}t`);
    },
  },
  de: {
    onsets: words('b d f g h k l m n p r s t w z sch st sp br gr kr pf tr'),
    vowels: words('a e i o u ä ö ü ei au ie eu a e'),
    codas: ['', ...words('n r l s t ch ng nd rt st tz ck')],
    inflect: (stem, r) => {
      const noun = stem[0]!.toUpperCase() + stem.slice(1);
      return r.chance(0.3)
        ? [`${stem}en`, `${stem}t`, `${stem}te`, `ge${stem}t`]
        : [noun, `${noun}en`, `${noun}e`, `${noun}s`, `${noun}ung`, `${noun}ungen`];
    },
  },
  pl: {
    onsets: words('b c d g k l m n p r s t w z sz cz rz dz ch prz st kr gł ś ż'),
    vowels: words('a e i o u y ó ą ę ie a o'),
    codas: ['', ...words('n k r ł s t ć ń w')],
    inflect: (stem) => ['', 'a', 'u', 'em', 'ie', 'y', 'ów', 'ami', 'ach'].map((e) => stem + e),
  },
  ru: {
    onsets: words('б в г д ж з к л м н п р с т ф х ц ч ш щ бр гр др кр пр ст тр сл зв'),
    vowels: words('а е и о у ы я ю ё а о'),
    codas: ['', ...words('н р л с к т в ш н р')],
    inflect: (stem, r) => endingsOf(r.pick(['m', 'm', 'f', 'n']), 'ru').map((e) => stem + e),
  },
};

/** Labials before which Ukrainian writes an apostrophe ahead of я, ю, є, ї. */
const UK_LABIALS = new Set(['б', 'в', 'м', 'п', 'ф', 'р']);
const UK_IOTATED = new Set(['я', 'ю']);
/** After these, Ukrainian and Russian write а, у rather than я, ю. */
const HUSHING = new Set(['ж', 'ч', 'ш', 'щ', 'ц']);
const HARD_VOWEL: Record<string, string> = { я: 'а', ю: 'у' };

function inventStem(lang: SyntheticLang, r: Random): string {
  const ph = PHONOLOGY[lang];
  const syllables = r.weighted([0, 4, 5, 2, 0.5]);
  let stem = '';
  let lastOnset = '';
  for (let s = 0; s < syllables; s++) {
    lastOnset = r.pick(ph.onsets);
    let vowel = r.pick(ph.vowels);
    const end = lastOnset.at(-1)!;
    if (HUSHING.has(end)) vowel = HARD_VOWEL[vowel] ?? vowel;
    // Ukrainian writes є and ї after an apostrophe too (пʼє, мʼї).
    const apostrophe = lang === 'uk' && s > 0 && UK_LABIALS.has(end) && UK_IOTATED.has(vowel) && r.chance(0.6);
    if (apostrophe && r.chance(0.4)) vowel = vowel === 'я' ? 'є' : 'ї';
    stem += lastOnset + (apostrophe ? 'ʼ' : '') + vowel;
  }
  // Slavic and Estonian stems end in a consonant so that endings attach as they would.
  return stem + (lang === 'en' || lang === 'de' ? r.pick(ph.codas) : r.pick(ph.codas.slice(1)));
}

const cache = new Map<SyntheticLang, (readonly string[])[]>(SYNTHETIC_LANGS.map((l) => [l, []]));

/** Every form of the word at `rank` (0 = most frequent) in `lang`. */
export function wordForms(lang: SyntheticLang, rank: number): readonly string[] {
  const byRank = cache.get(lang)!;
  let forms = byRank[rank];
  if (!forms) {
    const real = CONCEPTS_TABLE[rank]?.forms[lang];
    if (real) forms = real;
    else {
      // The vocabulary is the language's, not the archive's: it does not depend on the seed.
      const r = new Random(mixSeed(SYNTHETIC_LANGS.indexOf(lang), rank));
      forms = PHONOLOGY[lang].inflect(inventStem(lang, r), r);
      if (lang === 'de' && r.chance(0.15)) {
        // German compounds: two stems written as one word.
        forms = forms.map((f) => f + inventStem('de', r));
      }
    }
    byRank[rank] = forms;
  }
  return forms;
}

/** Small words that carry grammar, listed with repeats to weigh the most common. */
export const FUNCTION_WORDS: Record<SyntheticLang, readonly string[]> = {
  en: words('the the the the of of of to to in in and and a a for on that with by as at from is was has said will it its after also'),
  uk: words('у у в на на та та і і з з що що до за від про як не для після також він вона це вже ще'),
  et: words('ja ja ja on on et et ei ka ka see oli ning kui mis nagu pärast veel aga selle kes'),
  de: words('der der die die die das und und in in den von zu mit für auf ist nicht im dem des sich auch eine ein'),
  pl: words('w w i i na na z z się do że że nie o to jest dla po jak od'),
  ru: words('в в и и на на с с что что не по к за от для о как это также уже'),
};

/** How often a small word comes between two content words: English uses the most. */
export const FUNCTION_WORD_RATE: Record<SyntheticLang, number> = {
  en: 0.45,
  uk: 0.3,
  et: 0.27,
  de: 0.42,
  pl: 0.3,
  ru: 0.3,
};

/** Each language's quotation marks (outer level). */
export const QUOTES: Record<SyntheticLang, readonly [string, string]> = {
  en: ['“', '”'],
  uk: ['«', '»'],
  et: ['„', '“'],
  de: ['„', '“'],
  pl: ['„', '”'],
  ru: ['«', '»'],
};

const numberFormats = new Map<SyntheticLang, Intl.NumberFormat>();

/** A number as the language writes it (`1,250`, `1 250` with a no-break space, `1.250`). */
export function formatNumber(lang: SyntheticLang, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}
