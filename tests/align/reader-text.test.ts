// What the reader renders inside a paragraph: sentences to light up, search matches to mark, and
// the writing direction of each column.
import { describe, expect, it } from 'vitest';
import { directionOf, groupBySentence, textPieces } from '../../src/shared/reader/text-pieces';

describe('search matches in the reader', () => {
  it('marks exactly the ranges the core found, and keeps the text whole', () => {
    const text = 'Kaja Kallas said; KALLAS agreed.';
    const pieces = textPieces(text, [], [
      [5, 11],
      [18, 24],
    ]);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['Kallas', 'KALLAS']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('ignores ranges outside the text or empty, rather than breaking it', () => {
    const text = 'short';
    const pieces = textPieces(text, [], [
      [3, 99],
      [2, 2],
      [-4, -1],
    ]);
    expect(pieces.map((p) => [p.text, p.mark])).toEqual([
      ['sho', false],
      ['rt', true],
    ]);
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
      [
        [0, 6],
        [31, 37],
      ],
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
