// The phonetic name key (name-key.ts): every listed romanization of a name meets its Cyrillic
// form in both directions, and no spelling meets another name of the list or the distractors.
import { describe, expect, it } from 'vitest';
import { ALL_CONVENTIONS, cyrillicNameKey, keyInitials, latinNameKeys } from '../../src/main/core/search/name-key';
import { documentKeys, KEY_FROM_CYRILLIC, KEY_FROM_LATIN, queryKeys } from '../../src/main/core/search/transliterate';
import { exactForm } from '../../src/main/core/search/normalize';
import { analyzeWord } from '../../src/main/core/search/analyze';
import { DISTRACTORS, keyedForms, NAME_ROWS, type SpellingSystem } from './name-spellings';


const DOC_LANG: Partial<Record<SpellingSystem, string>> = { German: 'de', Polish: 'pl', French: 'fr', Estonian: 'et' };

const rows = NAME_ROWS.flatMap((row) =>
  (Object.entries(row.spellings) as [SpellingSystem, string[]][]).flatMap(([system, spellings]) =>
    spellings.map((spelling) => [row.cyrillic, system, spelling] as const),
  ),
);
const others = (cyrillic: string): string[] => [...NAME_ROWS.map((r) => r.cyrillic).filter((c) => c !== cyrillic), ...DISTRACTORS];

describe('a Latin query spelling meets its Cyrillic name and no other', () => {
  it.each(rows)('%s ← %s %s', (cyrillic, _system, spelling) => {
    const looksFor = new Set(keyedForms(spelling).flatMap((f) => queryKeys(f)));
    const [own] = documentKeys(exactForm(cyrillic), 'uk');
    expect(looksFor.has(own as string)).toBe(true);
    const met = others(cyrillic).filter((o) => looksFor.has(documentKeys(exactForm(o), 'uk')[0] as string));
    expect(met).toEqual([]);
  });
});

describe('a Cyrillic query meets the Latin spelling in a text of its language, and no other name does', () => {
  it.each(rows)('%s → %s %s', (cyrillic, system, spelling) => {
    const indexed = new Set(keyedForms(spelling).flatMap((f) => documentKeys(f, DOC_LANG[system] ?? 'en')));
    expect(queryKeys(exactForm(cyrillic)).some((k) => indexed.has(k))).toBe(true);
    const met = others(cyrillic).filter((o) => queryKeys(exactForm(o)).some((k) => indexed.has(k)));
    expect(met).toEqual([]);
  });
});

/** The row's Latin spellings and the language of a text each is written in. */
const latinSpellings = (row: (typeof NAME_ROWS)[number]): [string, string][] =>
  (Object.entries(row.spellings) as [SpellingSystem, string[]][]).flatMap(([system, list]) => list.map((s) => [s, DOC_LANG[system] ?? 'en'] as [string, string]));

describe('a Latin spelling typed as a name meets the other Latin spellings of its name, and no other name’s', () => {
  const pairs = NAME_ROWS.flatMap((row, i) =>
    latinSpellings(row).flatMap(([query]) => latinSpellings(row).filter(([text]) => text !== query).map(([text, lang]) => [query, text, lang, i] as const)),
  );
  it.each(pairs)('%s finds %s (%s)', (query, text, lang, i) => {
    const looksFor = new Set(keyedForms(query).flatMap((f) => queryKeys(f, true)));
    const indexedAs = (spelling: string, in_: string): string[] => keyedForms(spelling).flatMap((f) => documentKeys(f, in_));
    expect(indexedAs(text, lang).some((k) => looksFor.has(k))).toBe(true);
    const otherNames = NAME_ROWS.filter((_, j) => j !== i).flatMap(latinSpellings);
    expect(otherNames.filter(([o, l]) => indexedAs(o, l).some((k) => looksFor.has(k))).map(([o]) => o)).toEqual([]);
  });

  it.each([
    // typed in lower case, a word is no name: police must not meet a title-case Palace
    ['police', 'Palace', 'en'],
    ['kiev', 'Kyiv', 'en'],
    // a key of one consonant meets the start of too many sentences
    ['The', 'They', 'en'],
    ['Our', 'Or', 'en'],
    // nor a short key beginning with a vowel: India is inda, as the Estonian Endised's stem is
    ['India', 'Endised', 'et'],
  ])('%s does not look for the Latin word %s (%s)', (query, text, lang) => {
    const looksFor = new Set(queryKeys(exactForm(query), /^\p{Lu}/u.test(query)));
    expect(analyzeWord(text, lang).expanded.filter((k) => looksFor.has(k))).toEqual([]);
  });
});

