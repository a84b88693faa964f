// What a reader sees: counts in their language's plural forms, and dates, numbers, sizes and
// language names from Intl in the interface language.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/shared/i18n/create';
import {
  formatByteSize,
  formatDate,
  formatList,
  formatNumber,
  languageAutonym,
  languageName,
} from '../../src/shared/i18n/format';
import { pickUiLanguage, UI_LANGUAGES } from '../../src/shared/i18n/resources';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('plurals', () => {
  it.each([
    [1, '1 стаття'],
    [2, '2 статті'],
    [3, '3 статті'],
    [4, '4 статті'],
    [5, '5 статей'],
    [11, '11 статей'],
    [12, '12 статей'],
    [14, '14 статей'],
    [21, '21 стаття'],
    [22, '22 статті'],
    [25, '25 статей'],
    [101, '101 стаття'],
    [111, '111 статей'],
    [1.5, '1,5 статті'],
    [1234, `1${NBSP}234 статті`],
    [2000, `2${NBSP}000 статей`],
  ])('Ukrainian: %d → %s', (count, expected) => {
    expect(createI18n('uk').t('library.storyCount', { count })).toBe(expected);
  });

  it.each([
    [1, '1 artykuł'],
    [2, '2 artykuły'],
    [4, '4 artykuły'],
    [5, '5 artykułów'],
    [12, '12 artykułów'],
    [13, '13 artykułów'],
    [21, '21 artykułów'],
    [22, '22 artykuły'],
    [24, '24 artykuły'],
    [25, '25 artykułów'],
    [102, '102 artykuły'],
    [112, '112 artykułów'],
    [0.5, '0,5 artykułu'],
    [1000, `1000 artykułów`],
    [10000, `10${NBSP}000 artykułów`],
  ])('Polish: %d → %s', (count, expected) => {
    expect(createI18n('pl').t('library.storyCount', { count })).toBe(expected);
  });

  it.each([
    ['uk', 1, '1 версія'],
    ['uk', 3, '3 версії'],
    ['uk', 7, '7 версій'],
    ['pl', 1, '1 wersja'],
    ['pl', 3, '3 wersje'],
    ['pl', 7, '7 wersji'],
    ['et', 1, '1 versioon'],
    ['et', 3, '3 versiooni'],
    ['de', 1, '1 Version'],
    ['de', 3, '3 Versionen'],
    ['fr', 1, '1 version'],
    ['fr', 3, '3 versions'],
    ['fr', 1_000_000, '1000000 de versions'],
    ['en', 1, '1 version'],
    ['en', 3, '3 versions'],
  ] as const)('%s: %d versions → %s', (lang, count, expected) => {
    expect(createI18n(lang).t('library.versionCount', { count })).toBe(expected);
  });

  it('search results agree in case with the verb in Ukrainian (знайдено статтю)', () => {
    const t = createI18n('uk').t;
    expect([1, 3, 5].map((count) => t('search.resultCount', { count }))).toEqual([
      'Знайдено 1 статтю',
      'Знайдено 3 статті',
      'Знайдено 5 статей',
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['en', 'November 26, 2026'],
    ['uk', '26 листопада 2026 р.'],
    ['et', '26. november 2026'],
    ['de', '26. November 2026'],
    ['fr', '26 novembre 2026'],
    ['pl', '26 listopada 2026'],
  ])('%s writes a calendar day as %s', (lang, expected) => {
    expect(formatDate('2026-11-26', lang)).toBe(expected);
  });

  it('keeps a bare date on its day whatever the time zone', () => {
    // UTC midnight would be the 25th in America; a calendar date has no time zone.
    expect(formatDate('2026-01-01', 'en', 'medium')).toBe('Jan 1, 2026');
  });

  it('returns null for text that is not a date', () => {
    expect(formatDate('yesterday-ish', 'en')).toBeNull();
  });
});

describe('numbers and sizes', () => {
  it.each([
    ['en', '1,234,567.5'],
    ['uk', `1${NBSP}234${NBSP}567,5`],
    ['et', `1${NBSP}234${NBSP}567,5`],
    ['de', '1.234.567,5'],
    ['fr', `1${NNBSP}234${NNBSP}567,5`],
    ['pl', `1${NBSP}234${NBSP}567,5`],
  ])('%s groups and decimals as %s', (lang, expected) => {
    expect(formatNumber(1234567.5, lang)).toBe(expected);
  });

  it.each([
    ['en', 0, '0 byte'],
    ['en', 1_500_000, '1.5 MB'],
    ['uk', 1_500_000, `1,5 МБ`],
    ['fr', 2_000, `2 ko`],
    ['de', 3_250_000_000, `3,3 GB`],
  ])('%s: %d bytes → %s', (lang, bytes, expected) => {
    expect(formatByteSize(bytes, lang).replace(/[\u00a0\u202f]/gu, ' ')).toBe(expected);
  });

  it('joins lists in the language’s own way', () => {
    expect(formatList(['English', 'Estonian', 'Ukrainian'], 'en')).toBe('English, Estonian, and Ukrainian');
    expect(formatList(['англійська', 'естонська', 'українська'], 'uk')).toBe('англійська, естонська і українська');
  });
});

describe('language names', () => {
  it.each([
    ['uk', 'en', 'Ukrainian'],
    ['uk', 'uk', 'українська'],
    ['uk', 'et', 'ukraina'],
    ['et', 'de', 'Estnisch'],
    ['en', 'fr', 'anglais'],
    ['en', 'pl', 'angielski'],
    ['pt-BR', 'en', 'Brazilian Portuguese'],
  ])('%s in %s is %s', (tag, uiLang, expected) => {
    expect(languageName(tag, uiLang)).toBe(expected);
  });

  it('capitalises standalone names in languages that write them in lower case', () => {
    expect(languageName('et', 'uk', { capitalize: true })).toBe('Естонська');
  });

  it('names every interface language in itself, for the language picker', () => {
    expect(UI_LANGUAGES.map(languageAutonym)).toEqual(['English', 'Українська', 'Eesti', 'Deutsch', 'Français', 'Polski']);
  });

  it('shows a tag Intl cannot name as it is', () => {
    expect(languageName('zz', 'en')).toBe('zz');
    expect(languageName('not a tag', 'en')).toBe('not a tag');
  });
});

describe('picking the interface language', () => {
  it.each([
    [['uk-UA'], 'uk'],
    [['en-GB'], 'en'],
    [['ru-RU', 'et-EE'], 'et'],
    [['PL'], 'pl'],
    [['ar'], 'en'],
  ])('%j → %s', (tags, expected) => {
    expect(pickUiLanguage(tags)).toBe(expected);
  });
});
