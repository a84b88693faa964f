// Paragraph-level rows of bench:align: variants of the seed with merged, split, dropped and
// added paragraphs (exact groups), the synthetic archive, moved paragraphs, the confidence bands,
// and the speed of a pair of about 500 paragraphs (and of all its sentences).
import { generateStories, goldAlignment } from '../synthetic/synthetic';
import {
  VARIANT_KINDS,
  longVariant,
  mergeDropAddVariants,
  movedVariants,
  orientedPairs,
  scoreGroups,
  scoreMovedLinks,
  sentenceMergeVariants,
  seedVariant,
  variantsOf,
  type Variant,
} from '../../tests/align/variants';
import { alignBlocks, alignGroups, forgetAnchors } from './aligner';

export interface ParagraphRow {
  kind: string;
  variants: number;
  /** Recall on the gold groups that are not 1–1: the merges, splits, drops and additions. */
  changedRecall: number | null;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

interface Run {
  correct: number;
  predicted: number;
  gold: number;
  changedGold?: number;
  changedFound?: number;
  variants?: number;
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Predicted groups by confidence band: how many, how many right. */
export const BANDS = [
  { label: '≥ 0.95', min: 0.95 },
  { label: '0.75–0.95', min: 0.75 },
  { label: '< 0.75 (marked uncertain)', min: 0 },
] as const;

function judge(v: Variant, calibration: { groups: number; right: number }[]): Run {
  const predicted = alignBlocks(v.from, v.to);
  const key = (g: { from: number[]; to: number[] }): string => `${g.from}|${g.to}`;
  const found = new Set(predicted.map(key));
  const goldKeys = new Set(v.gold.map(key));
  for (const g of predicted) {
    const band = calibration[BANDS.findIndex((b) => g.confidence >= b.min)]!;
    band.groups++;
    if (goldKeys.has(key(g))) band.right++;
  }
  const changed = v.gold.filter((g) => g.from.length !== 1 || g.to.length !== 1);
  return { ...scoreGroups(predicted, v.gold), changedGold: changed.length, changedFound: changed.filter((g) => found.has(key(g))).length };
}

function row(kind: string, runs: Run[]): ParagraphRow {
  const correct = runs.reduce((s, r) => s + r.correct, 0);
  const predicted = runs.reduce((s, r) => s + r.predicted, 0);
  const gold = runs.reduce((s, r) => s + r.gold, 0);
  const precision = predicted ? correct / predicted : 1;
  const recall = gold ? correct / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const changedGold = runs.reduce((s, r) => s + (r.changedGold ?? 0), 0);
  const changedFound = runs.reduce((s, r) => s + (r.changedFound ?? 0), 0);
  return {
    kind,
    variants: runs.reduce((s, r) => s + (r.variants ?? 1), 0),
    changedRecall: changedGold ? round(changedFound / changedGold) : null,
    gold,
    predicted,
    correct,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
  };
}

export interface ParagraphSection {
  rows: ParagraphRow[];
  synthetic: { stories: number; pairs: number; msPerPair: number; rows: ParagraphRow[] };
  calibration: { band: string; groups: number; right: number }[];
  moved: { variants: number; linked: number; wrongLinks: number };
  sentenceMerges: { variants: number; exact: number };
}

export function paragraphSection(syntheticStories: number): ParagraphSection {
  const calibration = BANDS.map(() => ({ groups: 0, right: 0 }));
  const j = (v: Variant): Run => judge(v, calibration);
  const rows: ParagraphRow[] = [row('seed', orientedPairs().map(([x, y]) => j(seedVariant(x, y))))];
  for (const kind of VARIANT_KINDS) rows.push(row(kind, orientedPairs().flatMap(([x, y]) => variantsOf(kind, x, y).map(j))));
  rows.push(row('merge+drop+add', orientedPairs().flatMap(([x, y]) => mergeDropAddVariants(x, y, 20).map(j))));
  const variantRows = rows.filter((r) => r.kind !== 'seed');
  rows.push(
    row(
      'all variants',
      variantRows.map((r) => ({
        ...r,
        changedGold: r.changedRecall === null ? 0 : 1e6,
        changedFound: r.changedRecall === null ? 0 : Math.round((r.changedRecall ?? 0) * 1e6),
      })),
    ),
  );

  const byPair = new Map<string, Run[]>();
  let ms = 0;
  let pairs = 0;
  for (const story of generateStories({ stories: syntheticStories })) {
    story.versions.forEach((a, i) =>
      story.versions.slice(i + 1).forEach((b) => {
        const t0 = performance.now();
        const run = j({ kind: 'mixed', langFrom: 'en', langTo: 'uk', label: story.key, from: a.blocks, to: b.blocks, gold: goldAlignment(a, b) });
        ms += performance.now() - t0;
        pairs++;
        const key = `${a.lang}–${b.lang}`;
        byPair.set(key, [...(byPair.get(key) ?? []), run]);
      }),
    );
  }
  const syntheticRows = [...byPair].map(([pair, runs]) => row(pair, runs)).sort((x, y) => y.gold - x.gold);
  syntheticRows.push(row('all pairs', [...byPair.values()].flat()));

  const moved = movedVariants();
  const { linked, wrong } = scoreMovedLinks(moved);
  // Sentences where the translation merged two into one: the 2–1 group found, the rest 1–1.
  const merges = sentenceMergeVariants();
  const exact = merges.filter((v) => {
    const groups = alignGroups([{ a: [{ index: 0, text: v.from }], b: [{ index: 0, text: v.to }] }], v.langFrom, v.langTo)[0]!;
    const two = groups.filter((g) => g.from.length === 2 && g.to.length === 1);
    return two.length === 1 && two[0]!.from[0]!.start === v.mergedAt && groups.every((g) => g === two[0] || (g.from.length === 1 && g.to.length === 1));
  }).length;
  return {
    rows,
    synthetic: { stories: syntheticStories, pairs, msPerPair: round(ms / pairs, 3), rows: syntheticRows },
    calibration: BANDS.map((b, i) => ({ band: b.label, ...calibration[i]! })),
    moved: { variants: moved.length, linked, wrongLinks: wrong },
    sentenceMerges: { variants: merges.length, exact },
  };
}

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export interface SpeedSection {
  from: number;
  to: number;
  sentencesA: number;
  sentencesB: number;
  precision: number;
  recall: number;
  firstReading: Timing;
  rememberedAnchors: Timing;
  sentences: Timing;
}

const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;

function timed(runs: number, before: () => void, fn: () => void): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: round(median(wall), 2), cpuMs: round(median(cpu), 2) };
}

