// The export dialog's pure pieces: the minimum confidence as typed, the file name it suggests, and
// the languages it opens with.
import { describe, expect, it } from 'vitest';
import { exportLanguageOrder, initialOptions, parseConfidence, suggestedName, type ExportTarget } from '../../src/renderer/src/export/export-options';
import { exportFileName } from '../../src/main/core/export/save-name';

describe('the minimum confidence as typed', () => {
  it.each([
    ['0', 0],
    ['0.75', 0.75],
    ['0,5', 0.5],
    [' 1 ', 1],
    ['', null],
    ['1.01', null],
    ['-0.1', null],
    ['high', null],
    ['NaN', null],
  ])('%j → %j', (text, value) => {
    expect(parseConfidence(text)).toBe(value);
  });
});

const pair: ExportTarget = { kind: 'pair', storyId: 7, headline: 'Kallas: “training” in Kyiv?', from: 'en', to: 'uk' };
const results = (languages: string[], from?: string): ExportTarget => ({ kind: 'results', query: 'lang:uk Kallas', sort: 'relevance', total: 3, languages, ...(from ? { from } : {}) });

describe('the file name suggested', () => {
  it.each<[ExportTarget, string, string, string]>([
    [pair, 'en', 'uk', 'Kallas-training-in-Kyiv-en-uk'],
    [{ ...pair, headline: 'Каллас у Києві' }, 'uk', 'en', 'Каллас-у-Києві-uk-en'],
    [{ ...pair, headline: '“…”' }, 'en', 'et', 'diptych-en-et'],
    [results(['en', 'uk']), 'en', 'uk', 'lang-uk-Kallas-en-uk'],
  ])('%# %s', (target, from, to, name) => {
    expect(suggestedName(target, from, to)).toBe(name);
  });

  it('is cut to a length a file system takes, not in the middle of a separator', () => {
    const name = suggestedName({ ...pair, headline: 'word '.repeat(40) }, 'en', 'uk');
    expect(name.length).toBeLessThanOrEqual(66);
    expect(name).toMatch(/^word(-word)*-en-uk$/u);
  });
});

describe('the save dialog’s file name', () => {
  it.each([
    ['Kallas-en-uk', 'tmx', 'Kallas-en-uk.tmx'],
    ['Kallas-en-uk.tmx', 'tmx', 'Kallas-en-uk.tmx'],
    ['news', 'xliff', 'news.xlf'],
    ['../../etc/passwd', 'csv', 'etc-passwd.csv'],
    ['a:b*c?"d"<e>|f', 'tsv', 'a-b-c-d-e-f.tsv'],
    ['...', 'json', 'diptych-export.json'],
    ['C:\\Users\\x', 'json', 'C-Users-x.json'],
  ] as const)('%j as %s → %j', (suggested, format, name) => {
    expect(exportFileName(suggested, format)).toBe(name);
  });
});

describe('the languages the dialog opens with', () => {
  it.each<[ExportTarget, string, string]>([
    [pair, 'en', 'uk'],
    [results(['uk', 'en', 'et']), 'uk', 'en'],
    [results(['uk', 'en'], 'en'), 'en', 'uk'],
    [results(['uk']), 'uk', ''],
  ])('%# → %s, %s', (target, from, to) => {
    expect(initialOptions(target)).toMatchObject({ from, to, format: 'tmx', sentences: false, bom: true });
  });
});

describe('the languages offered for search results', () => {
  it.each([
    [['uk', 'en'], ['en'], ['en', 'et', 'uk'], ['uk', 'en', 'et']],
    [['de'], ['en'], ['en', 'uk'], ['en', 'uk']],
    [[], ['et', 'en'], ['en', 'et', 'uk'], ['et', 'en', 'uk']],
    [['en'], [], [], []],
  ])('reading %j, found %j, archive %j → %j', (reading, found, archive, offered) => {
    expect(exportLanguageOrder(reading, found, archive)).toEqual(offered);
  });
});
