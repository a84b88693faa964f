// Every normalization rule, as a table: what a reader types and what the archive holds must meet.
import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../src/main/core/search/analyze';
import { exactForm, foldLatinDiacritics, scriptOf, tokenize, unelidedForm } from '../../src/main/core/search/normalize';
import { queryWordForms } from '../../src/main/core/search/query-compile';
import { stemWord } from '../../src/main/core/search/stemmers';
import { documentKeys, latinKey, queryKeys, romanize } from '../../src/main/core/search/transliterate';

/** Would the query word find the document word (by exact form or by an expanded form)? */
function finds(query: string, docWord: string, docLang: string): boolean {
  const q = queryWordForms(query, false);
  const d = analyzeWord(docWord, docLang);
  return q.exact === d.exact || q.expanded.some((f) => d.expanded.includes(f));
}

describe('exact forms', () => {
  it.each([
    ['Премʼєр', 'премєр'], // U+02BC
    ['прем’єр', 'премєр'], // U+2019
    ["прем'єр", 'премєр'], // U+0027
    ['прем‘єр', 'премєр'], // U+2018
    ['прем`єр', 'премєр'], // U+0060
    ['КИЇВ', 'київ'],
    ['Ёлка', 'елка'],
    ["NATO's", 'nato'],
    ["l'armée", 'armée'],
    ["O'Brien", 'obrien'],
    ['MÄE', 'mäe'],
    ['Ґанок', 'ґанок'],
    // Where the quick path for plain words ends: a combining mark is composed (NFC), an invisible
    // or a spacing accent still goes, and a capital İ lower-cases as it always did.
    ['MA\u0308E', 'mäe'],
    ['ЙТИ', 'йти'],
    ['И\u0306ти', 'йти'],
    ['Mäe\u00ADtee', 'mäetee'],
    ['3\u00A0000', '3000'],
    ['Ukraine\u00B4s', 'ukraine'],
    ['İzmir', 'i̇zmir'],
  ])('%s → %s', (word, form) => {
    expect(exactForm(word)).toBe(form);
  });
});

describe("a word's script, by its first letter of one", () => {
  it.each([
    ['kyiv', 'latin'],
    ['київ', 'cyrillic'],
    ['2024', 'other'],
    ['1-й', 'cyrillic'],
    ['\u0485й', 'cyrillic'], // a combining mark of no one script is passed over
    ['\u0485', 'other'],
    ['ªb', 'latin'],
    ['ǅ', 'latin'],
    ['ᲀ', 'cyrillic'], // Cyrillic Extended-C, outside the Cyrillic block
    ['東京', 'other'],
  ])('%s is %s', (word, script) => expect(scriptOf(word)).toBe(script));
});

describe('a word after an elided article, whole', () => {
  it.each([
    ['L’viv', 'lviv'],
    ["l'armée", 'larmée'],
    ['d’Odessa', 'dodessa'],
    ["NATO's", null],
    ['Kyiv', null],
    ['дем’ян', null],
    ["rock'n'roll", null],
  ])('%s → %s', (word, whole) => expect(unelidedForm(word)).toBe(whole));
});

describe('diacritics', () => {
  it.each([
    ['mäe', 'mae'],
    ['sõdurid', 'sodurid'],
    ['łódź', 'lodz'],
    ['straße', 'strasse'],
    ['київ', 'київ'], // Cyrillic ї keeps its diaeresis
    ['йти', 'йти'], // and й its breve
    ['ґанок', 'ґанок'],
    ['ä\u0483', 'a'], // every mark on a Latin letter goes, from whatever block
    ['й\u0301é', 'й\u0301e'], // a mark after a Cyrillic letter stays
    ['ǆ𝐀ø', 'ǆ𝐀o'], // beyond the BMP, read as one character
  ])('folds %s to %s', (form, folded) => {
    expect(foldLatinDiacritics(form)).toBe(folded);
  });

  it('lets an unaccented query find accented text but not the reverse', () => {
    expect(finds('mae', 'mäe', 'et')).toBe(true);
    expect(finds('Mae', 'MÄE', 'et')).toBe(true);
    expect(finds('mäe', 'mae', 'et')).toBe(false);
    expect(finds('saar', 'säär', 'et')).toBe(true);
    expect(finds('säär', 'saar', 'et')).toBe(false);
  });

  it.each([
    ['баика', 'байка'],
    ['байка', 'баика'],
    ['мии', 'мій'],
    ['Киів', 'Київ'],
    ['вийни', 'війни'],
    ['єдність', 'едність'],
    ['ґрунт', 'грунт'],
  ])('keeps Ukrainian letters distinct: %s does not find %s', (query, word) => {
    expect(finds(query, word, 'uk')).toBe(false);
  });
});

