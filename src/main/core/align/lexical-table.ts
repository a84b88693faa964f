// Word evidence for the aligner: the stems of each unit grouped, through the lexicon's links,
// into translation classes ({Regierung, gouvernement}, {Kyiv, Києв}), so that a candidate group
// is scored by counting the classes both sides hold, as anchors are. Each class weighs what its
// links say in log-odds: found on both sides it gains log(p1/p0), missing on one side it costs
// log((1−p0)/(1−p1)), where p1 is how often the link holds in aligned units and p0 how often the
// other side holds the class anyway (its share of that side's units).
import { cognateForm, cognateSimilarity } from './words';
import { addLink, emptyLexicon, type Lexicon, type LinkStrength } from './lexicon';
import { rootOf } from './union-find';

/** Per unit of each side, the class ids it holds (repeated as often as held), and each class's
 *  weights. */
export interface WeightedFeatures {
  a: number[][];
  b: number[][];
  gain: Float64Array;
  penaltyA: Float64Array;
  penaltyB: Float64Array;
}

/** How many units of each side hold each stem, over the whole document being aligned. */
export interface StemFrequencies {
  unitsA: number;
  unitsB: number;
  a: Map<string, number>;
  b: Map<string, number>;
}

export function stemFrequencies(stemsA: readonly (readonly string[])[], stemsB: readonly (readonly string[])[]): StemFrequencies {
  const df = (units: readonly (readonly string[])[]): Map<string, number> => {
    const out = new Map<string, number>();
    for (const u of units) for (const s of new Set(u)) out.set(s, (out.get(s) ?? 0) + 1);
    return out;
  };
  return { unitsA: stemsA.length, unitsB: stemsB.length, a: df(stemsA), b: df(stemsB) };
}

/** Stems shorter than this are not compared as cognates (too many meet by chance). */
const MIN_COGNATE = 4;
const COGNATE_SIMILARITY = 0.8;
/** What a cognate's link is worth: its p1 at the threshold and at identity, and its trust. */
const COGNATE_P = { low: 0.18, high: 0.42, weight: 2 };

/**
 * Cognates between the stems of two documents: cognate forms that share their first letter and
 * agree in most letters (longest common subsequence ratio). Numbers are anchors, not cognates.
 */
export function cognateLinks(stemsA: Iterable<string>, stemsB: Iterable<string>): Lexicon {
  const byInitial = new Map<string, { stem: string; form: string }[]>();
  for (const stem of stemsB) {
    const form = cognateForm(stem);
    if (form.length < MIN_COGNATE) continue;
    const key = form[0]!;
    byInitial.set(key, [...(byInitial.get(key) ?? []), { stem, form }]);
  }
  const links = emptyLexicon();
  for (const stem of stemsA) {
    const form = cognateForm(stem);
    if (form.length < MIN_COGNATE) continue;
    for (const other of byInitial.get(form[0]!) ?? []) {
      const ratio = other.form.length / form.length;
      if (ratio < 0.66 || ratio > 1.5) continue;
      const sim = Math.max(cognateSimilarity(form, other.form), prefixSimilarity(form, other.form));
      if (sim < COGNATE_SIMILARITY) continue;
      const p = COGNATE_P.low + ((COGNATE_P.high - COGNATE_P.low) * (sim - COGNATE_SIMILARITY)) / (1 - COGNATE_SIMILARITY);
      addLink(links, stem, other.stem, { ab: p, ba: p, weight: COGNATE_P.weight });
    }
  }
  return links;
}

/** One form the start of the other (a stem left longer by one language's stemmer: expedition /
 *  expédit), when the shorter has five letters or more. */
function prefixSimilarity(x: string, y: string): number {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 5 && long.startsWith(short) ? 0.85 : 0;
}

interface ClassLink {
  a: string;
  b: string;
  strength: LinkStrength;
}

/** Stems a class may hold on each side: inflected forms and synonyms, not a chain of them. */
const CLASS_SIZE = 3;
/** p1 stays below certainty: a missing word is evidence, never proof. */
const MAX_P1 = 0.85;
/** A missing counterpart costs this share of its log-odds: lexicons are never complete, and a
 *  translator paraphrases. */
const MISSING_SHARE = 0.2;

/** The translation classes of one document's stems, and what each weighs. */
export interface WordClasses {
  ofA: Map<string, number>;
  ofB: Map<string, number>;
  gain: Float64Array;
  penaltyA: Float64Array;
  penaltyB: Float64Array;
}

/** Every layer's links between stems present on both sides (seeds, archive, cognates, this
 *  document's), strongest first; the strongest estimate wins in a class. */
function linksAmong(typesA: Iterable<string>, typesB: ReadonlySet<string>, layers: readonly Lexicon[]): ClassLink[] {
  const links: ClassLink[] = [];
  for (const a of typesA) {
    for (const lexicon of layers) {
      lexicon.get(a)?.forEach((strength, b) => {
        if (typesB.has(b)) links.push({ a, b, strength });
      });
    }
  }
  const top = (l: ClassLink): number => Math.max(l.strength.ab, l.strength.ba);
  return links.sort((x, y) => top(y) - top(x));
}