describe('the key', () => {
  it.each([
    // Ukrainian і where Russian has о/е, г as h or g, the hushing sounds however written
    ['Харків', ['Kharkov', 'Charkiw', 'Kharkiv']],
    ['Чернігів', ['Chernigov', 'Tschernihiw', 'Czernihów']],
    ['Кличко', ['Klitschko', 'Kliczko', 'Klyčko']],
  ])('of %s is the key of %j', (cyrillic, spellings) => {
    const key = cyrillicNameKey(cyrillic.toLowerCase());
    for (const s of spellings) expect(latinNameKeys(s, ALL_CONVENTIONS)).toContain(key);
  });

  it('keeps the first vowel’s class, so Латвія and Литва, Latvia and Lytva stay apart', () => {
    expect(cyrillicNameKey('латвія')).not.toBe(cyrillicNameKey('литва'));
    expect(latinNameKeys('Latvia', ALL_CONVENTIONS)).not.toContain(cyrillicNameKey('литва'));
  });

  it('reads ch by the document’s convention: ч in English, х in German and Polish', () => {
    expect(documentKeys('charkiw', 'de')[0]).toBe(KEY_FROM_LATIN + cyrillicNameKey('харків'));
    expect(documentKeys('chernihiv', 'en')[0]).toBe(KEY_FROM_LATIN + cyrillicNameKey('чернігів'));
    expect(queryKeys('kyiv')).toEqual([KEY_FROM_CYRILLIC + cyrillicNameKey('київ')]);
  });
});

describe('keyInitials', () => {
  // Every letter a name may begin with, followed by every short run of the letters digraphs are
  // made of: each key of the word begins with one of the letters keyInitials gives for its first.
  const FIRST = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZŠŽČŻŚŹĆŁÑŬÕÉÈÁÖÜÄÅÓÍ'];
  const DIGRAPH_LETTERS = [...'aehszctkrgjxoupqiy'];
  const runs = (n: number): string[] => (n === 0 ? [''] : runs(n - 1).flatMap((r) => DIGRAPH_LETTERS.map((l) => r + l)));
  const continuations = [...runs(0), ...runs(1), ...runs(2), ...runs(3), 'chtsch', 'zcz', 'hch'];

  it.each(FIRST)('holds the first letter of every key of a Latin word beginning with %s', (first) => {
    const initials = keyInitials(first);
    const missed = continuations.filter((rest) => latinNameKeys(first + rest, ALL_CONVENTIONS).some((k) => !initials.includes(k[0] as string)));
    expect(missed).toEqual([]);
  });

  it('holds the first letter of every Cyrillic name’s key', () => {
    const names = [...NAME_ROWS.map((r) => r.cyrillic), ...DISTRACTORS, 'Ґудзь', 'Єрмак', 'Ўладзімір', 'Щербаков', 'Ёлкин', 'Ъ', 'Ьо'];
    const missed = names.filter((n) => {
      const key = cyrillicNameKey(n);
      return key !== '' && keyInitials(n[0] as string) !== '' && !keyInitials(n[0] as string).includes(key[0] as string);
    });
    expect(missed).toEqual([]);
  });

  it('narrows: a name in K is no key in m, and an unknown letter may be any', () => {
    expect(keyInitials('K')).not.toContain('m');
    expect(keyInitials('К')).toBe('k');
    expect(keyInitials('Ø')).toBe('');
  });
});
