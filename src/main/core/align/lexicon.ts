// A translation lexicon between two languages: which stem of one tends to stand in the
// translation of a sentence holding a stem of the other, and how reliably. It is learned, never
// shipped: from the confident sentence pairs of the document being aligned (Moore 2002;
// hunalign's realign), from the archive's stored pairs (lexicon-store.ts), and seeded with what
// is free (lexicon-seed.ts). Counting and association are pure functions over stem sets.

/** How reliably stem b stands in the translation of a sentence holding a, and the reverse. */
export interface LinkStrength {
  /** P(b in the counterpart | a in the unit, the two aligned). */
  ab: number;
  /** P(a in the counterpart | b in the unit). */
  ba: number;
  /** How far its log-odds are trusted, relative to a link learned from counts (default 1):
   *  a name CLDR gives is surer than a pair that co-occurred a few times. */
  weight?: number;
}

/** stem of side a → stem of side b → strength. */
export type Lexicon = Map<string, Map<string, LinkStrength>>;

export function emptyLexicon(): Lexicon {
  return new Map();
}

/** Adds a link, keeping the stronger estimate where the lexicon already has one. */
export function addLink(lexicon: Lexicon, a: string, b: string, strength: LinkStrength): void {
  let row = lexicon.get(a);
  if (!row) {
    row = new Map();
    lexicon.set(a, row);
  }
  const known = row.get(b);
  row.set(
    b,
    known
      ? {
          ab: Math.max(known.ab, strength.ab),
          ba: Math.max(known.ba, strength.ba),
          weight: Math.max(known.weight ?? 1, strength.weight ?? 1),
        }
      : strength,
  );
}

/** Every link of `from` added to `into` (strongest estimate wins). */
export function mergeLexicon(into: Lexicon, from: Lexicon): Lexicon {
  from.forEach((row, a) => row.forEach((s, b) => addLink(into, a, b, s)));
  return into;
}

export function linkCount(lexicon: Lexicon): number {
  let n = 0;
  lexicon.forEach((row) => (n += row.size));
  return n;
}

/** Co-occurrence counts over aligned sentence pairs: how many pairs hold each stem on its side,
 *  and how many hold both stems of a pair. */
export interface Cooccurrence {
  pairs: number;
  a: Map<string, number>;
  b: Map<string, number>;
  ab: Map<string, Map<string, number>>;
}

export function emptyCooccurrence(): Cooccurrence {
  return { pairs: 0, a: new Map(), b: new Map(), ab: new Map() };
}

const bump = (m: Map<string, number>, k: string, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

/** Counts one aligned pair of stem lists (each stem once per pair). */
export function countPair(counts: Cooccurrence, stemsA: readonly string[], stemsB: readonly string[]): void {
  const sa = new Set(stemsA);
  const sb = new Set(stemsB);
  counts.pairs++;
  sa.forEach((s) => bump(counts.a, s));
  sb.forEach((s) => bump(counts.b, s));
  for (const x of sa) {
    let row = counts.ab.get(x);
    if (!row) {
      row = new Map();
      counts.ab.set(x, row);
    }
    for (const y of sb) bump(row, y);
  }
}

/** Dunning's log-likelihood ratio (G²) of a 2×2 contingency table. */
function logLikelihoodRatio(both: number, onlyA: number, onlyB: number, neither: number): number {
  const xlx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
  const n = both + onlyA + onlyB + neither;
  return (
    2 *
    (xlx(both) + xlx(onlyA) + xlx(onlyB) + xlx(neither) -
      xlx(both + onlyA) -
      xlx(onlyB + neither) -
      xlx(both + onlyB) -
      xlx(onlyA + neither) +
      xlx(n))
  );
}

export interface AssociationOptions {
  /** Pairs that must hold both stems. */
  minBoth: number;
  /** G² a link needs (10.83: p < 0.001). */
  minLlr: number;
  /** Dice coefficient a link needs. */
  minDice: number;
}

export const DOCUMENT_ASSOCIATION: AssociationOptions = { minBoth: 2, minLlr: 6, minDice: 0.3 };

/**
 * The links the counts support: stems that co-occur more than chance says (G²) and mostly
 * together (Dice), each kept only if it is within reach of the best link of both its stems
 * (competitive linking, loosened so that inflected forms may share a translation).
 */
export function associate(counts: Cooccurrence, options: AssociationOptions = DOCUMENT_ASSOCIATION): Lexicon {
  interface Candidate {
    a: string;
    b: string;
    dice: number;
    strength: LinkStrength;
  }
  const candidates: Candidate[] = [];
  const n = counts.pairs;
  counts.ab.forEach((row, a) => {
    const ca = counts.a.get(a) ?? 0;
    row.forEach((both, b) => {
      if (both < options.minBoth) return;
      const cb = counts.b.get(b) ?? 0;
      const dice = (2 * both) / (ca + cb);
      if (dice < options.minDice) return;
      if (logLikelihoodRatio(both, ca - both, cb - both, n - ca - cb + both) < options.minLlr) return;
      // Shrunk towards zero for few observations: two out of two is not certainty.
      candidates.push({ a, b, dice, strength: { ab: both / (ca + 1), ba: both / (cb + 1) } });
    });
  });
  const bestA = new Map<string, number>();
  const bestB = new Map<string, number>();
  for (const c of candidates) {
    bestA.set(c.a, Math.max(bestA.get(c.a) ?? 0, c.dice));
    bestB.set(c.b, Math.max(bestB.get(c.b) ?? 0, c.dice));
  }
  const lexicon = emptyLexicon();
  for (const c of candidates) {
    if (c.dice >= 0.6 * bestA.get(c.a)! && c.dice >= 0.6 * bestB.get(c.b)!) addLink(lexicon, c.a, c.b, c.strength);
  }
  return lexicon;
}
