import { describe, expect, it } from 'vitest';
import { chooseVersionPair, orderByReadingLanguages } from '../../src/shared/reading-order';

const v = (lang: string, original = false) => ({ lang, original });
const pair = (versions: ReturnType<typeof v>[], prefs: string[]) => {
  const { left, right } = chooseVersionPair(versions, prefs);
  return [left?.lang ?? null, right?.lang ?? null];
};

describe('chooseVersionPair', () => {
  it.each([
    // "English on the right when there is one, else Estonian"
    [[v('uk', true), v('en'), v('et')], ['en', 'et'], ['uk', 'en']],
    [[v('uk', true), v('et')], ['en', 'et'], ['uk', 'et']],
    [[v('uk', true), v('de'), v('et')], ['en', 'et'], ['uk', 'et']],
    // The original is in the preferred language: the next preference goes beside it.
    [[v('en', true), v('uk'), v('et')], ['en', 'et'], ['en', 'et']],
    [[v('en', true), v('uk'), v('et')], ['en'], ['en', 'uk']],
    // No original known: the most preferred on the right, the next on the left.
    [[v('uk'), v('en'), v('et')], ['et', 'en'], ['en', 'et']],
    // No preference matches: original left, first translation right.
    [[v('uk', true), v('de'), v('fr')], ['en'], ['uk', 'de']],
    // A regional preference matches a plain tag and the other way round.
    [[v('uk', true), v('en')], ['en-GB'], ['uk', 'en']],
    [[v('uk', true), v('pt-BR')], ['pt'], ['uk', 'pt-BR']],
    // One version only: no second column.
    [[v('et', true)], ['en'], ['et', null]],
    [[], ['en'], [null, null]],
  ])('%j with %j shows %j', (versions, prefs, expected) => {
    expect(pair(versions, prefs)).toEqual(expected);
  });
});

describe('orderByReadingLanguages', () => {
  it('puts preferred languages first, then the original, then the rest in archive order', () => {
    const ordered = orderByReadingLanguages([v('de'), v('uk', true), v('fr'), v('et'), v('en')], ['en', 'et']);
    expect(ordered.map((x) => x.lang)).toEqual(['en', 'et', 'uk', 'de', 'fr']);
  });
});
