// Hits read only the words around a query's literals (wordsHoldingLiterals) where the paragraph
// keeps its offsets when lower-cased; the highlights must be exactly those of reading every word,
// on any paragraph, or a snippet would miss a match the index found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/shared/search';
import { NameLexicon } from '../../src/main/core/search/display-names';
import { createTermMatcher, MAY_BE_LETTER_OF, MAYBE_CAPITAL, NAME_PATTERN, nameSpans, wordsHoldingLiterals } from '../../src/main/core/search/term-matcher';

const names = new NameLexicon();

const QUERIES = [
  'government', 'energy minister', 'parlia*', 'Klitschko', 'уряд', 'Київ', 'Kiev', 'Zürich', 'Tallinn',
  'India', 'Germany', 'Ukrainian', 'Shmyhal lang:uk', 'Odessa', 'Kharkov energy', 'kiev', 'minist* OR Regierung', 'title:energy', 'prezydent', 'président',
  '"energy minister"', '"government energy minister"', '"уряд Києва"', 'Tallinn "energy minister"', '"Zelensky"', '"Volodymyr Zelensky" уряд',
];

// Words of the queries above, inflected, accented, in the other script, with every joiner and
// mark that decides a word's edges, and the spaces, lines and punctuation between them.
const PIECES = [
  'government', 'Government', 'governments', "government's", 'GOVERNMENT', 'energy', 'Energy', 'energies', 'minister',
  'ministers', 'Ministerin', 'ministry', 'parliament', 'Parliament', 'parliamentary', 'Klitschko', 'Klychko', 'Кличко',
  'Кличка', 'уряд', 'уряду', 'Уряд', 'урядом', 'Київ', 'Києва', 'Kyiv', 'Kiev', 'Kiew', 'Zürich', 'Zurich', 'ZÜRICH',
  'Kharkov', 'Kharkiv', 'Odesa', 'Odessa', "d'Odessa", 'Tallinn', 'Tallinnas', 'Tallinna', 'India', 'Індії', 'Індія', 'Germany', 'Німеччині', 'Deutschland', 'Saksamaa',
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

// A story's hits stop being read once enough paragraphs cannot be outranked, which takes knowing
// the closest kind of match a version can hold: only a name in another script where no paragraph
// holds a literal trace of the query.
describe('a version without a literal trace of the query', () => {
  const matchers = QUERIES.map((q) => createTermMatcher(parseQuery(q), names, undefined, { readEveryWord: true }));

  it('holds no match but a name in another script', () => {
    fc.assert(
      fc.property(fc.constantFrom(...matchers), text, lang, kind, (m, t, l, k) => {
        if (m.mayHoldLiteral(t)) return;
        expect(m.find(t, l, k).filter((x) => x.kind !== 'transliterated')).toEqual([]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('is told apart from its paragraphs joined by lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...matchers), fc.array(text, { minLength: 1, maxLength: 4 }), (m, paragraphs) => {
        expect(m.mayHoldLiteral(paragraphs.join('\n'))).toBe(paragraphs.some((t) => m.mayHoldLiteral(t)));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['Klitschko', 'Віталій Кличко заявив', false],
    ['Klitschko', 'Vitali Klitschko said', true],
    ['Kiev', 'У Києві', false],
    ['уряд', 'The government of Ukraine', false],
    ['Zürich', 'in Zurich', true],
  ])('%s in %j: %s', (q, t, expected) => {
    expect(createTermMatcher(parseQuery(q), names).mayHoldLiteral(t)).toBe(expected);
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

describe('paragraphs quoting a name in the other script', () => {
  it.each(['cyrillic', 'latin'] as const)('passes over none with a %s letter', (script) => {
    const letter = script === 'cyrillic' ? /\p{Script=Cyrillic}/u : /\p{Script=Latin}/u;
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (letter.test(ch) && !MAY_BE_LETTER_OF[script].test(ch.charAt(0))) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });
});

describe('nameSpans', () => {
  // The same names, in the same places, as NAME_PATTERN's own scan of the paragraph finds.
  const NAME_PIECES = [
    'Київ', 'Києва', 'Kiev', "d'Odessa", "l'Ukraine", "dell'Ucraina", "abcdefg'Kyiv", "abcdef'Kyiv", "x'Y", "'Odessa", "Odessa's",
    'McDonald', 'aBc', 'DNA', 'O\u00ADdesa', 'Ki\u200Bev', '𝐀lpha', '𝐚𝐛\'Kyiv', 'İstanbul', 'Ǆemal', 'ǅ', 'é', 'É', 'киев', 'Кличко',
    '3Kiev', 'Kiev3', "'", 'a', 'b', ' ', '\n', '-', '.', '«', '»', '(', '\u00AD', '\u200B', '\u0301', 'э',
  ];
  const paragraph = fc.array(fc.constantFrom(...NAME_PIECES), { minLength: 0, maxLength: 40 }).map((a) => a.join(''));
  const spansByPattern = (t: string): number[] => {
    const spans: number[] = [];
    for (const m of t.matchAll(NAME_PATTERN)) spans.push(m.index, m.index + m[0].length);
    return spans;
  };

  it('looks at every capital letter of Unicode', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/\p{Lu}/u.test(ch) && !new RegExp(MAYBE_CAPITAL.source).test(ch.charAt(0))) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('finds exactly the names the pattern finds', () => {
    const sticky = new RegExp(NAME_PATTERN.source, 'uy');
    const maybeCapital = new RegExp(MAYBE_CAPITAL.source, MAYBE_CAPITAL.flags);
    fc.assert(
      fc.property(paragraph, (t) => {
        expect(nameSpans(t, sticky, maybeCapital)).toEqual(spansByPattern(t));
      }),
      { numRuns: 20_000 },
    );
  });
});
