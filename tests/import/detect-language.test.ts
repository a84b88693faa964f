import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/main/core/import/detect-language';
import { normalizeLangTag } from '../../src/main/core/import/lang-tag';
import { parseFileName } from '../../src/main/core/import/file-name';
import { SEED_LANGS, seedText } from '../support/archive';

describe('language', () => {
  it.each(SEED_LANGS)('detects the %s fixture', (lang) => {
    expect(detectLanguage(seedText(lang)).lang).toBe(lang);
  });

  it.each([
    ['uk', 'Київ, 12 березня. Президент України заявив, що переговори тривають і що делегації зустрінуться ще раз.'],
    ['ru', 'Москва, 12 марта. Президент заявил, что переговоры продолжаются и делегации встретятся ещё раз.'],
    ['et', 'Tallinn, 12. märts. Peaminister ütles, et läbirääkimised jätkuvad ja delegatsioonid kohtuvad veel kord.'],
    ['de', 'Berlin, 12. März. Der Bundeskanzler sagte, die Verhandlungen würden fortgesetzt und die Delegationen träfen sich erneut.'],
    ['pl', 'Warszawa, 12 marca. Premier powiedział, że negocjacje trwają, a delegacje spotkają się ponownie.'],
  ])('tells %s apart from its neighbours', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each([
    ['en', 'en'], ['EN_us', 'en-US'], ['uk-UA', 'uk-UA'], ['zh-Hant-TW', 'zh-Hant-TW'],
    ['', null], ['english', null], ['e1', null], ['12', null], ["'; DROP TABLE", null],
  ])('normalizeLangTag(%j) is %j', (tag, expected) => {
    expect(normalizeLangTag(tag)).toBe(expected);
  });

  it.each([
    ['kallas-training.uk.txt', { stem: 'kallas-training', lang: 'uk' }],
    ['/a/b/story.pt-BR.md', { stem: 'story', lang: 'pt-BR' }],
    ['report.final.txt', { stem: 'report.final', lang: null }],
    ['notes.txt', { stem: 'notes', lang: null }],
    ['C:\\docs\\brief.et.txt', { stem: 'brief', lang: 'et' }],
  ])('parseFileName(%j)', (path, expected) => {
    expect(parseFileName(path)).toEqual(expected);
  });
});
