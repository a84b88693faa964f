// The index finds words by a scan of code units (normalize.ts, forEachWord) rather than with
// WORD_PATTERN, for speed; the two must agree on every text, or the index and the highlights
// (which use the pattern) would part ways.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWord, unifyApostrophes, WORD_PATTERN } from '../../src/main/core/search/normalize';

const byPattern = (text: string): [number, number][] =>
  [...unifyApostrophes(text).matchAll(WORD_PATTERN)].map((m) => [m.index!, m.index! + m[0].length]);
const byScan = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  forEachWord(text, (start, end) => out.push([start, end]));
  return out;
};

// What decides a word's edges: letters of several scripts, combining marks, digits (astral ones
// too), every apostrophe form, invisible marks, no-break and thin spaces, lone surrogates.
const tricky = fc.constantFrom('a', 'B', 'й', 'Ї', 'é', '\u0301', '1', '٣', '𝟙', '😀', "'", '’', 'ʼ', 'ʻ', '`', '´', '\u00AD', '\u200B', '\u2060', '\u00A0', '\u202F', '\u2009', ' ', '-', '.', '0', '\uD835', '\uDC00');

describe('finding words by scanning', () => {
  it('agrees with WORD_PATTERN on texts made of the characters that decide word edges', () => {
    fc.assert(fc.property(fc.array(tricky, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      expect(byScan(text)).toEqual(byPattern(text));
    }), { numRuns: 20_000 });
  });

  it('agrees with WORD_PATTERN on any string of code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      expect(byScan(text)).toEqual(byPattern(text));
    }), { numRuns: 5_000 });
  });

  it.each([
    ['премʼєр-міністр', [[0, 7], [8, 15]]],
    ['mäe\u00adtee\u00adkaarte', [[0, 14]]],
    ['3\u202f000 osalejat', [[0, 5], [6, 14]]],
    ['3\u202f0000', [[0, 1], [2, 6]]],
    ["NATO's", [[0, 6]]],
  ])('%j', (text, words) => {
    expect(byScan(text)).toEqual(words);
  });
});
