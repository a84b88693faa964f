// The paragraph aligner on the seed story and on variants of it where paragraphs are merged,
// split, dropped or added on either side, for every pair of the seed's languages both ways.
import { describe, expect, it } from 'vitest';
import { alignBlocks } from '../../src/main/core/align/paragraphs';
import {
  VARIANT_KINDS,
  longVariant,
  orientedPairs,
  scoreGroups,
  seedBlocks,
  seedVariant,
  variantsOf,
} from './variants';

const shape = (groups: { from: number[]; to: number[] }[]) => groups.map(({ from, to }) => ({ from, to }));

describe('paragraph alignment on the seed story', () => {
  it.each(orientedPairs())('pairs every line of %s with the same line of %s', (x, y) => {
    const v = seedVariant(x, y);
    const groups = alignBlocks(v.from, v.to);
    expect(shape(groups)).toEqual(v.gold);
    expect(v.gold).toHaveLength(16);
    // The fixtures are clean translations: the aligner should be sure of them.
    expect(Math.min(...groups.map((g) => g.confidence))).toBeGreaterThan(0.9);
  });

  it('does not rely on order alone: a shuffled pair of middle paragraphs is not paired by position', () => {
    const en = seedBlocks('en');
    const uk = seedBlocks('uk');
    const swapped = [...uk];
    [swapped[8], swapped[9]] = [swapped[9]!, swapped[8]!];
    const groups = alignBlocks(en, swapped);
    // A monotone alignment cannot cross; it must not claim 8↔8 and 9↔9 with confidence.
    const claimed = groups.filter((g) => g.from.length === 1 && g.to.length === 1 && g.from[0] === g.to[0] && (g.from[0] === 8 || g.from[0] === 9));
    expect(claimed.every((g) => g.confidence < 0.75) || claimed.length < 2).toBe(true);
  });

  it('keeps structure: the headline with the headline, headings with headings, never merged into prose', () => {
    const en = seedBlocks('en');
    const et = seedBlocks('et');
    // Drop the Estonian lead and merge two paragraphs right after a heading.
    const changed = [...et.slice(0, 2), ...et.slice(3, 5), { kind: 'paragraph' as const, text: `${et[5]!.text} ${et[6]!.text}` }, ...et.slice(7)];
    const groups = alignBlocks(en, changed);
    for (const g of groups) {
      const kindsA = g.from.map((i) => en[i]!.kind);
      const kindsB = g.to.map((i) => changed[i]!.kind);
      if (kindsA.includes('heading') || kindsB.includes('heading')) {
        expect(g.from.length + g.to.length).toBeLessThanOrEqual(2);
        if (g.from.length && g.to.length) expect([kindsA[0], kindsB[0]]).toEqual(['heading', 'heading']);
      }
    }
    expect(shape(groups)[0]).toEqual({ from: [0], to: [0] });
    expect(shape(groups)).toContainEqual({ from: [2], to: [] });
    expect(shape(groups)).toContainEqual({ from: [5, 6], to: [4] });
  });
});

describe.each(VARIANT_KINDS)('variant kind %s', (kind) => {
  const variants = orientedPairs().flatMap(([x, y]) => variantsOf(kind, x, y));

  it('has variants for every language pair in both directions', () => {
    const directions = new Set(variants.map((v) => `${v.langFrom}-${v.langTo}`));
    expect(directions.size).toBe(6);
  });

  it('finds at least 98 % of the gold groups with at least 98 % precision', () => {
    let correct = 0;
    let predicted = 0;
    let gold = 0;
    for (const v of variants) {
      const s = scoreGroups(alignBlocks(v.from, v.to), v.gold);
      correct += s.correct;
      predicted += s.predicted;
      gold += s.gold;
    }
    expect(correct / predicted).toBeGreaterThanOrEqual(0.98);
    expect(correct / gold).toBeGreaterThanOrEqual(0.98);
  });
});

