// How far a sentence pair can be trusted. The aligner's posterior alone overstates it on hard
// text (on Text+Berg, a pair with posterior 0.99 was right 6 times in 10): a sentence without
// counterpart, a group of three or four, or a pair beside an uncertain one is wrong far more
// often than its posterior says. The confidence is a logistic model of those features, fitted
// with a wrong pair counting as much as sixteen right ones (scripts/fit-sentence-confidence.ts),
// so that a pair at or above LOW_CONFIDENCE is one a translator can take: 98 % of them are right
// on Text+Berg's development document, and bench:align checks its test documents.
import type { AlignedRun } from './sequence-aligner';

/** Fitted weights; see scripts/fit-sentence-confidence.ts to refit them. */
export const CONFIDENCE_WEIGHTS = {
  bias: 0.146,
  posterior: 0.464,
  neighbour: 0.278,
  noCounterpart: -3.643,
  twoAndOne: -2.02,
  larger: -4.754,
  besideNoCounterpart: -1.645,
};

/** The features of each run of one aligned sequence, in the order of CONFIDENCE_WEIGHTS. */
export function confidenceFeatures(runs: readonly AlignedRun[]): number[][] {
  const logit = (p: number): number => {
    const q = Math.min(1 - 1e-3, Math.max(1e-3, p));
    return Math.log(q / (1 - q));
  };
  const isNull = (r: AlignedRun | undefined): boolean => r !== undefined && (r.a1 === r.a0 || r.b1 === r.b0);
  return runs.map((r, i) => {
    const na = r.a1 - r.a0;
    const nb = r.b1 - r.b0;
    const none = isNull(r);
    const oneOne = na === 1 && nb === 1;
    const two = !none && !oneOne && na + nb === 3;
    const neighbour = Math.min(runs[i - 1]?.confidence ?? 1, runs[i + 1]?.confidence ?? 1);
    return [
      1,
      logit(r.confidence),
      logit(neighbour),
      none ? 1 : 0,
      two ? 1 : 0,
      !none && !oneOne && !two ? 1 : 0,
      isNull(runs[i - 1]) || isNull(runs[i + 1]) ? 1 : 0,
    ];
  });
}

/** The runs with their posteriors turned into confidences. */
export function calibrateSentenceRuns(runs: readonly AlignedRun[], weights = CONFIDENCE_WEIGHTS): AlignedRun[] {
  const w = Object.values(weights);
  return confidenceFeatures(runs).map((f, i) => {
    const z = f.reduce((s, x, k) => s + x * w[k]!, 0);
    return { ...runs[i]!, confidence: 1 / (1 + Math.exp(-z)) };
  });
}
