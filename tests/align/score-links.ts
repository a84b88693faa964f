// Strict and lax precision, recall and F1 of sentence links, computed as vecalign's score.py
// does (Thompson & Koehn 2019, after Véronis & Langlais): a link is a pair of sentence-index
// lists; strict counts exact links, lax counts a link right when it overlaps a gold link on both
// sides. Precision is over every test link (deletions included); recall over gold links with both
// sides non-empty, scored against test links with both sides non-empty.

export interface SentenceLink {
  a: readonly number[];
  b: readonly number[];
}

export interface LinkCounts {
  tpStrict: number;
  fpStrict: number;
  tpLax: number;
  fpLax: number;
}

export interface LinkScores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

const keyOf = (l: SentenceLink): string => `${l.a.join(',')}|${l.b.join(',')}`;

function uniqueLinks(links: readonly SentenceLink[]): SentenceLink[] {
  const seen = new Map<string, SentenceLink>();
  for (const l of links) if (l.a.length || l.b.length) seen.set(keyOf(l), l);
  return [...seen.values()];
}

/** score.py's _precision: how many test links are right, strictly and laxly. */
function precisionCounts(gold: readonly SentenceLink[], test: readonly SentenceLink[]): LinkCounts {
  const goldLinks = uniqueLinks(gold);
  const goldKeys = new Set(goldLinks.map(keyOf));
  const goldTargetsOf = new Map<number, Set<number>>();
  for (const g of goldLinks) {
    for (const s of g.a) {
      const set = goldTargetsOf.get(s) ?? new Set<number>();
      g.b.forEach((t) => set.add(t));
      goldTargetsOf.set(s, set);
    }
  }
  const counts: LinkCounts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  for (const t of uniqueLinks(test)) {
    if (goldKeys.has(keyOf(t))) {
      counts.tpStrict++;
      counts.tpLax++;
      continue;
    }
    counts.fpStrict++;
    const overlaps = t.a.some((s) => t.b.some((x) => goldTargetsOf.get(s)?.has(x)));
    if (overlaps) counts.tpLax++;
    else counts.fpLax++;
  }
  return counts;
}

export interface LinkTally {
  precision: LinkCounts;
  recall: LinkCounts;
}

export const emptyTally = (): LinkTally => ({
  precision: { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 },
  recall: { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 },
});

const add = (x: LinkCounts, y: LinkCounts): LinkCounts => ({
  tpStrict: x.tpStrict + y.tpStrict,
  fpStrict: x.fpStrict + y.fpStrict,
  tpLax: x.tpLax + y.tpLax,
  fpLax: x.fpLax + y.fpLax,
});

/** Adds one document's links to a running tally (score_multiple sums counts over documents). */
export function tallyLinks(tally: LinkTally, gold: readonly SentenceLink[], test: readonly SentenceLink[]): LinkTally {
  const bothSides = (ls: readonly SentenceLink[]) => ls.filter((l) => l.a.length && l.b.length);
  return {
    precision: add(tally.precision, precisionCounts(gold, test)),
    // Recall is precision with the roles swapped and deletions left out.
    recall: add(tally.recall, precisionCounts(bothSides(test), bothSides(gold))),
  };
}

export function mergeTallies(tallies: readonly LinkTally[]): LinkTally {
  return tallies.reduce(
    (t, x) => ({ precision: add(t.precision, x.precision), recall: add(t.recall, x.recall) }),
    emptyTally(),
  );
}

const ratio = (tp: number, fp: number): number => (tp + fp === 0 ? 0 : tp / (tp + fp));
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function linkScores(t: LinkTally): LinkScores {
  const precisionStrict = ratio(t.precision.tpStrict, t.precision.fpStrict);
  const recallStrict = ratio(t.recall.tpStrict, t.recall.fpStrict);
  const precisionLax = ratio(t.precision.tpLax, t.precision.fpLax);
  const recallLax = ratio(t.recall.tpLax, t.recall.fpLax);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
  };
}

/** Links with a confidence: among those at or above `threshold`, how many are exactly gold. */
export function certainPrecision(
  gold: readonly SentenceLink[],
  test: readonly (SentenceLink & { confidence: number })[],
  threshold: number,
): { certain: number; right: number } {
  const goldKeys = new Set(gold.map(keyOf));
  const certain = test.filter((t) => t.confidence >= threshold && (t.a.length || t.b.length));
  return { certain: certain.length, right: certain.filter((t) => goldKeys.has(keyOf(t))).length };
}
