// The reader's citation line, the addresses it lets out to the browser, the place in the
// interface's script, and a pair as copied.
import { describe, expect, it } from 'vitest';
import { citationLine, openableUrl, pairText, placeIn, type CitedVersion } from '../../src/shared/reader/citation';

const en: CitationWords = {
  quote: (h) => `“${h}”`,
  accessed: (d) => `Accessed ${d}`,
  translation: null,
};
type CitationWords = Parameters<typeof citationLine>[3];
const version = (over: Partial<CitedVersion> = {}): CitedVersion => ({
  lang: 'en',
  headline: 'Gas prices in the Baltics',
  agency: 'ERR',
  place: 'Tallinn',
  publishedAt: '2024-03-01',
  url: 'https://news.err.ee/gas',
  ...over,
});
const accessed = new Date('2026-12-02T10:00:00Z');

describe('citationLine', () => {
  it.each([
    ['everything known', version(), 'en', en, 'ERR. “Gas prices in the Baltics”. Tallinn, March 1, 2024. Accessed December 2, 2026. https://news.err.ee/gas'],
    ['no address: no access date either', version({ url: null }), 'en', en, 'ERR. “Gas prices in the Baltics”. Tallinn, March 1, 2024.'],
    ['no agency, place or date', version({ agency: null, place: null, publishedAt: null, url: null }), 'en', en, '“Gas prices in the Baltics”.'],
    ['a headline ending in a question mark keeps it', version({ headline: 'Will it be cold?', url: null }), 'en', { ...en, quote: (h: string) => `«${h}»` }, 'ERR. «Will it be cold?» Tallinn, March 1, 2024.'],
    [
      'a translation says so, dates in the interface language',
      version({ lang: 'uk', headline: 'Ціни на газ', place: 'Таллінн' }),
      'uk',
      { quote: (h: string) => `«${h}»`, accessed: (d: string) => `Дата звернення: ${d}`, translation: 'Український переклад' },
      'ERR. «Ціни на газ». Український переклад. Таллінн, 1 березня 2024 р. Дата звернення: 2 грудня 2026 р. https://news.err.ee/gas',
    ],
  ] as const)('%s', (_name, v, lang, words, expected) => {
    expect(citationLine(v, lang, accessed, words)).toBe(expected);
  });

  it('keeps a bare date on its calendar day whatever the time zone', () => {
    expect(citationLine(version({ publishedAt: '2024-01-01', url: null }), 'de', accessed, en)).toContain('1. Januar 2024');
  });
});

describe('openableUrl', () => {
  it.each([
    ['https://unn.ua/news/1', 'https://unn.ua/news/1'],
    ['  http://example.org/a b ', 'http://example.org/a%20b'],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['unn.ua/news', null],
    ['', null],
    [null, null],
  ] as const)('%j → %j', (text, expected) => {
    expect(openableUrl(text)).toBe(expected);
  });
});

describe('placeIn', () => {
  const versions = [
    { lang: 'en', place: 'Kyiv' },
    { lang: 'uk', place: 'Київ' },
    { lang: 'de', place: null },
  ];
  it.each([
    ['uk', versions[0]!, 'Київ'],
    ['en', versions[1]!, 'Kyiv'],
    ['et', versions[0]!, 'Kyiv'],
    ['de', versions[1]!, 'Київ'],
  ] as const)('in %s, a version placed %j reads %s', (ui, v, expected) => {
    expect(placeIn(ui, v, versions)).toBe(expected);
  });
});

describe('pairText', () => {
  it.each([
    [['One.', 'Two.'], ['Один.'], 'One.\n\nTwo.\n\n———\n\nОдин.'],
    [['Only here.'], [], 'Only here.'],
  ] as const)('%j + %j', (left, right, expected) => {
    expect(pairText(left, right)).toBe(expected);
  });
});
