// Hits read only the words around a query's literals (wordsHoldingLiterals) where the paragraph
// keeps its offsets when lower-cased; the highlights must be exactly those of reading every word,
// on any paragraph, or a snippet would miss a match the index found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/shared/search';
import { NameLexicon } from '../../src/main/core/search/display-names';
import { createTermMatcher, wordsHoldingLiterals } from '../../src/main/core/search/term-matcher';

const names = new NameLexicon();

const QUERIES = [
  'government', 'energy minister', 'parlia*', 'Klitschko', 'уряд', 'Київ', 'Kiev', 'Zürich', 'Tallinn',
  'India', 'Germany', 'Ukrainian', 'Shmyhal lang:uk', 'minist* OR Regierung', 'title:energy', 'prezydent', 'président',
  '"energy minister"', '"government energy minister"', '"уряд Києва"', 'Tallinn "energy minister"', '"Zelensky"', '"Volodymyr Zelensky" уряд',
];

// Words of the queries above, inflected, accented, in the other script, with every joiner and
// mark that decides a word's edges, and the spaces, lines and punctuation between them.
const PIECES = [
  'government', 'Government', 'governments', "government's", 'GOVERNMENT', 'energy', 'Energy', 'energies', 'minister',
  'ministers', 'Ministerin', 'ministry', 'parliament', 'Parliament', 'parliamentary', 'Klitschko', 'Klychko', 'Кличко',
  'Кличка', 'уряд', 'уряду', 'Уряд', 'урядом', 'Київ', 'Києва', 'Kyiv', 'Kiev', 'Kiew', 'Zürich', 'Zurich', 'ZÜRICH',
  'Tallinn', 'Tallinnas', 'Tallinna', 'India', 'Індії', 'Індія', 'Germany', 'Німеччині', 'Deutschland', 'Saksamaa',
  'ukrainian', 'українська', 'Шмигаль', 'Shmyhal', 'Regierung', 'Regierungen', 'prezydent', 'prezydenta', 'président',
  'presidente', 'Prezydent', 'ёлка', 'премʼєр', "п'ять", 'l\u2019énergie', "d'Energie", 'e\u0301nergie', 'gov\u00adernment',
  'ener\u200bgy', '3\u202f000', 'İstanbul', 'ﬁnance', '𝐀lpha', 'straße', 'Œuvre', 'æther', 'Volodymyr', 'Zelensky',
  'energy minister', 'Energy Minister', 'energy-minister', "energy's minister", 'уряд Києва',
  ' ', ' ', ' ', '\n', '\t', '-', ', ', '. ', '«', '»', '(', ')', '—', '/', '\u00a0',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
const lang = fc.constantFrom('en', 'uk', 'de', 'et', 'fr', 'pl', 'ru');
const kind = fc.constantFrom('headline', 'lead', 'paragraph');

describe('reading only the words around the literals', () => {
  const matchers = QUERIES.map((q) => {
    const parsed = parseQuery(q);
    return { q, near: createTermMatcher(parsed, names), every: createTermMatcher(parsed, names, undefined, { readEveryWord: true }) };
  });

  it('finds exactly the matches that reading every word finds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...matchers), text, lang, kind, (m, t, l, k) => {
        expect(m.near.find(t, l, k)).toEqual(m.every.find(t, l, k));
      }),
      { numRuns: 20_000 },
    );
  });

  it('still finds a match on a paragraph whose offsets change when lower-cased', () => {
    const m = createTermMatcher(parseQuery('government'), names);
    // İ lower-cases to two code units; the words must be read the long way, not missed.
    expect(m.find('İİ government', 'en').map((x) => x.text)).toEqual(['government']);
  });
});

describe('wordsHoldingLiterals', () => {
  const words = (t: string, literals: string[]): string[] => {
    const spans = wordsHoldingLiterals(t, [t.toLowerCase()], literals);
    const out: string[] = [];
    for (let i = 0; i < spans.length; i += 2) out.push(t.slice(spans[i], spans[i + 1]));
    return out;
  };

  it.each([
    ['The government governs.', ['govern'], ['government', 'governs']],
    ['no match here', ['govern'], []],
    ['energy-minister met', ['minist'], ['energy', 'minister']],
    ['Ministers\nminister\tMINISTRY', ['minist'], ['Ministers', 'minister', 'MINISTRY']],
    ['уряд і уряду', ['уряд'], ['уряд', 'уряду']],
    ['a government government', ['govern', 'overn'], ['government', 'government']],
    ['(Zurich)', ['zurich'], ['Zurich']],
  ])('%j with %j', (t, literals, expected) => {
    expect(words(t, literals)).toEqual(expected);
  });
});