/** A pair of about 500 paragraphs: paragraphs (first reading, and with anchors remembered as
 *  when a third version arrives) and then the sentences of all its groups, as the reader fills
 *  them; medians of repeated runs after a warm-up. */
export function speedSection(): SpeedSection {
  const long = longVariant('en', 'uk', 500);
  for (let i = 0; i < 3; i++) alignBlocks(long.from, long.to);
  const groups = alignBlocks(long.from, long.to);
  const jobs = groups
    .filter((g) => g.from.length && g.to.length)
    .map((g) => ({
      a: g.from.map((i) => ({ index: i, text: long.from[i]!.text })),
      b: g.to.map((i) => ({ index: i, text: long.to[i]!.text })),
    }));
  alignGroups(jobs, 'en', 'uk');
  const firstReading = timed(15, forgetAnchors, () => alignBlocks(long.from, long.to));
  const rememberedAnchors = timed(15, () => undefined, () => alignBlocks(long.from, long.to));
  const sentences = timed(7, () => undefined, () => alignGroups(jobs, 'en', 'uk'));
  const found = alignGroups(jobs, 'en', 'uk');
  const s = scoreGroups(groups, long.gold);
  return {
    from: long.from.length,
    to: long.to.length,
    sentencesA: found.flat().reduce((n, g) => n + g.from.length, 0),
    sentencesB: found.flat().reduce((n, g) => n + g.to.length, 0),
    precision: round(s.correct / s.predicted),
    recall: round(s.correct / s.gold),
    firstReading,
    rememberedAnchors,
    sentences,
  };
}
