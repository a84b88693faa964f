// Every shipped locale says everything English says: the same keys in the same order, the same
// interpolation variables, every plural form its language's rules need (from Intl.PluralRules,
// the CLDR data i18next itself uses) and the language's own quotation marks.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_RESOURCES } from '../../src/shared/i18n/resources';
import { ERROR_CODES } from '../../src/shared/errors';

const LOCALES_DIR = resolve(__dirname, '../../src/shared/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/u;
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );
}

/** Keys with plural suffixes folded into their base: "library.storyCount_few" → "library.storyCount". */
function baseKeys(entries: [string, string][]): string[] {
  return [...new Set(entries.map(([k]) => k.replace(PLURAL, '')))];
}

/** `{{count, number}}` → "count"; `$t(other.key)` nesting counts too. */
function variables(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*-?\s*([^,}\s]+)\s*(?:,[^}]*)?\}\}/gu)].map((m) => m[1]!);
  const nested = [...text.matchAll(/\$t\(([^),]+)/gu)].map((m) => `$t:${m[1]}`);
  return [...new Set([...names, ...nested])].sort();
}

const files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.json'));
const load = (lang: string): Tree => JSON.parse(readFileSync(resolve(LOCALES_DIR, `${lang}.json`), 'utf8')) as Tree;
const english = flatten(load('en'));
const englishByKey = new Map(english);
const others = files.map((f) => f.replace(/\.json$/u, '')).filter((l) => l !== 'en');

/** Opening and closing marks each language quotes with; any other double quote is a slip. */
const QUOTES: Record<string, { open: string; close: string }> = {
  en: { open: '“', close: '”' },
  uk: { open: '«', close: '»' },
  et: { open: '„', close: '“' },
  de: { open: '„', close: '“' },
  pl: { open: '„', close: '”' },
  fr: { open: '«\u202f', close: '\u202f»' },
};
const ALL_QUOTES = /["“”„«»‟〝〞]/gu;

it('every locale file is registered, and every registered locale has a file', () => {
  expect(Object.keys(LOCALE_RESOURCES).sort()).toEqual(files.map((f) => f.replace(/\.json$/u, '')).sort());
});

/** Keys written twice in one object: JSON.parse keeps the last silently, so read the text. */
function duplicateKeys(text: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^( *)"((?:[^"\\]|\\.)*)":/u.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 2 - 1;
    path.length = depth;
    const key = [...path, m[2]!].join('.');
    if (seen.has(key)) duplicates.push(key);
    seen.add(key);
    if (/:\s*\{\s*$/u.test(line)) path.push(m[2]!);
  }
  return duplicates;
}

it.each(files)('%s writes no key twice', (file) => {
  expect(duplicateKeys(readFileSync(resolve(LOCALES_DIR, file), 'utf8'))).toEqual([]);
});

it('English translates every error code', () => {
  for (const code of ERROR_CODES) expect(englishByKey.has(`errors.${code}`), `errors.${code}`).toBe(true);
});

describe.each(others)('%s', (lang) => {
  const entries = flatten(load(lang));
  const byKey = new Map(entries);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  it('has every key of English, in the same order, and nothing else', () => {
    const missing = baseKeys(english).filter((k) => !baseKeys(entries).includes(k));
    const extra = baseKeys(entries).filter((k) => !baseKeys(english).includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(baseKeys(entries)).toEqual(baseKeys(english));
  });

  it('has no empty strings', () => {
    expect(entries.filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same interpolation variables as English', () => {
    const mismatches: string[] = [];
    for (const [key, value] of entries) {
      const base = key.replace(PLURAL, '');
      const source = english.filter(([k]) => k === key || k.replace(PLURAL, '') === base).map(([, v]) => v);
      if (source.length === 0) continue;
      const expected = [...new Set(source.flatMap(variables))].sort().filter((v) => v !== 'count');
      const got = variables(value).filter((v) => v !== 'count');
      if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push(`${key}: ${got} ≠ ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });

  it(`has exactly the plural forms ${lang} needs (${categories.join(', ')})`, () => {
    const problems: string[] = [];
    const englishPlurals = baseKeys(english.filter(([k]) => PLURAL.test(k)));
    for (const base of englishPlurals) {
      const forms = entries.filter(([k]) => k.replace(PLURAL, '') === base && PLURAL.test(k)).map(([k]) => PLURAL.exec(k)![1]!);
      const missing = categories.filter((c) => !forms.includes(c));
      const extra = forms.filter((f) => !(categories as string[]).includes(f));
      if (missing.length || extra.length) problems.push(`${base}: missing ${missing} extra ${extra}`);
      for (const f of forms) {
        const text = byKey.get(`${base}_${f}`)!;
        // The number must show in every form that i18next formats with it in English.
        if (/\{\{\s*count/u.test(englishByKey.get(`${base}_other`) ?? '') && !/\{\{\s*count/u.test(text)) {
          problems.push(`${base}_${f} lost {{count}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.runIf(lang in QUOTES)('quotes with its own marks, in pairs', () => {
    const { open, close } = QUOTES[lang]!;
    const wrong: string[] = [];
    for (const [key, value] of entries) {
      const stripped = value.split(open).join('').split(close).join('');
      if (ALL_QUOTES.test(stripped)) wrong.push(`${key}: ${value}`);
      ALL_QUOTES.lastIndex = 0;
      if (value.split(open).length !== value.split(close).length) wrong.push(`${key}: unbalanced`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps command-line syntax (commands’ options, --help) as English writes it', () => {
    const options = (text: string): string => (text.match(/(?<![\p{L}\d}])--?[a-z][a-z-]*(?![\p{L}])/gu) ?? []).sort().join(' ');
    const changed: string[] = [];
    for (const [key, value] of entries) {
      const en = englishByKey.get(key) ?? englishByKey.get(key.replace(PLURAL, '_other'));
      if (en !== undefined && options(en) !== options(value)) changed.push(`${key}: ${options(value)} ≠ ${options(en)}`);
    }
    expect(changed).toEqual([]);
  });

  it('keeps the line structure of multi-line texts (the CLI’s usage lists every command)', () => {
    const lines = (text: string): number => text.split('\n').length;
    const differ = entries
      .filter(([key, value]) => englishByKey.has(key) && lines(value) !== lines(englishByKey.get(key)!))
      .map(([key, value]) => `${key}: ${lines(value)} lines ≠ ${lines(englishByKey.get(key)!)}`);
    expect(differ).toEqual([]);
  });

  it('writes typographic ellipses and apostrophes, and French spacing before punctuation', () => {
    const wrong: string[] = [];
    for (const [key, value] of entries) {
      if (value.includes('...')) wrong.push(`${key}: "..." for "…"`);
      if (/\p{L}'\p{L}/u.test(value)) wrong.push(`${key}: straight apostrophe`);
      // French: a no-break space before : ; ! ? » and after «, never an ordinary one.
      if (lang === 'fr' && (/ [:;!?»]/u.test(value) || /« /u.test(value))) wrong.push(`${key}: ${value}`);
    }
    expect(wrong).toEqual([]);
  });

  it('translates: no string long enough to need it is left identical to English', () => {
    // Brand names, placeholders-only strings and words the languages share are fine.
    const same = entries.filter(([k, v]) => {
      const en = englishByKey.get(k);
      return en === v && /\p{L}{4,}.*\s.*\p{L}{4,}/u.test(v.replace(/\{\{[^}]*\}\}/gu, '')) && !/^Diptych$/u.test(v);
    });
    expect(same.map(([k]) => k)).toEqual([]);
  });
});
