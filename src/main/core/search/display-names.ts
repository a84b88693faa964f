// Country, territory, language and currency names across languages, from CLDR through
// Intl.DisplayNames (built into Node and Electron: no data ships): `India` also looks for Індія,
// Indien and Inde, `Німеччині` for Germany, Deutschland and Saksamaa, `Ukrainian` for українська.
// A query word is looked up by its exact form and, in Cyrillic and Estonian, its stems, so
// inflected forms (Індії, Німеччині) find their entry; the entry's names are then searched by
// their exact forms and those stems. Only one-word names take part: a name of several
// words (United States, Сполучені Штати) would need a phrase in every language.
import { exactForm, scriptOf, tokenize } from './normalize';
import { stemWord } from './stemmers';

/** Languages whose names are looked for: the content languages Diptych ships analysis for. */
export const NAME_LANGUAGES: readonly string[] = ['en', 'uk', 'ru', 'et', 'de', 'fr', 'pl'];

/** A name of an entry in one language. */
export interface NameForm {
  lang: string;
  /** Exact form (lower case), as the index stores it. */
  exact: string;
  /**
   * Its stems by every stemmer of its script (the Ukrainian one stems Індія to інд but Індії to
   * інді, the Russian one both to інді), those that differ and are long enough not to over-match.
   */
  stems: string[];
}

/** Shorter stems of a translated name over-match. */
const MIN_NAME_STEM = 3;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Codes of every region (two letters) and language (two letters) CLDR names, and every currency. */
function codesOf(type: 'region' | 'language' | 'currency'): string[] {
  if (type === 'currency') return Intl.supportedValuesOf('currency');
  const probe = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = type === 'region' ? a + b : (a + b).toLowerCase();
      // Private-use region codes (QO Outlying Oceania, ZZ Unknown Region) name no place.
      if (type === 'region' && (code === 'ZZ' || /^(Q[M-Z]|X[A-JL-Z])$/u.test(code))) continue;
      const name = probe.of(code);
      if (name && name.toLowerCase() !== code.toLowerCase()) codes.push(code);
    }
  }
  return codes;
}

/** The exact form of a one-word name, or null for a name of several words. */
function oneWord(name: string | undefined): string | null {
  if (!name) return null;
  const tokens = tokenize(name);
  if (tokens.length !== 1 || tokens[0]?.text.length !== name.length) return null;
  return exactForm(name) || null;
}

/**
 * Languages whose names inflect in running text (Індії, Saksamaal): their names are also looked
 * for by stem, Cyrillic ones by both Cyrillic stemmers. English, German and French names are not
 * (the English stem of China is "chin").
 */
const INFLECTING: Record<string, readonly string[]> = { uk: ['uk', 'ru'], ru: ['uk', 'ru'], et: ['et'] };

/** Stems of a name in `lang`, long enough and not far from the name. */
function stemsOf(exact: string, lang: string): string[] {
  const stems = new Set<string>();
  for (const by of INFLECTING[lang] ?? []) {
    const stem = stemWord(exact, by);
    // A weak stemmer cuts a compound (Estonian euroala → euro): such stems are not the name.
    if (stem.length >= MIN_NAME_STEM && exact.length - stem.length <= 2) stems.add(stem);
  }
  return [...stems];
}

/** Lookup keys are per script: a Cyrillic name is found by any Cyrillic stemmer's stem. */
const lookupKey = (script: string, stem: string): string => `${script}\u0000${stem}`;

/**
 * Every one-word name CLDR gives in NAME_LANGUAGES, built once per search context (some 25 ms
 * of ICU look-ups and the stemming) and looked up by the stems of a query word.
 */
export class NameLexicon {
  private readonly entries: NameForm[][] = [];
  private readonly byStem = new Map<string, number[]>();
  private readonly signatures = new Set<string>();
  /** `lang:exact` of every region's name: a language or currency does not take them. */
  private readonly regionNames = new Set<string>();

  constructor(languages: readonly string[] = NAME_LANGUAGES) {
    for (const type of ['region', 'language', 'currency'] as const) {
      const names = languages.map((lang) => ({ lang, dn: new Intl.DisplayNames([lang], { type, fallback: 'none' }) }));
      for (const code of codesOf(type)) this.add(type === 'region', names.map(({ lang, dn }) => ({ lang, name: dn.of(code) })));
    }
  }

  private add(region: boolean, names: { lang: string; name: string | undefined }[]): void {
    const forms: NameForm[] = [];
    for (const { lang, name } of names) {
      const exact = oneWord(name);
      // Estonian names Ukraine and the Ukrainian language alike (ukraina): the country keeps it.
      if (!exact || (!region && this.regionNames.has(`${lang}:${exact}`))) continue;
      forms.push({ lang, exact, stems: stemsOf(exact, lang).filter((s) => s !== exact) });
    }
    const signature = forms.map((f) => `${f.lang}:${f.exact}`).join(' ');
    // A name the same in every language finds nothing more; two codes may name one place alike.
    if (new Set(forms.map((f) => f.exact)).size < 2 || this.signatures.has(signature)) return;
    this.signatures.add(signature);
    const id = this.entries.length;
    this.entries.push(forms);
    for (const f of forms) {
      if (region) this.regionNames.add(`${f.lang}:${f.exact}`);
      for (const stem of [f.exact, ...f.stems]) {
        const key = lookupKey(scriptOf(f.exact), stem);
        const ids = this.byStem.get(key);
        if (!ids) this.byStem.set(key, [id]);
        else if (!ids.includes(id)) ids.push(id);
      }
    }
  }

  /**
   * The names, in every language, of whatever the exact-form word names: none when it names no
   * country, territory, language or currency.
   */
  namesOf(exact: string): NameForm[] {
    const script = scriptOf(exact);
    const readIn = script === 'cyrillic' ? ['uk'] : script === 'latin' ? ['et'] : [];
    const ids = new Set<number>();
    for (const stem of [exact, ...readIn.flatMap((lang) => stemsOf(exact, lang))]) {
      for (const id of this.byStem.get(lookupKey(script, stem)) ?? []) ids.add(id);
    }
    return [...ids].flatMap((id) => this.entries[id] ?? []);
  }
}
