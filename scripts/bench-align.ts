// Benchmark of the aligner: the seed story (every line with its counterpart), variants with
// merged, split, dropped and added paragraphs in every direction of en–uk, en–et, uk–et
// (precision, recall, F1 per kind), sentence alignment on the seed, and the time to align a
// pair of about 500 paragraphs. Prints a table; writes bench-results/align.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetAnchors } from '../src/main/core/align/anchors';
import { alignBlocks } from '../src/main/core/align/paragraphs';
import { alignSentences } from '../src/main/core/align/sentence-pairs';
import { generateStories, goldAlignment } from './synthetic/synthetic';
import {
  VARIANT_KINDS,
  longVariant,
  orientedPairs,
  scoreGroups,
  seedBlocks,
  seedVariant,
  movedVariants,
  scoreMovedLinks,
  sentenceMergeVariants,
  variantsOf,
  type Variant,
} from '../tests/align/variants';

interface Row {
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

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

interface Run {
  correct: number;
  predicted: number;
  gold: number;
  changedGold?: number;
  changedFound?: number;
  variants?: number;
}

/** Predicted groups by confidence band: how many, how many right. Says whether "uncertain" means it. */
const BANDS = [
  { label: '≥ 0.95', min: 0.95 },
  { label: '0.75–0.95', min: 0.75 },
  { label: '< 0.75 (marked uncertain)', min: 0 },
] as const;
const calibration = BANDS.map(() => ({ groups: 0, right: 0 }));

function judge(v: Variant): Run {
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
  return {
    ...scoreGroups(predicted, v.gold),
    changedGold: changed.length,
    changedFound: changed.filter((g) => found.has(key(g))).length,
  };
}

function row(kind: string, runs: Run[]): Row {
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

const rows: Row[] = [];
rows.push(row('seed', orientedPairs().map(([x, y]) => {
  return judge(seedVariant(x, y));
})));
for (const kind of VARIANT_KINDS) {
  const runs = orientedPairs().flatMap(([x, y]) =>
    variantsOf(kind, x, y).map(judge),
  );
  rows.push(row(kind, runs));
}
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

// Sentences: on the seed's paragraph pairs. Where both sides have as many sentences, the gold is
// sentence k with sentence k (the seed's translations keep sentence boundaries there).
let sentenceGroups = 0;
let sentenceGold = 0;
let sentenceRight = 0;
let sentenceMs = 0;
for (const [x, y] of orientedPairs()) {
  const a = seedBlocks(x);
  const b = seedBlocks(y);
  a.forEach((block, i) => {
    const t0 = performance.now();
    const groups = alignSentences([{ index: i, text: block.text }], x, [{ index: i, text: b[i]!.text }], y);
    sentenceMs += performance.now() - t0;
    sentenceGroups += groups.length;
    const na = groups.reduce((n, g) => n + g.from.length, 0);
    const nb = groups.reduce((n, g) => n + g.to.length, 0);
    if (na !== nb) return;
    sentenceGold += na;
    // Groups are in order, so k-with-k is exactly: every group 1–1.
    sentenceRight += groups.filter((g) => g.from.length === 1 && g.to.length === 1).length;
  });
}

// Sentences where the translation merged two into one: the 2–1 group found, the rest 1–1.
const mergeVariants = sentenceMergeVariants();
const mergesRight = mergeVariants.filter((v) => {
  const groups = alignSentences([{ index: 0, text: v.from }], v.langFrom, [{ index: 0, text: v.to }], v.langTo);
  const merged = groups.filter((g) => g.from.length === 2 && g.to.length === 1);
  return merged.length === 1 && merged[0]!.from[0]!.start === v.mergedAt && groups.every((g) => g === merged[0] || (g.from.length === 1 && g.to.length === 1));
}).length;

// Paragraphs the translator moved three places: left unpaired in their rows and linked as moved.
const moved = movedVariants();
const { linked: movedLinked, wrong: movedWrong } = scoreMovedLinks(moved);

// The synthetic archive the other benchmarks share (its translations merge and split paragraphs
// now and then, in en/uk/et and de/pl/ru): every pair of versions of its first stories.
const SYNTHETIC_STORIES = 400;
const syntheticByPair = new Map<string, Run[]>();
let syntheticMs = 0;
let syntheticPairs = 0;
for (const story of generateStories({ stories: SYNTHETIC_STORIES })) {
  story.versions.forEach((a, i) =>
    story.versions.slice(i + 1).forEach((b) => {
      const gold = goldAlignment(a, b);
      const t0 = performance.now();
      const run = judge({ kind: 'mixed', langFrom: 'en', langTo: 'uk', label: story.key, from: a.blocks, to: b.blocks, gold });
      syntheticMs += performance.now() - t0;
      syntheticPairs++;
      const key = `${a.lang}–${b.lang}`;
      syntheticByPair.set(key, [...(syntheticByPair.get(key) ?? []), run]);
    }),
  );
}
const syntheticRows = [...syntheticByPair].map(([pair, runs]) => row(pair, runs)).sort((x, y) => y.gold - x.gold);
const syntheticAll = row('all pairs', syntheticRows.flatMap((r) => syntheticByPair.get(r.kind)!));

// Speed: a pair of about 500 paragraphs; the median of repeated runs after a warm-up, wall time
// and CPU time (the machine may be shared).
const long = longVariant('en', 'uk', 500);
for (let i = 0; i < 3; i++) alignBlocks(long.from, long.to);
const wall: number[] = [];
const cpu: number[] = [];
const coldWall: number[] = [];
const coldCpu: number[] = [];
for (let i = 0; i < 15; i++) {
  // Cold: every paragraph read afresh, as when a version is first stored; warm: its anchors
  // remembered, as when a third version of the story arrives.
  for (const [w, c, forget] of [[coldWall, coldCpu, true], [wall, cpu, false]] as const) {
    if (forget) forgetAnchors();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    alignBlocks(long.from, long.to);
    w.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    c.push((used.user + used.system) / 1000);
  }
}
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
const longScore = row('long', [judge(long)]);

const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
console.log('Paragraph alignment (exact groups; targets: precision and recall ≥ 98 %)');
console.log('kind'.padEnd(14), 'variants'.padStart(8), 'gold'.padStart(6), 'found'.padStart(6), 'precision'.padStart(10), 'recall'.padStart(10), 'F1'.padStart(10), 'changed groups'.padStart(15));
for (const r of rows) {
  const changed = r.changedRecall === null ? '—' : pct(r.changedRecall);
  console.log(r.kind.padEnd(14), String(r.variants).padStart(8), String(r.gold).padStart(6), String(r.correct).padStart(6), pct(r.precision).padStart(10), pct(r.recall).padStart(10), pct(r.f1).padStart(10), changed.padStart(15));
}
console.log('("changed groups": recall on the gold groups that are not 1–1, averaged per kind for "all variants")');
console.log('');
console.log(`Synthetic archive (${SYNTHETIC_STORIES} stories, ${syntheticPairs} version pairs, ${(syntheticMs / syntheticPairs).toFixed(2)} ms a pair)`);
for (const r of [...syntheticRows, syntheticAll]) {
  const changed = r.changedRecall === null ? '—' : pct(r.changedRecall);
  console.log(r.kind.padEnd(14), String(r.variants).padStart(8), String(r.gold).padStart(6), String(r.correct).padStart(6), pct(r.precision).padStart(10), pct(r.recall).padStart(10), pct(r.f1).padStart(10), changed.padStart(15));
}
console.log('');
console.log(
  `Sentences on the seed: ${sentenceRight} of ${sentenceGold} gold sentence pairs found (${pct(sentenceRight / Math.max(1, sentenceGold))}) in ${sentenceGroups} groups, ${(sentenceMs / (16 * 6)).toFixed(2)} ms per paragraph pair`,
);
console.log('Confidence against correctness (all variants and the synthetic archive):');
BANDS.forEach((b, i) => {
  const c = calibration[i]!;
  console.log(`  ${b.label.padEnd(28)} ${String(c.groups).padStart(7)} groups, ${c.groups ? pct(c.right / c.groups) : '—'} right`);
});
console.log(`Moved paragraphs: ${movedLinked} of ${moved.length} linked to their counterpart (${pct(movedLinked / moved.length)}), ${movedWrong} wrong links`);
console.log(`Sentences merged in translation: ${mergesRight} of ${mergeVariants.length} paragraphs aligned exactly (${pct(mergesRight / mergeVariants.length)})`);
console.log(
  `Long pair: ${long.from.length} × ${long.to.length} paragraphs (target < 100 ms): first reading median ${median(coldWall).toFixed(1)} ms wall, ${median(coldCpu).toFixed(1)} ms CPU; anchors remembered ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU; precision ${pct(longScore.precision)}, recall ${pct(longScore.recall)}`,
);

const seedOk = rows[0]!.correct === rows[0]!.gold && rows[0]!.predicted === rows[0]!.gold;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  seed: { allPairsRight: seedOk, ...rows[0] },
  variants: variantRows,
  synthetic: { stories: SYNTHETIC_STORIES, pairs: syntheticPairs, msPerPair: round(syntheticMs / syntheticPairs, 3), all: syntheticAll, byLanguagePair: syntheticRows },
  calibration: BANDS.map((b, i) => ({ band: b.label, groups: calibration[i]!.groups, right: calibration[i]!.right })),
  moved: { variants: moved.length, linked: movedLinked, wrongLinks: movedWrong },
  sentenceMerges: { variants: mergeVariants.length, exact: mergesRight, rate: round(mergesRight / mergeVariants.length) },
  sentences: { groups: sentenceGroups, gold: sentenceGold, found: sentenceRight, recall: round(sentenceRight / Math.max(1, sentenceGold)), msPerPair: round(sentenceMs / 96, 3) },
  long: {
    from: long.from.length,
    to: long.to.length,
    medianWallMs: round(median(coldWall), 2),
    medianCpuMs: round(median(coldCpu), 2),
    rememberedAnchors: { medianWallMs: round(median(wall), 2), medianCpuMs: round(median(cpu), 2) },
    targetMs: 100,
    precision: longScore.precision,
    recall: longScore.recall,
  },
  targets: { precision: 0.98, recall: 0.98, met: variantRows.every((r) => r.precision >= 0.98 && r.recall >= 0.98) && seedOk },
};
const out = join(import.meta.dirname, '../bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'align.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWritten to bench-results/align.json`);
