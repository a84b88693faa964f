// What the reader renders inside a paragraph: sentences to light up, search terms to mark, and
// the writing direction of each column.
import { describe, expect, it } from 'vitest';
import { directionOf, groupBySentence, termPattern, textPieces } from '../../src/shared/reader/text-pieces';

describe('search terms in the reader', () => {
  it.each([
    [['Kallas'], 'Kaja Kallas said; KALLAS agreed.', ['Kallas', 'KALLAS']],
    [["прем'єр*"], 'прем’єр-міністр і премʼєрка', ['прем’єр', 'премʼєрка']],
    [['"Financial Times"'], 'citing the Financial  Times today', ['Financial  Times']],
    [['NATO', 'NATO allies'], 'NATO allies should not fear NATO', ['NATO allies', 'NATO']],
    [['a.b'], 'axb a.b', ['a.b']],
    [['*'], 'anything', []],
  ])('%j marks %j', (terms, text, marked) => {
    const pieces = textPieces(text, [], termPattern(terms));
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(marked);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});

describe('sentences and marks together', () => {
  it('keeps each sentence one run, with its marks inside, and the text whole', () => {
    const text = 'Kallas spoke. NATO listened to Kallas.';
    const pieces = textPieces(
      text,
      [
        { start: 0, end: 13, key: '0:0' },
        { start: 14, end: 38, key: '0:1' },
      ],
      termPattern(['Kallas']),
    );
    const runs = groupBySentence(pieces);
    expect(runs.map((r) => r.sentence)).toEqual(['0:0', undefined, '0:1']);
    expect(runs[2]!.pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['Kallas']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});

describe('writing direction', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['az-Arab', 'rtl'],
    ['uk', 'ltr'],
    ['en-US', 'ltr'],
    ['sr-Cyrl', 'ltr'],
  ])('%s is %s', (lang, dir) => expect(directionOf(lang)).toBe(dir));
});
