import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSectionHeading, parseAgencyText, parseDateline } from '../../src/main/core/import/formats/agency-text';
import { DiptychError } from '../../src/shared/errors';
import { SEED_LANGS, seedText } from '../support/archive';

const EXPECTED_KINDS = [
  'headline', 'dateline', 'lead', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph',
  'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph',
];

describe('the agency plain-text layout', () => {
  it.each([
    ['en', 'Kyiv', 'UNN', 'Details', 'Context'],
    ['uk', 'Київ', 'УНН', 'Деталі', 'Контекст'],
    ['et', 'Kiiev', 'UNN', 'Üksikasjad', 'Taust'],
  ] as const)('reads the %s fixture: 16 blocks of the right kinds, place and agency', (lang, place, agency, h1, h2) => {
    const parsed = parseAgencyText(seedText(lang));
    expect(parsed.blocks.map((b) => b.kind)).toEqual(EXPECTED_KINDS);
    expect(parsed.place).toBe(place);
    expect(parsed.agency).toBe(agency);
    expect(parsed.blocks[4]!.text).toBe(h1);
    expect(parsed.blocks[14]!.text).toBe(h2);
    expect(parsed.headline).toBe(seedText(lang).split('\n')[0]);
  });

  it.each(SEED_LANGS)('keeps the %s text exactly as written (quotes, apostrophes, ellipses)', (lang) => {
    const lines = seedText(lang).split('\n').filter((l) => l.trim());
    expect(parseAgencyText(seedText(lang)).blocks.map((b) => b.text)).toEqual(lines);
  });

  it('keeps all three Ukrainian apostrophes as they are', () => {
    const text = parseAgencyText(seedText('uk')).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Премʼєр');
    expect(text).toContain('прем’єр');
    expect(text).toContain("прем'єр");
  });

  it.each([
    ['Details', true], ['Деталі', true], ['Üksikasjad', true], ['Hintergrund', true], ['Подробности', true],
    ['Reaction abroad', true], ['Szczegóły', true],
    ['He said so.', false], ['"Quoted"', false], ['2024', false], ['', false],
    ['A long line that is clearly a sentence of prose and not a heading at all', false],
    ['Kallas said:', false],
  ])('isSectionHeading(%j) is %s', (line, expected) => {
    expect(isSectionHeading(line)).toBe(expected);
  });

  it.each([
    ['Kyiv • UNN', { place: 'Kyiv', agency: 'UNN' }],
    ['Київ • УНН', { place: 'Київ', agency: 'УНН' }],
    ['New York · Reuters', { place: 'New York', agency: 'Reuters' }],
    ['Ужгород — Суспільне', { place: 'Ужгород', agency: 'Суспільне' }],
    ['New York – The Associated Press', { place: 'New York', agency: 'The Associated Press' }],
    ['Zelensky — Ukraine will win', null],
    ['Kyiv — the capital is calm', null],
    ['Kyiv UNN', null],
    ['Estonian Prime Minister • said something very long indeed about the state of the world today and more', null],
  ])('parseDateline(%j)', (line, expected) => {
    expect(parseDateline(line)).toEqual(expected);
  });

  it('takes a file without a dateline: the second line is the lead', () => {
    const parsed = parseAgencyText('Headline here\nThe lead paragraph says what happened.\nMore text follows.');
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['headline', 'lead', 'paragraph']);
    expect(parsed.agency).toBeNull();
  });

  it('ignores blank lines and Windows line endings', () => {
    const parsed = parseAgencyText('\uFEFFTitle\r\n\r\nKyiv • UNN\r\n\r\nLead.\r\n\r\nBody.\r\n');
    expect(parsed.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['headline', 'Title'], ['dateline', 'Kyiv • UNN'], ['lead', 'Lead.'], ['paragraph', 'Body.'],
    ]);
  });

  it('refuses an empty file with a typed error', () => {
    expect(() => parseAgencyText(' \n\n \r\n')).toThrowError(expect.objectContaining({ code: 'emptyFile' }));
  });

  it('never throws anything but a DiptychError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        try {
          const parsed = parseAgencyText(text);
          expect(parsed.blocks[0]!.kind).toBe('headline');
        } catch (e) {
          expect(e).toBeInstanceOf(DiptychError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
