// Paragraphs moved out of order. A monotone alignment cannot pair a paragraph the translator
// moved elsewhere: it leaves it without a counterpart on one side, and its translation without
// one on the other. Among those leftovers, a pair that clearly belongs together (their anchors
// and lengths say so, each the other's best) is reported so the reader can jump between them.
import type { AlignableBlock } from './paragraphs';
import { paragraphInput, type Span } from './paragraphs';
import { createScorer } from './sequence-aligner';

/** Evidence (log-odds) a leftover pair needs, and by how much it must beat the runner-up. */
const MOVED_THRESHOLD = 0.8;
const MOVED_MARGIN = 1;

/**
 * For each group, the index of the group that holds its block's counterpart elsewhere, when the
 * block has none in its own row and a clear one further up or down.
 */
export function findMoved(a: readonly AlignableBlock[], b: readonly AlignableBlock[], spans: readonly Span[]): Map<number, number> {
  const onlyA = spans.flatMap((s, i) => (s.a1 - s.a0 === 1 && s.b1 === s.b0 ? [i] : []));
  const onlyB = spans.flatMap((s, i) => (s.b1 - s.b0 === 1 && s.a1 === s.a0 ? [i] : []));
  const links = new Map<number, number>();
  if (onlyA.length === 0 || onlyB.length === 0) return links;
  const score = createScorer(paragraphInput(a, b));
  const value = (ia: number, ib: number): number => {
    const x = spans[ia]!;
    const y = spans[ib]!;
    return score(x.a0, x.a1, y.b0, y.b1);
  };
  /** The clear best candidate: above the threshold and ahead of the second by the margin. */
  const best = (candidates: number[], f: (c: number) => number): number | undefined => {
    let top: number | undefined;
    let topValue = -Infinity;
    let second = -Infinity;
    for (const c of candidates) {
      const v = f(c);
      if (v > topValue) {
        second = topValue;
        topValue = v;
        top = c;
      } else if (v > second) second = v;
    }
    return topValue >= MOVED_THRESHOLD && topValue - second >= MOVED_MARGIN ? top : undefined;
  };
  for (const ia of onlyA) {
    const ib = best(onlyB, (c) => value(ia, c));
    if (ib === undefined) continue;
    // Each the other's best: a paragraph is not sent to a translation that fits another better.
    if (best(onlyA, (c) => value(c, ib)) !== ia) continue;
    links.set(ia, ib);
    links.set(ib, ia);
  }
  return links;
}