describe('words and separators', () => {
  it.each([
    ['Премʼєр-міністр Естонії', ['Премʼєр', 'міністр', 'Естонії']],
    ['Kaja\u00A0Kallas', ['Kaja', 'Kallas']],
    ['війни—і', ['війни', 'і']],
    ['«є країни, які»', ['є', 'країни', 'які']],
    ['„See on artikkel 5.', ['See', 'on', 'artikkel', '5']],
    ['"This is Article 5. Let\'s... bomb', ['This', 'is', 'Article', '5', "Let's", 'bomb']],
    ['NATO-ga', ['NATO', 'ga']],
    ["word' 'quoted'", ['word', 'quoted']],
  ])('%s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('keeps offsets into the original text, whatever the apostrophe', () => {
    const text = 'В інтерв’ю Financial';
    const [, second] = tokenize(text);
    expect(text.slice(second!.start, second!.end)).toBe('інтерв’ю');
  });
});

describe('inflection', () => {
  it.each([
    ['Україна', 'України', 'uk'],
    ['Україна', 'Україні', 'uk'],
    ['Україна', 'Україну', 'uk'],
    ['України', 'Україна', 'uk'],
    ['територія', 'території', 'uk'],
    ['territory', 'territories', 'en'],
    ['territories', 'territory', 'en'],
    ['soldier', 'soldiers', 'en'],
    ['train', 'training', 'en'],
    ['Украина', 'Украины', 'ru'],
    ['Ukraina', 'Ukrainas', 'et'],
    ['Ukraina', 'Ukrainasse', 'et'],
    ['Venemaa', 'Venemaaga', 'et'],
    ['sõdurid', 'sõdureid', 'et'],
    ['Ausbildung', 'Ausbildungen', 'de'],
    ['soldat', 'soldats', 'fr'],
  ])('%s finds %s (%s)', (query, word, lang) => {
    expect(finds(query, word, lang)).toBe(true);
  });

  it('does not let a tiny stem swallow unrelated words', () => {
    expect(stemWord('київ', 'uk')).toBe('київ');
    expect(finds('Київ', 'кит', 'uk')).toBe(false);
  });
});

describe('across scripts', () => {
  it.each([
    ['Каллас', 'kallas'],
    ['Київ', 'kyiv'],
    ['Юрій', 'yurii'],
    ['Макрон', 'makron'],
    ['Щастя', 'shchastia'],
  ])('romanizes %s as %s (Ukrainian national system)', (word, latin) => {
    expect(romanize(exactForm(word))).toBe(latin);
  });

  it.each([
    ['Kallas', 'Каллас', 'uk'],
    ['Kyiv', 'Київ', 'uk'],
    ['NATO', 'НАТО', 'uk'],
    ['UNN', 'УНН', 'uk'],
    ['Макрон', 'Macron', 'en'],
    ['Каллас', 'Kallas', 'et'],
    ['Macron', 'Макрона', 'uk'],
  ])('%s finds %s', (query, word, lang) => {
    expect(finds(query, word, lang)).toBe(true);
  });

  it('keys only names (capitalized words), and marks the script a key came from', () => {
    expect(analyzeWord('каллас', 'uk').expanded.some((f) => f.startsWith('x1'))).toBe(false);
    expect(documentKeys('каллас', 'uk')[0]).toBe(queryKeys('kallas')[0]);
    expect(queryKeys('kallas')[0]).not.toBe(documentKeys('kallas', 'en')[0]);
    expect(latinKey('Macron')).toBe(latinKey(romanize('макрон')));
  });
});
