// The import's word cache: what it remembers is exactly what analysing the word afresh gives, in
// the word's own language, and it holds a bounded number of words however many languages come in.
import { describe, expect, it } from 'vitest';
import { analyzeWord, WordAnalyzer } from '../../src/main/core/search/analyze';

const LANGUAGES = ['uk', 'ru', 'en', 'et', 'de', 'pl', 'fr'];
const SHARED_WORDS = ['Київ', 'Kyiv', 'banks', 'Regierung', 'uudised', 'Zelensky', 'd’Odessa', 'Харкова', '2024', 'ministrów'];

const fresh = (word: string, lang: string) => {
  const a = analyzeWord(word, lang);
  return { exact: a.exact, expanded: a.expanded.join(' ') };
};

describe('WordAnalyzer', () => {
  it('gives each language its own analysis of the same word, through many turnovers', () => {
    const analyzer = new WordAnalyzer(8);
    for (let round = 0; round < 20; round++) {
      for (const lang of LANGUAGES) {
        for (const word of SHARED_WORDS) expect(analyzer.forLanguage(lang).word(word), `${word} in ${lang}`).toEqual(fresh(word, lang));
        // New words every round, so the generations turn over between the repeated ones.
        const own = `${lang}word${round}`;
        expect(analyzer.forLanguage(lang).word(own)).toEqual(fresh(own, lang));
      }
    }
  });

  it('holds at most two generations of words for all languages together', () => {
    const capacity = 100;
    const analyzer = new WordAnalyzer(capacity);
    for (let i = 0; i < 1000; i++) for (const lang of LANGUAGES) analyzer.forLanguage(lang).word(`слово${i}`);
    expect(analyzer.remembered()).toBeGreaterThan(capacity / 2);
    expect(analyzer.remembered()).toBeLessThanOrEqual(2 * capacity);
  });

  it('keeps the words in use across a long tail of new ones', () => {
    const analyzer = new WordAnalyzer(50);
    const frequent = analyzer.forLanguage('en').word('government');
    for (let i = 0; i < 2000; i++) {
      analyzer.forLanguage(i % 2 ? 'uk' : 'et').word(`tail${i}`);
      // Met every few words, it is never dropped: the same object comes back.
      if (i % 10 === 0) expect(analyzer.forLanguage('en').word('government')).toBe(frequent);
    }
  });
});
