// The translation lexicon the sentence aligner learns: its free seeds (CLDR names, cognates),
// what a document teaches it, and what it changes in the sentence pairs a reader gets.
import { describe, expect, it } from 'vitest';
import { associate, countPair, emptyCooccurrence } from '../../src/main/core/align/lexicon';
import { seedLexicon } from '../../src/main/core/align/lexicon-seed';
import { cognateLinks } from '../../src/main/core/align/lexical-table';
import { alignSentenceTexts } from '../../src/main/core/align/sentence-pairs';
import { cognateForm, cognateSimilarity, stemCache, wordStems } from '../../src/main/core/align/words';
import { mergeEveryThird, seedLines } from './sentence-corpora';
import { emptyTally, linkScores, tallyLinks } from './score-links';
import { orientedPairs } from './variants';

const stem = (word: string, lang: string): string => wordStems(word, stemCache(lang))[0]!;

describe('stems and cognates', () => {
  it.each([
    ['parliament', 'en', 'парламент', 'uk'],
    ['Details', 'en', 'Деталі', 'uk'],
    ['Context', 'en', 'Контекст', 'uk'],
    ['Expedition', 'de', 'expédition', 'fr'],
    ['Telefon', 'de', 'téléphone', 'fr'],
  ])('%s (%s) and %s (%s) are cognates', (x, lx, y, ly) => {
    const links = cognateLinks([stem(x, lx)], [stem(y, ly)]);
    expect(links.get(stem(x, lx))?.has(stem(y, ly))).toBe(true);
  });

  it.each([
    ['nicht', 'de', 'nuit', 'fr'],
    ['house', 'en', 'hausse', 'fr'],
    ['Kallas', 'en', 'Макрон', 'uk'],
  ])('%s (%s) and %s (%s) are not', (x, lx, y, ly) => {
    expect(cognateLinks([stem(x, lx)], [stem(y, ly)]).size).toBe(0);
  });

  it('spells words alike across scripts before comparing them', () => {
    expect(cognateForm('kontekst')).toBe(cognateForm('context'));
    expect(cognateSimilarity(cognateForm(stem('Контекст', 'uk')), cognateForm(stem('context', 'en')))).toBe(1);
    // Inflected forms share a stem.
    expect(stem('території', 'uk')).toBe(stem('територія', 'uk'));
  });
});

describe('the seed lexicon (CLDR names through Intl)', () => {
  const links = (x: string, lx: string, y: string, ly: string): boolean =>
    seedLexicon(lx, ly).get(stem(x, lx))?.has(stem(y, ly)) ?? false;

  it.each([
    ['Venemaa', 'et', 'Russia', 'en'],
    ['Росія', 'uk', 'Russia', 'en'],
    ['Deutschland', 'de', 'Allemagne', 'fr'],
    ['Saksamaa', 'et', 'Німеччина', 'uk'],
    ['травня', 'uk', 'May', 'en'],
    ['pühapäev', 'et', 'Sunday', 'en'],
    ['saksa', 'et', 'German', 'en'],
  ])('links %s (%s) and %s (%s)', (x, lx, y, ly) => expect(links(x, lx, y, ly)).toBe(true));

  it('does not link names of different things', () => {
    expect(links('Venemaa', 'et', 'Germany', 'en')).toBe(false);
  });
});

describe('association from aligned pairs', () => {
  it('links stems that keep company, and not those that meet by chance', () => {
    const counts = emptyCooccurrence();
    for (let i = 0; i < 30; i++) {
      const mountain = i % 3 === 0;
      countPair(
        counts,
        [...(mountain ? ['berg'] : []), `a${i}`, i % 2 ? 'und' : 'oder'],
        [...(mountain ? ['montagn'] : []), `b${i}`, i % 2 ? 'et' : 'ou'],
      );
    }
    const lexicon = associate(counts);
    expect(lexicon.get('berg')?.has('montagn')).toBe(true);
    expect(lexicon.get('und')?.has('et')).toBe(true);
    expect(lexicon.get('und')?.has('ou')).toBeFalsy();
    // Seen once together: no evidence either way.
    expect(lexicon.get('a3')?.has('b3')).toBeFalsy();
  });
});

describe('sentence pairs with the lexicon', () => {
  it('finds the merged lines of real news better than length and anchors did (0.85 strict F1 before)', () => {
    let tally = emptyTally();
    for (const [x, y] of orientedPairs()) {
      const doc = mergeEveryThird(seedLines(x, y));
      const runs = alignSentenceTexts(doc.a, doc.langA, doc.b, doc.langB);
      const range = (p: number, q: number) => Array.from({ length: q - p }, (_, k) => p + k);
      tally = tallyLinks(tally, doc.gold, runs.map((r) => ({ a: range(r.a0, r.a1), b: range(r.b0, r.b1) })));
    }
    expect(linkScores(tally).f1Strict).toBeGreaterThan(0.93);
  });

  it('pairs "Pommitame... Venemaad." with "bomb Russia" through the CLDR name of Russia', () => {
    const doc = mergeEveryThird(seedLines('et', 'en'));
    const runs = alignSentenceTexts(doc.a, 'et', doc.b, 'en');
    const bomb = doc.b.findIndex((l) => l.includes('bomb Russia'));
    const run = runs.find((r) => r.b0 <= bomb && bomb < r.b1)!;
    expect(doc.a.slice(run.a0, run.a1).join(' ')).toContain('Venemaad');
  });

  it('leaves out a sentence the translation lacks, and does not call that certain', () => {
    const runs = alignSentenceTexts(
      [
        'Kallas spoke in Tallinn on 5 May.',
        'Then she left for Brussels, where the ministers of the alliance were waiting for her.',
        'Nobody in the delegation could explain why the meeting had been moved at such short notice.',
        'The talks lasted until late at night.',
      ],
      'en',
      ['Каллас виступила в Таллінні 5 травня.', 'Потім вона поїхала до Брюсселя, де на неї чекали міністри альянсу.', 'Переговори тривали до пізньої ночі.'],
      'uk',
    );
    expect(runs.map((r) => [r.a0, r.a1, r.b0, r.b1])).toEqual([[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 2], [3, 4, 2, 3]]);
    expect(runs[0]!.confidence).toBeGreaterThan(0.75);
    expect(runs[2]!.confidence).toBeLessThan(0.75);
  });
});
