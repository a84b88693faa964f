// Gale & Church (1993): the length of a translation is about proportional to the length of
// its source, with a variance that grows with it. The log-probability of a pair of lengths is
// the two-tailed normal probability of their standardised difference.

/** log(erfc(x)) for x ≥ 0, accurate to a few parts in 10⁷, finite for any x. */
function logErfc(x: number): number {
  if (x < 4) {
    // Abramowitz & Stegun 7.1.26.
    const t = 1 / (1 + 0.3275911 * x);
    const poly =
      t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    return Math.log(poly) - x * x;
  }
  // Asymptotic expansion: erfc(x) ≈ e^(−x²) / (x√π) · (1 − 1/(2x²)).
  return -x * x - Math.log(x * Math.sqrt(Math.PI)) + Math.log(1 - 1 / (2 * x * x));
}

export interface LengthModel {
  /** Expected characters of the second side per character of the first. */
  ratio: number;
  /** Variance per character of the difference (Gale & Church: 6.8 for sentences). */
  variance: number;
}

/** log P(lengths match) for a group of `la` characters against `lb`; ≤ 0. */
export function lengthLogProb(la: number, lb: number, model: LengthModel): number {
  const mean = (la + lb / model.ratio) / 2;
  const delta = (lb - model.ratio * la) / Math.sqrt(model.variance * model.ratio * (mean + 1));
  return logErfc(Math.abs(delta) / Math.SQRT2);
}
