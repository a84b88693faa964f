// What the aligner holds on to: names across scripts, numbers, months, Latin words in Cyrillic
// text; and sentences split as a reader would split them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumber, extractAnchors, SENTENCE_END, sentenceEnding } from '../../src/main/core/align/anchors';
import { alignSentenceTexts } from '../../src/main/core/align/sentence-pairs';
import { alignSentences } from '../../src/main/core/align/sentence-pairs';
import { splitSentences } from '../../src/main/core/align/sentences';
import { nameSkeleton, transliterate } from '../../src/main/core/align/transliterate';
import { alignBlocks } from '../../src/main/core/align/paragraphs';
import { seedBlocks } from './variants';

describe('names across scripts', () => {
  it.each([
    ['Kallas', 'Каллас'],
    ['Kallas', 'Kallase'],
    ['Macron', 'Макрон'],
    ['Macron', 'Макрона'],
    ['Kyiv', 'Київ'],
    ['Kyiv', 'Kiiev'],
    ['Emmanuel', 'Емманюель'],
    ['Zelensky', 'Зеленський'],
    ['Russia', 'Росії'],
    ['Europe', 'Європі'],
    ['Kharkiv', 'Харків'],
  ])('%s and %s meet', (latin, other) => {
    const a = nameSkeleton(latin);
    const b = nameSkeleton(other);
    expect(a.startsWith(b) || b.startsWith(a)).toBe(true);
  });

  it.each([
    ['Kallas', 'Макрон'],
    ['Kyiv', 'Естонії'],
    ['Poland', 'Німеччини'],
  ])('%s and %s stay apart', (x, y) => {
    const a = nameSkeleton(x);
    const b = nameSkeleton(y);
    expect(a.startsWith(b) || b.startsWith(a)).toBe(false);
  });

  it('transliterates Ukrainian by the national system', () => {
    expect(transliterate('Київ')).toBe('kyiv');
    expect(transliterate('Юлія')).toBe('yuliia');
    expect(transliterate('Запоріжжя')).toBe('zaporizhzhia');
    expect(transliterate('Мар’яна')).toBe('mariana');
  });
});

describe('numbers and dates', () => {
  it.each([
    ['1,500', '1500'],
    ['1 500', '1500'],
    ['1.500', '1500'],
    ['1,5', '1.5'],
    ['3.14', '3.14'],
    ['007', '7'],
    ['2024', '2024'],
  ])('%s reads as %s', (raw, canonical) => expect(canonicalNumber(raw)).toBe(canonical));

  it('finds the same date in English, Ukrainian and Estonian', () => {
    const months = ['On 24 February 2022', '24 лютого 2022 року', '24. veebruaril 2022'].map((t) => extractAnchors(t));
    for (const m of months) {
      expect(m.months).toEqual([2]);
      expect(m.numbers).toEqual(['24', '2022']);
    }
  });

  it('does not take the verb "may" for a month', () => {
    expect(extractAnchors('May I ask? You may go.').months).toEqual([]);
    expect(extractAnchors('It happened on 5 May.').months).toEqual([5]);
  });

  it('keeps Latin words standing inside Cyrillic text, and acronyms in Latin letters', () => {
    const a = extractAnchors('передає УНН з посиланням на Financial Times і NATO.');
    expect(a.foreignLatin).toEqual(['financial', 'times', 'nato']);
    expect(a.acronyms).toEqual(['UNN', 'NATO']);
  });

  it('tells a quotation from plain text', () => {
    expect(extractAnchors('«Ми можемо», — сказала вона.').quoteStart).toBe(true);
    expect(extractAnchors('„Meil saab olla“, ütles ta.').quoteStart).toBe(true);
    expect(extractAnchors('She said "no".').quoteStart).toBe(false);
    expect(extractAnchors('She said "no".').hasQuote).toBe(true);
  });

  it.each([
    ['He left.', SENTENCE_END.stop],
    ['«Хто це?»', SENTENCE_END.question],
    ['„Meil saab olla ainult võidu eesmärk!“ ', SENTENCE_END.exclamation],
    ['Whatever we do...', SENTENCE_END.ellipsis],
    ['Він сказав таке:', SENTENCE_END.colon],
    ['Details', SENTENCE_END.open],
    ['Taust (2024)', SENTENCE_END.open],
    ['', SENTENCE_END.open],
  ])('tells how %j ends', (text, ending) => expect(sentenceEnding(text)).toBe(ending));
});

describe('a heading taken into a neighbouring sentence', () => {
  // A heading without a full stop runs into the next sentence when one version keeps it in
  // the same block; it belongs to that sentence, not to the one before it.
  const en = [
    'NATO allies should not fear sending troops to Ukraine to train soldiers.',
    'Details',
    'In an interview with the Financial Times, Kaja Kallas said that some countries are already doing it.',
    'She did not name them.',
  ];
  const et = [
    'NATO liitlased ei peaks kartma vägede saatmist Ukrainasse sõdurite väljaõppeks.',
    'Üksikasjad Intervjuus Financial Timesile ütles Kaja Kallas, et mõned riigid juba teevad seda.',
    'Ta ei nimetanud neid.',
  ];
  const shapes = (a: string[], b: string[]) =>
    alignSentenceTexts(a, 'en', b, 'et').map((r) => [r.a1 - r.a0, r.b1 - r.b0]);

  it('joins it with the sentence it opens', () => expect(shapes(en, et)).toEqual([[1, 1], [2, 1], [1, 1]]));

  it('joins it with the sentence it closes when the heading came last', () => {
    const etClosing = ['NATO liitlased ei peaks kartma vägede saatmist Ukrainasse sõdurite väljaõppeks. Üksikasjad', ...et.slice(1).map((t) => t.replace('Üksikasjad ', ''))];
    expect(shapes(en, etClosing)).toEqual([[2, 1], [1, 1], [1, 1]]);
  });
});

