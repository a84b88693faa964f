// Turns the anchors of two versions' units into shared integer ids with weights, so that the
// aligner scores a candidate group by intersecting small sorted arrays. Names meet across
// scripts by skeleton (equal, or one a prefix of the other for case endings: Times/Timesile);
// an anchor common to many units of a version tells less and weighs less. (Quotation is
// scored per group in the sequence aligner: a split quotation is still one quotation.)
import type { TextAnchors } from './anchors';
import type { WeightedFeatures } from './lexical-table';
import { rootOf } from './union-find';

export interface AnchorSide {
  /** Per unit: anchor ids, sorted, repeated for repeated anchors. */
  ids: Int32Array[];
  /** Per unit: the summed penalty of its anchors, charged when they find no counterpart. */
  penalty: Float64Array;
}

export interface AnchorTable {
  a: AnchorSide;
  b: AnchorSide;
  /** Per id: what a matched occurrence gains (its own gain plus the two penalties it avoids). */
  matchValue: Float64Array;
}

type Kind = 'number' | 'month' | 'name' | 'acronym' | 'latin';

/** Evidence weights in log-odds: gain when found on both sides, penalty when on one only. */
const WEIGHTS: Record<Kind, { gain: number; penalty: number }> = {
  number: { gain: 3, penalty: 1.5 },
  month: { gain: 2.5, penalty: 1 },
  name: { gain: 2, penalty: 0.35 },
  acronym: { gain: 1.5, penalty: 0.35 },
  latin: { gain: 2, penalty: 0.3 },
};

interface Feature {
  key: string;
  kind: Kind;
}

/** Union-find over name skeletons of the two sides, joining equal keys and prefixes (≥ 3). */
function nameClasses(keysA: Set<string>, keysB: Set<string>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => rootOf(parent, k);
  for (const k of [...keysA, ...keysB]) parent.set(k, k);
  // Bucket by the first two letters: a prefix match shares them.
  const bucket = new Map<string, string[]>();
  for (const k of keysB) {
    const b = k.slice(0, 2);
    bucket.set(b, [...(bucket.get(b) ?? []), k]);
  }
  for (const ka of keysA) {
    for (const kb of bucket.get(ka.slice(0, 2)) ?? []) {
      if (ka === kb) continue;
      const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
      // Case endings add at most a few letters; a long tail is another word.
      if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2) {
        parent.set(find(ka), find(kb));
      }
    }
  }
  const classOf = new Map<string, string>();
  for (const k of parent.keys()) classOf.set(k, find(k));
  return classOf;
}

/**
 * The anchors of two sequences of units as shared ids with weights; `words` (translation classes
 * from the lexicon, already weighted) join them as further ids.
 */
export function buildAnchorTable(
  unitsA: readonly TextAnchors[],
  unitsB: readonly TextAnchors[],
  words?: WeightedFeatures,
): AnchorTable {
  // A capitalised word opening a sentence is a name only if the word also appears capitalised
  // mid-sentence somewhere in either version ("Kallas argues" yes, "According" no).
  const properNouns = new Set<string>();
  for (const u of [...unitsA, ...unitsB]) {
    for (const n of u.names) if (!n.initial) properNouns.add(n.key);
  }
  const nameKeys = (units: readonly TextAnchors[]): Set<string> =>
    new Set(units.flatMap((u) => u.names.filter((n) => properNouns.has(n.key)).map((n) => n.key)));
  const classOf = nameClasses(nameKeys(unitsA), nameKeys(unitsB));
  const foreignA = new Set(unitsA.flatMap((u) => u.foreignLatin));
  const foreignB = new Set(unitsB.flatMap((u) => u.foreignLatin));

  const featuresOf = (u: TextAnchors, otherForeign: Set<string>): Feature[] => {
    const f: Feature[] = [];
    for (const n of u.numbers) f.push({ key: `n:${n}`, kind: 'number' });
    for (const m of u.months) f.push({ key: `m:${m}`, kind: 'month' });
    for (const a of u.acronyms) f.push({ key: `a:${a}`, kind: 'acronym' });
    for (const n of u.names) {
      if (properNouns.has(n.key)) f.push({ key: `p:${classOf.get(n.key) ?? n.key}`, kind: 'name' });
    }
    for (const w of u.foreignLatin) f.push({ key: `l:${w}`, kind: 'latin' });
    for (const w of otherForeign) if (u.latinWords.has(w)) f.push({ key: `l:${w}`, kind: 'latin' });
    return f;
  };
  const featA = unitsA.map((u) => featuresOf(u, foreignB));
  const featB = unitsB.map((u) => featuresOf(u, foreignA));

  const idOf = new Map<string, number>();
  const kindOf: Kind[] = [];
  const idFor = (f: Feature): number => {
    let id = idOf.get(f.key);
    if (id === undefined) {
      id = kindOf.length;
      idOf.set(f.key, id);
      kindOf.push(f.kind);
    }
    return id;
  };
  const allA = featA.map((fs) => fs.map(idFor));
  const allB = featB.map((fs) => fs.map(idFor));
  // A capitalised word that never occurs in the other version is no name the two share (German
  // capitalises every noun; a translation may leave a name out): it says nothing, and is
  // dropped. Numbers and dates stay either way: one the other version lacks marks added text.
  const inA = new Set(allA.flat());
  const inB = new Set(allB.flat());
  const keep = (other: Set<number>) => (id: number) => kindOf[id] !== 'name' || other.has(id);
  const idsA = allA.map((ids) => Int32Array.from(ids.filter(keep(inB))).sort());
  const idsB = allB.map((ids) => Int32Array.from(ids.filter(keep(inA))).sort());

  // Document frequency on each side; the rarer an anchor, the more it says.
  const df = (ids: Int32Array[]): Int32Array => {
    const counts = new Int32Array(kindOf.length);
    for (const u of ids) new Set(u).forEach((id) => counts[id]!++);
    return counts;
  };
  const dfA = df(idsA);
  const dfB = df(idsB);
  const weight = new Float64Array(kindOf.length);
  for (let id = 0; id < kindOf.length; id++) {
    weight[id] = 1 / Math.sqrt(Math.max(1, dfA[id]!, dfB[id]!));
  }
  const anchorIds = kindOf.length;
  const classes = words?.gain.length ?? 0;
  const matchValue = new Float64Array(anchorIds + classes);
  kindOf.forEach((k, id) => {
    matchValue[id] = (WEIGHTS[k].gain + 2 * WEIGHTS[k].penalty) * weight[id]!;
  });
  for (let c = 0; c < classes; c++) matchValue[anchorIds + c] = words!.gain[c]! + words!.penaltyA[c]! + words!.penaltyB[c]!;
  const side = (ids: Int32Array[], classIds: number[][] | undefined, classPenalty: Float64Array | undefined): AnchorSide => {
    const all = ids.map((u, i) => {
      const extra = classIds?.[i];
      if (!extra || extra.length === 0) return u;
      const out = new Int32Array(u.length + extra.length);
      out.set(u);
      extra.forEach((c, k) => (out[u.length + k] = anchorIds + c));
      return out;
    });
    const penalty = Float64Array.from(all, (u) => {
      let p = 0;
      for (const id of u) p += id < anchorIds ? WEIGHTS[kindOf[id]!].penalty * weight[id]! : classPenalty![id - anchorIds]!;
      return p;
    });
    return { ids: all, penalty };
  };
  return {
    a: side(idsA, words?.a, words?.penaltyA),
    b: side(idsB, words?.b, words?.penaltyB),
    matchValue,
  };
}