describe('variants as built', () => {
  it('put the change into the gold alignment (a merge is a 2–1 group, a drop a 1–0 group)', () => {
    const merged = variantsOf('merged-to', 'en', 'uk')[0]!;
    expect(merged.gold.some((g) => g.from.length === 2 && g.to.length === 1)).toBe(true);
    const split = variantsOf('split-from', 'en', 'et')[0]!;
    expect(split.gold.some((g) => g.from.length === 2 && g.to.length === 1)).toBe(true);
    const dropped = variantsOf('dropped-to', 'uk', 'et')[0]!;
    expect(dropped.gold.some((g) => g.from.length === 1 && g.to.length === 0)).toBe(true);
    const added = variantsOf('added-from', 'et', 'en')[0]!;
    expect(added.gold.some((g) => g.from.length === 1 && g.to.length === 0)).toBe(true);
    expect(added.from.length).toBe(17);
  });

  it('a long pair of about 500 paragraphs aligns almost entirely right', () => {
    const v = longVariant('en', 'uk', 500);
    expect(v.from.length).toBeGreaterThanOrEqual(500);
    const s = scoreGroups(alignBlocks(v.from, v.to), v.gold);
    expect(s.correct / s.gold).toBeGreaterThan(0.97);
  });
});

describe('every alignment covers both sides', () => {
  it('uses each block exactly once, in order, whatever the input', () => {
    const en = seedBlocks('en');
    const uk = seedBlocks('uk');
    const cases = [
      [en, []],
      [[], uk],
      [en.slice(0, 1), uk],
      [en, uk.slice(5, 9)],
      [en.filter((b) => b.kind === 'heading'), uk],
    ] as const;
    for (const [a, b] of cases) {
      const groups = alignBlocks(a, b);
      expect(groups.flatMap((g) => g.from)).toEqual(a.map((_, i) => i));
      expect(groups.flatMap((g) => g.to)).toEqual(b.map((_, i) => i));
      for (const g of groups) expect(g.confidence).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('the synthetic archive the benchmarks share', () => {
  it('aligns every pair of versions of its first stories as its gold says, merges and splits included', async () => {
    const { generateStories, goldAlignment } = await import('../../scripts/synthetic/synthetic');
    let correct = 0;
    let predicted = 0;
    let gold = 0;
    let changed = 0;
    for (const story of generateStories({ stories: 60 })) {
      story.versions.forEach((a, i) =>
        story.versions.slice(i + 1).forEach((b) => {
          const g = goldAlignment(a, b);
          changed += g.filter((x) => x.from.length !== 1 || x.to.length !== 1).length;
          const s = scoreGroups(alignBlocks(a.blocks, b.blocks), g);
          correct += s.correct;
          predicted += s.predicted;
          gold += s.gold;
        }),
      );
    }
    expect(changed).toBeGreaterThan(10);
    expect(correct / predicted).toBeGreaterThanOrEqual(0.98);
    expect(correct / gold).toBeGreaterThanOrEqual(0.98);
  });
});

describe('paragraphs the translator moved', () => {
  it('are left without a counterpart in their rows and linked to each other in most cases, never wrongly', async () => {
    const { movedVariants, scoreMovedLinks } = await import('./variants');
    const variants = movedVariants();
    const { linked, wrong } = scoreMovedLinks(variants);
    expect(linked / variants.length).toBeGreaterThan(0.6);
    expect(wrong).toBe(0);
  });

  it('are not invented where paragraphs were only dropped or added', async () => {
    const { alignSpans } = await import('../../src/main/core/align/paragraphs');
    const { findMoved } = await import('../../src/main/core/align/moved');
    let links = 0;
    let checked = 0;
    for (const kind of ['dropped-from', 'dropped-to', 'added-from', 'added-to', 'mixed'] as const) {
      for (const [x, y] of orientedPairs()) {
        for (const v of variantsOf(kind, x, y)) {
          links += findMoved(v.from, v.to, alignSpans(v.from, v.to)).size / 2;
          checked++;
        }
      }
    }
    expect(links / checked).toBeLessThan(0.01);
  });
});
