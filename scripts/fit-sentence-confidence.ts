// Refits the weights of src/main/core/align/sentence-confidence.ts: logistic regression of
// "this sentence pair is exactly right" on the features confidenceFeatures gives, over
// Text+Berg's development document (its gold, from the folder given) and variants of the seed
// story and the UDHR (their own gold), a wrong pair weighing as much as several right ones: the
// fewest for which, on the development document, at least 98 % of the pairs at LOW_CONFIDENCE
// or above are right. The test documents are left out; bench:align scores them.
//
//   npx tsx scripts/fit-sentence-confidence.ts --textberg DIR
import { alignSentenceTexts } from '../src/main/core/align/sentence-pairs';
import { LOW_CONFIDENCE } from '../src/shared/api/align';
import { CONFIDENCE_WEIGHTS, confidenceFeatures } from '../src/main/core/align/sentence-confidence';
import { lineVariants, mergeEveryThird, readTextBergDev, seedLines, udhrLines, type LineDoc } from '../tests/align/sentence-corpora';
import { orientedPairs } from '../tests/align/variants';
import { UDHR_PAIRS } from './bench-align/sentences';

const WRONG_WEIGHTS = [8, 12, 16, 20, 24, 32];
const DEV_PRECISION = 0.98;
const dirAt = process.argv.indexOf('--textberg');
const dir = dirAt >= 0 ? process.argv[dirAt + 1] : undefined;
const dev = dir ? readTextBergDev(dir) : null;
if (!dir || !dev || dev.gold.length === 0) {
  console.error('usage: npx tsx scripts/fit-sentence-confidence.ts --textberg DIR (vecalign\'s bleualign_data)');
  process.exit(2);
}
const seed = orientedPairs().map(([x, y]) => seedLines(x, y));
const bases = [...seed, ...UDHR_PAIRS.map(([x, y]) => udhrLines(x, y))];
const docs: LineDoc[] = [dev, ...seed.map(mergeEveryThird), ...bases.flatMap((d, i) => lineVariants(d, 'mixed', 2, 4, 77 + i * 5))];

function samplesOf(list: LineDoc[]) {
  return list.flatMap((d) => {
    const gold = new Set(d.gold.map((g) => `${g.a.join(',')}|${g.b.join(',')}`));
    const runs = alignSentenceTexts(d.a, d.langA, d.b, d.langB, { posteriors: true });
    const range = (x: number, y: number) => Array.from({ length: y - x }, (_, k) => x + k).join(',');
    return confidenceFeatures(runs).map((x, i) => ({ x, right: gold.has(`${range(runs[i]!.a0, runs[i]!.a1)}|${range(runs[i]!.b0, runs[i]!.b1)}`) }));
  });
}
type Sample = ReturnType<typeof samplesOf>[number];
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const score = (w: number[], x: number[]): number => sigmoid(x.reduce((acc, v, k) => acc + v * w[k]!, 0));

/** Batch gradient descent on the weighted log-loss. */
function fit(samples: Sample[], wrongWeight: number): number[] {
  let w = Object.values(CONFIDENCE_WEIGHTS).map(() => 0);
  for (let step = 0; step < 3000; step++) {
    const grad = w.map(() => 0);
    for (const s of samples) {
      const p = score(w, s.x);
      const weight = s.right ? 1 : wrongWeight;
      s.x.forEach((x, k) => (grad[k]! += weight * (p - (s.right ? 1 : 0)) * x));
    }
    w = w.map((v, k) => v - (0.5 * grad[k]!) / samples.length);
  }
  return w;
}

const samples = samplesOf(docs);
const devSamples = samplesOf([dev]);
const names = Object.keys(CONFIDENCE_WEIGHTS);
for (const wrongWeight of WRONG_WEIGHTS) {
  const w = fit(samples, wrongWeight);
  const certain = devSamples.filter((s) => score(w, s.x) >= LOW_CONFIDENCE);
  const precision = certain.filter((s) => s.right).length / Math.max(1, certain.length);
  console.log(`wrong pairs weigh ${wrongWeight}: on the development document ${certain.length} of ${devSamples.length} certain, ${(precision * 100).toFixed(1)} % right`);
  if (precision >= DEV_PRECISION || wrongWeight === WRONG_WEIGHTS.at(-1)) {
    console.log(`${samples.length} sentence pairs; weights for CONFIDENCE_WEIGHTS:`);
    console.log(`{ ${names.map((n, k) => `${n}: ${w[k]!.toFixed(3)}`).join(', ')} }`);
    break;
  }
}