const sentences = (text: string, lang: string): string[] =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it.each([
    ['en', 'Mr. Smith met Dr. Jones at 5 p.m. today. He left.', ['Mr. Smith met Dr. Jones at 5 p.m. today.', 'He left.']],
    ['en', 'K. Kallas spoke. Then she left.', ['K. Kallas spoke.', 'Then she left.']],
    ['uk', '«Хто це?» — спитала вона. Він мовчав.', ['«Хто це?» — спитала вона.', 'Він мовчав.']],
    ['uk', 'У м. Київ прибули 5 млн. туристів. Це рекорд.', ['У м. Київ прибули 5 млн. туристів.', 'Це рекорд.']],
    ['et', 'Ta tuli 24. veebruaril. Nt. Kallas ütles nii.', ['Ta tuli 24. veebruaril.', 'Nt. Kallas ütles nii.']],
    ['de', 'Er kam am 24. Februar. Das war gut.', ['Er kam am 24. Februar.', 'Das war gut.']],
    ['de', 'Die Konzerte endeten z. B. um 21 Uhr Ortszeit. Danach war es still.', ['Die Konzerte endeten z. B. um 21 Uhr Ortszeit.', 'Danach war es still.']],
    ['uk', 'Приїхали з Києва, Львова і т. д. Потім усі розійшлися.', ['Приїхали з Києва, Львова і т. д. Потім усі розійшлися.']],
    ['en', 'Whatever we do... If they want to attack, they will attack," she said.', ['Whatever we do...', 'If they want to attack, they will attack," she said.']],
    ['et', '„See on artikkel 5. Pommitame... Venemaad.“ Nii see ei käi.', ['„See on artikkel 5.', 'Pommitame... Venemaad.“', 'Nii see ei käi.']],
  ])('%s: %s', (lang, text, expected) => expect(sentences(text, lang)).toEqual(expected));

  it('aligns the sentences of a quotation with a quotation inside it', () => {
    const en = seedBlocks('en')[6]!;
    const uk = seedBlocks('uk')[6]!;
    const groups = alignSentences([{ index: 6, text: en.text }], 'en', [{ index: 6, text: uk.text }], 'uk');
    const texts = groups.map((g) => [g.from.map((r) => en.text.slice(r.start, r.end)).join(' '), g.to.map((r) => uk.text.slice(r.start, r.end)).join(' ')]);
    expect(texts).toHaveLength(5);
    expect(texts[2]).toEqual(["It doesn't happen like that.", 'Так це не відбувається.']);
    expect(texts[4]![1]).toMatch(/^Тож ці побоювання/u);
  });

  it('pairs one long sentence with two short ones when the translator split it', () => {
    const en = 'Kallas said that the allies must train soldiers in Ukraine, because 300 instructors are already there.';
    const uk = 'Каллас сказала, що союзники мають навчати солдатів в Україні. Адже там уже є 300 інструкторів.';
    const groups = alignSentences([{ index: 0, text: en }], 'en', [{ index: 0, text: uk }], 'uk');
    expect(groups.map((g) => [g.from.length, g.to.length])).toEqual([[1, 2]]);
  });
});

describe('no input breaks the aligner', () => {
  const block = fc.record({
    kind: fc.constantFrom('headline', 'lead', 'paragraph', 'heading', 'quote') as fc.Arbitrary<'paragraph'>,
    text: fc.string({ unit: 'grapheme', maxLength: 200 }),
  });
  it('covers both sides exactly once with confidences in 0–1, for any blocks', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.array(block, { maxLength: 12 }), (a, b) => {
        const groups = alignBlocks(a, b);
        expect(groups.flatMap((g) => g.from)).toEqual(a.map((_, i) => i));
        expect(groups.flatMap((g) => g.to)).toEqual(b.map((_, i) => i));
        for (const g of groups) {
          expect(g.confidence).toBeGreaterThanOrEqual(0);
          expect(g.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('splits any text into ordered, non-overlapping sentences', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('en', 'uk', 'et', 'de', 'xx-invalid-'), (text, lang) => {
        let last = 0;
        for (const s of splitSentences(text, lang)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          last = s.end;
        }
        expect(last).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sentence alignment where the translation merged two sentences', () => {
  it('finds the 2–1 group and keeps every other sentence 1–1 in at least 90 % of the seed’s cases', async () => {
    const { sentenceMergeVariants } = await import('./variants');
    const variants = sentenceMergeVariants();
    expect(variants.length).toBeGreaterThan(40);
    const right = variants.filter((v) => {
      const groups = alignSentences([{ index: 0, text: v.from }], v.langFrom, [{ index: 0, text: v.to }], v.langTo);
      const merged = groups.filter((g) => g.from.length === 2 && g.to.length === 1);
      return merged.length === 1 && merged[0]!.from[0]!.start === v.mergedAt && groups.every((g) => g === merged[0] || (g.from.length === 1 && g.to.length === 1));
    });
    expect(right.length / variants.length).toBeGreaterThanOrEqual(0.9);
  });
});
