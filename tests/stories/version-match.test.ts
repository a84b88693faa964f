// Which version answers a language asked for: the same tag, else the broader one the story has
// (uk-UA asked, uk stored), else a narrower one (uk asked, uk-UA stored); originals first.
import { describe, expect, it } from 'vitest';
import { pickPair, pickVersion, type LangCandidate } from '../../src/main/core/stories/version-match';

const v = (id: number, lang: string, original = false): LangCandidate => ({ id, lang, original });

describe('pickVersion', () => {
  it.each([
    ['the same tag', [v(1, 'en'), v(2, 'uk')], 'uk', 2],
    ['any case', [v(1, 'en'), v(2, 'uk-UA')], 'UK-ua', 2],
    ['a narrower tag: uk finds uk-UA', [v(1, 'en'), v(2, 'uk-UA')], 'uk', 2],
    ['a broader tag: uk-UA finds uk', [v(1, 'en'), v(2, 'uk')], 'uk-UA', 2],
    ['the same tag before a variant', [v(1, 'uk-UA'), v(2, 'uk')], 'uk', 2],
    ['the closest broader tag', [v(1, 'zh'), v(2, 'zh-Hant')], 'zh-Hant-TW', 2],
    ['the original among variants', [v(1, 'en-US'), v(2, 'en-GB', true)], 'en', 2],
    ['the oldest among equals', [v(3, 'en-US'), v(2, 'en-GB')], 'en', 2],
    ['not a tag that merely starts the same', [v(1, 'ukr')], 'uk', undefined],
    ['not a sibling region', [v(1, 'en-US')], 'en-GB', undefined],
  ])('%s', (_, versions, asked, id) => {
    expect(pickVersion(versions, asked)?.id).toBe(id);
  });
});

describe('pickPair', () => {
  it.each([
    ['two languages', [v(1, 'en', true), v(2, 'uk'), v(3, 'et')], 'uk', 'et', [2, 3]],
    ['never one version twice', [v(1, 'en-GB'), v(2, 'uk')], 'en', 'en-GB', null],
    ['a variant and its language', [v(1, 'en'), v(2, 'en-GB')], 'en', 'en-GB', [1, 2]],
    ['either way round', [v(1, 'en-GB'), v(2, 'en')], 'en-GB', 'en', [1, 2]],
    ['a variant left for the other side', [v(1, 'en-GB'), v(2, 'en-US', true)], 'en-US', 'en', [2, 1]],
    ['null when one is missing', [v(1, 'en'), v(2, 'uk')], 'en', 'fr', null],
  ])('%s', (_, versions, from, to, ids) => {
    const pair = pickPair(versions, from, to);
    expect(pair ? pair.map((x) => x.id) : null).toEqual(ids);
  });
});
