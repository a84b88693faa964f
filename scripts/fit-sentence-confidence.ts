// Refits the weights of src/main/core/align/sentence-confidence.ts: logistic regression of
// "this sentence pair is exactly right" on the features confidenceFeatures gives, with a wrong
// pair weighing twelve right ones, over Text+Berg's development document (its gold, from the
// folder given) and variants of the seed story and the UDHR (their own gold). The test
// documents are left out; bench:align scores them.
//
//   npx tsx scripts/fit-sentence-confidence.ts --textberg DIR
import { alignSentenceTexts } from '../src/main/core/align/sentence-pairs';
import { CONFIDENCE_WEIGHTS, confidenceFeatures } from '../src/main/core/align/sentence-confidence';
import { lineVariants, mergeEveryThird, readTextBergDev, seedLines, udhrLines, type LineDoc } from '../tests/align/sentence-corpora';
import { orientedPairs } from '../tests/align/variants';
import { UDHR_PAIRS } from './bench-align/sentences';

const WRONG_WEIGHT = 12;
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

const samples = docs.flatMap((d) => {
  const gold = new Set(d.gold.map((g) => `${g.a.join(',')}|${g.b.join(',')}`));
  const runs = alignSentenceTexts(d.a, d.langA, d.b, d.langB, { posteriors: true });
  const range = (x: number, y: number) => Array.from({ length: y - x }, (_, k) => x + k).join(',');
  return confidenceFeatures(runs).map((x, i) => ({ x, right: gold.has(`${range(runs[i]!.a0, runs[i]!.a1)}|${range(runs[i]!.b0, runs[i]!.b1)}`) }));
});

// Batch gradient descent on the weighted log-loss.
let w = Object.values(CONFIDENCE_WEIGHTS).map(() => 0);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
for (let step = 0; step < 3000; step++) {
  const grad = w.map(() => 0);
  for (const s of samples) {
    const p = sigmoid(s.x.reduce((acc, x, k) => acc + x * w[k]!, 0));
    const weight = s.right ? 1 : WRONG_WEIGHT;
    s.x.forEach((x, k) => (grad[k]! += weight * (p - (s.right ? 1 : 0)) * x));
  }
  w = w.map((v, k) => v - (0.5 * grad[k]!) / samples.length);
}
const names = Object.keys(CONFIDENCE_WEIGHTS);
console.log(`${samples.length} sentence pairs; weights for CONFIDENCE_WEIGHTS:`);
console.log(`{ ${names.map((n, k) => `${n}: ${w[k]!.toFixed(3)}`).join(', ')} }`);
