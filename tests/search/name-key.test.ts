// The phonetic name key (name-key.ts): every listed romanization of a name meets its Cyrillic
// form in both directions, and no spelling meets another name of the list or the distractors.
import { describe, expect, it } from 'vitest';
import { ALL_CONVENTIONS, cyrillicNameKey, latinNameKeys } from '../../src/main/core/search/name-key';
import { documentKeys, KEY_FROM_CYRILLIC, KEY_FROM_LATIN, queryKeys } from '../../src/main/core/search/transliterate';
import { exactForm } from '../../src/main/core/search/normalize';
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
    const looksFor = new Set(keyedForms(spelling).flatMap(queryKeys));
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