interface ClassRoot {
  members: [number, number];
  /** Best p1 of its links, each way, and the trust of its surest link. */
  p1: [number, number];
  trust: number;
}

/** Union-find from the strongest link down; a union that would make a class hold more than a
 *  few stems a side is refused. Keys are "a:stem" and "b:stem". */
function unionClasses(links: readonly ClassLink[]): { find: (key: string) => string | undefined; roots: Map<string, ClassRoot> } {
  const parent = new Map<string, string>();
  const roots = new Map<string, ClassRoot>();
  const find = (k: string): string => rootOf(parent, k);
  const node = (k: string, side: 0 | 1): string => {
    if (!parent.has(k)) {
      parent.set(k, k);
      roots.set(k, { members: side === 0 ? [1, 0] : [0, 1], p1: [0, 0], trust: 0 });
    }
    return find(k);
  };
  for (const l of links) {
    const ra = node(`a:${l.a}`, 0);
    const rb = node(`b:${l.b}`, 1);
    const x = roots.get(ra)!;
    if (ra !== rb) {
      const y = roots.get(rb)!;
      if (x.members[0] + y.members[0] > CLASS_SIZE || x.members[1] + y.members[1] > CLASS_SIZE) continue;
      parent.set(rb, ra);
      roots.delete(rb);
      x.members = [x.members[0] + y.members[0], x.members[1] + y.members[1]];
      x.p1 = [Math.max(x.p1[0], y.p1[0]), Math.max(x.p1[1], y.p1[1])];
      x.trust = Math.max(x.trust, y.trust);
    }
    x.p1 = [Math.max(x.p1[0], l.strength.ab), Math.max(x.p1[1], l.strength.ba)];
    x.trust = Math.max(x.trust, l.strength.weight ?? 1);
  }
  return { find: (key) => (parent.has(key) ? find(key) : undefined), roots };
}

/**
 * The translation classes of a document's stems (links looked up in each of `layers`) and
 * their weights in log-odds, scaled by `scale` and by each class's trust.
 */
export function wordClasses(
  frequencies: StemFrequencies,
  layers: readonly Lexicon[],
  scale: number,
): WordClasses {
  const { find, roots } = unionClasses(linksAmong(frequencies.a.keys(), new Set(frequencies.b.keys()), layers));
  const idOf = new Map<string, number>();
  [...roots.keys()].forEach((r, id) => idOf.set(r, id));
  const ofSide = (side: 'a' | 'b'): Map<string, number> => {
    const out = new Map<string, number>();
    for (const stem of frequencies[side].keys()) {
      const r = find(`${side}:${stem}`);
      if (r !== undefined) out.set(stem, idOf.get(r)!);
    }
    return out;
  };
  const ofA = ofSide('a');
  const ofB = ofSide('b');
  // p0: the share of a side's units holding the class (its most frequent stem).
  const share = (of: Map<string, number>, df: Map<string, number>, units: number): Float64Array => {
    const out = new Float64Array(idOf.size);
    of.forEach((id, stem) => (out[id] = Math.max(out[id]!, ((df.get(stem) ?? 1) + 0.5) / (units + 1))));
    return out;
  };
  const p0A = share(ofA, frequencies.a, frequencies.unitsA);
  const p0B = share(ofB, frequencies.b, frequencies.unitsB);
  const gain = new Float64Array(idOf.size);
  const penaltyA = new Float64Array(idOf.size);
  const penaltyB = new Float64Array(idOf.size);
  [...roots.values()].forEach((root, id) => {
    const w = scale * root.trust;
    const p1a = Math.min(MAX_P1, root.p1[0]);
    const p1b = Math.min(MAX_P1, root.p1[1]);
    const p0a = Math.min(0.95, p0A[id]!);
    const p0b = Math.min(0.95, p0B[id]!);
    gain[id] = w * Math.max(0, (Math.log(p1a / p0b) + Math.log(p1b / p0a)) / 2);
    penaltyA[id] = MISSING_SHARE * w * Math.max(0, Math.log((1 - p0b) / (1 - p1a)));
    penaltyB[id] = MISSING_SHARE * w * Math.max(0, Math.log((1 - p0a) / (1 - p1b)));
  });
  return { ofA, ofB, gain, penaltyA, penaltyB };
}

/** The classes each unit holds, for the anchor table. */
export function classFeatures(
  classes: WordClasses,
  stemsA: readonly (readonly string[])[],
  stemsB: readonly (readonly string[])[],
): WeightedFeatures {
  const ids = (of: Map<string, number>, units: readonly (readonly string[])[]): number[][] =>
    units.map((u) => u.flatMap((s) => of.get(s) ?? []));
  return { a: ids(classes.ofA, stemsA), b: ids(classes.ofB, stemsB), gain: classes.gain, penaltyA: classes.penaltyA, penaltyB: classes.penaltyB };
}
